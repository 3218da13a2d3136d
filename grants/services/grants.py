"""The life of a grant: draft, decision, opinions, commitment, amendments, closure.

Every function is one user action in one transaction; a refused action saves nothing and says
which field and which figures are at fault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from grants.domain import checks, lifecycle
from grants.domain import figures as domain_figures
from grants.models import (
    Amendment,
    Beneficiary,
    BudgetLine,
    Commitment,
    FunderStatus,
    Grant,
    GrantCofunder,
    GrantMeasure,
    GrantNature,
    GrantStatus,
    Measure,
    Opinion,
    OpinionKind,
    OpinionThreshold,
    PlanEdition,
    Programme,
)

from . import budget, figures
from .common import check_version, get_or_missing, lock_line, next_ref
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError
from .plpp import band_problems
from .security import require
from .validators import check_shares, required_text

S = GrantStatus


def move(grant: Grant, target: GrantStatus) -> None:
    """Change the status along a move the lifecycle allows, or say why not."""
    if grant.status == target:
        return
    if not lifecycle.can_move(grant.status, target):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})"),
            "status", ref=grant.ref, current=grant.status, target=target,
            allowed=lifecycle.next_statuses(grant.status) or "-",
        )
    grant.status = target


def require_action(grant: Grant, action: lifecycle.Action, message: str) -> None:
    """Refuse ``action`` when the grant's status does not allow it (``message`` has {ref} and {status})."""
    if not lifecycle.allows(grant.status, action):
        raise RuleError.single(message, "status", ref=grant.ref, status=grant.status)


def statuses(db: Database, grant_ids: list[int]) -> dict[int, GrantStatus]:
    """The status of each grant (for offering only the actions the lifecycle allows)."""
    with db.reading() as s:
        return statuses_in(s, grant_ids)


def statuses_in(s: Session, grant_ids: list[int]) -> dict[int, GrantStatus]:
    out: dict[int, GrantStatus] = {}
    for i in range(0, len(grant_ids), figures.CHUNK):
        chunk = grant_ids[i:i + figures.CHUNK]
        out.update({gid: st for gid, st in s.execute(select(Grant.id, Grant.status).where(Grant.id.in_(chunk)))})
    return out


@dataclass
class GrantInput:
    beneficiary_id: int
    budget_line_id: int
    title: str
    amount: Decimal
    measures: list[tuple[str, Decimal]] = field(default_factory=list)  # (code, share %)
    programme_id: int | None = None
    edition_code: str | None = None  # default: the PGSP edition covering the line's year
    advance_share: Decimal = Decimal("0")
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    justification_deadline: dt.date | None = None
    required_documents: str | None = None
    ref: str | None = None
    version: int | None = None  # the version the form was opened on (a newer one is refused)
    #: operating or investment; None: what the budget line's economic class gives (checks.economic_nature)
    nature: GrantNature | None = None
    #: the co-financed project's total budget (None: not given, no ceiling)
    project_budget: Decimal | None = None
    #: the project's other funders (name, amount, status); None keeps those recorded (none for a new grant)
    cofunders: list[tuple[str, Decimal, FunderStatus]] | None = None


#: Why an edition applies to a year: it covers the year, the administration assigned it (setting
#: pgsp_editions), or it is the nearest one (no edition covers the year, none assigned).
EDITION_COVERS, EDITION_ASSIGNED, EDITION_NEAREST = "covers", "assigned", "nearest"


