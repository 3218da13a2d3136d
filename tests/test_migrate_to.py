"""grants migrate-to URL: a SQLite database copied to an empty server database, verified, all or
nothing (README "A team on one server"). The server tests need GRANTS_TEST_PG_URL (a login that
may create databases); without it they are skipped, saying why."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from grants.cli import main
from grants.services.database import Database
from grants.services.schema import init_database

SERVER = os.environ.get("GRANTS_TEST_PG_URL")
NO_SERVER = "no PostgreSQL server: set GRANTS_TEST_PG_URL (.ci/run starts one)"


def _admin() -> Any:
    if not SERVER:
        pytest.skip(NO_SERVER)
    return create_engine(make_url(SERVER).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


@pytest.fixture
def empty_pg(os_user: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server (no schema), dropped afterwards."""
    admin = _admin()
    name = f"grants_m_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any reason the server is not there is a skip
        admin.dispose()
        pytest.skip(f"PostgreSQL server at GRANTS_TEST_PG_URL not usable: {exc.__class__.__name__}")
    try:
        yield make_url(SERVER).set(database=name).render_as_string(hide_password=False)  # type: ignore[arg-type]
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demonstration database in a SQLite file (built once for the module, only with a server)."""
    if not SERVER:
        pytest.skip(NO_SERVER)
    from grants.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path, user="tester")
    try:
        init_database(db)
        load_demo(db)
    finally:
        db.dispose()
    return path


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _cells(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's values but the About sheet's (which names the database, the date and the user)."""
    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets
                if ws.title != "About"]
    finally:
        wb.close()


@pytest.mark.pg
def test_the_demo_moves_to_a_server_and_reads_the_same(demo_file: Path, empty_pg: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "migrate-to", empty_pg]) == 0
    out = capsys.readouterr().out
    assert "verified: row counts, content hash and audit chain match" in out
    assert "audit chain: intact" in out
    from grants.models import Base

    copied = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    assert "content SHA-256: " in out and f"tables: {len(copied)}" in out

    # the same budget workbook, cell for cell, from both databases
    for db, name in ((str(demo_file), "sqlite.xlsx"), (empty_pg, "server.xlsx")):
        assert main(["--db", db, "export", "budget", "--from", "2023", "--to", "2025", "--out",
                     str(tmp_path / name)]) == 0
    sheets = _cells(tmp_path / "sqlite.xlsx")
    assert len(sheets) >= 4 and sum(len(rows) for _t, rows in sheets) > 50
    assert _cells(tmp_path / "server.xlsx") == sheets

    # the same audit, check for check (the chain copied intact: check 11 passes on the server)
    capsys.readouterr()
    status_file = main(["--db", str(demo_file), "audit", "--details"])
    audit_file = capsys.readouterr().out
    status_server = main(["--db", empty_pg, "audit", "--details"])
    audit_server = capsys.readouterr().out
    assert (status_server, audit_server) == (status_file, audit_file)
    assert "11. PASS" in audit_server

    # the sequences continue after the copied keys: new records are written on the server
    assert main(["--db", empty_pg, "budget-year", "2031", "--provisional"]) == 0
    server = Database(empty_pg)
    try:
        from grants.services import audit

        with server.reading() as s:
            assert not audit.verify_chain(s)
    finally:
        server.dispose()


@pytest.mark.pg
def test_a_target_holding_data_is_refused_and_left_alone(tmp_path: Path, empty_pg: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = Database(empty_pg)
    try:
        init_database(target)  # reference data: the target holds data
    finally:
        target.dispose()
    source = tmp_path / "grants.db"
    assert main(["--db", str(source), "init"]) == 0
    capsys.readouterr()
    assert main(["--db", str(source), "migrate-to", empty_pg]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already holds data" in err[0], err
    assert "Traceback" not in err[0]


@pytest.mark.pg
def test_a_failed_verification_leaves_the_target_empty(tmp_path: Path, empty_pg: str,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything (schema included) is one transaction on the server: a mismatch rolls it all back."""
    from grants.services import migrate

    source = tmp_path / "grants.db"
    assert main(["--db", str(source), "init"]) == 0
    real = migrate.content_digest
    calls: list[str] = []

    def tampered(conn: Any) -> tuple[str, dict[str, int]]:
        digest, counts = real(conn)
        calls.append(conn.dialect.name)
        return (digest if conn.dialect.name == "sqlite" else "0" * 64), counts

    monkeypatch.setattr(migrate, "content_digest", tampered)
    capsys.readouterr()
    assert main(["--db", str(source), "migrate-to", empty_pg]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "content hash differs" in err[0] and "nothing was kept" in err[0], err
    assert calls == ["sqlite", "postgresql"]
    assert _tables(empty_pg) == set()  # not even the schema stayed


def test_only_a_sqlite_file_is_copied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = "postgresql://nobody@127.0.0.1:1/none"
    # a missing source file: refused, nothing created
    missing = tmp_path / "missing.db"
    assert main(["--db", str(missing), "migrate-to", target]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists()
    # a server as the source: refused before connecting to it
    assert main(["--db", "postgresql://somebody@127.0.0.1:1/grants", "migrate-to", target]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "only a database file (SQLite)" in err[0], err
    # a target that is not a server URL
    source = tmp_path / "grants.db"
    assert main(["--db", str(source), "init"]) == 0
    capsys.readouterr()
    for bad in (str(tmp_path / "other.db"), "sqlite:///x.db", "not a url"):
        assert main(["--db", str(source), "migrate-to", bad]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "give a PostgreSQL URL" in err[0], (bad, err)
    # bad usage: no URL
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(source), "migrate-to"])
    assert exc.value.code == 2


def test_the_content_hash_is_the_same_for_the_same_records(tmp_path: Path) -> None:
    """A copy of a file gives the same hash; one changed value changes it."""
    import sqlite3

    from grants.services.migrate import content_digest

    db = Database(tmp_path / "a.db", user="tester")
    init_database(db)
    db.dispose()
    src, dst = sqlite3.connect(tmp_path / "a.db"), sqlite3.connect(tmp_path / "b.db")
    src.backup(dst)
    src.close()
    dst.close()
    digests = []
    for name in ("a.db", "b.db"):
        db = Database(tmp_path / name, user="tester")
        with db.engine.connect() as conn:
            digests.append(content_digest(conn))
        db.dispose()
    assert digests[0] == digests[1] and digests[0][1]["police_zone"] == 6
    db = Database(tmp_path / "b.db", user="tester")
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE police_zone SET short_name = short_name || 'x' WHERE code = "
                              "(SELECT min(code) FROM police_zone)"))
        with db.engine.connect() as conn:
            assert content_digest(conn)[0] != digests[0][0]
    finally:
        db.dispose()
