"""What the GUI shows of a year's budget regime and of the applications that wait (issue 12 items
3-4): reads for the budget lines page and the call form. The acts are
``budget.set_provisional`` and ``programmes.grant_waiting``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from grants.models import Application, Beneficiary, BudgetLine, BudgetYear

from .database import Database
from .security import PERMISSIONS, role_of


@dataclass(frozen=True)
class YearRegime:
    year: int
    provisional: bool
    note: str | None


@dataclass(frozen=True)
class Regimes:
    years: tuple[YearRegime, ...]  # every year with budget lines or a recorded regime, latest first
    can_set: bool  # the user may mark a year (finance, admin)

    def of(self, year: int) -> YearRegime:
        return next((y for y in self.years if y.year == year), YearRegime(year, False, None))


def regimes(db: Database) -> Regimes:
    with db.reading() as s:
        recorded = {y.year: y for y in s.scalars(select(BudgetYear))}
        years = set(recorded) | set(s.scalars(select(BudgetLine.year).distinct()))
        role = role_of(s, db.user)
        can = (role is not None and "budget" in PERMISSIONS.get(role, frozenset())
               and not db.read_only)
        return Regimes(tuple(YearRegime(y, bool(recorded[y].provisional) if y in recorded else False,
                                        recorded[y].note if y in recorded else None)
                             for y in sorted(years, reverse=True)), can)


@dataclass(frozen=True)
class Waiting:
    """A selected application of a call that waits for its grant (its reason, since when)."""

    id: int
    ref: str
    beneficiary_fr: str
    beneficiary_nl: str
    title: str
    requested: Decimal
    since: dt.date | None
    reason: str

    def beneficiary_name(self, lang: str) -> str:
        return self.beneficiary_nl if lang == "nl" and self.beneficiary_nl else self.beneficiary_fr


def waiting_applications(db: Database, programme_id: int) -> list[Waiting]:
    with db.reading() as s:
        return [Waiting(a.id, a.ref, fr, nl or fr, a.title, a.requested_amount, a.waiting_since, a.waiting_reason or "")
                for a, fr, nl in s.execute(
                    select(Application, Beneficiary.name_fr, Beneficiary.name_nl)
                    .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                    .where(Application.programme_id == programme_id, Application.selected.is_(True),
                           Application.grant_id.is_(None), Application.waiting_reason.is_not(None))
                    .order_by(Application.ref))]
