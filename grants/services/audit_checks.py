"""The ten audit checks of the Court of Audit's practice (see ../shared/spec/domain.md), run on the data.

Each check returns pass or fail, the records at fault (with their reference, the figures and a
reason) and, where something cannot be checked, notes. Every check reads aggregates computed in
SQL (money through :func:`figures.cents_sum`), a bounded number of queries whatever the size of
the data, all in one read transaction so the figures agree with each other.

Scope with ``year``: checks on grants (1-5, 7, 10) take the grants of that year; check 6 the
recovery claims raised in it; check 8 the budget lines of that year and the payments made in it;
check 9 the payments dated in it. ``as_of`` (default today) dates what is overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from grants.domain import checks as domain_checks
from grants.domain import figures as F  # noqa: N812 - the figures, read as F.paid, F.balance
from grants.models import (
    Amendment,
    AuditEntry,
    Beneficiary,
    BudgetLine,
    Commitment,
    Grant,
    GrantMeasure,
    GrantStatus,
    Justification,
    JustificationLine,
    Measure,
    Opinion,
    OpinionKind,
    OpinionThreshold,
    Payment,
    PaymentKind,
    Programme,
    RecoveryClaim,
    RecoveryStatus,
)

from . import figures
from .bulk_read import cycle_collector_paused
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, rules, tick
from .figures import ZERO, cents_sum, money

S = GrantStatus
_OUT = F.IS_PAID_OR_PREPARED  # a payment out, paid or to approve: it holds its credits


class Label(str):
    """A parameter that is itself a translatable text (a field or an opinion's name)."""


@dataclass(frozen=True)
class Fault:
    """One record at fault: which, and why, with the figures."""

    entity: str  # table: grant, payment, budget_line, recovery_claim, justification_line, beneficiary
    record_id: int | None
    ref: str  # what a person reads: G-2024-00012, payment 31 (G-2024-00012), line 33.001 (2024)
    message: str  # English source text with {named} parameters (QT_TRANSLATE_NOOP "rules")
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str | None = None) -> str:
        from grants.i18n import translator_for, user_language

        lang = lang or user_language()
        translate = translator_for(lang)
        params = {k: _tr_param(translate, v) for k, v in self.params.items()}
        return Problem(self.message, params).render(translate, lang)

    def render(self, lang: str | None = None) -> str:
        return f"{self.ref}: {self.reason(lang)}"


def _tr_param(translate: Callable[[str, str], str], value: Any) -> Any:
    if isinstance(value, Label):
        return translate("rules", value)
    if isinstance(value, tuple) and value and all(isinstance(v, Label) for v in value):
        return ", ".join(translate("rules", v) for v in value)
    return value


@dataclass(frozen=True)
class CheckResult:
    number: int
    key: str
    title: str  # English source text (QT_TRANSLATE_NOOP "rules")
    checked: int  # how many records were examined
    faults: tuple[Fault, ...] = ()  # all of them, or the first few when run_checks was given a limit
    notes: tuple[Fault, ...] = ()  # what could not be checked, said plainly
    total: int = -1  # how many records at fault in all (default: len(faults))

    def __post_init__(self) -> None:
        if self.total < 0:
            object.__setattr__(self, "total", len(self.faults))

    @property
    def passed(self) -> bool:
        return not self.total

    def title_in(self, lang: str | None = None) -> str:
        from grants.i18n import translate

        return translate("rules", self.title, lang=lang)

    def line(self, lang: str | None = None) -> str:
        from grants.i18n import translator_for, user_language

        translate = translator_for(lang or user_language())
        if self.passed:
            verdict = translate("rules", "PASS")
            detail = translate("rules", rules.tr("%n record(s) checked", None, self.checked), self.checked)
        else:
            verdict = translate("rules", "FAIL")
            n = self.total
            detail = translate("rules", rules.tr("%n record(s) at fault", None, n), n)
            first = self.faults[0].ref
            detail += f" ({first}{', ...' if n > 1 else ''})"
        return f"{self.number:2d}. {verdict:<4} {self.title_in(lang)}: {detail}"




@dataclass(frozen=True)
class AuditReport:
    checks: tuple[CheckResult, ...]
    year: int | None
    as_of: dt.date
    generated_at: dt.datetime
    user: str
    database: str
    snapshot_taken_at: dt.datetime | None = None
    snapshot_taken_by: str | None = None
    snapshot_content_sha256: str | None = None

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def failed(self) -> int:
        return sum(1 for c in self.checks if not c.passed)


TITLES: dict[int, tuple[str, str]] = {
    1: ("order_of_acts", QT_TRANSLATE_NOOP("rules", "Order of acts: decision, commitment, notification, first payment")),
    2: ("decision_complete", QT_TRANSLATE_NOOP("rules", "Decisions complete: purpose, amount, period, budget line, documents, deadline")),
    3: ("opinions", QT_TRANSLATE_NOOP("rules", "Opinions present wherever the amount requires them")),
    4: ("late_justification", QT_TRANSLATE_NOOP("rules", "No payment on a late justification without a recorded derogation")),
    5: ("balance", QT_TRANSLATE_NOOP("rules", "Balance arithmetic; every overpayment claimed back")),
    6: ("recoveries", QT_TRANSLATE_NOOP("rules", "Recoveries followed: recorded, reminded, collected")),
    7: ("double_funding", QT_TRANSLATE_NOOP("rules", "No double funding: a justified expense counts once")),
    8: ("credits", QT_TRANSLATE_NOOP("rules", "Commitments within commitment credits, payments within payment credits")),
    9: ("separation_of_duties", QT_TRANSLATE_NOOP("rules", "Separation of duties: payments prepared and approved by two people")),
    10: ("publication", QT_TRANSLATE_NOOP("rules", "Yearly list of subsidies can be published (ordonnance of 14/12/2017)")),
    11: ("audit_chain", QT_TRANSLATE_NOOP("rules", "Audit trail intact: every entry matches its hash and its predecessor's, every record its trail")),
}

OPINION_LABELS = {
    OpinionKind.INSPECTION: Label(QT_TRANSLATE_NOOP("rules", "Inspection des Finances")),
    OpinionKind.BUDGET: Label(QT_TRANSLATE_NOOP("rules", "Budget minister's agreement")),
    OpinionKind.GOVERNMENT: Label(QT_TRANSLATE_NOOP("rules", "Government decision")),
}

