"""Multi-year projects: a grant renewed for next year (the 2021 call was renewed three times).

:func:`renew` creates next year's draft grant from a decided one: same beneficiary, title, PGSP
measures and shares, advance share and required documents, its period and deadline a year later,
on the budget line of the same code in next year, for the same current amount unless another is
given. Both grants belong to one :class:`~grants.models.Project` (created on the first renewal).
Which statuses may be renewed is the lifecycle's ``Action.RENEW`` (decided, not closed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import lifecycle
from grants.models import BudgetLine, Grant, GrantMeasure, GrantStatus, Measure, Project

from . import figures
from .common import get_or_missing, next_ref
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .grants import GrantInput, create_grant_in, require_action
from .security import require

QT_TRANSLATE_NOOP("rules", "project")


@dataclass(frozen=True)
class Renewed:
    grant_id: int
    ref: str
    year: int
    amount: Decimal
    project_id: int
    project_ref: str


@dataclass(frozen=True)
class ProjectGrant:
    """One yearly grant of a project (the grant form's "Project" section)."""

    id: int
    ref: str
    year: int
    title: str
    status: GrantStatus
    amount: Decimal


@dataclass(frozen=True)
class ProjectView:
    id: int
    ref: str
    title: str
    first_year: int
    grants: tuple[ProjectGrant, ...]


def _next_year(d: dt.date | None) -> dt.date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def project_of(s: Session, g: Grant) -> Project:
    """The grant's project, created (first year: the grant's) on its first renewal."""
    if g.project_id is not None:
        return get_or_missing(s, Project, g.project_id, "project")
    p = Project(ref=next_ref(s, Project, "PRJ"), title=g.title, beneficiary_id=g.beneficiary_id,
                programme_id=g.programme_id, first_year=g.year)
    s.add(p)
    s.flush()
    g.project_id = p.id
    return p


def renew_in(s: Session, g: Grant, amount: Decimal | None = None, ref: str | None = None) -> Grant:
    """Next year's draft grant of ``g``'s project, inside the caller's transaction."""
    require_action(g, lifecycle.Action.RENEW, QT_TRANSLATE_NOOP(
        "rules", "Renew: grant {ref} is {status}: only a decided grant, not closed, is renewed for next year"))
    year = g.year + 1
    code = s.scalar(select(BudgetLine.code).where(BudgetLine.id == g.budget_line_id))
    line_id = s.scalar(select(BudgetLine.id).where(BudgetLine.year == year, BudgetLine.code == code))
    if line_id is None:
        raise RuleError.single(QT_TRANSLATE_NOOP(
            "rules", "Budget line: {year} has no budget line {code} to renew grant {ref} on: create it first"),
            "budget_line", year=year, code=code, ref=g.ref)
    if g.project_id is not None:
        taken = s.scalar(select(Grant.ref).where(Grant.project_id == g.project_id, Grant.year == year))
        if taken is not None:
            raise RuleError.single(QT_TRANSLATE_NOOP(
                "rules", "Renew: the project of grant {ref} already has its {year} grant {other}"),
                "year", ref=g.ref, year=year, other=taken)
    measures = [(code_, share) for code_, share in s.execute(
        select(Measure.code, GrantMeasure.share).join(Measure, Measure.id == GrantMeasure.measure_id)
        .where(GrantMeasure.grant_id == g.id).order_by(Measure.code))]
    new_amount = figures.amount_of(s, g.id) if amount is None else amount
    project = project_of(s, g)
    new = create_grant_in(s, GrantInput(
        beneficiary_id=g.beneficiary_id, budget_line_id=line_id, title=g.title, amount=new_amount,
        measures=measures, programme_id=None, advance_share=g.advance_share,
        period_start=_next_year(g.period_start), period_end=_next_year(g.period_end),
        justification_deadline=_next_year(g.justification_deadline), required_documents=g.required_documents,
        ref=ref))
    new.project_id = project.id
    s.flush()
    return new


def renew(db: Database, grant_id: int, amount: Decimal | None = None) -> Renewed:
    """Renew the grant for next year (one transaction): its draft successor, in the same project."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        new = renew_in(s, g, amount)
        project = s.get(Project, new.project_id)
        assert project is not None
        return Renewed(new.id, new.ref, new.year, new.initial_amount, project.id, project.ref)


def project_view(db: Database, grant_id: int) -> ProjectView | None:
    """The grant's project and its yearly grants (None when the grant was never renewed)."""
    with db.reading() as s:
        pid = s.scalar(select(Grant.project_id).where(Grant.id == grant_id))
        if pid is None:
            return None
        p = get_or_missing(s, Project, pid, "project")
        rows = list(s.execute(select(Grant.id, Grant.ref, Grant.year, Grant.title, Grant.status)
                              .where(Grant.project_id == pid).order_by(Grant.year, Grant.id)))
        amounts = figures.amounts(s, [r.id for r in rows])
        return ProjectView(p.id, p.ref, p.title, p.first_year, tuple(
            ProjectGrant(r.id, r.ref, r.year, r.title, r.status, amounts.get(r.id, Decimal(0))) for r in rows))


__all__ = ["ProjectGrant", "ProjectView", "Renewed", "project_of", "project_view", "renew", "renew_in"]