def edition_choice(s: Session, year: int) -> tuple[PlanEdition | None, str]:
    """The PGSP edition that applies to ``year`` and why: the edition in force that year; else the
    one the administration assigned to the year (``grants settings pgsp_editions 2025=2021-2024``);
    else the nearest: the latest begun before it (a plan runs on until the next one), else the first."""
    from .organisation import assigned_editions

    covering = s.scalar(select(PlanEdition).where(PlanEdition.start_year <= year, PlanEdition.end_year >= year)
                        .order_by(PlanEdition.start_year.desc()).limit(1))
    if covering is not None:
        return covering, EDITION_COVERS
    code = assigned_editions(s).get(year)
    assigned = s.scalar(select(PlanEdition).where(PlanEdition.code == code)) if code else None
    if assigned is not None:
        return assigned, EDITION_ASSIGNED
    nearest = (s.scalar(select(PlanEdition).where(PlanEdition.start_year <= year)
                        .order_by(PlanEdition.start_year.desc()).limit(1))
               or s.scalar(select(PlanEdition).order_by(PlanEdition.start_year).limit(1)))
    return nearest, EDITION_NEAREST


def edition_for_year(s: Session, year: int) -> PlanEdition | None:
    """The PGSP edition that applies to ``year`` (:func:`edition_choice`)."""
    return edition_choice(s, year)[0]


def resolve_measures(s: Session, edition: PlanEdition | None, measures: list[tuple[str, Decimal]],
                     field_name: str = "measures") -> list[tuple[int, Decimal]]:
    """Measure ids for codes of the grant's plan edition; shares must total 100 %."""
    if not measures:
        return []
    check_shares(measures, field_name)
    if edition is None:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "PGSP measures: no PGSP plan edition covers this year"), field_name)
    known = dict(s.execute(select(Measure.code, Measure.id).where(Measure.edition_id == edition.id)).all())
    missing = [c for c, _ in measures if c not in known]
    if missing:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "PGSP measures: {codes} not in the PGSP {edition}"), field_name,
            codes=", ".join(missing), edition=edition.code,
        )
    return [(known[c], share) for c, share in measures]


def check_reservation(s: Session, line: BudgetLine, extra: Decimal, field_name: str = "amount") -> None:
    """The line's commitment credits must cover what its grants reserve plus ``extra``."""
    lock_line(s, line)
    used = figures.line_reserved(s, line.id)
    problems = checks.check_commitment_credits(reserved=used + extra, credits=line.commitment_credits,
                                               code=line.code, year=line.year, amount=extra, field=field_name)
    if problems:
        raise RuleError(problems)


def _validate(s: Session, data: GrantInput) -> tuple[BudgetLine, PlanEdition | None, list[tuple[int, Decimal]]]:
    problems: list[Problem] = []

    def attempt(fn, *a):  # type: ignore[no-untyped-def]
        try:
            return fn(*a)
        except RuleError as e:
            problems.extend(e.problems)
            return None

    attempt(required_text, data.title, "title", QT_TRANSLATE_NOOP("rules", "Purpose"))
    if s.get(Beneficiary, data.beneficiary_id) is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Beneficiary: choose an existing beneficiary"), {}, "beneficiary"))
    line = s.get(BudgetLine, data.budget_line_id)
    if line is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Budget line: choose an existing budget line"), {}, "budget_line"))
    if data.amount is None or data.amount <= 0:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Amount: must be above zero ({amount})"),
                                {"amount": data.amount}, "amount"))
    if not Decimal(0) <= data.advance_share <= Decimal(100):
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Advance share: must be between 0 and 100 % ({share})"),
                                {"share": str(data.advance_share)}, "advance_share"))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Period: the end {end} is before the start {start}"),
                                {"start": data.period_start, "end": data.period_end}, "period_end"))
    programme = s.get(Programme, data.programme_id) if data.programme_id is not None else None
    if data.programme_id is not None and programme is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Programme: choose an existing programme"), {}, "programme"))
    beneficiary = s.get(Beneficiary, data.beneficiary_id)
    if programme is not None and beneficiary is not None:
        problems += checks.check_programme_fits(programme.kind, beneficiary.category)
    problems += checks.check_dates({"period_start": data.period_start, "period_end": data.period_end,
                                    "justification_deadline": data.justification_deadline},
                                   line.year if line is not None else None)
    edition = None
    if line is not None:
        if data.edition_code:
            edition = s.scalar(select(PlanEdition).where(PlanEdition.code == data.edition_code))
        else:
            edition = edition_for_year(s, line.year)
    measure_ids = attempt(resolve_measures, s, edition, data.measures) or []
    problems += checks.check_cofunding(amount=data.amount, project_budget=data.project_budget,
                                       funders=data.cofunders or [])
    if problems:
        raise RuleError(problems)
    assert line is not None
    return line, edition, measure_ids