F_PURPOSE = Label(QT_TRANSLATE_NOOP("rules", "purpose"))
F_AMOUNT = Label(QT_TRANSLATE_NOOP("rules", "amount"))
F_PERIOD = Label(QT_TRANSLATE_NOOP("rules", "period"))
F_DOCUMENTS = Label(QT_TRANSLATE_NOOP("rules", "required documents"))
F_DEADLINE = Label(QT_TRANSLATE_NOOP("rules", "justification deadline"))
F_BUDGET_LINE = Label(QT_TRANSLATE_NOOP("rules", "budget line"))
F_DECISION_REF = Label(QT_TRANSLATE_NOOP("rules", "decision reference"))
F_DECISION_DATE = Label(QT_TRANSLATE_NOOP("rules", "decision date"))
F_NAME_FR = Label(QT_TRANSLATE_NOOP("rules", "name in French"))
F_NAME_NL = Label(QT_TRANSLATE_NOOP("rules", "name in Dutch"))
F_BCE = Label(QT_TRANSLATE_NOOP("rules", "enterprise number (BCE)"))


# -- the data every check shares -------------------------------------------------------------------

class _Faults:
    """The faults of one check as they are found: every one counted, the first ``limit`` built
    (all of them when ``limit`` is None). The summary prints a count and the first reference; only
    the details, the GUI and the reports list every fault."""

    __slots__ = ("count", "items", "limit")

    def __init__(self, limit: int | None):
        self.items: list[Fault] = []
        self.count = 0
        self.limit = limit

    @property
    def full(self) -> bool:
        """No more faults are built (they are only counted)."""
        return self.limit is not None and len(self.items) >= self.limit

    def add(self, entity: str, record_id: int | None, ref: str, message: str, params: dict[str, Any]) -> None:
        self.count += 1
        if self.limit is None or len(self.items) < self.limit:
            self.items.append(Fault(entity, record_id, ref, message, params))

    def append(self, fault: Fault) -> None:
        self.count += 1
        if self.limit is None or len(self.items) < self.limit:
            self.items.append(fault)

    def extend(self, faults: Iterable[Fault]) -> None:
        for fault in faults:
            self.append(fault)


@dataclass
class _GrantRow:
    id: int
    ref: str
    year: int
    status: GrantStatus
    title: str | None
    initial_amount: Decimal
    period_start: dt.date | None
    period_end: dt.date | None
    deadline: dt.date | None
    documents: str | None
    decision_ref: str | None
    decision_date: dt.date | None
    notified_on: dt.date | None
    beneficiary_id: int
    budget_line_id: int | None
    programme_id: int | None


class _Data:
    """Aggregates loaded once (one query each) and shared by the checks."""

    def __init__(self, s: Session, year: int | None, limit: int | None = None):
        self.s, self.year, self.limit = s, year, limit
        self.rows = s.connection().execute  # Core rows: no ORM result machinery for plain columns
        stmt = select(Grant.id, Grant.ref, Grant.year, Grant.status, Grant.title, Grant.initial_amount,
                      Grant.period_start, Grant.period_end, Grant.justification_deadline, Grant.required_documents,
                      Grant.decision_ref, Grant.decision_date, Grant.notified_on, Grant.beneficiary_id,
                      Grant.budget_line_id, Grant.programme_id)
        if year is not None:
            stmt = stmt.where(Grant.year == year)
        # fetched by batches (a row at a time was a driver call per grant)
        self.grants = [_GrantRow(*cast("tuple[Any, ...]", r))
                       for batch in self.rows(stmt.order_by(Grant.ref)).partitions(5000) for r in batch]
        self.ids = {g.id for g in self.grants}
        self.amount = figures.amounts(s)
        self.accepted = figures.accepted(s)
        # One pass over each of the two largest tables, each figure through the domain's own
        # predicates (what figures.committed / paid / recovered sum, in cents, and the first dates):
        # a grant with no row that counts is left out, as those figures leave it out.
        self.committed: dict[int, Decimal] = {}
        self.first_commit: dict[int, dt.date] = {}
        for gid, cents, first in self.rows(select(Commitment.grant_id, F.cents_sum(Commitment.amount),
                                                  func.min(case((Commitment.amount > 0, Commitment.date))))
                                           .group_by(Commitment.grant_id)).all():
            self.committed[gid] = money(cents)
            if first is not None:
                self.first_commit[gid] = first
        self.paid: dict[int, Decimal] = {}
        self.recovered: dict[int, Decimal] = {}
        self.first_payment: dict[int, dt.date] = {}
        amount_cents = F.cents(Payment.amount)
        # grouped by "grant_id + 0": one pass over the table sorted once (through the grant_id
        # index, SQLite fetched each of the 200 000 rows from the index: twice the work)
        by_grant = (Payment.grant_id + literal_column("0")).label("gid")
        for gid, paid, back, first in self.rows(select(by_grant, func.sum(case((F.IS_PAID, amount_cents))),
                                                       func.sum(case((F.IS_PAID_BACK, amount_cents))),
                                                       func.min(case((_OUT, Payment.date))))
                                                .group_by(by_grant)).all():
            if paid is not None:
                self.paid[gid] = money(paid)
            if back is not None:
                self.recovered[gid] = money(back)
            if first is not None:
                self.first_payment[gid] = first
        self.justified = dict(self.rows(select(Justification.grant_id, func.min(Justification.received_on))
                                        .group_by(Justification.grant_id)).all())

    def in_scope(self, grant_id: int) -> bool:
        return grant_id in self.ids

    def faults(self) -> _Faults:
        """A check's faults: counted, the first ``limit`` built."""
        return _Faults(self.limit)


def _decided(g: _GrantRow) -> bool:
    return g.status != S.DRAFT or g.decision_date is not None


# -- the checks ------------------------------------------------------------------------------------

def check_order_of_acts(d: _Data) -> CheckResult:
    """1. decision <= commitment <= notification <= first payment (the rule the services refuse
    by at the act: :func:`grants.domain.checks.check_order_of_acts`)."""
    faults = d.faults()
    notes = 0
    for g in d.grants:
        committed_on, paid_on = d.first_commit.get(g.id), d.first_payment.get(g.id)
        for p in domain_checks.check_order_of_acts(decision_date=g.decision_date, committed_on=committed_on,
                                           notified_on=g.notified_on, first_payment=paid_on):
            faults.add("grant", g.id, g.ref, p.message, p.params)
        if paid_on is not None and g.notified_on is None:
            notes += 1
    note = () if not notes else (Fault("grant", None, "-", rules.tr(
        "%n paid grant(s) with no notification date recorded: their notification could not be placed in the order",
        None, notes),
        {"n": notes}),)
    return _result(1, len(d.grants), faults, note)


#: The field of a decision (as grants.domain.checks names it) -> its label in audit check 2.
_FIELD_LABELS = {"title": F_PURPOSE, "amount": F_AMOUNT, "period_start": F_PERIOD, "budget_line": F_BUDGET_LINE,
                 "required_documents": F_DOCUMENTS, "justification_deadline": F_DEADLINE,
                 "decision_ref": F_DECISION_REF, "decision_date": F_DECISION_DATE}


