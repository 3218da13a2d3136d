"""The benchmark datasets, built once with Core inserts into cached files under benchmarks/data/.

Large: 10 years, 2 000 beneficiaries, 60 000 grants, 200 000 payments, with their audit trail (one
audit entry per inserted record, chained exactly as the application chains its own). Quick: the
same shape at a tenth of the size. The files are git-ignored; delete them to rebuild.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
YEARS = range(2015, 2025)
CODES = [f"33.{i:03d}.00.01" for i in range(1, 21)]


@dataclass(frozen=True)
class Size:
    name: str
    beneficiaries: int
    grants: int
    payments: int
    import_grants: int  # rows of the import workbook (grants; payments come on top)


LARGE = Size("large", 2_000, 60_000, 200_000, 71_500)  # import: ~200 700 rows (grants + payments)
QUICK = Size("quick", 200, 6_000, 20_000, 5_000)


def _audited(s: Any, table: Any, rows: list[dict[str, Any]], user: str) -> None:
    """Insert ``rows`` and their audit entries, as a flush of the same records would."""
    from grants.services.audit import Change, record_many
    from grants.services.bulk import insert_rows

    insert_rows(s, table, rows)
    pk = [c.key for c in table.primary_key.columns]
    record_many(s, user, (Change("insert", table.name, "/".join(str(r[k]) for k in pk), None, r) for r in rows))


def build_database(path: Path, size: Size, seed: int = 11) -> Path:
    """Create the dataset at ``path`` (skipped when it already exists)."""
    if path.exists():
        return path
    from grants.models import (
        Amendment,
        Beneficiary,
        BudgetLine,
        Category,
        Commitment,
        Grant,
        GrantMeasure,
        GrantStatus,
        Measure,
        Payment,
        PaymentKind,
        PaymentStatus,
    )
    from grants.services.database import Database
    from grants.services.schema import init_database

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    rnd = random.Random(seed)
    db = Database(tmp, user="bench")
    init_database(db)
    user = "bench"
    cats = list(Category)
    cent = Decimal("0.01")
    per_year = size.grants // len(YEARS)
    with db.transaction() as s:
        measures = list(s.scalars(__import__("sqlalchemy").select(Measure.id).limit(60)))
        lines = []
        line_id: dict[tuple[int, str], int] = {}
        for year in YEARS:
            for code in CODES:
                lid = len(lines) + 1
                line_id[(year, code)] = lid
                lines.append({"id": lid, "year": year, "code": code, "label": f"Subsides {code}",
                              "commitment_credits": Decimal("900000000.00"), "payment_credits": Decimal("900000000.00")})
        _audited(s, BudgetLine.__table__, lines, user)
        _audited(s, Beneficiary.__table__, [
            {"id": i, "ref": f"B-{i:05d}", "name_fr": f"Bénéficiaire n° {i} ASBL", "name_nl": f"Begunstigde nr. {i} vzw",
             "category": cats[i % len(cats)], "iban": "BE88363000000141", "language": "nl" if i % 3 == 0 else "fr",
             "active": True, "version": 1} for i in range(1, size.beneficiaries + 1)], user)
        grants, links, commitments, amendments = [], [], [], []
        statuses = [GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID, GrantStatus.ADVANCE_PAID, GrantStatus.JUSTIFIED,
                    GrantStatus.BALANCE_PAID, GrantStatus.CLOSED]
        amounts: dict[int, Decimal] = {}
        for n in range(size.grants):
            gid = n + 1
            year = YEARS[n // per_year] if n // per_year < len(YEARS) else YEARS[-1]
            code = CODES[n % len(CODES)]
            amount = Decimal(rnd.randint(100_000, 20_000_000)) / 100
            amounts[gid] = amount
            grants.append({"id": gid, "ref": f"G-{year}-{n:06d}", "beneficiary_id": 1 + n % size.beneficiaries,
                           "budget_line_id": line_id[(year, code)], "year": year, "title": f"Projet de prévention n° {n}",
                           "initial_amount": amount, "advance_share": Decimal("75"), "period_start": dt.date(year, 1, 1),
                           "period_end": dt.date(year, 12, 31), "justification_deadline": dt.date(year + 1, 3, 31),
                           "decision_ref": f"AR-{n}", "decision_date": dt.date(year, 2, 1),
                           "status": statuses[n % len(statuses)], "version": 1})
            links.append({"grant_id": gid, "measure_id": measures[n % len(measures)], "share": Decimal("100")})
            commitments.append({"id": gid, "grant_id": gid, "budget_line_id": line_id[(year, code)],
                                "date": dt.date(year, 2, 2), "amount": amount})
            if n % 12 == 0:
                amendments.append({"id": len(amendments) + 1, "grant_id": gid, "date": dt.date(year, 6, 1),
                                   "reason": "Avenant", "amount_delta": Decimal(rnd.randint(-50_000, 100_000)) / 100})
        _audited(s, Grant.__table__, grants, user)
        _audited(s, GrantMeasure.__table__, links, user)
        _audited(s, Commitment.__table__, commitments, user)
        _audited(s, Amendment.__table__, amendments, user)
        pays = []
        for i in range(1, size.payments + 1):
            gid = 1 + (i * 7919) % size.grants
            year = grants[gid - 1]["year"]
            date = dt.date(year, 3, 1) + dt.timedelta(days=rnd.randint(0, 600))
            r = i % 20
            kind = PaymentKind.RECOVERY if r == 0 else (PaymentKind.ADVANCE, PaymentKind.BALANCE, PaymentKind.OTHER)[i % 3]
            status = PaymentStatus.PREPARED if r in (1, 2) else PaymentStatus.CANCELLED if r == 3 else PaymentStatus.APPROVED
            amount = (amounts[gid] * Decimal(rnd.randint(1, 25)) / 100).quantize(cent)
            pays.append({"id": i, "grant_id": gid, "date": date, "amount": amount, "kind": kind, "status": status,
                         "reference": f"LIQ-{i:07d}", "prepared_by": "alice",
                         "approved_by": "bob" if status == PaymentStatus.APPROVED else None, "origin": "import"})
        for k in range(0, len(pays), 20_000):
            _audited(s, Payment.__table__, pays[k:k + 20_000], user)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for p in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    tmp.rename(path)
    return path


def build_empty(path: Path) -> Path:
    """An initialised database with the reference data only (the import starts from a copy)."""
    if path.exists():
        return path
    from grants.services.database import Database
    from grants.services.schema import init_database

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    db = Database(tmp, user="bench")
    init_database(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for p in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    tmp.rename(path)
    return path


def build_workbook(path: Path, size: Size) -> Path:
    """An import workbook: budget lines, beneficiaries, programmes, grants and their payments (so the
    credit checks run), written by tests/workbooks.make_workbook."""
    if path.exists():
        return path
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from workbooks import make_workbook

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".building.xlsx")
    make_workbook(tmp, years=range(2020, 2025), grants_per_year=size.import_grants // 5,
                  beneficiaries=min(500, size.beneficiaries), payments=True)
    tmp.rename(path)
    return path


def _outdated(path: Path) -> bool:
    """A cached database built at an older schema revision (rebuilt: the indexes count)."""
    import sqlite3

    from grants.services.schema import head_revision

    if not path.exists():
        return False
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row is None or row[0] != head_revision()


def prepare(size: Size) -> dict[str, Path]:
    base = DATA / size.name
    for db in (base / "grants.db", DATA / "empty.db"):
        if _outdated(db):
            db.unlink()
    return {"db": build_database(base / "grants.db", size), "empty": build_empty(DATA / "empty.db"),
            "workbook": build_workbook(base / "import.xlsx", size)}


def fresh_copy(src: Path, dst: Path) -> Path:
    for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return dst
