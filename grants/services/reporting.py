"""The queries behind the exports: plain dataclasses out, SQL aggregates in, never a query per row.

Money is added up in whole cents (``figures.cents_sum``) and handed out as ``Decimal``; amounts
allocated to PGSP measures are shared out by the largest-remainder method so that the measure
amounts of a grant add up exactly to its amount. The writers in ``grants.reports`` take these
dataclasses and never see the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, exists, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from grants.domain import figures as F  # noqa: N812 - the figures, read as F.paid, F.balance
from grants.domain.figures import cents_sum
from grants.domain.values import CENT, ZERO, allocate, money
from grants.domain.values import to_cents as _dec_cents
from grants.models import (
    Amendment,
    Application,
    Beneficiary,
    BudgetLine,
    Category,
    Grant,
    GrantMeasure,
    GrantNature,
    GrantStatus,
    Justification,
    JustificationLine,
    Measure,
    Payment,
    PaymentKind,
    PaymentStatus,
    PlanEdition,
    Programme,
    ProgrammeKind,
    RecoveryClaim,
    RecoveryStatus,
    Thematic,
)

from . import budget as budget_service
from .bulk_read import cycle_collector_paused
from .common import by_ref
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError, tick
from .rows import (
    CATEGORY_ORDER,
    CHUNK,
    ExportInfo,
    GrantRow,
    Progress,
    _c,
    assemble_grant_rows,
    grouped,
    iter_in_chunks,
    make_export_info,
    measures_text,
)

#: Re-exported from :mod:`grants.services.rows` and :mod:`grants.domain.values` (defined there,
#: without SQLAlchemy).
__all__ = ["CATEGORY_ORDER", "CENT", "CHUNK", "ZERO", "ExportInfo", "GrantRow", "Progress", "_c", "_dec_cents",
           "allocate", "measures_text", "money"]


def export_info(db: Database, what: str, **parameters: object) -> ExportInfo:
    where = str(db.path) if db.path is not None else db.engine.url.render_as_string(hide_password=True)
    return make_export_info(where, db.user, what, **parameters)


# --- shared grant aggregates --------------------------------------------------------------------

#: Where the shared grant aggregates read: the session, or its Core connection (plain rows, no ORM
#: result machinery: what the long lists use).
_Reader = Session | Connection


def _grouped(s: _Reader, stmt: Any) -> dict[int, int]:
    return grouped(s.execute(stmt))


_LIVE = Payment.status != PaymentStatus.CANCELLED  # a payment listed with its status


def grant_list_statements(where: list[ColumnElement[bool]]) -> dict[str, Any]:
    """The queries of the grants list (every money figure of the grants matching ``where`` as
    :mod:`grants.domain.figures` defines them, one grouped query per figure; their PGSP measures,
    periods changed by amendments, other funders; then the grants themselves), by the names
    :func:`grants.services.rows.assemble_grant_rows` reads them."""
    current = F.grant_columns(where, only=("amend",))  # the current amount, as the domain computes it
    return {
        "amount": current.join(select(Grant.id, current.amount).select_from(Grant)).where(*where),
        "claimed_back": select(RecoveryClaim.grant_id, cents_sum(RecoveryClaim.amount))
        .join(Grant, Grant.id == RecoveryClaim.grant_id)
        .where(RecoveryClaim.status != RecoveryStatus.CANCELLED, *where).group_by(RecoveryClaim.grant_id),
        "com": F.committed_by_grant(where),
        "payments": F.payments_by_grant(where),
        "acc": F.accepted_by_grant(where),
        "measures": select(GrantMeasure.grant_id, Measure.code, GrantMeasure.share)
        .join(Measure, Measure.id == GrantMeasure.measure_id)
        .join(Grant, Grant.id == GrantMeasure.grant_id).where(*where)
        .order_by(GrantMeasure.grant_id, Measure.code),
        "periods": select(Amendment.grant_id, Amendment.new_period_start, Amendment.new_period_end)
        .join(Grant, Grant.id == Amendment.grant_id)
        .where(*where, (Amendment.new_period_start.is_not(None)) | (Amendment.new_period_end.is_not(None)))
        .order_by(Amendment.grant_id, Amendment.date, Amendment.id),
        "other": F.other_funding_by_grant(where),
        "main": select(Grant.id, Grant.ref, Beneficiary.ref, Beneficiary.name_fr, Beneficiary.name_nl,
                       Beneficiary.category, Programme.ref, Programme.title, BudgetLine.code, Grant.title,
                       Grant.status, Grant.decision_date, Grant.notified_on, Grant.period_start, Grant.period_end,
                       Grant.justification_deadline, Grant.nature, Grant.project_budget)
        .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
        .join(BudgetLine, BudgetLine.id == Grant.budget_line_id)
        .outerjoin(Programme, Programme.id == Grant.programme_id)
        .where(*where).order_by(Grant.ref),
    }


def publication_statements(where: list[ColumnElement[bool]]) -> dict[str, Any]:
    """The query of the list to publish (the grants matching ``where``: what is printed of them, their
    current amount in cents as the domain defines it), by the name
    :func:`grants.services.rows.assemble_publication` reads."""
    figures = F.grant_columns(where, only=("amend",))
    main = (select(Grant.ref, Beneficiary.name_fr, Beneficiary.name_nl, Beneficiary.bce, Grant.title, figures.amount,
                   Grant.decision_date, BudgetLine.code).select_from(Grant)
            .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
            .join(BudgetLine, BudgetLine.id == Grant.budget_line_id))
    return {"main": figures.join(main).where(*where).order_by(Grant.ref)}


def publication_where(year: Any) -> list[ColumnElement[bool]]:
    """The grants published for ``year``: decided ones (drafts left out)."""
    return [Grant.year == year, Grant.status != GrantStatus.DRAFT]


def count_grants(db: Database, year: int, beneficiary_id: int | None = None) -> int:
    with db.reading() as s:
        where = [Grant.year == year] + ([Grant.beneficiary_id == beneficiary_id] if beneficiary_id else [])
        return int(s.scalar(select(func.count()).select_from(Grant).where(*where)) or 0)


def _grant_rows(session: Session, where: list[ColumnElement[bool]]) -> list[GrantRow]:
    s = session.connection()  # plain columns: read on the Core connection, in the session's transaction
    statements = grant_list_statements(where)
    return assemble_grant_rows(lambda name: s.execute(statements[name]))


def iter_grant_rows(db: Database, year: int, progress: Progress = None,
                    beneficiary_id: int | None = None) -> Iterator[GrantRow]:
    """The year's grants, ordered by reference, read in chunks in one consistent read.

    A generator: 100 000 grants never sit in memory at once. ``progress(done, total)`` may stop it
    (raises :class:`Cancelled`).
    """
    with db.reading() as s:
        where: list[ColumnElement[bool]] = [Grant.year == year]
        if beneficiary_id is not None:
            where.append(Grant.beneficiary_id == beneficiary_id)
        refs = list(s.scalars(select(Grant.ref).where(*where).order_by(Grant.ref)))
        yield from iter_in_chunks(
            refs, lambda lo, hi: _grant_rows(s, [*where, Grant.ref >= lo, Grant.ref <= hi]), progress)


def grant_rows(db: Database, year: int, beneficiary_id: int | None = None) -> list[GrantRow]:
    return list(iter_grant_rows(db, year, beneficiary_id=beneficiary_id))


# --- the budget workbook ------------------------------------------------------------------------

@dataclass(frozen=True)
class MeasureAmount:
    year: int
    edition: str | None
    thematic_number: int | None  # None: grants tied to no measure
    thematic_fr: str
    thematic_nl: str
    code: str | None
    description_fr: str
    description_nl: str
    grants: int
    amount: Decimal


@dataclass(frozen=True)
class MonthPayments:
    year: int
    month: int
    paid_out: Decimal
    paid_back: Decimal
    count: int

    @property
    def net(self) -> Decimal:
        return self.paid_out - self.paid_back


@dataclass(frozen=True)
class BudgetReport:
    years: tuple[int, ...]
    by_category: dict[Category, dict[int, Decimal]]
    execution: dict[int, list[budget_service.LineExecution]]
    measures: list[MeasureAmount]
    payments: list[MonthPayments]
    #: granted amounts by category, year and nature (operating, investment): report 8.4.2's split
    by_nature: dict[Category, dict[int, dict[GrantNature, Decimal]]] = field(default_factory=dict)


def granted_by_category(s: Session, years: Iterable[int]) -> dict[Category, dict[int, Decimal]]:
    """Granted amounts (decision plus amendments) by beneficiary category and grant year."""
    return category_totals(granted_by_nature(s, years))


def category_totals(by_nature: dict[Category, dict[int, dict[GrantNature, Decimal]]]) -> dict[Category, dict[int, Decimal]]:
    """The granted amounts by category and year: operating plus investment (one reading of the grants)."""
    return {cat: {year: sum(natures.values(), ZERO) for year, natures in by_year.items()}
            for cat, by_year in by_nature.items()}


def granted_by_nature(s: Session, years: Iterable[int]) -> dict[Category, dict[int, dict[GrantNature, Decimal]]]:
    """Granted amounts (decision plus amendments) by beneficiary category, grant year and the
    grant's nature (operating or investment)."""
    years = list(years)
    cond = Grant.year.in_(years)
    cents: dict[tuple[Category, int, GrantNature], int] = defaultdict(int)
    keys = (Beneficiary.category, Grant.year, Grant.nature)
    for cat, year, nature, c in s.execute(select(*keys, cents_sum(Grant.initial_amount))
                                          .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id).where(cond)
                                          .group_by(*keys)):
        cents[(Category(cat), year, GrantNature(nature))] += _c(c)
    for cat, year, nature, c in s.execute(select(*keys, cents_sum(Amendment.amount_delta))
                                          .join(Grant, Grant.id == Amendment.grant_id)
                                          .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id).where(cond)
                                          .group_by(*keys)):
        cents[(Category(cat), year, GrantNature(nature))] += _c(c)
    out = {cat: {y: {n: ZERO for n in GrantNature} for y in years} for cat in CATEGORY_ORDER}
    for (cat, year, nature), c in cents.items():
        out[cat][year][nature] = money(c)
    return out