def cofunders_of(s: Session, grant_id: int) -> list[tuple[str, Decimal, FunderStatus]]:
    return [(c.name, c.amount, c.status) for c in s.scalars(
        select(GrantCofunder).where(GrantCofunder.grant_id == grant_id).order_by(GrantCofunder.id))]


def _replace_cofunders(s: Session, grant_id: int, funders: list[tuple[str, Decimal, FunderStatus]]) -> None:
    """The grant's other funders become ``funders`` (rows kept in place where they are unchanged).
    A change raises the grant's version, as a change of the grant itself does: a form or dialog opened
    before it is refused on save (services.common.check_version), never a silent overwrite."""
    current = list(s.scalars(select(GrantCofunder).where(GrantCofunder.grant_id == grant_id).order_by(GrantCofunder.id)))
    changed = len(funders) != len(current)
    for i, (name, amount, status) in enumerate(funders):
        if i < len(current):
            c = current[i]
            if (c.name, c.amount, c.status) != (name.strip(), amount, status):
                c.name, c.amount, c.status = name.strip(), amount, status
                changed = True
        else:
            s.add(GrantCofunder(grant_id=grant_id, name=name.strip(), amount=amount, status=status))
    for c in current[len(funders):]:
        s.delete(c)
    g = s.get(Grant, grant_id)
    if changed and g is not None and inspect(g).persistent:
        flag_modified(g, "project_budget")  # an UPDATE of the grant: its version_id_col goes up


def check_cofunding_of(s: Session, g: Grant, amount: Decimal, field_name: str = "amount") -> None:
    """``amount`` (the grant's new current amount) within its project's budget minus its other funders."""
    problems = checks.check_cofunding(amount=amount, project_budget=g.project_budget,
                                      funders=cofunders_of(s, g.id), field=field_name)
    if problems:
        raise RuleError(problems)


def _check_plpp(s: Session, year: int, beneficiary_id: int | None, programme_id: int | None, amount: Decimal,
                exclude: int | None = None, field_name: str = "amount") -> None:
    """A commune's PLPP subsidy moves by -1 % / +2 % at most from the previous year's (or a
    derogation is recorded): ``grants.domain.checks.check_plpp_band``."""
    problems = band_problems(s, year=year, beneficiary_id=beneficiary_id, programme_id=programme_id, amount=amount,
                             exclude=() if exclude is None else (exclude,), field=field_name)
    if problems:
        raise RuleError(problems)


def create_grant(db: Database, data: GrantInput) -> int:
    """A new grant in draft; its amount is reserved on the budget line's commitment credits."""
    with db.transaction() as s:
        require(s, db.user, "write")
        return create_grant_in(s, data).id


def create_grant_in(s: Session, data: GrantInput) -> Grant:
    """:func:`create_grant` inside a transaction the caller holds (a renewal creates one too)."""
    line, edition, measure_ids = _validate(s, data)
    check_reservation(s, line, data.amount)
    _check_plpp(s, line.year, data.beneficiary_id, data.programme_id, data.amount)
    ref = data.ref or next_ref(s, Grant, f"G-{line.year}")
    if s.scalar(select(Grant.id).where(Grant.ref == ref)) is not None:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Reference: {ref} is already used by another grant"), "ref", ref=ref)
    g = Grant(ref=ref, beneficiary_id=data.beneficiary_id, budget_line_id=line.id, programme_id=data.programme_id,
              edition_id=edition.id if edition else None, year=line.year, title=data.title.strip(),
              initial_amount=data.amount, advance_share=data.advance_share, period_start=data.period_start,
              period_end=data.period_end, justification_deadline=data.justification_deadline,
              required_documents=data.required_documents, status=S.DRAFT,
              nature=data.nature or checks.economic_nature(line.code), project_budget=data.project_budget)
    s.add(g)
    s.flush()
    s.add_all(GrantMeasure(grant_id=g.id, measure_id=mid, share=share) for mid, share in measure_ids)
    if data.cofunders:
        _replace_cofunders(s, g.id, data.cofunders)
    return g


