"""A load test on one server (issue 9 item 6): 20 clients, each its own login and Database, for a
bounded time (GRANTS_LOAD_SECONDS, default 20; CI of the issue: 60) create and commit grants,
prepare payments, approve colleagues' payments and import small workbooks on the same budget line.
Afterwards: no credit is exceeded, every change has its audit entry (check 11), the chain verifies,
and every refusal was a clean RuleError (a deadlock or serialization failure would show here as
another exception, with its traceback). Needs GRANTS_TEST_PG_URL (skipped without it)."""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
import traceback
from decimal import Decimal as D
from pathlib import Path

import builders as B
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from test_postgres_roles import Server, server  # noqa: F401 - the fixture: a fresh database and its logins

from grants.cli import main
from grants.models import BudgetLine, Commitment, Grant, Payment, PaymentKind, PaymentStatus
from grants.services import audit, figures, payments
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.importer import import_workbook

pytestmark = [pytest.mark.pg, pytest.mark.slow]
CLIENTS = 20
SECONDS = float(os.environ.get("GRANTS_LOAD_SECONDS", "20"))
CODE, YEAR = "25.002.33.01", 2024


def _workbook(folder: Path, client: int, n: int) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Beneficiaries"
    ws.append(["ref", "name", "category"])
    ws.append([f"LOAD-{client}", f"ASBL de charge {client}", "asbl_private"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "measures"])
    ws.append([f"IMP-{client}-{n}", f"LOAD-{client}", CODE, YEAR, "Importée", random.choice((5000, 20000)), "1.4:100"])
    path = folder / f"load-{client}-{n}.xlsx"
    wb.save(path)
    return path


class Client(threading.Thread):
    def __init__(self, url: str, index: int, folder: Path, line: int, bene: int, until: float) -> None:
        super().__init__(name=f"client-{index}")
        self.url, self.index, self.folder, self.line, self.bene, self.until = url, index, folder, line, bene, until
        self.done: dict[str, int] = {}
        self.refused: dict[str, int] = {}
        self.failures: list[str] = []
        self.reasons: dict[str, set[str]] = {}

    def _pending(self, db: Database) -> list[int]:
        with db.reading() as s:
            return list(s.scalars(select(Payment.id).where(Payment.status == PaymentStatus.PREPARED,
                                                           Payment.prepared_by != db.user).limit(20)))

    def _committed(self, db: Database) -> list[int]:
        with db.reading() as s:
            return list(s.scalars(select(Commitment.grant_id).distinct().limit(50)))

    def _one(self, db: Database, action: str, n: int) -> bool:
        """Do ``action``; False when there was nothing to do (no committed grant, no payment to approve)."""
        rng = random.Random(self.index * 100_000 + n)
        if action == "grant":
            g = B.grant(db, self.bene, self.line, str(rng.choice((10000, 30000, 60000))))
            B.decide(db, g)
            G.commit_grant(db, g, dt.date(2024, 2, 2), f"ENG-{self.index}-{n}")
        elif action == "prepare":
            grants_ = self._committed(db)
            if not grants_:
                return False
            payments.prepare_payment(db, rng.choice(grants_), dt.date(2024, 3, 1),
                                     D(rng.choice((2000, 5000, 15000))), PaymentKind.ADVANCE)
        elif action == "approve":
            pending = self._pending(db)
            if not pending:
                return False
            payments.approve_payment(db, rng.choice(pending))
        else:
            import_workbook(db, _workbook(self.folder, self.index, n))
        return True

    def run(self) -> None:
        db = Database(self.url)
        try:
            n = 0
            while time.monotonic() < self.until:
                n += 1
                action = random.choice(("grant", "prepare", "prepare", "approve", "approve", "import"))
                try:
                    if self._one(db, action, n):
                        self.done[action] = self.done.get(action, 0) + 1
                except RuleError as e:
                    self.refused[action] = self.refused.get(action, 0) + 1
                    self.reasons.setdefault(action, set()).add(str(e).splitlines()[0][:90])
                except Exception:  # noqa: BLE001 - anything but a clean refusal fails the test
                    self.failures.append(f"{action}: {traceback.format_exc()}")
        finally:
            db.dispose()


def test_twenty_clients_on_one_line_never_exceed_the_credits(server: Server, tmp_path: Path,  # noqa: F811
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    owner = Database(server.url)
    try:
        assert main(["--db", server.url, "roles", "set", owner.user, "admin"]) == 0
        logins = [server.login("finance") for _ in range(CLIENTS)]
        for login in logins:
            assert main(["--db", server.url, "roles", "set", login, "finance"]) == 0
        line = B.line(owner, YEAR, CODE, ce="1500000", cl="150000")
        bene = B.beneficiary(owner)
    finally:
        owner.dispose()
    until = time.monotonic() + SECONDS
    clients = [Client(server.url_as(login), i, tmp_path, line, bene, until) for i, login in enumerate(logins)]
    for c in clients:
        c.start()
    for c in clients:
        c.join(SECONDS + 300)
    assert not any(c.is_alive() for c in clients)
    failures = [f for c in clients for f in c.failures]
    assert not failures, failures[0]
    done = {a: sum(c.done.get(a, 0) for c in clients) for a in ("grant", "prepare", "approve", "import")}
    refused = {a: sum(c.refused.get(a, 0) for c in clients) for a in ("grant", "prepare", "approve", "import")}
    with capsys.disabled():
        print(f"load: {CLIENTS} clients, {SECONDS:g} s, done {done}, refused {refused}")
        for action in done:
            reasons = sorted({r for c in clients for r in c.reasons.get(action, ())})
            print(f"  {action} refused because: {reasons[:4]}")
    assert all(done.values()), (done, refused)
    assert refused["grant"] + refused["prepare"] > 0  # the credits ran out: the rules were put to the test

    db = Database(server.url)
    try:
        with db.reading() as s:
            ln = s.get(BudgetLine, line)
            assert ln is not None
            reserved = figures.line_reserved(s, line)
            committed = s.scalar(select(func.coalesce(func.sum(Commitment.amount), 0))
                                 .join(Grant, Grant.id == Commitment.grant_id).where(Grant.budget_line_id == line))
            paid = s.scalar(select(func.coalesce(func.sum(Payment.amount), 0))
                            .where(Payment.status != PaymentStatus.CANCELLED))
            assert committed is not None and reserved is not None and paid is not None
            assert committed <= ln.commitment_credits and reserved <= ln.commitment_credits
            assert paid <= ln.payment_credits
            assert paid > ln.payment_credits * D("0.8")  # the payment credits ran out under the load
            assert not audit.verify_chain(s)
    finally:
        db.dispose()
    capsys.readouterr()
    main(["--db", server.url, "audit", "--details"])
    assert "11. PASS" in capsys.readouterr().out