def measure_amounts(s: Session, where: list[ColumnElement[bool]]) -> list[MeasureAmount]:
    """Grant amounts allocated to PGSP measures by their shares, per grant year and measure.

    A grant on no measure, or on one measure with a share above zero, gives its whole amount (what
    ``allocate`` gives it): those are summed in SQL, per year and measure. Only the other grants
    (several measures, or a share of zero) are read one by one and shared out in Python."""
    g = F.grant_columns(where, only=("amend",))  # the current amount is all this needs

    def sharing(link: Any) -> ColumnElement[bool]:
        """A grant's measure row that shares out (not the whole amount): a share of zero, or another measure."""
        other = aliased(GrantMeasure)
        return or_(link.share <= 0, exists().where(other.grant_id == link.grant_id, other.measure_id != link.measure_id))

    # one row per grant and measure (one row for a grant on none); whole: the grant's whole amount
    # goes to that measure (or to none). Grouped over a subquery's columns, as in payments_by_month
    # (PostgreSQL and the binds of one expression in SELECT and GROUP BY); SQLite flattens it.
    rows = (g.join(select(Grant.year.label("year"), GrantMeasure.measure_id.label("mid"),
                          case((or_(GrantMeasure.grant_id.is_(None), ~sharing(GrantMeasure)), 1), else_=0).label("whole"),
                          g.amount.label("amount"), Grant.id.label("gid"))
                   .select_from(Grant)).outerjoin(GrantMeasure, GrantMeasure.grant_id == Grant.id).where(*where)
            .subquery("per_measure"))
    # (year, measure) -> [cents, grants, first grant id]; the first grant id orders equal keys below
    # as the grants' order did when every grant was read
    per: dict[tuple[int, int | None], list[int]] = {}
    some_split = False
    for year, mid, in_whole, c, n, first in s.execute(
            select(rows.c.year, rows.c.mid, rows.c.whole, func.sum(rows.c.amount), func.count(), func.min(rows.c.gid))
            .group_by(rows.c.year, rows.c.mid, rows.c.whole)):
        if in_whole:
            per[(year, mid)] = [_c(c), int(n), int(first)]
        else:
            some_split = True
    if some_split:
        link = aliased(GrantMeasure)
        shared = exists().where(link.grant_id == Grant.id, sharing(link))  # the grants shared out
        split: dict[int, tuple[int, int]] = {}
        for gid, year, c in s.execute(g.join(select(Grant.id, Grant.year, g.amount).select_from(Grant))
                                      .where(*where, shared).order_by(Grant.id)):
            split[gid] = (year, _c(c))
        links: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for gid, mid, share in s.execute(select(GrantMeasure.grant_id, GrantMeasure.measure_id, GrantMeasure.share)
                                         .join(Grant, Grant.id == GrantMeasure.grant_id)
                                         .where(*where, shared)
                                         .order_by(GrantMeasure.grant_id, GrantMeasure.measure_id)):
            links[gid].append((mid, Decimal(share)))
        for gid, (year, amount) in split.items():
            parts = links[gid]
            for (mid, _), cents in zip(parts, allocate(amount, [sh for _, sh in parts]), strict=True):
                acc = per.get((year, mid))
                if acc is None:
                    per[(year, mid)] = [cents, 1, gid]
                else:
                    acc[0] += cents
                    acc[1] += 1
                    acc[2] = min(acc[2], gid)
    info = {mid: (ed, num, tfr, tnl, code, dfr, dnl) for mid, ed, num, tfr, tnl, code, dfr, dnl in s.execute(
        select(Measure.id, PlanEdition.code, Thematic.number, Thematic.label_fr, Thematic.label_nl, Measure.code,
               Measure.description_fr, Measure.description_nl)
        .join(Thematic, Thematic.id == Measure.thematic_id).join(PlanEdition, PlanEdition.id == Measure.edition_id)
        .where(Measure.id.in_([m for _, m in per if m is not None])))}
    out = []
    for (year, mid), (cents, n, _first) in sorted(per.items(), key=lambda kv: (kv[1][2], kv[0][1] or 0)):
        if mid is None:
            out.append(MeasureAmount(year, None, None, "", "", None, "", "", n, money(cents)))
        else:
            ed, num, tfr, tnl, code, dfr, dnl = info[mid]
            out.append(MeasureAmount(year, ed, num, tfr, tnl, code, dfr, dnl or dfr, n, money(cents)))

    def key(m: MeasureAmount) -> tuple[Any, ...]:
        code = tuple(int(p) if p.isdigit() else 0 for p in (m.code or "").split(".")) if m.code else (999,)
        return (m.year, m.thematic_number is None, m.thematic_number or 0, code)

    return sorted(out, key=key)