def update_draft(db: Database, grant_id: int, data: GrantInput) -> None:
    """Edit a grant still in draft. After the decision, amount and period change by amendment."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        check_version(s, g, data.version, "grant", g.ref)
        require_action(g, lifecycle.Action.EDIT, QT_TRANSLATE_NOOP(
            "rules", "Grant {ref} is {status}: after the decision, change its amount or period by an amendment"))
        if data.cofunders is None:  # kept as recorded: the ceiling counts them
            data = replace(data, cofunders=cofunders_of(s, g.id))
        line, edition, measure_ids = _validate(s, data)
        own = figures.amount_of(s, g.id) if g.budget_line_id == line.id else Decimal(0)
        check_reservation(s, line, data.amount - own)
        _check_plpp(s, line.year, data.beneficiary_id, data.programme_id, data.amount, exclude=g.id)
        g.beneficiary_id, g.budget_line_id, g.year = data.beneficiary_id, line.id, line.year
        g.programme_id, g.edition_id, g.title = data.programme_id, edition.id if edition else None, data.title.strip()
        g.initial_amount, g.advance_share = data.amount, data.advance_share
        g.period_start, g.period_end = data.period_start, data.period_end
        g.justification_deadline, g.required_documents = data.justification_deadline, data.required_documents
        g.nature = data.nature or checks.economic_nature(line.code)
        g.project_budget = data.project_budget
        _replace_measures(s, g.id, measure_ids)
        _replace_cofunders(s, g.id, data.cofunders or [])


def _replace_measures(s: Session, grant_id: int, measure_ids: list[tuple[int, Decimal]]) -> None:
    current = {gm.measure_id: gm for gm in s.scalars(select(GrantMeasure).where(GrantMeasure.grant_id == grant_id))}
    wanted = dict(measure_ids)
    for mid, gm in current.items():
        if mid not in wanted:
            s.delete(gm)
    for mid, share in wanted.items():
        if mid in current:
            current[mid].share = share
        else:
            s.add(GrantMeasure(grant_id=grant_id, measure_id=mid, share=share))


def set_measures(db: Database, grant_id: int, measures: list[tuple[str, Decimal]]) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        edition = s.get(PlanEdition, g.edition_id) if g.edition_id else None
        if g.status != S.DRAFT:  # a decided grant keeps what its decision needed (audit check 2)
            programme = s.get(Programme, g.programme_id) if g.programme_id else None
            problems = checks.check_measures([c for c, _ in measures], programme.kind if programme else None)
            if problems:
                raise RuleError(problems)
        _replace_measures(s, g.id, resolve_measures(s, edition, measures))


def opinion_thresholds(s: Session, on: dt.date) -> dict[OpinionKind, Decimal | None]:
    """Each opinion's threshold valid at date ``on`` (dated settings: grants.domain.checks.threshold_on)."""
    steps: dict[OpinionKind, list[tuple[dt.date, Decimal]]] = {k: [] for k in OpinionKind}
    for kind, amount, since in s.execute(select(OpinionThreshold.kind, OpinionThreshold.amount,
                                                OpinionThreshold.valid_from)):
        steps[kind].append((since, Decimal(amount)))
    return {kind: checks.threshold_on(rows, on) for kind, rows in steps.items()}


def required_opinions(s: Session, amount: Decimal, on: dt.date) -> list[OpinionKind]:
    """Opinions the amount requires at date ``on`` (thresholds are dated settings)."""
    return [kind for kind, threshold in opinion_thresholds(s, on).items() if checks.above_threshold(amount, threshold)]


