"""Shared fixtures. Qt runs offscreen (pytest-qt has no option for it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRANTS_LANG", "en")
# the command line logs like the GUI: into a throw-away folder, never the user's own log
os.environ.setdefault("GRANTS_LOG_DIR", __import__("tempfile").mkdtemp(prefix="grants-test-log-"))

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import backends  # noqa: E402
import pytest  # noqa: E402

#: The fixtures that put a test's database on the chosen backend (README "Tests on PostgreSQL").
BACKEND_FIXTURES = {"backend", "db_url"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backend", default=None, choices=["sqlite", "postgresql", "pg"],
                     help="where the common fixtures (db_url, db, demo_url) put each test's database: "
                          "sqlite files (default; env GRANTS_TEST_BACKEND) or databases on the "
                          "PostgreSQL server GRANTS_TEST_PG_URL")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): about a SQLite file itself; skipped under "
                                       "--backend=postgresql, saying why")
    try:
        config.grants_backend = backends.chosen(config.getoption("--backend"))  # type: ignore[attr-defined]
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    if config.grants_backend == "postgresql":  # type: ignore[attr-defined]
        if not os.environ.get("GRANTS_TEST_PG_URL"):
            raise pytest.UsageError("--backend=postgresql needs GRANTS_TEST_PG_URL (a server where its login "
                                    "may create databases and roles)")
        backends.honour_named_users()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under the PostgreSQL backend: the tests that open no database through the backend's fixtures
    are deselected (no database, or a SQLite file of their own: they ran in the SQLite pass); the pg
    tests too (they ran against the
    server in the SQLite pass, with real logins); ``sqlite_only`` ones are skipped with their reason."""
    if config.grants_backend != "postgresql":  # type: ignore[attr-defined]
        return
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("pg") is not None or not names & BACKEND_FIXTURES:
            dropped.append(item)
            continue
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "about a SQLite file")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[backends.SqliteBackend | backends.PostgresBackend]:
    """The session's backend: ``.empty(folder)``, ``.initialised(folder)``, ``.demo(folder)`` give a
    database location usable as ``--db`` and by ``Database(...)`` (a path or a server URL)."""
    chosen: backends.SqliteBackend | backends.PostgresBackend
    if request.config.grants_backend == "postgresql":  # type: ignore[attr-defined]
        chosen = backends.PostgresBackend(os.environ["GRANTS_TEST_PG_URL"])
    else:
        chosen = backends.SqliteBackend(tmp_path_factory.mktemp("backend"))
    try:
        yield chosen
    finally:
        chosen.close()


@pytest.fixture(autouse=True)
def os_user(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test acts as the OS account 'tester' (the function the application asks, patched:
    no environment variable can make anybody someone else)."""
    from grants.services import database, local

    monkeypatch.setattr(database, "current_user", lambda: "tester")
    monkeypatch.setattr(local, "current_user", lambda: "tester")  # what a command's SQLite read path asks
    return "tester"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "grants.db"


@pytest.fixture
def db_url(request: pytest.FixtureRequest, backend, db_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """This test's database, as ``--db`` takes it: the SQLite file ``db_path`` (nothing there yet,
    or initialised when the test also uses ``db``), or a database of its own on the server (empty,
    or cloned from the initialised template when the test also uses ``db``)."""
    if backend.name == "sqlite":
        yield str(db_path)
        return
    url = backend.initialised(db_path.parent) if "db" in request.fixturenames else backend.empty(db_path.parent)
    try:
        yield url
    finally:
        backend.drop(url)


@pytest.fixture
def db(db_url: str, backend):  # type: ignore[no-untyped-def]
    """A fresh, initialised database (schema + reference data) as user 'tester'."""
    from grants.services.database import Database
    from grants.services.schema import init_database

    database = Database(db_url, user="tester")
    if backend.name == "sqlite":
        init_database(database)
    yield database
    database.dispose()


@pytest.fixture
def demo_url(backend, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A copy of the demo database for this test (built once per session), as ``--db`` takes it."""
    url = backend.demo(tmp_path)
    try:
        yield url
    finally:
        backend.drop(url)