def _in_years(date: Any, years: list[int]) -> list[ColumnElement[bool]]:
    """``date`` in one of ``years``, as sargable ranges (an index on the date serves it)."""
    if not years:
        return [false()]
    ys = sorted(set(years))
    if ys == list(range(ys[0], ys[-1] + 1)):
        return [date >= dt.date(ys[0], 1, 1), date < dt.date(ys[-1] + 1, 1, 1)]
    return [or_(*((date >= dt.date(y, 1, 1)) & (date < dt.date(y + 1, 1, 1)) for y in ys))]


def payments_by_month(s: Session, years: Iterable[int]) -> list[MonthPayments]:
    years = list(years)
    ym = func.strftime("%Y-%m", Payment.date) if s.get_bind().dialect.name == "sqlite" else \
        func.to_char(Payment.date, "YYYY-MM")
    out: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    # grouped over a subquery's columns: PostgreSQL does not see two binds of one expression
    # (the month's format, the kind compared) in SELECT and GROUP BY as the same expression
    rows = (select(ym.label("ym"), (Payment.kind == PaymentKind.RECOVERY).label("back"), Payment.amount)
            .where(or_(F.IS_PAID, F.IS_PAID_BACK), *_in_years(Payment.date, years))
            .subquery())
    stmt = (select(rows.c.ym, rows.c.back, cents_sum(rows.c.amount), func.count())
            .group_by(rows.c.ym, rows.c.back))
    for month, back, cents, n in s.execute(stmt):
        y, m = (int(p) for p in str(month).split("-"))
        acc = out[(y, m)]
        acc[1 if back else 0] += _c(cents)
        acc[2] += int(n) if not back else 0
    return [MonthPayments(y, m, money(v[0]), money(v[1]), v[2]) for (y, m), v in sorted(out.items())]