def add_opinion(db: Database, grant_id: int, kind: OpinionKind, date: dt.date, reference: str | None = None) -> int:
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        existing = s.scalar(select(Opinion).where(Opinion.grant_id == g.id, Opinion.kind == kind))
        if existing is not None:
            existing.date, existing.reference = date, reference
            return existing.id
        o = Opinion(grant_id=g.id, kind=kind, date=date, reference=reference)
        s.add(o)
        s.flush()
        return o.id


def record_decision(db: Database, grant_id: int, decision_ref: str, decision_date: dt.date,
                    notified_on: dt.date | None = None) -> None:
    """The decision (arrêté) is signed: the grant must be complete and have its opinions."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        problems = decision_problems(s, g, decision_ref, decision_date, notified_on)
        if decision_date is not None:
            have = set(s.scalars(select(Opinion.kind).where(Opinion.grant_id == g.id, Opinion.date <= decision_date)))
            amount = figures.amount_of(s, g.id)
            for kind in required_opinions(s, amount, decision_date):
                if kind not in have:
                    problems.append(Problem(
                        QT_TRANSLATE_NOOP("rules", "Opinions: an amount of {amount} requires the opinion '{kind}' dated on or before the decision"),
                        {"amount": amount, "kind": kind.value}, "opinions"))
        if problems:
            raise RuleError(problems)
        move(g, S.DECIDED)
        g.decision_ref, g.decision_date, g.notified_on = decision_ref.strip(), decision_date, notified_on


def decision_problems(s: Session, g: Grant, decision_ref: str | None, decision_date: dt.date | None,
                      notified_on: dt.date | None) -> list[Problem]:
    """What the decision of ``g`` lacks or gets wrong (the checks of grants.domain.checks, which
    audit checks 1 and 2 run on the data too). Opinions are checked by the caller."""
    line = s.get(BudgetLine, g.budget_line_id) if g.budget_line_id else None
    programme = s.get(Programme, g.programme_id) if g.programme_id else None
    beneficiary = s.get(Beneficiary, g.beneficiary_id)
    codes = list(s.scalars(select(Measure.code).join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
                           .where(GrantMeasure.grant_id == g.id)))
    kind = programme.kind if programme is not None else None
    problems = checks.check_decision_complete(
        title=g.title, amount=figures.amount_of(s, g.id), period_start=g.period_start, period_end=g.period_end,
        budget_line=line, required_documents=g.required_documents, justification_deadline=g.justification_deadline,
        decision_ref=decision_ref, decision_date=decision_date)
    problems += checks.check_measures(codes, kind)
    problems += checks.check_programme_fits(kind, beneficiary.category if beneficiary is not None else None)
    problems += checks.check_dates({"decision_date": decision_date, "notified_on": notified_on}, g.year)
    problems += checks.check_order_of_acts(decision_date=decision_date, notified_on=notified_on)
    return problems


def first_commitment_date(s: Session, grant_id: int) -> dt.date | None:
    return s.scalar(select(func.min(Commitment.date)).where(Commitment.grant_id == grant_id, Commitment.amount > 0))


def commit_grant(db: Database, grant_id: int, date: dt.date, reference: str | None = None,
                 amount: Decimal | None = None) -> int:
    """Commit (engage) the grant on its budget line's commitment credits, after the decision."""
    with db.transaction() as s:
        require(s, db.user, "write")
        return _commit(s, get_or_missing(s, Grant, grant_id, "grant"), date, reference, amount)


