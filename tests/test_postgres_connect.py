"""How officers connect to a server (issue 9 item 1): the password from libpq's places
(PGPASSWORD, the pgpass file), else asked (CLI on a terminal; the connect dialog), and kept in the
OS keyring only when asked to, never in the settings. The server tests need GRANTS_TEST_PG_URL and
a server that asks a password of the members of the group grants_pw (README "A team on one
server": ``host all +grants_pw 127.0.0.1/32 scram-sha-256``); they are skipped, saying why,
without."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from test_postgres_roles import Server, server  # noqa: F401 - the fixture: a fresh database and its logins

from grants.cli import main
from grants.services.database import needs_password

PASSWORD = "s3cret-Pa55"


class FakeKeyring:
    """A keyring backend in memory (keyring's interface: get/set/delete_password)."""

    priority = 10

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(FakeKeyring, KeyringBackend):  # type: ignore[misc]
        pass

    previous = keyring.get_keyring()
    backend = Backend()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def with_password(server: Server, no_libpq_password: None) -> str:  # noqa: F811
    """A new officer login with a password; skipped when the server does not ask for it."""
    login = server.login("officer")
    owner = make_url(server.url).username
    assert main(["--db", server.url, "roles", "set", str(owner), "admin"]) == 0
    assert main(["--db", server.url, "roles", "set", login, "officer"]) == 0
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'grants_pw'")).first():
                conn.execute(text("CREATE ROLE grants_pw NOLOGIN"))
            conn.execute(text(f"ALTER ROLE \"{login}\" PASSWORD '{PASSWORD}'"))
            conn.execute(text(f'GRANT grants_pw TO "{login}"'))
    finally:
        admin.dispose()
    probe = create_engine(server.url_as(login))
    try:
        with probe.connect():
            pytest.skip("the test server does not ask a password of grants_pw's members (see this module's doc)")
    except OperationalError as exc:
        assert needs_password(exc), exc
    finally:
        probe.dispose()
    return login


# -- the command line ------------------------------------------------------------------------------

@pytest.mark.pg
def test_cli_without_a_password_and_without_a_terminal_says_so_in_one_line(
        server: Server, with_password: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    url = server.url_as(with_password)
    assert main(["--db", url, "roles", "list"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "asks for a password" in err and "PGPASSWORD" in err


@pytest.mark.pg
def test_cli_password_from_pgpassword_or_asked_on_a_terminal(
        server: Server, with_password: str, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url_as(with_password)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert main(["--db", url, "roles", "list"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    asked: list[str] = []

    def prompt(label: str = "") -> str:
        asked.append(label)
        return PASSWORD

    monkeypatch.setattr(getpass, "getpass", prompt)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    capsys.readouterr()
    assert main(["--db", url, "roles", "list"]) == 0
    assert len(asked) == 1 and with_password in asked[0] and PASSWORD not in asked[0]
    # a wrong password: one line, no traceback
    monkeypatch.setattr(getpass, "getpass", lambda label="": "wrong")
    assert main(["--db", url, "roles", "list"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "password authentication failed" in err


# -- the connect dialog ----------------------------------------------------------------------------

def _answer(steps: list[Callable[[Any], None]]) -> QTimer:
    """Play ``steps`` on each connect dialog as it opens (modal: exec() runs its own loop)."""
    from grants.ui.connect_dialog import ConnectDialog

    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectDialog) and dialog.isVisible() and steps and not getattr(dialog, "_done", False):
            dialog._done = True  # type: ignore[attr-defined]
            steps.pop(0)(dialog)

    timer.timeout.connect(poll)
    timer.start(30)
    return timer


def _fill(server: Server, login: str, password: str = "", remember: bool = False) -> Callable[[Any], None]:  # noqa: F811
    u = make_url(server.url)

    def step(d: Any) -> None:
        d.recent.setCurrentIndex(0)
        d.host.setText(u.host or "localhost")
        d.port.setValue(u.port or 5432)
        d.database.setText(u.database or "")
        d.user.setText(login)
        d.password.setText(password)
        d.remember.setChecked(remember)
        d.accept()

    return step


@pytest.mark.pg
def test_the_dialog_asks_the_password_keeps_it_in_the_keyring_and_the_server_in_the_settings(
        qtbot: Any, server: Server, with_password: str, fake_keyring: FakeKeyring, tmp_path: Path) -> None:  # noqa: F811
    from grants.ui.connect_dialog import KEYRING_SERVICE
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings
    from grants.ui.tasks import wait_idle

    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.show()
    messages: list[str] = []

    def with_password_step(d: Any) -> None:
        messages.append(d.findChild(type(d.no_keyring), "connectMessage").text())
        assert d.remember.isVisible() and not d.no_keyring.isVisible()
        u = make_url(server.url)  # the same server, asked again for its password only
        assert (d.user.text(), d.host.text(), d.port.value(), d.database.text()) == (
            with_password, u.host, u.port, u.database)
        d.password.setText(PASSWORD)
        d.remember.setChecked(True)
        d.accept()

    # no password anywhere: the dialog comes back asking for it; then connected as that login
    timer = _answer([_fill(server, with_password), with_password_step])
    window.connect_to_server()
    qtbot.waitUntil(lambda: window.db is not None, timeout=30_000)
    assert wait_idle()
    timer.stop()
    assert messages and with_password in messages[0] and "password" in messages[0]
    assert window.db.user == with_password and window.db.path is None
    u = make_url(server.url)
    key = f"{with_password}@{u.host}:{u.port}/{u.database}"
    assert settings.recent_servers == [key]
    assert fake_keyring.kept == {(KEYRING_SERVICE, key): PASSWORD}
    settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")

    # next time: the recent server is proposed, the password comes from the keyring
    window.db.dispose()
    window.db = None

    def recent_step(d: Any) -> None:
        assert d.recent.currentData() == key and d.user.text() == with_password and d.password.text() == ""
        d.accept()

    timer = _answer([recent_step])
    window.connect_to_server()
    qtbot.waitUntil(lambda: window.db is not None, timeout=30_000)
    assert wait_idle()
    timer.stop()
    assert window.db.user == with_password


def test_without_a_keyring_the_dialog_says_so_and_does_not_offer_to_remember(qtbot: Any, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    from grants.ui.connect_dialog import ConnectDialog
    from grants.ui.settings import Settings

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        settings = Settings(tmp_path / "settings.ini")
        settings.add_recent_server("anne@db.safe.brussels:5433/grants")
        d = ConnectDialog(None, settings)
        qtbot.addWidget(d)
        d.show()
        assert not d.remember.isVisible() and d.no_keyring.isVisible()
        assert (d.host.text(), d.port.value(), d.database.text(), d.user.text()) == (
            "db.safe.brussels", 5433, "grants", "anne")
        d.password.setText("typed")
        assert make_url(d.url()).password == "typed" and make_url(d.url()).drivername == "postgresql+psycopg"
        d.password.clear()
        assert make_url(d.url()).password is None  # libpq's places then
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_screenshot_the_connect_dialog(qtbot: Any, tmp_path: Path, fake_keyring: FakeKeyring, lang: str) -> None:
    """out/screens/{fr,nl}/connect*.png: the dialog over the window at 1280x800, with a keyring and
    a recent server, then asking again for a password without a keyring."""
    import keyring
    from keyring.backends import fail

    from grants.ui import translation
    from grants.ui.connect_dialog import ConnectDialog
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings

    out = Path(__file__).resolve().parents[1] / "out" / "screens" / lang
    out.mkdir(parents=True, exist_ok=True)
    translation.install(lang)
    try:
        settings = Settings(tmp_path / "settings.ini")
        settings.add_recent_server("anne.dupont@db.safe.brussels:5432/grants")
        window = MainWindow(settings, lang)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        for name, message in (("connect", ""), ("connect-password", "password")):
            if message:
                keyring.set_keyring(fail.Keyring())
                from PySide6.QtCore import QCoreApplication

                message = QCoreApplication.translate(
                    "MainWindow", "The server asks for a password for {user}: type it below.").format(user="anne.dupont")
            d = ConnectDialog(window, settings, message, "anne.dupont@db.safe.brussels:5432/grants" if message else "")
            qtbot.addWidget(d)
            d.show()
            qtbot.wait(100)
            assert d.grab().save(str(out / f"{name}.png"))
            assert d.width() <= 1280 and d.height() <= 800
            d.close()
    finally:
        translation.install("en")


@pytest.mark.pg
def test_migrate_to_asks_the_target_password_on_a_terminal_like_db(
        server: Server, with_password: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    """``grants migrate-to URL``: a target login whose password libpq finds nowhere is asked on a
    terminal (never echoed, never printed), else refused in one line, nothing copied."""
    source = tmp_path / "g.db"
    assert main(["--db", str(source), "init"]) == 0
    name = f"{server.name}_to"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" OWNER "{with_password}"'))
        target = make_url(server.url_as(with_password)).set(database=name).render_as_string(hide_password=False)
        capsys.readouterr()
        assert main(["--db", str(source), "migrate-to", target]) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "asks for a password" in err
        asked: list[str] = []

        def prompt(label: str = "") -> str:
            asked.append(label)
            return PASSWORD

        monkeypatch.setattr(getpass, "getpass", prompt)
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
        assert main(["--db", str(source), "migrate-to", target]) == 0
        out = capsys.readouterr().out
        assert len(asked) == 1 and with_password in asked[0] and PASSWORD not in asked[0] + out
        assert "verified" in out
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
