"""PostgreSQL: the same rules on a shared server (GRANTS_TEST_PG_URL names a server where the URL's
user may create databases; .ci/run starts one on loopback). Skipped, with the reason, without one."""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import builders as B
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from grants.models import AuditEntry, Payment, PaymentKind, RefSequence
from grants.services import audit, payments
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.schema import init_database

pytestmark = pytest.mark.pg
SERVER = os.environ.get("GRANTS_TEST_PG_URL")


@pytest.fixture
def pg(os_user: str) -> Iterator[Database]:
    """A fresh database on the test server, initialised, dropped afterwards."""
    if not SERVER:
        pytest.skip("no PostgreSQL server: set GRANTS_TEST_PG_URL (.ci/run starts one)")
    admin_url = make_url(SERVER).set(drivername="postgresql+psycopg")
    name = f"grants_t_{uuid.uuid4().hex[:12]}"
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
        admin.dispose()


def test_the_user_is_the_server_login(pg: Database) -> None:
    login = make_url(pg.url).username
    assert pg.user == login
    assert Database(pg.url, user="somebody-else").user == login  # nobody names himself on a server


def _concurrently(*calls: object) -> list[BaseException | None]:
    results: list[BaseException | None] = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i: int, call: object) -> None:
        start.wait()
        try:
            call()  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_concurrent_grants_never_exceed_the_commitment_credits(pg: Database) -> None:
    bene = B.beneficiary(pg)
    line = B.line(pg, ce="100000", cl="80000")
    n = 4
    outcomes = _concurrently(*[lambda: B.grant(pg, bene, line, "40000") for _ in range(n)])
    refused = [o for o in outcomes if o is not None]
    assert all(isinstance(o, RuleError) for o in refused), refused
    assert len(refused) == n - 2  # 2 x 40 000 fit in 100 000, a third does not
    with pg.reading() as s:
        refs = s.scalars(select(func.count()).select_from(RefSequence)).one()
        assert refs >= 1
        assert not audit.verify_chain(s)


def test_concurrent_payments_never_exceed_the_payment_credits(pg: Database) -> None:
    bene = B.beneficiary(pg)
    line = B.line(pg, ce="100000", cl="50000")
    grants_ = [B.grant(pg, bene, line, "40000") for _ in range(2)]
    for g in grants_:
        B.decide(pg, g)
        G.commit_grant(pg, g, dt.date(2024, 2, 2), f"ENG-{g}")
    outcomes = _concurrently(*[
        (lambda g=g: payments.prepare_payment(pg, g, dt.date(2024, 3, 1), D("30000"), PaymentKind.ADVANCE))
        for g in grants_])
    refused = [o for o in outcomes if o is not None]
    assert len(refused) == 1 and isinstance(refused[0], RuleError), outcomes
    with pg.reading() as s:
        assert s.scalar(select(func.sum(Payment.amount))) == D("30000.00")
        assert not audit.verify_chain(s)


def test_export_budget_and_audit_run(pg: Database, tmp_path: Path) -> None:
    from grants.cli import main

    _b, _ln, g = B.committed_grant(pg, "40000")
    pid = payments.prepare_payment(pg, g, dt.date(2024, 3, 1), D("30000"), PaymentKind.ADVANCE)
    payments.approve_payment(pg, pid)
    out = tmp_path / "budget.xlsx"
    assert main(["--db", pg.url, "export", "budget", "--from", "2024", "--to", "2025", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert main(["--db", pg.url, "export", "grants", "--year", "2024", "--out", str(tmp_path / "g.xlsx")]) == 0
    assert main(["--db", pg.url, "audit", "--out", str(tmp_path / "audit.xlsx")]) in (0, 1)
    assert (tmp_path / "audit.xlsx").exists()


def test_audit_entries_are_chained_on_the_server(pg: Database) -> None:
    B.committed_grant(pg)
    with pg.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) > 5
        assert not audit.verify_chain(s)


def test_only_the_owner_can_rewrite_the_audit_trail(pg: Database) -> None:
    """Even a login granted UPDATE and DELETE on audit_entry (by mistake) cannot change an entry."""
    B.beneficiary(pg)
    login = f"mallory_{uuid.uuid4().hex[:8]}"
    owner = create_engine(make_url(pg.url), isolation_level="AUTOCOMMIT")
    try:
        with owner.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
            conn.execute(text(f'GRANT SELECT, UPDATE, DELETE, TRUNCATE ON audit_entry TO "{login}"'))
        other = create_engine(make_url(pg.url).set(username=login))
        try:
            for sql in ("UPDATE audit_entry SET \"user\" = 'ghost'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"):
                with pytest.raises(Exception, match="append-only"), other.begin() as conn:  # noqa: B017, PT011
                    conn.execute(text(sql))
        finally:
            other.dispose()
        with pg.reading() as s:
            assert s.scalar(select(func.count()).select_from(AuditEntry)) > 0
            assert not audit.verify_chain(s)
    finally:
        with owner.connect() as conn:
            conn.execute(text(f'REVOKE ALL ON audit_entry FROM "{login}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        owner.dispose()