def _commit(s: Session, g: Grant, date: dt.date, reference: str | None, amount: Decimal | None) -> int:
    require_action(g, lifecycle.Action.COMMIT,
                   QT_TRANSLATE_NOOP("rules", "Status: grant {ref} is {status}; only a decided grant can be committed"))
    assert g.decision_date is not None
    first = first_commitment_date(s, g.id)
    problems = checks.check_date(date, "date", QT_TRANSLATE_NOOP("rules", "Commitment date"), g.year)
    problems += checks.check_order_of_acts(decision_date=g.decision_date, notified_on=g.notified_on,
                                           committed_on=date if first is None else min(first, date))
    if problems:
        raise RuleError(problems)
    granted = figures.amount_of(s, g.id)
    done = figures.committed(s, [g.id]).get(g.id, figures.ZERO)
    amount = granted - done if amount is None else amount
    if amount <= 0:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)"),
            "amount", ref=g.ref, committed=done, granted=granted)
    if done + amount > granted:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}"),
            "amount", amount=amount, ref=g.ref, total=done + amount, granted=granted)
    line = s.get(BudgetLine, g.budget_line_id)
    assert line is not None
    lock_line(s, line)
    over = checks.check_committed_within_credits(amount=amount, committed=figures.line_committed(s, line.id),
                                                 credits=line.commitment_credits, code=line.code, year=line.year)
    if over:
        raise RuleError(over)
    twelfths = budget.twelfths_problems(s, line, amount, date)  # a provisional year: by twelfths
    if twelfths:
        raise RuleError(twelfths)
    c = Commitment(grant_id=g.id, budget_line_id=line.id, date=date, amount=amount, reference=reference)
    s.add(c)
    if g.status == S.DECIDED:
        move(g, S.COMMITTED)
    s.flush()
    return c.id