def budget_report(db: Database, year_from: int, year_to: int, progress: Progress = None) -> BudgetReport:
    if year_to < year_from:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Years: the last year {to} is before the first {first}"),
                               "to", to=year_to, first=year_from)
    if year_to - year_from > 30:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Years: {first} to {to} is more than 30 years"),
                               "to", to=year_to, first=year_from)
    years = tuple(range(year_from, year_to + 1))
    steps = len(years) + 3
    tick(progress, 0, steps)
    with db.reading() as s, cycle_collector_paused():  # a bulk read: see services.bulk_read
        execution = budget_service.executions_in(s, years)
        tick(progress, len(years), steps)
        by_nature = granted_by_nature(s, years)
        by_category = category_totals(by_nature)
        tick(progress, len(years) + 1, steps)
        measures = measure_amounts(s, [Grant.year.in_(years)])
        tick(progress, len(years) + 2, steps)
        payments = payments_by_month(s, years)
    tick(progress, steps, steps)
    return BudgetReport(years, by_category, execution, measures, payments, by_nature)


# --- statements ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatementPayment:
    date: dt.date
    grant_ref: str
    kind: PaymentKind
    status: PaymentStatus
    amount: Decimal  # positive; a repayment (kind recovery) flows back
    reference: str | None


@dataclass(frozen=True)
class StatementJustification:
    grant_ref: str
    received_on: dt.date
    admissible: bool
    claimed: Decimal
    accepted: Decimal


