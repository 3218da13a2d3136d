"""Programmes and calls for projects: applications, admissibility, scoring, selection, grants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from grants.models import Application, Beneficiary, BudgetLine, Grant, Programme, ProgrammeKind

from .common import get_or_missing, next_ref
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError, Word
from .grants import GrantInput, _validate, check_reservation
from .security import require
from .validators import parse_measures, required_text

SCORE_MAX = Decimal(10)


@dataclass
class ProgrammeInput:
    title: str
    kind: ProgrammeKind | str
    year: int
    envelope: Decimal | None = None
    opens: dt.date | None = None
    closes: dt.date | None = None
    ref: str | None = None


def save_programme(db: Database, data: ProgrammeInput, programme_id: int | None = None) -> int:
    with db.transaction() as s:
        require(s, db.user, "write")
        problems: list[Problem] = []
        try:
            title = required_text(data.title, "title", QT_TRANSLATE_NOOP("rules", "Title"))
        except RuleError as e:
            problems.extend(e.problems)
        try:
            kind = ProgrammeKind(data.kind)
        except ValueError:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Kind: {value} is not one of {allowed}"),
                                    {"value": data.kind, "allowed": ", ".join(k.value for k in ProgrammeKind)}, "kind"))
        if data.envelope is not None and data.envelope < 0:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Envelope: must not be negative ({value})"), {"value": data.envelope}, "envelope"))
        if data.opens and data.closes and data.closes < data.opens:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Closes: {closes} is before the opening {opens}"),
                                    {"opens": data.opens, "closes": data.closes}, "closes"))
        if problems:
            raise RuleError(problems)
        if programme_id is None:
            p = Programme(ref=(data.ref or "").strip() or next_ref(s, Programme, f"P-{data.year}", 3), title=title,
                          kind=kind, year=data.year, envelope=data.envelope, opens=data.opens, closes=data.closes)
            s.add(p)
            s.flush()
            return p.id
        p = get_or_missing(s, Programme, programme_id, "programme")
        p.title, p.kind, p.year, p.envelope, p.opens, p.closes = title, kind, data.year, data.envelope, data.opens, data.closes
        return p.id


def register_application(db: Database, programme_id: int, beneficiary_id: int, title: str,
                         requested_amount: Decimal, received_on: dt.date, measures: str | None = None) -> int:
    with db.transaction() as s:
        require(s, db.user, "write")
        prog = get_or_missing(s, Programme, programme_id, "programme")
        get_or_missing(s, Beneficiary, beneficiary_id, "beneficiary")
        problems: list[Problem] = []
        try:
            title = required_text(title, "title", QT_TRANSLATE_NOOP("rules", "Title"))
        except RuleError as e:
            problems.extend(e.problems)
        if requested_amount is None or requested_amount <= 0:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Requested amount: must be above zero ({amount})"),
                                    {"amount": requested_amount}, "requested_amount"))
        if prog.closes and received_on > prog.closes:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Received on: {date} is after the call closed ({closes})"),
                                    {"date": received_on, "closes": prog.closes}, "received_on"))
        if measures:
            try:
                parse_measures(measures)
            except RuleError as e:
                problems.extend(e.problems)
        if problems:
            raise RuleError(problems)
        a = Application(ref=next_ref(s, Application, f"A-{prog.year}", 4), programme_id=prog.id,
                        beneficiary_id=beneficiary_id, title=title, requested_amount=requested_amount,
                        received_on=received_on, measures=measures)
        s.add(a)
        s.flush()
        return a.id


def set_admissibility(db: Database, application_id: int, admissible: bool, note: str | None = None) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        a = get_or_missing(s, Application, application_id, "application")
        if not admissible and not (note or "").strip():
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Admissibility: say why the application is not admissible"), "admissibility_note")
        a.admissible, a.admissibility_note = admissible, (note or "").strip() or None
        if not admissible:
            a.selected = False


def score_application(db: Database, application_id: int, relevance: Decimal, efficiency: Decimal,
                      effectiveness: Decimal) -> None:
    """Scores from 0 to 10 on relevance, efficiency and effectiveness (admissible applications only)."""
    with db.transaction() as s:
        require(s, db.user, "write")
        _score_in(s, get_or_missing(s, Application, application_id, "application"), relevance, efficiency, effectiveness)


def _score_in(s: Any, a: Application, relevance: Decimal, efficiency: Decimal, effectiveness: Decimal) -> None:
    if a.admissible is not True:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Scores: only an admissible application is scored ({ref})"), "admissible", ref=a.ref)
    problems = [Problem(QT_TRANSLATE_NOOP("rules", "{label}: the score must be between 0 and 10 ({value})"),
                        {"label": Word(label), "value": str(v)}, fld)
                for v, label, fld in ((relevance, QT_TRANSLATE_NOOP("rules", "Relevance"), "score_relevance"),
                                      (efficiency, QT_TRANSLATE_NOOP("rules", "Efficiency"), "score_efficiency"),
                                      (effectiveness, QT_TRANSLATE_NOOP("rules", "Effectiveness"), "score_effectiveness"))
                if v is None or not Decimal(0) <= v <= SCORE_MAX]
    if problems:
        raise RuleError(problems)
    a.score_relevance, a.score_efficiency, a.score_effectiveness = relevance, efficiency, effectiveness


def select_application(db: Database, application_id: int, selected: bool) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        _select_in(s, get_or_missing(s, Application, application_id, "application"), selected)


def _select_in(s: Any, a: Application, selected: bool) -> None:
    if selected and (a.admissible is not True or a.score_relevance is None):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Selection: application {ref} must be admissible and scored before it is selected"),
            "selected", ref=a.ref)
    if a.grant_id is not None and not selected:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Selection: application {ref} already became a grant"), "selected", ref=a.ref)
    a.selected = selected
    if not selected:
        a.waiting_reason, a.waiting_since = None, None


@dataclass(frozen=True)
class GridRow:
    """One line of a call's scoring grid."""

    application_id: int
    relevance: Decimal
    efficiency: Decimal
    effectiveness: Decimal
    selected: bool


