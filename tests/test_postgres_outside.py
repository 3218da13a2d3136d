"""PostgreSQL: changes made outside the application (psql) land in the audit trail, chained, and
audit check 11 reports them (migration 0011; GRANTS_TEST_PG_URL, else skipped saying why)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import builders as B
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from grants.models import AuditEntry
from grants.services import audit
from grants.services.audit_checks import run_checks
from grants.services.database import Database
from grants.services.schema import init_database

pytestmark = pytest.mark.pg
SERVER = os.environ.get("GRANTS_TEST_PG_URL")


@pytest.fixture
def pg(os_user: str) -> Iterator[Database]:
    if not SERVER:
        pytest.skip("no PostgreSQL server: set GRANTS_TEST_PG_URL (.ci/run starts one)")
    admin_url = make_url(SERVER).set(drivername="postgresql+psycopg")
    name = f"grants_o_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any reason the server is not there is a skip
        admin.dispose()
        pytest.skip(f"PostgreSQL server at GRANTS_TEST_PG_URL not usable: {exc.__class__.__name__}")
    db = Database(admin_url.set(database=name).render_as_string(hide_password=False))
    init_database(db)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for g in ("officer", "finance", "auditor", "admin"):
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}_{g}"'))
        admin.dispose()


def _outside(db: Database) -> list[tuple[str, str, str, str | None, str | None]]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.action.like("sql-%")).order_by(AuditEntry.id))]


def test_the_applications_writes_are_not_recorded_twice(pg: Database) -> None:
    B.committed_grant(pg)
    assert _outside(pg) == []
    with pg.reading() as s:
        assert not audit.verify_chain(s)


def test_psql_changes_are_recorded_chained_and_reported(pg: Database) -> None:
    _bene, line, grant = B.committed_grant(pg)
    psql = create_engine(pg.url)  # a plain client: no grants.app setting
    try:
        with psql.begin() as conn:
            conn.execute(text("UPDATE budget_line SET commitment_credits = commitment_credits + 1000 WHERE id = :i"),
                         {"i": line})
            conn.execute(text("UPDATE \"grant\" SET title = title WHERE id = :i"), {"i": grant})  # no change
            conn.execute(text("INSERT INTO budget_year (year, provisional, note) VALUES (2039, true, 'by hand')"))
            conn.execute(text("DELETE FROM budget_year WHERE year = 2039"))
    finally:
        psql.dispose()
    rows = _outside(pg)
    assert [(a, e, i) for a, e, i, _b, _a in rows] == [
        ("sql-update", "budget_line", str(line)), ("sql-insert", "budget_year", "2039"),
        ("sql-delete", "budget_year", "2039")]
    _action, _e, _i, before, after = rows[0]
    assert before is not None and after is not None
    assert '"commitment_credits"' in before and '"label"' not in before  # only what changed
    with pg.reading() as s:
        assert not audit.verify_chain(s)  # the server computed the chain as the application does
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "sql-update")).one()
        assert entry.user == make_url(pg.url).username
    # the application goes on after them, chained
    B.beneficiary(pg, name="Après psql")
    with pg.reading() as s:
        assert not audit.verify_chain(s)
    check = next(c for c in run_checks(pg, only=[11]).checks if c.number == 11)
    assert not check.passed
    reasons = [f.reason("en") for f in check.faults]
    assert any("changed outside the application: sql-update of budget_line" in r for r in reasons), reasons
    assert not any("chain broken" in r for r in reasons), reasons
