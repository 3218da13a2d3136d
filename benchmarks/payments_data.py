"""A database with 200 000 payments, written in bulk (SQLAlchemy core insert), for the benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from grants.models import Beneficiary, BudgetLine, Category, Grant, GrantStatus, Payment, PaymentKind, PaymentStatus
from grants.services.database import Database
from grants.services.schema import init_database


def build(path: Path, n_payments: int = 200_000, n_grants: int = 2_000, seed: int = 7) -> Database:
    """Create (or reuse) the database at ``path`` holding ``n_payments`` payments."""
    rnd = random.Random(seed)
    db = Database(path, user="bench")
    init_database(db)
    with db.transaction() as s:
        if s.query(Payment.id).limit(1).first() is not None:
            return db
        s.execute(insert(BudgetLine), [{"id": 1, "year": 2024, "code": "12.002.33.01", "label": "Prévention",
                                        "commitment_credits": Decimal("900000000"), "payment_credits": Decimal("900000000")}])
        cats = list(Category)
        s.execute(insert(Beneficiary), [
            {"id": i, "ref": f"B-{i:05d}", "name_fr": f"Bénéficiaire {i:04d} ASBL", "name_nl": f"Begunstigde {i:04d} vzw",
             "category": cats[i % len(cats)], "language": "fr", "active": True} for i in range(1, 501)])
        s.execute(insert(Grant), [
            {"id": g, "ref": f"G-2024-{g:05d}", "beneficiary_id": 1 + g % 500, "budget_line_id": 1, "year": 2024,
             "title": f"Projet {g}", "initial_amount": Decimal("100000"), "advance_share": Decimal("0"),
             "status": GrantStatus.COMMITTED} for g in range(1, n_grants + 1)])
        kinds, statuses = [PaymentKind.ADVANCE, PaymentKind.BALANCE, PaymentKind.OTHER], list(PaymentStatus)
        start = dt.date(2020, 1, 1)
        rows = [{"id": i, "grant_id": rnd.randint(1, n_grants), "date": start + dt.timedelta(days=rnd.randint(0, 1800)),
                 "amount": Decimal(rnd.randint(100, 5_000_000)) / 100, "kind": kinds[i % 3],
                 "status": statuses[i % 3], "reference": f"REF-{i:07d}", "prepared_by": "alice",
                 "approved_by": "bob" if i % 3 == 1 else None, "origin": "import"} for i in range(1, n_payments + 1)]
        for k in range(0, len(rows), 20_000):
            s.execute(insert(Payment), rows[k:k + 20_000])
    return db