def save_grid(db: Database, programme_id: int, rows: list[GridRow]) -> int:
    """Save a call's scoring grid as ONE action: every score and selection is checked, and either
    all are saved or, if one is refused, none is (problems name the application). Returns how
    many applications changed."""
    with db.transaction() as s:
        require(s, db.user, "write")
        problems: list[Problem] = []
        changed = 0
        for row in rows:
            a = get_or_missing(s, Application, row.application_id, "application")
            if a.programme_id != programme_id:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Application {ref} is not part of this call"),
                                       "application", ref=a.ref)
            scores = (row.relevance, row.efficiency, row.effectiveness)
            try:
                if scores != (a.score_relevance, a.score_efficiency, a.score_effectiveness):
                    _score_in(s, a, *scores)
                    changed += 1
                if bool(row.selected) != bool(a.selected):
                    _select_in(s, a, row.selected)
                    changed += 1
            except RuleError as e:
                problems.extend(Problem(p.message, p.params, p.field, sheet=a.ref) for p in e.problems)
        if problems:
            raise RuleError(problems)
        return changed


def applications_to_grants(db: Database, programme_id: int, budget_line_id: int, advance_share: Decimal = Decimal(0),
                           period_start: dt.date | None = None, period_end: dt.date | None = None,
                           justification_deadline: dt.date | None = None,
                           amounts: dict[int, Decimal] | None = None) -> list[int]:
    """Turn the selected applications of a call into draft grants (requested amount unless given),
    all in one transaction: if one is refused (credits, measures), none is created."""
    with db.transaction() as s:
        require(s, db.user, "write")
        prog = get_or_missing(s, Programme, programme_id, "programme")
        line = get_or_missing(s, BudgetLine, budget_line_id, "budget line")
        apps = list(s.scalars(select(Application).where(Application.programme_id == prog.id,
                                                        Application.selected.is_(True),
                                                        Application.waiting_reason.is_(None),  # waits: see hold_application
                                                        Application.grant_id.is_(None)).order_by(Application.ref)))
        if not apps:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Selection: no selected application is waiting to become a grant"), "selected")
        ids = []
        problems: list[Problem] = []
        for a in apps:
            try:
                ids.append(_grant_in(s, prog, line, a, (amounts or {}).get(a.id, a.requested_amount), advance_share,
                                     period_start, period_end, justification_deadline))
            except RuleError as e:
                problems.extend(Problem(p.message, p.params, p.field, sheet=a.ref) for p in e.problems)
        if problems:
            raise RuleError(problems)
        return ids


