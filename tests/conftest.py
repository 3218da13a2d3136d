"""Shared fixtures. Qt runs offscreen (pytest-qt has no option for it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRANTS_LANG", "en")
# the command line logs like the GUI: into a throw-away folder, never the user's own log
os.environ.setdefault("GRANTS_LOG_DIR", __import__("tempfile").mkdtemp(prefix="grants-test-log-"))

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def os_user(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test acts as the OS account 'tester' (the function the application asks, patched:
    no environment variable can make anybody someone else)."""
    from grants.services import database

    monkeypatch.setattr(database, "current_user", lambda: "tester")
    return "tester"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "grants.db"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    """A fresh, initialised database (schema + reference data) as user 'tester'."""
    from grants.services.database import Database
    from grants.services.schema import init_database

    database = Database(db_path, user="tester")
    init_database(database)
    yield database
    database.dispose()