@dataclass(frozen=True)
class StatementClaim:
    grant_ref: str
    date: dt.date
    amount: Decimal
    outstanding: Decimal
    communication: str
    due_date: dt.date | None
    status: RecoveryStatus


@dataclass(frozen=True)
class Statement:
    year: int
    beneficiary_ref: str
    name_fr: str
    name_nl: str
    category: Category
    bce: str | None
    iban: str | None
    address: str | None
    language: str
    grants: list[GrantRow]
    payments: list[StatementPayment]
    justifications: list[StatementJustification]
    claims: list[StatementClaim]

    @property
    def granted(self) -> Decimal:
        return sum((g.amount for g in self.grants), ZERO)

    @property
    def paid_net(self) -> Decimal:
        return sum((g.net_paid for g in self.grants), ZERO)

    @property
    def accepted(self) -> Decimal:
        return sum((g.accepted for g in self.grants), ZERO)

    @property
    def balance_due(self) -> Decimal:
        """Still to be paid to the beneficiary: positive balances of justified grants."""
        return sum((g.balance for g in self.grants if g.balance is not None and g.balance > 0), ZERO)

    @property
    def to_pay_back(self) -> Decimal:
        """Owed by the beneficiary: negative balances of justified grants."""
        return -sum((g.balance for g in self.grants if g.balance is not None and g.balance < 0), ZERO)

    @property
    def open_claims(self) -> list[StatementClaim]:
        return [c for c in self.claims if c.status == RecoveryStatus.OPEN and c.outstanding > 0]

    @property
    def unclaimed(self) -> Decimal:
        """What is owed but not yet covered by an open claim (a claim will follow)."""
        return max(self.to_pay_back - sum((c.outstanding for c in self.open_claims), ZERO), ZERO)