def _grant_in(s: Any, prog: Programme, line: BudgetLine, a: Application, amount: Decimal, advance_share: Decimal,
              period_start: dt.date | None, period_end: dt.date | None,
              justification_deadline: dt.date | None) -> int:
    """A selected application becomes a draft grant (its amount reserved on ``line``)."""
    from grants.models import GrantMeasure, GrantStatus

    data = GrantInput(beneficiary_id=a.beneficiary_id, budget_line_id=line.id, title=a.title, amount=amount,
                      measures=parse_measures(a.measures) if a.measures else [], programme_id=prog.id,
                      advance_share=advance_share, period_start=period_start, period_end=period_end,
                      justification_deadline=justification_deadline)
    _, edition, measure_ids = _validate(s, data)
    check_reservation(s, line, amount)
    g = Grant(ref=next_ref(s, Grant, f"G-{line.year}"), beneficiary_id=a.beneficiary_id, budget_line_id=line.id,
              programme_id=prog.id, edition_id=edition.id if edition else None, year=line.year, title=a.title,
              initial_amount=amount, advance_share=advance_share, period_start=period_start,
              period_end=period_end, justification_deadline=justification_deadline, status=GrantStatus.DRAFT)
    s.add(g)
    s.flush()
    s.add_all(GrantMeasure(grant_id=g.id, measure_id=mid, share=sh) for mid, sh in measure_ids)
    a.grant_id = g.id
    a.waiting_reason, a.waiting_since = None, None
    s.flush()
    return g.id


# -- selected, not granted ---------------------------------------------------------------------------

def hold_application(db: Database, application_id: int, reason: str, since: dt.date) -> None:
    """The jury selected the application but it cannot be granted yet (e.g. no budget validation):
    it waits, with its reason, in the work list until it is granted (:func:`grant_waiting`)."""
    with db.transaction() as s:
        require(s, db.user, "write")
        a = get_or_missing(s, Application, application_id, "application")
        reason = required_text(reason, "waiting_reason", QT_TRANSLATE_NOOP("rules", "Reason"), 2000)
        if a.selected is not True or a.grant_id is not None:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Selection: only a selected application not granted yet can wait ({ref})"),
                "selected", ref=a.ref)
        a.waiting_reason, a.waiting_since = reason, since
        s.flush()


def grant_waiting(db: Database, application_id: int, budget_line_id: int, amount: Decimal | None = None,
                  advance_share: Decimal = Decimal(0), period_start: dt.date | None = None,
                  period_end: dt.date | None = None, justification_deadline: dt.date | None = None) -> int:
    """Grant a selected application that waited, in one action: its draft grant is created on
    ``budget_line_id`` (the requested amount unless given) and it no longer waits. Returns the grant id."""
    with db.transaction() as s:
        require(s, db.user, "write")
        a = get_or_missing(s, Application, application_id, "application")
        if a.selected is not True or a.grant_id is not None:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Selection: application {ref} is not a selected application waiting for its grant"),
                "selected", ref=a.ref)
        prog = get_or_missing(s, Programme, a.programme_id, "programme")
        line = get_or_missing(s, BudgetLine, budget_line_id, "budget line")
        return _grant_in(s, prog, line, a, a.requested_amount if amount is None else amount, advance_share,
                         period_start, period_end, justification_deadline)