def _maybe_blank(column: Any) -> Any:
    """True for every text the domain reads as blank (None, or only whitespace: ``not text.strip()``),
    and for a few more (whitespace has no case: lower = upper; so do digits and signs): a filter in
    SQL, any database, that never leaves out a blank text. The domain rule then decides."""
    return or_(column.is_(None), func.lower(column) == func.upper(column))


def _surely_blank(column: Any) -> Any:
    """True only for texts the domain surely reads as blank (None or empty): no text it reads as
    filled is ever counted by it (the summary's count, :func:`check_decisions_complete`)."""
    return or_(column.is_(None), column == "")


def _surely_incomplete() -> Any:
    """A decision :func:`grants.domain.checks.check_decision_complete` surely finds incomplete: a
    field it requires is None, or a text it requires is empty (never one it reads as complete)."""
    return or_(
        _surely_blank(Grant.title), Grant.period_start.is_(None), Grant.period_end.is_(None),
        Grant.budget_line_id.is_(None), _surely_blank(Grant.required_documents), Grant.justification_deadline.is_(None),
        _surely_blank(Grant.decision_ref), Grant.decision_date.is_(None))


def check_decisions_complete(d: _Data) -> CheckResult:
    """2. Each decision: purpose, amount, period, budget line, documents and their deadline (the
    check the decision itself passes: :func:`grants.domain.checks.check_decision_complete`), its
    PGSP measures (:func:`~grants.domain.checks.check_measures`: at least one, FSE 5.1 and 6.1) and
    a programme kind that funds the beneficiary's category.

    Set-based: one query finds the decisions that may fail one of these rules (a field missing or
    blank, an amount that may be nil, no measure, a programme kind with compulsory measures or not
    funding the beneficiary's category); the domain's rules then decide on those only, with the
    measures of those grants only (of those whose programme kind has compulsory measures: a grant
    with a measure and no compulsory one passes ``check_measures`` whatever its codes, and one with
    none is given none). When only the first faults are built (the summary), a decision with a
    field surely missing (None, or an empty text: ``_surely_blank``) is only counted once the first
    are built: the domain's rule fails it, whatever the other fields."""
    decided = sum(1 for g in d.grants if g.status != S.DRAFT or g.decision_date is not None)  # _decided
    has_measure = select(GrantMeasure.grant_id).where(GrantMeasure.grant_id == Grant.id).exists()
    lowered = select(Amendment.grant_id).where(Amendment.grant_id == Grant.id, Amendment.amount_delta < 0).exists()
    # a link to a measure that exists (the codes below are read through that join)
    measured_col = (select(GrantMeasure.grant_id).join(Measure, Measure.id == GrantMeasure.measure_id)
                    .where(GrantMeasure.grant_id == Grant.id).exists())
    misfit = [and_(Programme.kind == kind, Beneficiary.category.not_in(sorted(allowed)))
              for kind, allowed in domain_checks.CATEGORIES_FOR.items()]
    compulsory = sorted(domain_checks.REQUIRED_MEASURES)
    may_fail = or_(
        _maybe_blank(Grant.title), Grant.initial_amount <= 0, lowered, Grant.period_start.is_(None),
        Grant.period_end.is_(None), Grant.budget_line_id.is_(None), _maybe_blank(Grant.required_documents),
        Grant.justification_deadline.is_(None), _maybe_blank(Grant.decision_ref), Grant.decision_date.is_(None),
        ~has_measure, Programme.kind.in_(compulsory), *misfit)
    surely_incomplete = _surely_incomplete()
    candidates = (select(Grant.id)
                  .select_from(Grant)
                  .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                  .outerjoin(Programme, Programme.id == Grant.programme_id)
                  .where(or_(Grant.status != S.DRAFT, Grant.decision_date.is_not(None)), may_fail,
                         *([Grant.year == d.year] if d.year is not None else [])))
    found: dict[int, tuple[Any, Any]] = {
        gid: (measured, surely) for gid, measured, surely in d.rows(
            candidates.add_columns(measured_col, case((surely_incomplete, 1), else_=0))).all()}
    faults = d.faults()
    if not found:
        return _result(2, decided, faults)
    kinds = dict(d.s.execute(select(Programme.id, Programme.kind)).all())
    categories = dict(d.s.execute(select(Beneficiary.id, Beneficiary.category)).all())
    measures: dict[int, list[str]] = defaultdict(list)
    if any(kind in domain_checks.REQUIRED_MEASURES for kind in kinds.values()):
        links = (select(GrantMeasure.grant_id, Measure.code).join(Measure, Measure.id == GrantMeasure.measure_id)
                 .where(GrantMeasure.grant_id.in_(candidates.where(Programme.kind.in_(compulsory)))))
        for gid, code in d.rows(links.order_by(GrantMeasure.grant_id, GrantMeasure.measure_id)).all():
            measures[gid].append(code)
    check_fields, check_measures = domain_checks.check_decision_complete, domain_checks.check_measures
    check_fits, amount = domain_checks.check_programme_fits, d.amount
    for g in d.grants:  # in the order of their references
        row = found.get(g.id)
        if row is None:
            continue
        measured, surely = row
        kind = kinds.get(g.programme_id) if g.programme_id is not None else None
        if surely and faults.full:  # the domain's rule fails it: only counted from here on
            faults.count += 1
        else:
            problems = check_fields(
                title=g.title, amount=amount.get(g.id, ZERO), period_start=g.period_start, period_end=g.period_end,
                budget_line=g.budget_line_id, required_documents=g.documents, justification_deadline=g.deadline,
                decision_ref=g.decision_ref, decision_date=g.decision_date)
            missing = [_FIELD_LABELS[p.field] for p in problems if p.field in _FIELD_LABELS]
            if missing:
                faults.add("grant", g.id, g.ref, QT_TRANSLATE_NOOP("rules", "decision incomplete: no {fields}"),
                           {"fields": tuple(missing)})
        if not measured or kind in domain_checks.REQUIRED_MEASURES:
            for p in check_measures(measures.get(g.id, []), kind):
                faults.add("grant", g.id, g.ref, p.message, p.params)
        for p in check_fits(kind, categories.get(g.beneficiary_id)):
            faults.add("grant", g.id, g.ref, p.message, p.params)
    return _result(2, decided, faults)


