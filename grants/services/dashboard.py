"""The year's figures at a glance (the dashboard), each with what leads to the records behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from grants.domain import figures as domain_figures
from grants.models import (
    Beneficiary,
    BudgetLine,
    Grant,
    GrantMeasure,
    GrantStatus,
    Measure,
    Payment,
    PaymentStatus,
    RecoveryClaim,
    RecoveryStatus,
    Thematic,
)

from . import as_of, budget, figures
from .database import Database

ZERO = figures.ZERO
NOT_JUSTIFIED_YET = (GrantStatus.DECIDED, GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID)


@dataclass(frozen=True)
class LineFigure:
    line_id: int
    code: str
    label: str
    credits: Decimal  # commitment credits (CE)
    reserved: Decimal
    committed: Decimal


@dataclass(frozen=True)
class Share:
    key: str  # category value, thematic id as text
    label: str
    amount: Decimal
    count: int


@dataclass(frozen=True)
class Counter:
    count: int
    amount: Decimal
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    year: int
    lines: list[LineFigure]
    categories: list[Share]
    thematics: list[Share]
    payments_per_month: list[Decimal]  # 12 months, paid out in the year (not cancelled)
    granted: Decimal
    paid: Decimal
    grants_count: int
    overdue: Counter  # the year's grants whose justification is overdue (as of today)
    open_recoveries: Counter
    to_approve: Counter  # prepared payments
    years: list[int] = field(default_factory=list)


def years(db: Database) -> list[int]:
    with db.reading() as s:
        found = set(s.scalars(select(BudgetLine.year).distinct())) | set(s.scalars(select(Grant.year).distinct()))
    return sorted(found, reverse=True)


def default_year(db: Database, today: dt.date | None = None) -> int:
    today = today or as_of.today(db)  # the demo's "as of" day on a demo database
    ys = years(db)
    if not ys or today.year in ys:
        return today.year
    past = [y for y in ys if y <= today.year]
    return past[0] if past else ys[-1]


def dashboard(db: Database, year: int, lang: str = "fr", today: dt.date | None = None) -> Dashboard:
    today = today or as_of.today(db)  # the demo's "as of" day on a demo database
    lines = [LineFigure(e.id, e.code, e.label, e.commitment_credits, e.reserved, e.committed)
             for e in budget.execution(db, year)]
    with db.reading() as s:
        rows = s.execute(select(Grant.id, Beneficiary.category).join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .where(Grant.year == year)).all()
        ids = [gid for gid, _c in rows]
        amounts = figures.amounts(s, ids) if ids else {}
        by_cat: dict[str, list[Decimal]] = {}
        for gid, cat in rows:
            by_cat.setdefault(cat.value, []).append(amounts.get(gid, ZERO))
        categories = sorted((Share(k, k, sum(v, ZERO), len(v)) for k, v in by_cat.items()), key=lambda x: -x.amount)

        label = Thematic.label_nl if lang == "nl" else Thematic.label_fr
        th_rows = s.execute(select(Thematic.id, Thematic.number, label, GrantMeasure.grant_id, GrantMeasure.share)
                            .join(Measure, Measure.thematic_id == Thematic.id)
                            .join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
                            .join(Grant, Grant.id == GrantMeasure.grant_id).where(Grant.year == year)).all()
        by_th: dict[int, tuple[str, Decimal, set[int]]] = {}
        for tid, number, text, gid, share in th_rows:
            name, total, gids = by_th.get(tid, (f"{number}. {text}", ZERO, set()))
            part = (amounts.get(gid, ZERO) * Decimal(share) / 100).quantize(Decimal("0.01"))
            gids.add(gid)
            by_th[tid] = (name, total + part, gids)
        thematics = sorted((Share(str(tid), name, total, len(gids)) for tid, (name, total, gids) in by_th.items()),
                           key=lambda x: x.label)

        start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        month = func.extract("month", Payment.date)
        per_month = [ZERO] * 12
        for m, cents in s.execute(select(month, figures.cents_sum(Payment.amount))
                                  .where(Payment.date >= start, Payment.date < end, domain_figures.IS_PAID)
                                  .group_by(month)):
            per_month[int(m) - 1] = figures.money(cents)

        overdue_rows = s.execute(select(Grant.id).where(Grant.year == year, Grant.status.in_(NOT_JUSTIFIED_YET),
                                                        Grant.justification_deadline < today)).scalars().all()
        overdue = Counter(len(overdue_rows), sum(figures.amounts(s, overdue_rows).values(), ZERO) if overdue_rows else ZERO,
                          tuple(overdue_rows))
        claims = s.execute(select(RecoveryClaim.id).where(RecoveryClaim.status == RecoveryStatus.OPEN)).scalars().all()
        outstanding = ZERO
        if claims:
            from .recoveries import outstanding as left

            outstanding = sum((left(s, c) for c in s.scalars(select(RecoveryClaim).where(RecoveryClaim.id.in_(claims)))), ZERO)
        open_recoveries = Counter(len(claims), outstanding, tuple(claims))
        prepared = s.execute(select(Payment.id, Payment.amount).where(Payment.status == PaymentStatus.PREPARED)).all()
        to_approve = Counter(len(prepared), sum((a for _i, a in prepared), ZERO), tuple(i for i, _a in prepared))
        paid_year = sum(per_month, ZERO)
    return Dashboard(year, lines, categories, thematics, per_month, sum(amounts.values(), ZERO), paid_year, len(ids),
                     overdue, open_recoveries, to_approve, years(db))