def statements(db: Database, year: int, beneficiary_ref: str | None = None,
               progress: Progress = None) -> list[Statement]:
    """One statement per beneficiary with grants in ``year`` (or just ``beneficiary_ref``'s)."""
    with db.reading() as s:
        where: list[ColumnElement[bool]] = [Grant.year == year]
        if beneficiary_ref is not None:
            b = by_ref(s, Beneficiary, beneficiary_ref, "beneficiary")
            where.append(Grant.beneficiary_id == b.id)
        tick(progress, 0, 4)
        rows = _grant_rows(s, where)
        tick(progress, 1, 4)
        ids = {r.id: r.ref for r in rows}
        grant_ben = dict(s.execute(select(Grant.id, Grant.beneficiary_id).where(*where)).all())
        payments: dict[int, list[StatementPayment]] = defaultdict(list)
        for gid, date, kind, status, amount, ref in s.execute(
                select(Payment.grant_id, Payment.date, Payment.kind, Payment.status, Payment.amount, Payment.reference)
                .join(Grant, Grant.id == Payment.grant_id).where(_LIVE, *where).order_by(Payment.date, Payment.id)):
            payments[grant_ben[gid]].append(StatementPayment(date, ids[gid], kind, status, Decimal(amount), ref))
        justifs: dict[int, list[StatementJustification]] = defaultdict(list)
        for jid_gid, received, admissible, claimed, accepted in s.execute(
                select(Justification.grant_id, Justification.received_on, Justification.admissible,
                       cents_sum(JustificationLine.claimed), cents_sum(JustificationLine.accepted))
                .join(JustificationLine, JustificationLine.justification_id == Justification.id)
                .join(Grant, Grant.id == Justification.grant_id).where(*where)
                .group_by(Justification.id).order_by(Justification.received_on, Justification.id)):
            justifs[grant_ben[jid_gid]].append(StatementJustification(ids[jid_gid], received, bool(admissible),
                                                                      money(_c(claimed)), money(_c(accepted))))
        tick(progress, 2, 4)
        refunded = _grouped(s, F.paid_back_by_claim().join(Grant, Grant.id == Payment.grant_id).where(*where))
        claims: dict[int, list[StatementClaim]] = defaultdict(list)
        for cid, gid, date, amount, comm, due, status in s.execute(
                select(RecoveryClaim.id, RecoveryClaim.grant_id, RecoveryClaim.date, RecoveryClaim.amount,
                       RecoveryClaim.communication, RecoveryClaim.due_date, RecoveryClaim.status)
                .join(Grant, Grant.id == RecoveryClaim.grant_id)
                .where(RecoveryClaim.status != RecoveryStatus.CANCELLED, *where).order_by(RecoveryClaim.date)):
            amount_c = _dec_cents(amount)
            claims[grant_ben[gid]].append(StatementClaim(ids[gid], date, money(amount_c),
                                                         money(amount_c - refunded.get(cid, 0)), comm, due, status))
        by_ben: dict[int, list[GrantRow]] = defaultdict(list)
        for r in rows:
            by_ben[grant_ben[r.id]].append(r)
        bens = s.execute(select(Beneficiary).where(Beneficiary.id.in_(list(by_ben))).order_by(Beneficiary.ref)).scalars()
        out = [Statement(year, b.ref, b.name_fr, b.name_nl, b.category, b.bce, b.iban, b.address,
                         getattr(b.language, "value", str(b.language)), by_ben[b.id], payments[b.id],
                         justifs[b.id], claims[b.id]) for b in bens]
        tick(progress, 4, 4)
        return out


def statement(db: Database, beneficiary_ref: str, year: int) -> Statement:
    found = statements(db, year, beneficiary_ref)
    if not found:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Beneficiary {ref} has no grant in {year}: there is no statement to write"),
            "beneficiary", ref=beneficiary_ref, year=year)
    return found[0]


# --- a call for projects ------------------------------------------------------------------------

@dataclass(frozen=True)
class WaitingApplication:
    """An application the jury selected that waits for its grant, with why."""

    ref: str
    beneficiary_fr: str
    beneficiary_nl: str
    title: str
    requested: Decimal
    since: dt.date | None
    reason: str