def check_opinions(d: _Data) -> CheckResult:
    """3. Opinions (IF, Budget, Government) dated on or before the decision wherever the amount
    requires them; an amendment that crosses a threshold requires the opinion too.

    Set-based: the thresholds are read through the domain's rule (:func:`grants.domain.checks.
    threshold_on`, by period between two threshold dates: :func:`~grants.domain.checks.
    threshold_periods`); one query per opinion kind returns only the decisions above its threshold
    whose opinion is missing or late. Only the grants amended upwards are looked at one by one."""
    thresholds: dict[OpinionKind, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for kind, amount, since in d.s.execute(select(OpinionThreshold.kind, OpinionThreshold.amount,
                                                  OpinionThreshold.valid_from).order_by(OpinionThreshold.valid_from)):
        thresholds[kind].append((since, Decimal(amount)))
    order = {kind: i for i, kind in enumerate(thresholds)}  # the opinions named in their thresholds' order
    scope = [Grant.year == d.year] if d.year is not None else []
    # per opinion kind (in their thresholds' order): grant -> the opinion's date when late, None when missing
    late: list[tuple[OpinionKind, dict[int, dt.date | None]]] = []
    for kind, steps in thresholds.items():
        above = [and_(Grant.decision_date >= start, *([Grant.decision_date < until] if until is not None else []),
                      F.cents(Grant.initial_amount) > F.to_cents(limit))
                 for start, until, limit in domain_checks.threshold_periods(steps)]
        if not above:
            continue
        stmt = (select(Grant.id, Opinion.date)
                .select_from(Grant)
                .outerjoin(Opinion, and_(Opinion.grant_id == Grant.id, Opinion.kind == kind))
                .where(Grant.decision_date.is_not(None), or_(*above), *scope,
                       or_(Opinion.id.is_(None), Opinion.date > Grant.decision_date)))
        late.append((kind, dict(d.rows(stmt).all())))
    at_fault = set().union(*(found for _, found in late))

    def needed(amount: Decimal, on: dt.date) -> set[OpinionKind]:
        return {kind for kind, steps in thresholds.items()
                if domain_checks.above_threshold(amount, domain_checks.threshold_on(steps, on))}

    upwards = select(Amendment.grant_id).where(Amendment.amount_delta > 0)
    amended_on = dict(d.s.execute(select(Amendment.grant_id, func.max(Amendment.date))
                                  .where(Amendment.amount_delta > 0).group_by(Amendment.grant_id)).all())
    have: dict[int, set[OpinionKind]] = defaultdict(set)
    if amended_on:
        for gid, kind in d.s.execute(select(Opinion.grant_id, Opinion.kind).where(Opinion.grant_id.in_(upwards))):
            have[gid].add(kind)

    faults = d.faults()
    decided_count = 0
    for g in d.grants:  # in the order of their references
        if g.decision_date is None:
            continue
        decided_count += 1
        if g.id not in at_fault and g.id not in amended_on:
            continue
        if faults.full and g.id not in amended_on:  # only counted from here on
            faults.count += sum(1 for _, found in late if g.id in found)
            continue
        initial = Decimal(g.initial_amount)
        for kind, found in late:
            if g.id not in found:
                continue
            opinion_on = found[g.id]
            if opinion_on is None:
                faults.add("grant", g.id, g.ref, QT_TRANSLATE_NOOP(
                    "rules", "an amount of {amount} requires the opinion '{kind}'; none is recorded"),
                    {"amount": initial, "kind": OPINION_LABELS[kind]})
            else:
                faults.add("grant", g.id, g.ref, QT_TRANSLATE_NOOP(
                    "rules", "the opinion '{kind}' is dated {date}, after the decision of {decision}"),
                    {"kind": OPINION_LABELS[kind], "date": opinion_on, "decision": g.decision_date})
        current = d.amount.get(g.id, initial)
        if g.id in amended_on and current > initial:
            crossed = needed(current, amended_on[g.id]) - needed(initial, g.decision_date)
            for kind in sorted(crossed, key=order.__getitem__):
                if kind not in have[g.id]:
                    faults.add("grant", g.id, g.ref, QT_TRANSLATE_NOOP(
                        "rules", "amended to {amount}, which requires the opinion '{kind}'; none is recorded"),
                        {"amount": current, "kind": OPINION_LABELS[kind]})
    return _result(3, decided_count, faults)


def check_late_justifications(d: _Data) -> CheckResult:
    """4. A balance (or other) payment on a justification received after the deadline, or made
    after the deadline with no justification at all, needs a recorded derogation."""
    scope = [Grant.year == d.year] if d.year is not None else []
    first = (select(Justification.grant_id.label("gid"), func.min(Justification.received_on).label("first"))
             .group_by(Justification.grant_id).subquery())
    stmt = (select(Payment.id, Payment.date, Payment.amount, Payment.kind, Grant.id, Grant.ref,
                   Grant.justification_deadline, first.c.first)
            # all years, "+ 0": one pass over the payments (SQLite would otherwise walk the grants in
            # the order of their references and seek every grant's payments, twice the work)
            .join(Grant, Grant.id == (Payment.grant_id + 0 if d.year is None else Payment.grant_id))
            .outerjoin(first, first.c.gid == Grant.id)
            .where(_OUT, Payment.kind.in_([PaymentKind.BALANCE, PaymentKind.OTHER]),
                   Grant.justification_deadline.is_not(None),
                   or_(first.c.first > Grant.justification_deadline,
                       and_(first.c.first.is_(None), Payment.date > Grant.justification_deadline)),
                   or_(Payment.derogation.is_(None), func.trim(Payment.derogation) == ""), *scope)
            .order_by(Grant.ref, Payment.date, Payment.id))
    checked = d.s.scalar(select(func.count()).select_from(Payment).join(Grant, Grant.id == Payment.grant_id)
                         .where(_OUT, Payment.kind.in_([PaymentKind.BALANCE, PaymentKind.OTHER]), *scope)) or 0
    faults = d.faults()
    rows = d.rows(stmt)
    for pid, date, amount, kind, _gid, ref, deadline, received in rows:
        if faults.full:  # the rest only counted, in the same order
            faults.count += 1 + len(rows.fetchall())  # one driver call, not one per row
            break
        label = f"{ref} / {_payment_ref(pid)}"
        if received is None:
            faults.add("payment", pid, label, QT_TRANSLATE_NOOP(
                "rules", "{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation"),
                {"kind": kind, "amount": Decimal(amount), "date": date, "deadline": deadline})
        else:
            faults.add("payment", pid, label, QT_TRANSLATE_NOOP(
                "rules", "{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation"),
                {"kind": kind, "amount": Decimal(amount), "date": date, "received": received, "deadline": deadline})
    return _result(4, checked, faults)


def check_balances(d: _Data) -> CheckResult:
    """5. Balance = min(accepted, granted) - paid; nothing paid above what is granted or committed;
    every overpayment has its recovery claim; accepted expenses never above claimed ones."""
    claims = {gid: money(c) for gid, c in d.s.execute(
        select(RecoveryClaim.grant_id, cents_sum(RecoveryClaim.amount)).group_by(RecoveryClaim.grant_id))}
    faults = d.faults()
    for g in d.grants:
        amount = d.amount.get(g.id, ZERO)
        committed = d.committed.get(g.id, ZERO)
        paid, back = d.paid.get(g.id, ZERO), d.recovered.get(g.id, ZERO)  # approved payments only
        net = F.net_paid(paid, back)

        def fault(msg: str, **params: Any) -> None:
            faults.add("grant", g.id, g.ref, msg, params)

        if net > amount:
            fault(QT_TRANSLATE_NOOP("rules", "paid {paid} (net of refunds), above the granted amount {amount}"),
                  paid=net, amount=amount)
        if net > committed and net > 0:
            fault(QT_TRANSLATE_NOOP("rules", "paid {paid} (net of refunds), above what is committed {committed}"),
                  paid=net, committed=committed)
        if g.id in d.justified and F.balance_known(g.status):
            accepted = d.accepted.get(g.id, ZERO)
            due = min(accepted, amount)
            balance = F.balance(g.status, amount, accepted, paid, back)
            raised = claims.get(g.id, ZERO)
            over = paid - due  # refunds are made against claims: the claims must cover all of it
            if over > 0 and raised < over:
                fault(QT_TRANSLATE_NOOP(
                    "rules", "overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}"),
                    over=over, paid=paid, accepted=accepted, amount=amount, due=due, claimed=raised)
            if g.status == S.CLOSED and balance is not None and balance > 0:
                fault(QT_TRANSLATE_NOOP("rules", "closed with a balance of {balance} still due to the beneficiary"),
                      balance=balance)
    bad_lines = d.s.execute(
        select(JustificationLine.id, Grant.id, Grant.ref, JustificationLine.category, JustificationLine.claimed,
               JustificationLine.accepted)
        .join(Justification, Justification.id == JustificationLine.justification_id)
        .join(Grant, Grant.id == Justification.grant_id)
        .where(func.round(JustificationLine.accepted * 100) > func.round(JustificationLine.claimed * 100))
        .order_by(Grant.ref, JustificationLine.id))
    for lid, gid, ref, category, claimed_amt, accepted_amt in bad_lines:
        if d.in_scope(gid):
            faults.add("justification_line", lid, ref, QT_TRANSLATE_NOOP(
                "rules", "expense ({category}): accepted {accepted} is above claimed {claimed}"),
                {"category": category, "accepted": Decimal(accepted_amt), "claimed": Decimal(claimed_amt)})
    return _result(5, len(d.grants), faults)


def check_recoveries(d: _Data, as_of: dt.date) -> CheckResult:
    """6. Each claim recorded with a valid structured communication, reminded when overdue,
    collected: an open claim past its due date, or whose refunds do not add up, is at fault."""
    from .validators import check_communication

    refunded = F.paid_back_by_claim().subquery()
    stmt = (select(RecoveryClaim.id, RecoveryClaim.communication, RecoveryClaim.amount, RecoveryClaim.status,
                   RecoveryClaim.date, RecoveryClaim.due_date, RecoveryClaim.reminders_sent,
                   RecoveryClaim.last_reminder_on, Grant.ref, func.coalesce(refunded.c.c, 0))
            .join(Grant, Grant.id == RecoveryClaim.grant_id)
            .outerjoin(refunded, refunded.c.cid == RecoveryClaim.id)
            .order_by(RecoveryClaim.date, RecoveryClaim.id))
    if d.year is not None:
        stmt = stmt.where(*_in_year(RecoveryClaim.date, d.year))
    faults, checked = d.faults(), 0
    for cid, comm, amount, status, date, due, reminders, last, ref, cents in d.s.execute(stmt):
        checked += 1
        amount, got = Decimal(amount), money(cents)
        label = f"{ref} / +++{comm[:3]}/{comm[3:7]}/{comm[7:]}+++" if comm and len(comm) == 12 else ref

        def fault(msg: str, **params: Any) -> None:
            faults.add("recovery_claim", cid, label, msg, params)

        try:
            check_communication(comm or "")
        except Exception:
            fault(QT_TRANSLATE_NOOP("rules", "the structured communication {communication} is not valid: the refund cannot be matched"),
                  communication=comm or "-")
        if status == RecoveryStatus.OPEN:
            if got >= amount:
                fault(QT_TRANSLATE_NOOP("rules", "still open although {got} of {amount} was refunded"), got=got, amount=amount)
            elif due is not None and due < as_of:
                if not reminders:
                    fault(QT_TRANSLATE_NOOP("rules", "{left} of {amount} still due since {due}, and no reminder sent"),
                          left=amount - got, amount=amount, due=due)
                else:
                    fault(rules.tr("{left} of {amount} still due since {due}, not collected after %n reminder(s) (last on {last})",
                                   None, reminders),
                          left=amount - got, amount=amount, due=due, n=reminders, last=last or due)
        elif status == RecoveryStatus.PAID and got != amount:
            fault(QT_TRANSLATE_NOOP("rules", "marked paid, but the refunds recorded total {got}, not {amount}"), got=got, amount=amount)
    return _result(6, checked, faults)


def check_double_funding(d: _Data) -> CheckResult:
    """7. An expense (same beneficiary, same evidence reference) accepted more than once."""
    key = func.upper(func.replace(func.trim(JustificationLine.evidence_ref), " ", ""))
    base = (select(Grant.beneficiary_id, key.label("k"))
            .select_from(JustificationLine)
            .join(Justification, Justification.id == JustificationLine.justification_id)
            .join(Grant, Grant.id == Justification.grant_id)
            .where(JustificationLine.evidence_ref.is_not(None), func.trim(JustificationLine.evidence_ref) != "",
                   JustificationLine.accepted > 0, Justification.admissible.is_(True)))
    checked = d.s.scalar(select(func.count()).select_from(base.subquery())) or 0
    dupes = set(d.s.execute(base.group_by(Grant.beneficiary_id, key).having(func.count() > 1)).all())
    faults = d.faults()
    if dupes:
        rows = d.s.execute(
            select(Grant.beneficiary_id, key, JustificationLine.id, Grant.id, Grant.ref, JustificationLine.evidence_ref,
                   JustificationLine.accepted)
            .join(Justification, Justification.id == JustificationLine.justification_id)
            .join(Grant, Grant.id == Justification.grant_id)
            .where(key.in_(sorted({k for _, k in dupes})), JustificationLine.accepted > 0,
                   Justification.admissible.is_(True))
            .order_by(Grant.ref, JustificationLine.id))
        groups: dict[tuple[int, str], list[Any]] = defaultdict(list)
        for bid, k, lid, gid, ref, evidence, accepted in rows:
            if (bid, k) in dupes:
                groups[(bid, k)].append((lid, gid, ref, evidence, Decimal(accepted)))
        for (_bid, _k), lines in sorted(groups.items(), key=lambda kv: kv[1][0][2]):
            if not any(d.in_scope(gid) for _, gid, _, _, _ in lines):
                continue
            refs = ", ".join(sorted({ref for _, _, ref, _, _ in lines}))
            total = sum((a for *_, a in lines), ZERO)
            lid, gid, ref, evidence, _ = lines[0]
            faults.add("justification_line", lid, ref, QT_TRANSLATE_NOOP(
                "rules", "expense {evidence} accepted {n} times ({total} in all) on grants {grants}"),
                {"evidence": evidence, "n": len(lines), "total": total, "grants": refs})
    return _result(7, checked, faults)


def check_credits(d: _Data) -> CheckResult:
    """8. Per budget line and year: commitments within the commitment credits (CE); payments made in
    a year on a code within that year's payment credits (CL)."""
    lines_stmt = select(BudgetLine.id, BudgetLine.year, BudgetLine.code, BudgetLine.commitment_credits,
                        BudgetLine.payment_credits)
    if d.year is not None:
        lines_stmt = lines_stmt.where(BudgetLine.year == d.year)
    lines = d.s.execute(lines_stmt.order_by(BudgetLine.year, BudgetLine.code)).all()
    committed = {lid: money(c) for lid, c in d.s.execute(
        select(Commitment.budget_line_id, cents_sum(Commitment.amount)).group_by(Commitment.budget_line_id))}
    pay_year = func.extract("year", Payment.date)
    paid_stmt = (select(BudgetLine.code, pay_year, cents_sum(Payment.amount))
                 .join(Grant, Grant.id == Payment.grant_id).join(BudgetLine, BudgetLine.id == Grant.budget_line_id)
                 .where(_OUT).group_by(BudgetLine.code, pay_year))
    if d.year is not None:
        paid_stmt = paid_stmt.where(pay_year == d.year)
    paid = {(code, int(year)): money(c) for code, year, c in d.s.execute(paid_stmt)}
    all_lines = {(code, year): (lid, Decimal(cl)) for lid, year, code, _ce, cl in
                 d.s.execute(select(BudgetLine.id, BudgetLine.year, BudgetLine.code, BudgetLine.commitment_credits,
                                    BudgetLine.payment_credits))}
    faults = d.faults()
    for lid, year, code, ce, _cl in lines:
        used = committed.get(lid, ZERO)
        if used > Decimal(ce):
            faults.add("budget_line", lid, f"{code} ({year})", QT_TRANSLATE_NOOP(
                "rules", "commitments {committed} above the commitment credits {credits} (by {over})"),
                {"committed": used, "credits": Decimal(ce), "over": used - Decimal(ce)})
    for (code, year), amount in sorted(paid.items()):
        line = all_lines.get((code, year))
        if line is None:
            faults.add("budget_line", None, f"{code} ({year})", QT_TRANSLATE_NOOP(
                "rules", "payments of {paid} made in {year} on a code with no budget line that year"),
                {"paid": amount, "year": year})
        elif amount > line[1]:
            faults.add("budget_line", line[0], f"{code} ({year})", QT_TRANSLATE_NOOP(
                "rules", "payments {paid} above the payment credits {credits} (by {over})"),
                {"paid": amount, "credits": line[1], "over": amount - line[1]})
    return _result(8, len(lines), faults)


def _in_year(date: Any, year: int) -> list[Any]:
    """``date`` in ``year`` as a sargable range (the date's index serves it; extract() would not)."""
    return [date >= dt.date(year, 1, 1), date < dt.date(year + 1, 1, 1)]


def check_separation_of_duties(d: _Data) -> CheckResult:
    """9. Every approved payment: prepared by one person, approved by another, both recorded.
    Payments brought in by an import or the demo data carry no names: counted in a note."""
    live = F.IS_PAID
    scope = _in_year(Payment.date, d.year) if d.year is not None else []
    checked = d.s.scalar(select(func.count()).select_from(Payment).where(live, *scope)) or 0
    stmt = (select(Payment.id, Payment.date, Payment.amount, Payment.prepared_by, Payment.approved_by, Grant.ref)
            .join(Grant, Grant.id == Payment.grant_id)
            .where(live, Payment.origin == "app", *scope,
                   or_(Payment.approved_by.is_(None), Payment.prepared_by.is_(None),
                       Payment.approved_by == Payment.prepared_by)))
    faults = d.faults()
    # sorted here, by (reference, date, id) as ORDER BY did: with that ORDER BY, SQLite walked the
    # payments through their date index and fetched every row from it (10 times a plain scan)
    for pid, date, amount, prepared, approved, ref in sorted(d.rows(stmt).all(), key=lambda r: (r[5], r[1], r[0])):
        label = f"{ref} / {_payment_ref(pid)}"
        if prepared and approved and prepared == approved:
            faults.add("payment", pid, label, QT_TRANSLATE_NOOP(
                "rules", "payment of {amount} on {date} prepared and approved by the same person, {user}"),
                {"amount": Decimal(amount), "date": date, "user": prepared})
        else:
            faults.add("payment", pid, label, QT_TRANSLATE_NOOP(
                "rules", "payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})"),
                {"amount": Decimal(amount), "date": date, "prepared": prepared or "-", "approved": approved or "-"})
    unnamed = d.s.scalar(select(func.count()).select_from(Payment).where(
        live, Payment.origin != "app", *scope, or_(Payment.approved_by.is_(None), Payment.prepared_by.is_(None)))) or 0
    notes = () if not unnamed else (Fault("payment", None, "-", rules.tr(
        "%n payment(s) imported without the names of who prepared and approved them: not checkable here",
        None, unnamed),
        {"n": unnamed}),)
    return _result(9, checked, faults, notes)


def check_publication(d: _Data) -> CheckResult:
    """10. The yearly list (beneficiary with its enterprise number, purpose, amount, decision date)
    can be published: nothing it needs is missing or invalid."""
    from .errors import RuleError
    from .validators import check_bce

    decided = [g for g in d.grants if _decided(g)]
    bids = {g.beneficiary_id for g in decided}
    benef = {bid: (ref, fr, nl, bce) for bid, ref, fr, nl, bce in d.s.execute(
        select(Beneficiary.id, Beneficiary.ref, Beneficiary.name_fr, Beneficiary.name_nl, Beneficiary.bce))
        if bid in bids}
    faults = d.faults()
    for bid in sorted(benef, key=lambda b: benef[b][0]):
        ref, fr, nl, bce = benef[bid]
        missing: list[Label] = []
        if not (fr or "").strip():
            missing.append(F_NAME_FR)
        if not (nl or "").strip():
            missing.append(F_NAME_NL)
        if not (bce or "").strip():
            missing.append(F_BCE)
        if missing:
            faults.add("beneficiary", bid, ref, QT_TRANSLATE_NOOP(
                "rules", "beneficiary of a grant to publish, with no {fields}"), {"fields": tuple(missing)})
        elif bce:
            try:
                check_bce(bce)
            except RuleError:
                faults.add("beneficiary", bid, ref, QT_TRANSLATE_NOOP(
                    "rules", "enterprise number {bce} is not valid: the beneficiary cannot be identified in the list"),
                    {"bce": bce})
    for g in decided:
        missing = []
        if not (g.title or "").strip():
            missing.append(F_PURPOSE)
        if d.amount.get(g.id, ZERO) <= 0:
            missing.append(F_AMOUNT)
        if g.decision_date is None:
            missing.append(F_DECISION_DATE)
        if missing:
            faults.add("grant", g.id, g.ref, QT_TRANSLATE_NOOP(
                "rules", "cannot be listed for publication: no {fields}"), {"fields": tuple(missing)})
    return _result(10, len(decided), faults)


class _TrailRecords:
    """The records of the traced tables against the inserts and deletes the chain's pass sees
    (SQLite). Before the pass, ``pending`` holds, per traced table with one integer key, the ids
    of its records as SQLite's text (``CAST(id AS TEXT)``, the form ``entity_id`` is compared in);
    the pass takes out each id an insert entry names, notes in ``extra`` the inserts that name no
    id still pending (a record gone, an id inserted again, a text that is no id), and in
    ``deleted`` the last delete entry of each (table, ``entity_id``). Complete only when the pass
    read the whole trail."""

    __slots__ = ("complete", "counts", "deleted", "extra", "pending")

    def __init__(self, s: Session) -> None:
        from grants.models import Base

        from .audit import TRACED_TABLES

        self.pending: dict[str, set[str]] = {}
        self.counts: dict[str, int] = {}
        raw: Any = s.connection().connection.cursor()
        for name in TRACED_TABLES:
            table = Base.metadata.tables.get(name)
            if table is None:
                continue
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and isinstance(pk[0].type, Integer):
                # the ids as SQLite's text, in one string (no row per record)
                raw.execute(f'SELECT group_concat("{pk[0].name}", \',\') FROM "{name}"')
                (joined,) = raw.fetchone()
                ids = set(joined.split(",")) if joined is not None else set()
                self.pending[name], self.counts[name] = ids, len(ids)
        raw.close()
        self.extra: list[tuple[str, str, int]] = []
        self.deleted: dict[tuple[str, str], int] = {}
        self.complete = False


def _check_chain(s: Session, limit: int, outside: list[tuple[Any, ...]] | None = None,
                 records: _TrailRecords | None = None) -> tuple[list[Any], int]:
    """:func:`grants.services.audit.check_chain` over plain driver rows (no ORM row per entry):
    the same hashes (``audit.entry_hash``, computed inline here: a call per entry was a third of
    the pass), the same breaks, the number of entries read.

    ``outside`` (SQLite): also collect, in the same pass, the first ``limit`` entries whose action
    is LIKE 'sql-%' (ASCII case ignored, as SQLite's LIKE), as (id, action, entity, entity_id, user).
    Complete only when fewer than ``limit`` breaks were found (the pass stops there).

    ``records`` (SQLite): also note, in the same pass, every insert and delete entry (see
    :class:`_TrailRecords`), for :func:`_untraced_records`."""
    import hashlib

    from grants.domain.chain import CONTENT_ALTERED, GENESIS, LINK_BROKEN, ChainBreak, entry_hash
    from grants.domain.chain import SEP as _SEP
    from grants.domain.chain import at_text as _at_text

    # the driver's own cursor: plain tuples, no SQLAlchemy row per entry (the trail is the largest table)
    cursor: Any = s.connection().connection.cursor()
    cursor.execute('SELECT id, "at", "user", action, entity, entity_id, "before", "after", prev_hash, hash '
                   "FROM audit_entry ORDER BY id")
    prev, n = GENESIS, 0
    breaks: list[ChainBreak] = []
    parse = dt.datetime.fromisoformat
    sha, join, nul = hashlib.sha256, _SEP.join, "\x00"
    plain: set[str] = set()  # the actions seen that are not 'sql-%' (a handful: insert, update...)
    pending_ids = (records.pending if records is not None else {}).get
    extra: list[tuple[str, str, int]] = records.extra if records is not None else []
    deleted: dict[tuple[str, str], int] = records.deleted if records is not None else {}
    for eid, at, user, action, entity, entity_id, before, after, prev_hash, h in cursor:
        if outside is not None and action not in plain:
            if action[:4].lower() == "sql-":
                if len(outside) < limit:
                    outside.append((eid, action, entity, entity_id, user))
            else:
                plain.add(action)
        if records is not None:
            if action == "insert":
                ids = pending_ids(entity)
                if ids is not None:
                    try:
                        ids.remove(entity_id)
                    except KeyError:
                        extra.append((entity, entity_id, eid))
            elif action == "delete":
                deleted[(entity, entity_id)] = eid
        n += 1
        if len(breaks) >= limit:
            n += sum(1 for _ in cursor)  # the rest only counted
            break
        if prev_hash != prev:
            breaks.append(ChainBreak(eid, LINK_BROKEN))
        if at.__class__ is str and len(at) in (19, 26) and at[10] == " ":  # SQLite's stored text
            # entry_hash(prev_hash, at_text, ...) inline, the same bytes hashed
            digest = sha(join((prev_hash, at[:10] + "T" + at[11:19], user, action, entity, entity_id,
                               nul if before is None else before, nul if after is None else after))
                         .encode("utf-8")).hexdigest()
        else:
            at_text = _at_text(at if isinstance(at, dt.datetime) else parse(str(at)))
            digest = entry_hash(prev_hash, at_text, user, action, entity, entity_id, before, after)
        if digest != h:
            breaks.append(ChainBreak(eid, CONTENT_ALTERED))
        prev = h
    else:
        if records is not None:
            records.complete = True
    cursor.close()
    return breaks[:limit], n


def _canonical_int(text: str) -> bool:
    """``text`` is the text SQLite's CAST gives of an integer (``str(int(text)) == text``, in 64 bits)."""
    try:
        value = int(text)
    except ValueError:
        return False
    return str(value) == text and -(2 ** 63) <= value < 2 ** 63


def _untraced_records(s: Session, seen: _TrailRecords, limit: int = 200) -> tuple[list[Any], int]:
    """:func:`grants.services.audit.untraced_records`, the same findings in the same order and the
    same count, with the trail's inserts and deletes taken from the chain's pass (``seen``,
    complete) instead of an index seek in the trail per record and per insert.

    Per traced table with one integer key: a record whose id no insert named is still pending; an
    insert that named no pending id is gone only if its record is missing and no later delete of
    the same ``entity_id`` exists (an id that is not an integer's plain text is left to the query).
    Only when a table may hold a finding are that table's queries of ``untraced_records`` run, as
    written there: they decide, in their own order. A table whose key is not one integer is always
    queried."""
    from grants.models import Base

    from .audit import TRACED_TABLES, Untraced, gone_without_delete, lacking_insert

    extra: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for entity, text, eid in seen.extra:
        extra[entity].append((text, eid))
    found: list[Untraced] = []
    checked = 0
    for name in TRACED_TABLES:
        table = Base.metadata.tables.get(name)
        if table is None:
            continue
        pk = list(table.primary_key.columns)
        one_int = name in seen.pending
        may_lack_insert = may_be_gone = True
        if one_int:
            checked += seen.counts[name]
            may_lack_insert = bool(seen.pending[name])
            may_be_gone = False
            inserts = extra.get(name, [])
            if len(inserts) > 1000:  # many ids inserted again or gone: the query decides
                may_be_gone, inserts = True, []
            for text, eid in inserts:
                if not _canonical_int(text):
                    may_be_gone = True
                    break
                deleted_by = seen.deleted.get((name, text))
                if deleted_by is not None and deleted_by > eid:
                    continue  # deleted after this insert
                if s.execute(select(pk[0]).where(pk[0] == int(text))).first() is None:
                    may_be_gone = True  # no record, no later deletion
                    break
        else:
            checked += s.execute(select(func.count()).select_from(table)).scalar_one()
        # the queries of audit.untraced_records themselves
        if may_lack_insert:
            found += lacking_insert(s, table, limit - len(found))
        if one_int and may_be_gone:
            found += gone_without_delete(s, table, limit - len(found))
    return found[:limit], checked


def check_audit_chain(d: _Data) -> CheckResult:
    """The hash chain of the whole audit trail (whatever the year): an entry edited or removed
    outside the application breaks it; and the records of the money and the acts against the
    trail: entries cut from the end leave records whose creation is missing. What this cannot see
    (updates cut from the end, a trail rewritten and re-hashed whole) only a head held elsewhere
    shows (``grants verify NEW --since OLD``)."""
    from .audit import untraced_records

    sqlite = d.s.get_bind().dialect.name == "sqlite"
    seen_outside: list[tuple[Any, ...]] | None = [] if sqlite else None
    seen_records = _TrailRecords(d.s) if sqlite else None
    breaks, count = _check_chain(d.s, limit=200, outside=seen_outside, records=seen_records)
    faults = d.faults()
    faults.extend([Fault("audit_entry", b.entry_id, f"#{b.entry_id}",
                    QT_TRANSLATE_NOOP("rules", "audit chain broken: {reason}"), {"reason": b.reason}) for b in breaks])
    # The records must agree with the trail: a trail cut short (its last entries deleted) leaves
    # records whose creation is no longer in it.
    # On SQLite, with the whole trail read by the chain's pass, each table's ids are compared with
    # the inserts that pass saw; the lookups below run only where a finding may be.
    if seen_records is not None and seen_records.complete:
        untraced, records = _untraced_records(d.s, seen_records, limit=200)
    else:
        untraced, records = untraced_records(d.s, limit=200)
    faults.extend(Fault(u.entity, int(u.entity_id) if u.entity_id.isdigit() else None, f"{u.entity} {u.entity_id}",
                        u.reason) for u in untraced)
    # On a server, a trigger (migration 0011) records what was changed outside the application
    # (psql...) as sql-insert, sql-update, sql-delete: chained like the others, but a finding.
    # On SQLite the chain's pass collected them (a second scan of the trail saved), unless it
    # stopped early at its 200th break.
    if seen_outside is not None and len(breaks) < 200:
        outside: Iterable[Any] = seen_outside
    else:
        outside = d.s.execute(select(AuditEntry.id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                                     AuditEntry.user).where(AuditEntry.action.like("sql-%"))
                              .order_by(AuditEntry.id).limit(200)).all()
    faults.extend(Fault("audit_entry", eid, f"#{eid}", QT_TRANSLATE_NOOP(
        "rules", "changed outside the application: {action} of {entity} {record} by {user} (recorded by the server)"),
        {"action": action, "entity": entity, "record": record, "user": user})
        for eid, action, entity, record, user in outside)
    return _result(11, count + records, faults)


# -- running them ----------------------------------------------------------------------------------

def _payment_ref(pid: int) -> str:
    return f"P{pid}"


def _result(number: int, checked: int, faults: _Faults, notes: Iterable[Fault] = ()) -> CheckResult:
    key, title = TITLES[number]
    return CheckResult(number, key, title, checked, tuple(faults.items), tuple(notes), faults.count)


def run_checks(db: Database, year: int | None = None, as_of: dt.date | None = None,
               progress: Callable[[int, int], bool] | None = None,
               only: Iterable[int] | None = None, limit: int | None = None) -> AuditReport:
    """Run the checks (all eleven, or those numbered in ``only``) in one consistent read.

    ``limit``: build only the first ``limit`` faults of each check (each result's ``total`` still
    counts them all), for a summary that prints counts and first references; None (the details,
    the GUI, the reports) lists every fault."""
    if as_of is None:
        from .as_of import today as counting_day

        as_of = counting_day(db)  # the demo's "as of" day on a demo database
    wanted = sorted(set(only) if only is not None else set(TITLES))
    runners: dict[int, Callable[[_Data], CheckResult]] = {
        1: check_order_of_acts, 2: check_decisions_complete, 3: check_opinions, 4: check_late_justifications,
        5: check_balances, 6: lambda d: check_recoveries(d, as_of), 7: check_double_funding, 8: check_credits,
        9: check_separation_of_duties, 10: check_publication, 11: check_audit_chain,
    }
    results = []
    with db.reading() as s, cycle_collector_paused():
        tick(progress, 0, len(wanted) + 1)
        data = _Data(s, year, limit)
        for i, n in enumerate(wanted, start=1):
            tick(progress, i, len(wanted) + 1)
            results.append(runners[n](data))
    tick(progress, len(wanted) + 1, len(wanted) + 1)
    snap = getattr(db, "snapshot", None)
    return AuditReport(tuple(results), year, as_of, dt.datetime.now().replace(microsecond=0), db.user,
                       str(db.path or db.url), snap.taken_at if snap else None, snap.taken_by if snap else None,
                       snap.content_sha256 if snap else None)


def years(db: Database) -> list[int]:
    """The years that have grants or budget lines (the audit screen's year choice), newest first."""
    with db.reading() as s:
        found = set(s.scalars(select(Grant.year).distinct())) | set(s.scalars(select(BudgetLine.year).distinct()))
    return sorted(found, reverse=True)
