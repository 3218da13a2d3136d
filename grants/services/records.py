"""What the record forms show: one record with everything around it, and the option lists of
their combo boxes. Read-only queries returning frozen dataclasses (no live ORM object leaves).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grants.domain import checks, lifecycle
from grants.domain import figures as domain_figures
from grants.models import (
    Amendment,
    Application,
    Beneficiary,
    BudgetLine,
    Category,
    Commitment,
    Commune,
    ExpenseCategory,
    FunderStatus,
    Grant,
    GrantMeasure,
    GrantNature,
    GrantStatus,
    Justification,
    JustificationLine,
    Language,
    Measure,
    Opinion,
    OpinionKind,
    Payment,
    PaymentKind,
    PaymentStatus,
    PlanEdition,
    PoliceZone,
    Programme,
    ProgrammeKind,
    RecoveryClaim,
    RecoveryStatus,
    SentDocument,
    Thematic,
)

from . import figures
from .as_of import demo_as_of_in
from .common import get_or_missing
from .database import Database
from .grants import GrantFigures, cofunders_of, current_period, edition_for_year, opinion_thresholds, summarize
from .indicators import IndicatorRow, indicators_in
from .recoveries import outstanding
from .security import role_of, single_user_mode

# -- option lists ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One choice of a combo box: the id stored, a label shown, a detail for the tooltip."""

    id: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class BeneficiaryOption:
    id: int
    ref: str
    name_fr: str
    name_nl: str
    category: Category

    def name(self, lang: str) -> str:
        return self.name_nl if lang == "nl" and self.name_nl else self.name_fr


def beneficiary_options(db: Database, *, active_only: bool = True) -> list[BeneficiaryOption]:
    with db.reading() as s:
        stmt = select(Beneficiary.id, Beneficiary.ref, Beneficiary.name_fr, Beneficiary.name_nl, Beneficiary.category)
        if active_only:
            stmt = stmt.where(Beneficiary.active.is_(True))
        return [BeneficiaryOption(*row) for row in s.execute(stmt.order_by(Beneficiary.name_fr))]


@dataclass(frozen=True)
class LineOption:
    id: int
    year: int
    code: str
    label: str
    commitment_credits: Decimal
    payment_credits: Decimal
    reserved: Decimal

    @property
    def available(self) -> Decimal:
        return domain_figures.available_ce(self.commitment_credits, self.reserved)

    @property
    def nature(self) -> GrantNature:
        """The nature its economic class gives a grant by default (operating or investment)."""
        return checks.economic_nature(self.code)


def budget_line_options(db: Database, year: int | None = None) -> list[LineOption]:
    """Budget lines (of ``year``, else all), with the commitment credits still available."""
    with db.reading() as s:
        stmt = select(BudgetLine)
        if year is not None:
            stmt = stmt.where(BudgetLine.year == year)
        lines = list(s.scalars(stmt.order_by(BudgetLine.year.desc(), BudgetLine.code)))
        return [LineOption(b.id, b.year, b.code, b.label, b.commitment_credits, b.payment_credits,
                           figures.line_reserved(s, b.id)) for b in lines]


def budget_years(db: Database) -> list[int]:
    with db.reading() as s:
        return list(s.scalars(select(BudgetLine.year).distinct().order_by(BudgetLine.year.desc())))


@dataclass(frozen=True)
class MeasureOption:
    id: int
    code: str
    description_fr: str
    description_nl: str | None
    description_nl_working: bool = False  # a working translation, pending the official text

    def description(self, lang: str) -> str:
        return (self.description_nl or self.description_fr) if lang == "nl" else self.description_fr

    def working_translation(self, lang: str) -> bool:
        """True when the description shown in ``lang`` is a working translation."""
        return lang == "nl" and bool(self.description_nl) and self.description_nl_working


@dataclass(frozen=True)
class ThematicGroup:
    number: int
    label_fr: str
    label_nl: str
    measures: tuple[MeasureOption, ...]

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_fr


@dataclass(frozen=True)
class EditionMeasures:
    code: str | None  # "2021-2024"; None when no edition covers the year
    groups: tuple[ThematicGroup, ...]

    def by_code(self) -> dict[str, tuple[ThematicGroup, MeasureOption]]:
        return {m.code: (g, m) for g in self.groups for m in g.measures}


