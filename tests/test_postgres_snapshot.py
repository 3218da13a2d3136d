"""grants snapshot of a server database (issue 9 item 4): the same single SQLite file with its
manifest and seal, copied from one instant of the server, which grants verify checks like any
snapshot. Needs GRANTS_TEST_PG_URL (skipped without it, saying why)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from test_migrate_to import _cells, demo_file, empty_pg  # noqa: F401 - fixtures shared with migrate-to
from test_postgres_roles import Server, server  # noqa: F401 - a fresh database and its logins

from grants.cli import main
from grants.services.database import Database
from grants.services.snapshot import read_manifest


@pytest.mark.pg
def test_a_server_snapshot_verifies_and_gives_the_same_figures(demo_file: Path, empty_pg: str,  # noqa: F811
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "migrate-to", empty_pg]) == 0
    capsys.readouterr()
    snap = tmp_path / "server.snapshot"
    assert main(["--db", empty_pg, "snapshot", "--out", str(snap)]) == 0
    out = capsys.readouterr().out
    assert f"snapshot: {snap}" in out and "audit head: " in out

    info = read_manifest(snap)
    on_server = Database(empty_pg)
    try:
        assert info.taken_by == on_server.user
    finally:
        on_server.dispose()
    assert info.source.startswith("postgresql")
    assert info.source.split("/")[-1] == empty_pg.split("/")[-1]
    # every row of the server, as in the SQLite file it came from
    conn = sqlite3.connect(demo_file)
    try:
        for table, n in info.row_counts.items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n, table  # noqa: S608
    finally:
        conn.close()
    assert info.total_rows > 100 and info.audit_head

    assert main(["verify", str(snap), "--expect", info.snapshot_sha256]) == 0
    verified = capsys.readouterr().out
    assert "audit" in verified.lower()

    # the same budget workbook, cell for cell, from the server and from its snapshot
    for db, name in ((empty_pg, "server.xlsx"), (str(snap), "snapshot.xlsx")):
        assert main(["--db", db, "export", "budget", "--from", "2023", "--to", "2025", "--out",
                     str(tmp_path / name)]) == 0
    sheets = _cells(tmp_path / "server.xlsx")
    assert sum(len(rows) for _t, rows in sheets) > 50
    assert _cells(tmp_path / "snapshot.xlsx") == sheets

    # a byte changed in the copy is caught like in any snapshot
    data = bytearray(snap.read_bytes())
    data[len(data) // 2] ^= 0x01
    broken = tmp_path / "broken.snapshot"
    broken.write_bytes(bytes(data))
    assert main(["verify", str(broken)]) == 1


@pytest.mark.pg
def test_a_server_snapshot_is_refused_on_an_old_schema(empty_pg: str, tmp_path: Path,  # noqa: F811
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(empty_pg)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('0001')"))
    finally:
        engine.dispose()
    status = main(["--db", empty_pg, "snapshot", "--out", str(tmp_path / "old.snapshot")])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert not (tmp_path / "old.snapshot").exists()
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.pg
def test_the_file_menu_takes_a_snapshot_of_the_server(qtbot: object, demo_file: Path, empty_pg: str,  # noqa: F811
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from grants.services.snapshot import verify
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings
    from grants.ui.tasks import wait_idle

    assert main(["--db", str(demo_file), "migrate-to", empty_pg]) == 0
    out = tmp_path / "from-the-server.db"
    shown: list[str] = []
    suggested: list[str] = []

    def save_as(*a: object, **_k: object) -> tuple[str, str]:
        suggested.append(str(a[2]))
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    window = MainWindow(Settings(tmp_path / "s.ini"), "en")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.set_database(Database(empty_pg))
    assert wait_idle()
    assert window.act_take_snapshot.isEnabled()
    window.act_take_snapshot.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)  # type: ignore[attr-defined]
    assert suggested[0].endswith(f"{empty_pg.rsplit('/', 1)[-1]}-snapshot.db")
    assert out.exists() and verify(out) == [] and "SHA-256" in shown[0]


@pytest.mark.pg
def test_an_auditor_login_takes_a_snapshot(server: Server, tmp_path: Path,  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]) -> None:
    owner = make_url(server.url).username
    auditor = server.login("auditor")
    assert main(["--db", server.url, "roles", "set", str(owner), "admin"]) == 0
    assert main(["--db", server.url, "roles", "set", auditor, "auditor"]) == 0
    snap = tmp_path / "audit.snapshot"
    assert main(["--db", server.url_as(auditor), "snapshot", "--out", str(snap)]) == 0, capsys.readouterr().err
    assert read_manifest(snap).taken_by == auditor
    assert main(["verify", str(snap)]) == 0