def amend_grant(db: Database, grant_id: int, date: dt.date, reason: str, amount_delta: Decimal = Decimal(0),
                new_period_start: dt.date | None = None, new_period_end: dt.date | None = None,
                decision_ref: str | None = None) -> int:
    """A dated, reasoned change of amount and/or period (avenant). A cut below what is committed
    releases the difference; an increase must fit the line's commitment credits."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        required_text(reason, "reason", QT_TRANSLATE_NOOP("rules", "Reason"), 2000)
        require_action(g, lifecycle.Action.AMEND, QT_TRANSLATE_NOOP(
            "rules", "Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)"))
        if amount_delta == 0 and new_period_start is None and new_period_end is None:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Amendment: change the amount or the period"), "amount_delta")
        current = figures.amount_of(s, g.id)
        new_amount = current + amount_delta
        f = summarize(s, [g.id])[g.id]
        paid = domain_figures.net_paid(f.paid_or_prepared, f.recovered)  # a payment to approve counts
        if new_amount < max(paid, Decimal(0)):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Amount change: the new amount {amount} would be below what was already paid {paid}"),
                "amount_delta", amount=new_amount, paid=paid)
        line = s.get(BudgetLine, g.budget_line_id)
        assert line is not None
        if amount_delta > 0:
            check_reservation(s, line, amount_delta, "amount_delta")
            check_cofunding_of(s, g, new_amount, "amount_delta")
        if amount_delta != 0:
            _check_plpp(s, g.year, g.beneficiary_id, g.programme_id, new_amount, exclude=g.id, field_name="amount_delta")
        labels = checks.DATE_LABELS
        problems = (checks.check_date(date, "date", labels["date"], g.year)
                    + checks.check_date(new_period_start, "new_period_start", labels["period_start"], g.year)
                    + checks.check_date(new_period_end, "new_period_end", labels["period_end"], g.year))
        if problems:
            raise RuleError(problems)
        start = new_period_start or g.period_start
        end = new_period_end or g.period_end
        if start and end and end < start:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Period: the end {end} is before the start {start}"),
                                   "new_period_end", start=start, end=end)
        previous = s.scalar(select(func.max(Amendment.date)).where(Amendment.grant_id == g.id))
        if (g.decision_date and date < g.decision_date) or (previous and date < previous):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Amendment date: {date} is before the decision or a previous amendment"),
                "date", date=date)
        a = Amendment(grant_id=g.id, date=date, reason=reason.strip(), amount_delta=amount_delta,
                      new_period_start=new_period_start, new_period_end=new_period_end, decision_ref=decision_ref)
        s.add(a)
        done = figures.committed(s, [g.id]).get(g.id, figures.ZERO)
        if done > new_amount:  # release what is no longer granted
            s.add(Commitment(grant_id=g.id, budget_line_id=line.id, date=date, amount=new_amount - done,
                             reference=decision_ref or "amendment"))
        s.flush()
        return a.id


def current_period(s: Session, g: Grant) -> tuple[dt.date | None, dt.date | None]:
    start, end = g.period_start, g.period_end
    for a in s.scalars(select(Amendment).where(Amendment.grant_id == g.id).order_by(Amendment.date, Amendment.id)):
        start = a.new_period_start or start
        end = a.new_period_end or end
    return start, end


def close_grant(db: Database, grant_id: int, date: dt.date) -> None:
    """Close a grant whose balance is settled; what stays committed beyond what was spent is released."""
    with db.transaction() as s:
        require(s, db.user, "write")
        close_in(s, get_or_missing(s, Grant, grant_id, "grant"), date)


def close_in(s: Session, g: Grant, date: dt.date) -> None:
    from grants.models import Payment, PaymentStatus, RecoveryClaim, RecoveryStatus

    if s.scalar(select(func.count()).select_from(Payment).where(
            Payment.grant_id == g.id, Payment.status == PaymentStatus.PREPARED)):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Status: grant {ref} still has payments waiting for approval"), "status", ref=g.ref)
    if g.status == S.RECOVERY and s.scalar(select(func.count()).select_from(RecoveryClaim).where(
            RecoveryClaim.grant_id == g.id, RecoveryClaim.status == RecoveryStatus.OPEN)):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled"),
            "status", ref=g.ref)
    if g.status in (S.JUSTIFIED, S.BALANCE_PAID):
        summary = summarize(s, [g.id])[g.id]
        if summary.to_settle != 0:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing"),
                "status", ref=g.ref, balance=summary.to_settle)
    move(g, S.CLOSED)
    done = figures.committed(s, [g.id]).get(g.id, figures.ZERO)
    f = summarize(s, [g.id])[g.id]
    spent = f.net_paid
    if done > spent:
        s.add(Commitment(grant_id=g.id, budget_line_id=g.budget_line_id, date=date, amount=max(spent, Decimal(0)) - done,
                         reference="closure"))


@dataclass(frozen=True)
class GrantFigures:
    """The figures of one grant, as :mod:`grants.domain.figures` defines them."""

    amount: Decimal
    committed: Decimal
    paid: Decimal  # approved payments out
    recovered: Decimal  # paid back (approved recovery payments)
    accepted: Decimal
    claimed: Decimal
    balance: Decimal | None  # None until the justification is accepted; > 0 to pay, < 0 to claim back
    to_approve: Decimal = Decimal("0.00")  # prepared payments out

    @property
    def net_paid(self) -> Decimal:
        return domain_figures.net_paid(self.paid, self.recovered)

    @property
    def paid_or_prepared(self) -> Decimal:
        return self.paid + self.to_approve

    @property
    def to_settle(self) -> Decimal:
        """What settling pays (> 0) or claims back (< 0), counting payments to approve as paid."""
        return domain_figures.to_settle(self.amount, self.accepted, self.paid, self.to_approve, self.recovered)


def summarize(s: Session, grant_ids: list[int]) -> dict[int, GrantFigures]:
    amt = figures.amounts(s, grant_ids)
    com, pay, prep = figures.committed(s, grant_ids), figures.paid(s, grant_ids), figures.to_approve(s, grant_ids)
    rec, acc, cla = figures.recovered(s, grant_ids), figures.accepted(s, grant_ids), figures.claimed(s, grant_ids)
    status = statuses_in(s, grant_ids)
    z = figures.ZERO
    return {gid: GrantFigures(a, com.get(gid, z), pay.get(gid, z), rec.get(gid, z), acc.get(gid, z), cla.get(gid, z),
                              domain_figures.balance(status[gid], a, acc.get(gid, z), pay.get(gid, z), rec.get(gid, z)),
                              prep.get(gid, z))
            for gid, a in amt.items()}