def measures_for(db: Database, year: int | None = None, edition_code: str | None = None) -> EditionMeasures:
    """PGSP measures of an edition (by code, or the one covering ``year``), grouped by thematic."""
    with db.reading() as s:
        if edition_code:
            edition = s.scalar(select(PlanEdition).where(PlanEdition.code == edition_code))
        elif year is not None:
            edition = edition_for_year(s, year)
        else:
            edition = s.scalar(select(PlanEdition).order_by(PlanEdition.start_year.desc()).limit(1))
        if edition is None:
            return EditionMeasures(None, ())
        thematics = list(s.scalars(select(Thematic).where(Thematic.edition_id == edition.id).order_by(Thematic.number)))
        measures = list(s.scalars(select(Measure).where(Measure.edition_id == edition.id)))
        groups = []
        for t in thematics:
            ms = sorted((m for m in measures if m.thematic_id == t.id), key=lambda m: _code_key(m.code))
            groups.append(ThematicGroup(t.number, t.label_fr, t.label_nl,
                                        tuple(MeasureOption(m.id, m.code, m.description_fr, m.description_nl,
                                                                      m.description_nl_working) for m in ms)))
        return EditionMeasures(edition.code, tuple(groups))


def _code_key(code: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in code.split("."))
    except ValueError:
        return (999,)


def grant_options(db: Database, statuses: list[GrantStatus] | None = None) -> list[Option]:
    """Grants (in ``statuses``), labelled with reference, beneficiary and purpose."""
    with db.reading() as s:
        stmt = (select(Grant.id, Grant.ref, Grant.title, Beneficiary.name_fr, Grant.status)
                .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id))
        if statuses:
            stmt = stmt.where(Grant.status.in_(statuses))
        return [Option(gid, f"{ref} · {name} · {title}", status.value)
                for gid, ref, title, name, status in s.execute(stmt.order_by(Grant.ref.desc()))]


def programme_options(db: Database) -> list[Option]:
    with db.reading() as s:
        return [Option(pid, f"{ref} · {title}", kind.value)
                for pid, ref, title, kind in s.execute(select(Programme.id, Programme.ref, Programme.title, Programme.kind)
                                                       .order_by(Programme.year.desc(), Programme.ref))]


@dataclass(frozen=True)
class NamedCode:
    code: str
    name_fr: str
    name_nl: str

    def name(self, lang: str) -> str:
        return self.name_nl if lang == "nl" else self.name_fr


def commune_options(db: Database) -> list[NamedCode]:
    with db.reading() as s:
        return [NamedCode(*row) for row in s.execute(select(Commune.nis_code, Commune.name_fr, Commune.name_nl)
                                                     .order_by(Commune.name_fr))]


def police_zone_options(db: Database) -> list[NamedCode]:
    with db.reading() as s:
        return [NamedCode(str(code), fr, nl) for code, fr, nl in
                s.execute(select(PoliceZone.code, PoliceZone.name_fr, PoliceZone.name_nl).order_by(PoliceZone.code))]


def count(db: Database, entity: str) -> int:
    """How many records of an entity there are (beneficiary, grant, payment...)."""
    model = {"beneficiary": Beneficiary, "grant": Grant, "programme": Programme, "application": Application,
             "budget_line": BudgetLine, "payment": Payment, "recovery_claim": RecoveryClaim,
             "justification": Justification}[entity]
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@dataclass(frozen=True)
class UserRights:
    user: str
    role: str | None
    single_user: bool
    can_write: bool
    can_budget: bool
    can_approve: bool


def user_rights(db: Database) -> UserRights:
    from .security import PERMISSIONS

    with db.reading() as s:
        role = role_of(s, db.user)
        perms = PERMISSIONS.get(role, frozenset()) if role else frozenset()
        ro = bool(db.read_only)
        return UserRights(db.user, role.value if role else None, single_user_mode(s),
                          "write" in perms and not ro, "budget" in perms and not ro, "approve_payment" in perms and not ro)


# -- one grant with everything around it ------------------------------------------------------------


@dataclass(frozen=True)
class MeasureShare:
    measure_id: int
    code: str
    share: Decimal
    thematic_number: int
    description_fr: str
    description_nl: str | None
    description_nl_working: bool = False  # a working translation, pending the official text


