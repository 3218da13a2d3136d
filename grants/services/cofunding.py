"""Co-financing after the decision: the project's total budget and its other funders change later
(a funder's answer comes, the budget is revised). One action, one transaction, re-checking the ceiling
(README "Co-financing"): the grant's current amount stays within the budget minus the other funders.

A draft's co-financing is edited in the draft itself (``grants.update_draft``); a closed grant's no
longer changes. Where the action is offered is the lifecycle's rule (``lifecycle.Action.COFUND``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from sqlalchemy.orm import Session

from grants.domain import checks, lifecycle
from grants.domain import figures as domain_figures
from grants.models import FunderStatus, Grant, GrantStatus

from . import figures
from .common import check_version, get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .grants import _replace_cofunders, cofunders_of
from .security import require

Funder = tuple[str, Decimal, FunderStatus]


class Keep:
    def __repr__(self) -> str:
        return "KEEP"


#: ``project_budget=KEEP``: the project's total budget stays as recorded.
KEEP: Final = Keep()


@dataclass(frozen=True)
class Cofunding:
    """A grant's co-financing as recorded: the figures of ``grants.domain.figures``."""

    ref: str
    status: GrantStatus
    amount: Decimal  # the grant's current amount
    project_budget: Decimal | None
    funders: tuple[Funder, ...]

    @property
    def other_funding(self) -> Decimal:
        return domain_figures.other_funding((a, st) for _, a, st in self.funders)

    @property
    def ceiling(self) -> Decimal | None:
        return domain_figures.subsidy_ceiling(self.project_budget, self.other_funding)

    @property
    def rate(self) -> Decimal | None:
        return domain_figures.cofinancing_rate(self.amount, self.project_budget)


def _read(s: Session, g: Grant) -> Cofunding:
    return Cofunding(g.ref, g.status, figures.amount_of(s, g.id), g.project_budget, tuple(cofunders_of(s, g.id)))


def cofunding_of(db: Database, grant_id: int) -> Cofunding:
    with db.reading() as s:
        return _read(s, get_or_missing(s, Grant, grant_id, "grant"))


def _require_cofund(g: Grant) -> None:
    if lifecycle.allows(g.status, lifecycle.Action.COFUND):
        return
    if g.status == GrantStatus.DRAFT:
        message = QT_TRANSLATE_NOOP(
            "rules", "Status: grant {ref} is {status}; change its co-financing in the draft itself")
    else:
        message = QT_TRANSLATE_NOOP(
            "rules", "Status: grant {ref} is {status}; the co-financing of a closed grant no longer changes")
    raise RuleError.single(message, "status", ref=g.ref, status=g.status)


def _apply(s: Session, g: Grant, project_budget: Decimal | Keep | None, funders: list[Funder] | None) -> Cofunding:
    """Check and record; ``funders`` None keeps them. The ceiling refusal is put under what changed."""
    _require_cofund(g)
    before = _read(s, g)
    budget = before.project_budget if isinstance(project_budget, Keep) else project_budget
    rows = list(before.funders) if funders is None else [(n.strip(), a, st) for n, a, st in funders]
    budget_changed, funders_changed = budget != before.project_budget, rows != list(before.funders)
    # the refusal goes under what made it worse: the budget, unless the other funders' total grew
    more_funding = domain_figures.other_funding((a, st) for _, a, st in rows) > before.other_funding
    field = "project_budget" if budget_changed and not more_funding else "cofunders"
    problems = checks.check_cofunding(amount=before.amount, project_budget=budget, funders=rows, field=field)
    if problems:
        raise RuleError(problems)
    if budget_changed:
        g.project_budget = budget
    if funders_changed:
        _replace_cofunders(s, g.id, rows)
    s.flush()
    return Cofunding(g.ref, g.status, before.amount, budget, tuple(rows))


def set_cofunding(db: Database, grant_id: int, *, project_budget: Decimal | Keep | None = KEEP,
                  funders: list[Funder] | None = None, version: int | None = None) -> Cofunding:
    """The project's total budget (None: not given) and its other funders (the whole list, in order;
    None keeps them) of a decided, open grant, in one transaction, audited. Refused when the grant's
    current amount would exceed the budget minus the other funders (requested or granted), naming
    the figures; ``version``: the grant as the form was opened (a newer one is refused)."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        check_version(s, g, version, "grant", g.ref)
        return _apply(s, g, project_budget, funders)


def set_funder(db: Database, grant_id: int, name: str, *, amount: Decimal | None = None,
               status: FunderStatus | None = None, remove: bool = False,
               project_budget: Decimal | Keep | None = KEEP) -> Cofunding:
    """One funder of the project (found by name, case and spaces aside) added, changed or removed,
    and optionally the project's total budget, in one transaction (the command line's
    ``grants cofunding REF --funder NAME ...``). A new funder needs its amount (status: requested)."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        _require_cofund(g)
        key = " ".join(name.split()).casefold()
        if not key:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Funder: give the funder's name"), "funder")
        rows = list(cofunders_of(s, g.id))
        at = next((i for i, (n, _, _) in enumerate(rows) if " ".join(n.split()).casefold() == key), None)
        if remove:
            if at is None:
                raise RuleError.single(
                    QT_TRANSLATE_NOOP("rules", "Funder: grant {ref} has no other funder named {name}"),
                    "funder", ref=g.ref, name=name.strip())
            del rows[at]
        elif at is None:
            if amount is None:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Amount: a new funder ({name}) needs its amount"),
                                       "amount", name=name.strip())
            rows.append((" ".join(name.split()), amount, status or FunderStatus.REQUESTED))
        else:
            n, a, st = rows[at]
            rows[at] = (n, a if amount is None else amount, st if status is None else status)
        return _apply(s, g, project_budget, rows)
