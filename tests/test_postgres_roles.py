"""PostgreSQL: the group roles of migration 0010 and `grants roles set` on a server: the server
itself enforces what each role may write (GRANTS_TEST_PG_URL; skipped, saying why, without it)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import builders as B
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from grants.cli import main
from grants.models import AuditEntry
from grants.services import audit
from grants.services.database import Database
from grants.services.schema import init_database

pytestmark = pytest.mark.pg
SERVER = os.environ.get("GRANTS_TEST_PG_URL")


class Server:
    def __init__(self, url: str, name: str) -> None:
        self.url, self.name = url, name
        self.logins: list[str] = []

    def login(self, role: str) -> str:
        """A new person's login name (removed after the test)."""
        name = f"{role}_{uuid.uuid4().hex[:8]}"
        self.logins.append(name)
        return name

    def url_as(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def server(os_user: str) -> Iterator[Server]:
    """A fresh database initialised by the test server's login (its owner); the database, its group
    roles and the logins the test created are removed afterwards."""
    if not SERVER:
        pytest.skip("no PostgreSQL server: set GRANTS_TEST_PG_URL (.ci/run starts one)")
    admin_url = make_url(SERVER).set(drivername="postgresql+psycopg")
    name = f"grants_r_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any reason the server is not there is a skip
        admin.dispose()
        pytest.skip(f"PostgreSQL server at GRANTS_TEST_PG_URL not usable: {exc.__class__.__name__}")
    srv = Server(admin_url.set(database=name).render_as_string(hide_password=False), name)
    db = Database(srv.url)
    init_database(db)
    db.dispose()
    try:
        yield srv
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in [*srv.logins, *(f"{name}_{g}" for g in ("officer", "finance", "auditor", "admin"))]:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def _members(srv: Server, login: str) -> set[str]:
    engine = create_engine(srv.url)
    try:
        with engine.connect() as conn:
            return set(conn.scalars(text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}))
    finally:
        engine.dispose()


def test_the_migration_creates_the_group_roles(server: Server) -> None:
    engine = create_engine(server.url)
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(text("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE :p"),
                                     {"p": f"{server.name}\\_%"}).all())
            may = conn.execute(text(
                "SELECT has_table_privilege(:g, 'audit_entry', 'UPDATE'), has_table_privilege(:g, 'audit_entry', "
                "'INSERT'), has_table_privilege(:a, 'grant', 'INSERT'), has_table_privilege(:a, 'grant', 'SELECT'), "
                "has_table_privilege(:g, 'user_role', 'UPDATE'), has_table_privilege(:g, 'budget_line', 'UPDATE')"),
                {"g": f"{server.name}_admin", "a": f"{server.name}_auditor"}).one()
    finally:
        engine.dispose()
    assert rows == {f"{server.name}_{g}": False for g in ("officer", "finance", "auditor", "admin")}
    assert tuple(may) == (False, True, False, True, True, True)
    # down to 0009 and up again, with data in the tables: the privileges go, then come back
    from alembic import command

    from grants.migrations import alembic_config

    db = Database(server.url)
    try:
        B.beneficiary(db)
        for step in ("0009", "head"):
            cfg = alembic_config()
            with db.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                (command.downgrade if step == "0009" else command.upgrade)(cfg, step)
                granted = conn.scalar(text("SELECT has_table_privilege(:a, 'beneficiary', 'SELECT')"),
                                      {"a": f"{server.name}_auditor"})
            assert granted is (step == "head")
        init_database(db)  # up to date: changes nothing, fails nothing
    finally:
        db.dispose()


def test_an_auditor_login_cannot_write_and_the_application_says_so(server: Server,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    owner = make_url(server.url).username
    auditor = server.login("auditor")
    assert main(["--db", server.url, "roles", "set", str(owner), "admin"]) == 0
    assert main(["--db", server.url, "roles", "set", auditor, "auditor"]) == 0
    assert _members(server, auditor) == {f"{server.name}_auditor"}  # the login was created, in its group
    capsys.readouterr()

    # the server refuses the auditor's writes, whatever the client
    engine = create_engine(server.url_as(auditor))
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM police_zone")) == 6  # reads
        for sql in ("INSERT INTO budget_year (year, provisional) VALUES (2031, true)",
                    "UPDATE police_zone SET short_name = 'x'", "UPDATE audit_entry SET \"user\" = 'ghost'"):
            with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
                conn.execute(text(sql))
    finally:
        engine.dispose()

    # the application refuses plainly: one line, exit 1, no traceback
    assert main(["--db", server.url_as(auditor), "budget-year", "2031", "--provisional"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "read-only (auditor)" in err[0] and "Traceback" not in err[0], err
    assert main(["--db", server.url_as(auditor), "audit"]) in (0, 1)  # reading works

    # a login left in the auditor group by hand while the application says finance: the server
    # still refuses, told in one line
    capsys.readouterr()
    engine = create_engine(server.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE user_role SET role = 'finance' WHERE username = :u"), {"u": auditor})
    finally:
        engine.dispose()
    assert main(["--db", server.url_as(auditor), "budget-year", "2031", "--provisional"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "permission denied" in err[0], err


def test_officers_work_and_roles_move_between_groups(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    owner = make_url(server.url).username
    officer, finance = server.login("officer"), server.login("finance")
    for login, role in ((str(owner), "admin"), (officer, "officer"), (finance, "finance")):
        assert main(["--db", server.url, "roles", "set", login, role]) == 0
    # what they do in the application, the server allows
    fin = Database(server.url_as(finance))
    off = Database(server.url_as(officer))
    try:
        B.committed_grant(fin)
        B.beneficiary(off, name="ASBL du test")
    finally:
        fin.dispose()
        off.dispose()
    # an officer may not change the application's roles, not even with psql
    engine = create_engine(server.url_as(officer))
    try:
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("UPDATE user_role SET role = 'admin'"))
    finally:
        engine.dispose()
    # a new role: one group, the old one taken away; no role: no group
    assert main(["--db", server.url, "roles", "set", officer, "finance"]) == 0
    assert _members(server, officer) == {f"{server.name}_finance"}
    assert main(["--db", server.url, "roles", "remove", officer]) == 0
    assert _members(server, officer) == set()
    # each server-side change is in the audit trail, chained
    db = Database(server.url)
    try:
        with db.reading() as s:
            trail = s.execute(select(AuditEntry.action, AuditEntry.after).where(
                AuditEntry.entity == "server_role", AuditEntry.entity_id == officer).order_by(AuditEntry.id)).all()
            assert not audit.verify_chain(s)
    finally:
        db.dispose()
    assert [a for a, _ in trail] == ["insert", "update", "update"]
    assert f'"{server.name}_finance"' in trail[1][1] and trail[2][1] == '{"groups":[]}'


def test_an_admin_without_createrole_is_refused_and_nothing_changes(server: Server,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    owner = make_url(server.url).username
    admin = server.login("admin")
    assert main(["--db", server.url, "roles", "set", str(owner), "admin"]) == 0
    assert main(["--db", server.url, "roles", "set", admin, "admin"]) == 0
    capsys.readouterr()
    newcomer = server.login("officer")
    assert main(["--db", server.url_as(admin), "roles", "set", newcomer, "officer"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "CREATEROLE" in err[0] and "nothing was changed" in err[0], err
    assert main(["--db", server.url_as(admin), "roles", "list"]) == 0
    assert newcomer not in capsys.readouterr().out