@dataclass(frozen=True)
class OpinionRow:
    id: int
    kind: OpinionKind
    date: dt.date
    reference: str | None


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    date: dt.date
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    date: dt.date
    reason: str
    amount_delta: Decimal
    new_period_start: dt.date | None
    new_period_end: dt.date | None
    decision_ref: str | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    grant_id: int
    date: dt.date
    amount: Decimal
    kind: PaymentKind
    status: PaymentStatus
    reference: str | None
    communication: str | None
    derogation: str | None
    prepared_by: str | None
    approved_by: str | None
    approved_at: dt.datetime | None
    recovery_claim_id: int | None


@dataclass(frozen=True)
class ExpenseRow:
    category: ExpenseCategory
    claimed: Decimal
    accepted: Decimal
    evidence_ref: str | None
    description: str | None


@dataclass(frozen=True)
class JustificationRow:
    id: int
    received_on: dt.date
    checked_on: dt.date | None
    admissible: bool
    notes: str | None
    lines: tuple[ExpenseRow, ...]

    @property
    def claimed(self) -> Decimal:
        return sum((line.claimed for line in self.lines), Decimal("0.00"))

    @property
    def accepted(self) -> Decimal:
        return sum((line.accepted for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class ClaimRow:
    id: int
    grant_id: int
    date: dt.date
    amount: Decimal
    outstanding: Decimal
    communication: str
    due_date: dt.date | None
    status: RecoveryStatus
    reminders_sent: int
    last_reminder_on: dt.date | None
    closed_on: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class SentRow:
    """A letter recorded on a grant (grants letter, README "Letters")."""

    id: int
    kind: str
    lang: str
    date: dt.date
    recipient: str
    file_name: str
    sha256: str
    user: str
    created_at: dt.datetime


def sent_rows(s: Session, grant_id: int) -> list[SentRow]:
    """The letters recorded on a grant, oldest first."""
    return [SentRow(r.id, r.kind, r.lang, r.date, r.recipient, r.file_name, r.sha256, r.user, r.created_at)
            for r in s.scalars(select(SentDocument).where(SentDocument.grant_id == grant_id)
                               .order_by(SentDocument.created_at, SentDocument.id))]


@dataclass(frozen=True)
class CofunderRow:
    name: str
    amount: Decimal
    status: FunderStatus


@dataclass(frozen=True)
class GrantDetail:
    id: int
    ref: str
    status: GrantStatus
    title: str
    year: int
    beneficiary_id: int
    beneficiary_ref: str
    beneficiary_name_fr: str
    beneficiary_name_nl: str
    budget_line_id: int
    line_code: str
    line_label: str
    programme_id: int | None
    programme_ref: str | None
    programme_title: str | None
    edition_code: str | None
    initial_amount: Decimal
    advance_share: Decimal
    initial_period_start: dt.date | None
    initial_period_end: dt.date | None
    period_start: dt.date | None  # current (after amendments)
    period_end: dt.date | None
    justification_deadline: dt.date | None
    required_documents: str | None
    decision_ref: str | None
    decision_date: dt.date | None
    notified_on: dt.date | None
    figures: GrantFigures
    measures: tuple[MeasureShare, ...]
    opinions: tuple[OpinionRow, ...]
    opinions_required: tuple[OpinionKind, ...]
    commitments: tuple[CommitmentRow, ...]
    amendments: tuple[AmendmentRow, ...]
    payments: tuple[PaymentRow, ...]
    justifications: tuple[JustificationRow, ...]
    claims: tuple[ClaimRow, ...]
    indicators: tuple[IndicatorRow, ...] = ()
    version: int = 1  # what an edit of the draft is checked against (services.common.check_version)
    sent: tuple[SentRow, ...] = ()  # letters recorded on the grant (README "Letters")
    #: the Government-decision threshold valid on the decision date (else today): a convention above it
    government_threshold: Decimal | None = None
    #: the day the grant is read at (services/as_of.py: the demo's day on a demo database): letters count at it
    as_of: dt.date | None = None
    #: why the grant's PGSP edition applies to its year: covers, assigned (setting) or nearest (grants.EDITION_*)
    edition_basis: str = "covers"
    nature: GrantNature = GrantNature.OPERATING  # operating or investment subsidy
    project_budget: Decimal | None = None  # the co-financed project's total budget
    cofunders: tuple[CofunderRow, ...] = ()  # the project's other funders

    @property
    def other_funding(self) -> Decimal:
        return domain_figures.other_funding((c.amount, c.status) for c in self.cofunders)

    @property
    def cofinancing_rate(self) -> Decimal | None:
        return domain_figures.cofinancing_rate(self.figures.amount, self.project_budget)

    def beneficiary_name(self, lang: str) -> str:
        return self.beneficiary_name_nl if lang == "nl" and self.beneficiary_name_nl else self.beneficiary_name_fr

    @property
    def advance_limit(self) -> Decimal:
        """What the advance may reach (the advance share of the current amount)."""
        return (self.figures.amount * self.advance_share / 100).quantize(Decimal("0.01"))

    @property
    def prepared_payments(self) -> tuple[PaymentRow, ...]:
        return tuple(p for p in self.payments if p.status == PaymentStatus.PREPARED)

    @property
    def open_claims(self) -> tuple[ClaimRow, ...]:
        return tuple(c for c in self.claims if c.status == RecoveryStatus.OPEN)

    @property
    def actions(self) -> list[lifecycle.Action]:
        """The workflow actions to offer on this grant (the lifecycle's, given its records)."""
        f = self.figures
        return lifecycle.available_actions(
            self.status, has_prepared_payment=bool(self.prepared_payments), has_open_claim=bool(self.open_claims),
            has_advance=any(p.kind == PaymentKind.ADVANCE and p.status != PaymentStatus.CANCELLED for p in self.payments),
            left_to_commit=f.committed < f.amount,
            balance=None if f.balance is None else f.to_settle)

    @property
    def missing_opinions(self) -> tuple[OpinionKind, ...]:
        have = {o.kind for o in self.opinions}
        return tuple(k for k in self.opinions_required if k not in have)


def _payment_row(p: Payment) -> PaymentRow:
    return PaymentRow(p.id, p.grant_id, p.date, p.amount, p.kind, p.status, p.reference, p.communication, p.derogation,
                      p.prepared_by, p.approved_by, p.approved_at, p.recovery_claim_id)


def _claim_row(s, c: RecoveryClaim) -> ClaimRow:  # type: ignore[no-untyped-def]
    left = outstanding(s, c) if c.status == RecoveryStatus.OPEN else Decimal("0.00")
    return ClaimRow(c.id, c.grant_id, c.date, c.amount, left, c.communication, c.due_date, c.status,
                    c.reminders_sent, c.last_reminder_on, c.closed_on, c.reason)


def edition_basis(s: Session, edition: PlanEdition | None, year: int) -> str:
    """Why ``edition`` applies to ``year``: it covers the year, the administration assigned it to the
    year (setting pgsp_editions), or it is the nearest one."""
    from .grants import EDITION_ASSIGNED, EDITION_COVERS, EDITION_NEAREST
    from .organisation import assigned_editions

    if edition is None or edition.start_year <= year <= edition.end_year:
        return EDITION_COVERS
    return EDITION_ASSIGNED if assigned_editions(s).get(year) == edition.code else EDITION_NEAREST


def grant_detail(db: Database, grant_id: int) -> GrantDetail:
    with db.reading() as s:
        g = get_or_missing(s, Grant, grant_id, "grant")
        b = s.get(Beneficiary, g.beneficiary_id)
        line = s.get(BudgetLine, g.budget_line_id)
        assert b is not None and line is not None
        prog = s.get(Programme, g.programme_id) if g.programme_id else None
        edition = s.get(PlanEdition, g.edition_id) if g.edition_id else None
        f = summarize(s, [g.id])[g.id]
        measures = tuple(
            MeasureShare(m.id, m.code, gm.share, t.number, m.description_fr, m.description_nl,
                         m.description_nl_working)
            for gm, m, t in s.execute(select(GrantMeasure, Measure, Thematic)
                                      .join(Measure, Measure.id == GrantMeasure.measure_id)
                                      .join(Thematic, Thematic.id == Measure.thematic_id)
                                      .where(GrantMeasure.grant_id == g.id)))
        measures = tuple(sorted(measures, key=lambda m: _code_key(m.code)))
        opinions = tuple(OpinionRow(o.id, o.kind, o.date, o.reference) for o in
                         s.scalars(select(Opinion).where(Opinion.grant_id == g.id).order_by(Opinion.date)))
        thresholds = opinion_thresholds(s, g.decision_date or dt.date.today())
        required = tuple(k for k, t in thresholds.items() if checks.above_threshold(f.amount, t))
        commitments = tuple(CommitmentRow(c.id, c.date, c.amount, c.reference) for c in
                            s.scalars(select(Commitment).where(Commitment.grant_id == g.id).order_by(Commitment.date, Commitment.id)))
        amendments = tuple(AmendmentRow(a.id, a.date, a.reason, a.amount_delta, a.new_period_start, a.new_period_end,
                                        a.decision_ref) for a in
                           s.scalars(select(Amendment).where(Amendment.grant_id == g.id).order_by(Amendment.date, Amendment.id)))
        payments = tuple(_payment_row(p) for p in
                         s.scalars(select(Payment).where(Payment.grant_id == g.id).order_by(Payment.date, Payment.id)))
        justs = []
        for j in s.scalars(select(Justification).where(Justification.grant_id == g.id).order_by(Justification.received_on)):
            lines = tuple(ExpenseRow(x.category, x.claimed, x.accepted, x.evidence_ref, x.description) for x in
                          s.scalars(select(JustificationLine).where(JustificationLine.justification_id == j.id)
                                    .order_by(JustificationLine.id)))
            justs.append(JustificationRow(j.id, j.received_on, j.checked_on, j.admissible, j.notes, lines))
        claims = tuple(_claim_row(s, c) for c in
                       s.scalars(select(RecoveryClaim).where(RecoveryClaim.grant_id == g.id).order_by(RecoveryClaim.date)))
        start, end = current_period(s, g)
        return GrantDetail(
            g.id, g.ref, g.status, g.title, g.year, b.id, b.ref, b.name_fr, b.name_nl, line.id, line.code, line.label,
            prog.id if prog else None, prog.ref if prog else None, prog.title if prog else None,
            edition.code if edition else None, g.initial_amount, g.advance_share, g.period_start, g.period_end,
            start, end, g.justification_deadline, g.required_documents, g.decision_ref, g.decision_date,
            g.notified_on, f, measures, opinions, required, commitments, amendments, payments, tuple(justs), claims,
            tuple(indicators_in(s, [g.id])),
            g.version, tuple(sent_rows(s, g.id)), thresholds.get(OpinionKind.GOVERNMENT),
            as_of=demo_as_of_in(s) or dt.date.today(), edition_basis=edition_basis(s, edition, g.year),
            nature=g.nature, project_budget=g.project_budget,
            cofunders=tuple(CofunderRow(*c) for c in cofunders_of(s, g.id)))


def grant_of(db: Database, entity: str, record_id: int) -> int:
    """The grant a payment or a recovery claim belongs to."""
    model = {"payment": Payment, "recovery_claim": RecoveryClaim}[entity]
    with db.reading() as s:
        return int(get_or_missing(s, model, record_id, entity.replace("_", " ")).grant_id)


def payment_detail(db: Database, payment_id: int) -> PaymentRow:
    with db.reading() as s:
        return _payment_row(get_or_missing(s, Payment, payment_id, "payment"))


def claim_detail(db: Database, claim_id: int) -> ClaimRow:
    with db.reading() as s:
        return _claim_row(s, get_or_missing(s, RecoveryClaim, claim_id, "recovery claim"))


# -- budget lines -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetLineDetail:
    id: int
    year: int
    code: str
    label: str
    commitment_credits: Decimal
    payment_credits: Decimal
    reserved: Decimal
    committed: Decimal
    paid: Decimal  # approved, in the year, on the code
    grants: int
    to_approve: Decimal = Decimal("0.00")  # prepared, in the year, on the code

    @property
    def available_ce(self) -> Decimal:
        return domain_figures.available_ce(self.commitment_credits, self.reserved)

    @property
    def available_cl(self) -> Decimal:
        return domain_figures.available_cl(self.payment_credits, self.paid, self.to_approve)


def budget_line_detail(db: Database, line_id: int) -> BudgetLineDetail:
    with db.reading() as s:
        b = get_or_missing(s, BudgetLine, line_id, "budget line")
        n = s.scalar(select(func.count()).select_from(Grant).where(Grant.budget_line_id == b.id)) or 0
        return BudgetLineDetail(b.id, b.year, b.code, b.label, b.commitment_credits, b.payment_credits,
                                figures.line_reserved(s, b.id), figures.line_committed(s, b.id),
                                figures.line_paid(s, b.year, b.code), int(n),
                                figures.line_to_approve(s, b.year, b.code))


# -- programmes and their applications -------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    ref: str
    programme_id: int
    beneficiary_id: int
    beneficiary_name_fr: str
    beneficiary_name_nl: str
    title: str
    requested_amount: Decimal
    received_on: dt.date
    measures: str | None
    admissible: bool | None
    admissibility_note: str | None
    score_relevance: Decimal | None
    score_efficiency: Decimal | None
    score_effectiveness: Decimal | None
    selected: bool | None
    grant_id: int | None
    grant_ref: str | None
    rank: int | None

    @property
    def total(self) -> Decimal | None:
        scores = (self.score_relevance, self.score_efficiency, self.score_effectiveness)
        return None if any(x is None for x in scores) else sum(scores, Decimal(0))  # type: ignore[arg-type]

    def beneficiary_name(self, lang: str) -> str:
        return self.beneficiary_name_nl if lang == "nl" and self.beneficiary_name_nl else self.beneficiary_name_fr


@dataclass(frozen=True)
class ProgrammeDetail:
    id: int
    ref: str
    title: str
    kind: ProgrammeKind
    year: int
    envelope: Decimal | None
    opens: dt.date | None
    closes: dt.date | None
    edition_code: str | None
    applications: tuple[ApplicationRow, ...]

    @property
    def requested(self) -> Decimal:
        return sum((a.requested_amount for a in self.applications), Decimal("0.00"))

    @property
    def selected_amount(self) -> Decimal:
        return sum((a.requested_amount for a in self.applications if a.selected), Decimal("0.00"))


def rank_applications(rows: list[ApplicationRow]) -> dict[int, int]:
    """Competition ranking (1, 2, 2, 4) of the scored admissible applications by total score."""
    scored = sorted((r for r in rows if r.admissible and r.total is not None), key=lambda r: r.total, reverse=True)
    ranks: dict[int, int] = {}
    for i, r in enumerate(scored):
        if i and r.total == scored[i - 1].total:
            ranks[r.id] = ranks[scored[i - 1].id]
        else:
            ranks[r.id] = i + 1
    return ranks


def _applications(s, where) -> list[ApplicationRow]:  # type: ignore[no-untyped-def]
    rows = []
    for a, name_fr, name_nl, grant_ref in s.execute(
            select(Application, Beneficiary.name_fr, Beneficiary.name_nl, Grant.ref)
            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
            .outerjoin(Grant, Grant.id == Application.grant_id)
            .where(where).order_by(Application.ref)):
        rows.append(ApplicationRow(a.id, a.ref, a.programme_id, a.beneficiary_id, name_fr, name_nl, a.title,
                                   a.requested_amount, a.received_on, a.measures, a.admissible, a.admissibility_note,
                                   a.score_relevance, a.score_efficiency, a.score_effectiveness, a.selected,
                                   a.grant_id, grant_ref, None))
    return rows


def programme_detail(db: Database, programme_id: int) -> ProgrammeDetail:
    from dataclasses import replace

    with db.reading() as s:
        p = get_or_missing(s, Programme, programme_id, "programme")
        edition = s.get(PlanEdition, p.edition_id) if p.edition_id else edition_for_year(s, p.year)
        rows = _applications(s, Application.programme_id == p.id)
        ranks = rank_applications(rows)
        rows = [replace(r, rank=ranks.get(r.id)) for r in rows]
        return ProgrammeDetail(p.id, p.ref, p.title, p.kind, p.year, p.envelope, p.opens, p.closes,
                               edition.code if edition else None, tuple(rows))


def application_detail(db: Database, application_id: int) -> ApplicationRow:
    from dataclasses import replace

    with db.reading() as s:
        a = get_or_missing(s, Application, application_id, "application")
        rows = _applications(s, Application.programme_id == a.programme_id)
        ranks = rank_applications(rows)
        row = next(r for r in rows if r.id == a.id)
        return replace(row, rank=ranks.get(row.id))


__all__ = [
    "ApplicationRow", "BeneficiaryOption", "BudgetLineDetail", "ClaimRow", "CommitmentRow", "EditionMeasures",
    "ExpenseRow", "GrantDetail", "JustificationRow", "Language", "LineOption", "MeasureOption", "MeasureShare",
    "NamedCode", "OpinionRow", "Option", "PaymentRow", "ProgrammeDetail", "ThematicGroup", "UserRights",
]