@dataclass(frozen=True)
class CallReport:
    ref: str
    title: str
    kind: ProgrammeKind
    year: int
    envelope: Decimal | None
    received: int
    admissible: int
    selected: int
    projects: list[GrantRow]
    by_measure: list[MeasureAmount]
    waiting: list[WaitingApplication] = field(default_factory=list)  # selected, not granted

    @property
    def granted(self) -> Decimal:
        return sum((p.amount for p in self.projects), ZERO)


def call_report(db: Database, programme_ref: str) -> CallReport:
    with db.reading() as s:
        p = by_ref(s, Programme, programme_ref, "programme")
        counts = s.execute(select(func.count(), func.sum(case((Application.admissible.is_(True), 1), else_=0)),
                                  func.sum(case((Application.selected.is_(True), 1), else_=0)))
                           .where(Application.programme_id == p.id)).one()
        where = [Grant.programme_id == p.id]
        waiting = [WaitingApplication(a.ref, fr, nl or fr, a.title, a.requested_amount, a.waiting_since,
                                      a.waiting_reason or "")
                   for a, fr, nl in s.execute(
                       select(Application, Beneficiary.name_fr, Beneficiary.name_nl)
                       .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                       .where(Application.programme_id == p.id, Application.selected.is_(True),
                              Application.grant_id.is_(None), Application.waiting_reason.is_not(None))
                       .order_by(Application.ref))]
        return CallReport(p.ref, p.title, p.kind, p.year, p.envelope, int(counts[0] or 0), int(counts[1] or 0),
                          int(counts[2] or 0), _grant_rows(s, where), measure_amounts(s, where), waiting)


# --- the PGSP annex -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PgspReport:
    year: int
    edition: str | None
    edition_title_fr: str
    edition_title_nl: str
    thematics: dict[int, tuple[str, str]]  # number -> (fr, nl), every thematic of the edition
    measures: list[MeasureAmount] = field(default_factory=list)
    edition_basis: str = "covers"  # covers, assigned (setting pgsp_editions) or nearest

    @property
    def total(self) -> Decimal:
        return sum((m.amount for m in self.measures), ZERO)

    def thematic_totals(self) -> list[tuple[int | None, Decimal, int]]:
        """(thematic number or None, amount, measure lines) in thematic order."""
        acc: dict[int | None, list[Any]] = {n: [ZERO, 0] for n in sorted(self.thematics)}
        for m in self.measures:
            a = acc.setdefault(m.thematic_number, [ZERO, 0])
            a[0] += m.amount
            a[1] += 1
        return [(n, v[0], v[1]) for n, v in acc.items()]


def pgsp_report(db: Database, year: int) -> PgspReport:
    from .grants import edition_choice

    with db.reading() as s:
        edition, basis = edition_choice(s, year)
        thematics = {} if edition is None else {n: (fr, nl) for n, fr, nl in s.execute(
            select(Thematic.number, Thematic.label_fr, Thematic.label_nl).where(Thematic.edition_id == edition.id))}
        return PgspReport(year, edition.code if edition else None, edition.title_fr if edition else "",
                          edition.title_nl if edition else "", thematics, measure_amounts(s, [Grant.year == year]),
                          basis)


# --- choices for the Reports screen ---------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    ref: str
    label: str


def beneficiary_choices(db: Database) -> list[Choice]:
    with db.reading() as s:
        return [Choice(ref, f"{ref} - {name}") for ref, name in
                s.execute(select(Beneficiary.ref, Beneficiary.name_fr).order_by(Beneficiary.ref))]


def programme_choices(db: Database) -> list[Choice]:
    with db.reading() as s:
        return [Choice(ref, f"{ref} - {title} ({year})") for ref, title, year in
                s.execute(select(Programme.ref, Programme.title, Programme.year)
                          .order_by(Programme.year.desc(), Programme.ref))]


def grant_years(db: Database) -> list[int]:
    with db.reading() as s:
        return [int(y) for y in s.scalars(select(Grant.year).distinct().order_by(Grant.year))]
