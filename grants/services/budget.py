"""Budget lines (allocations de base) per fiscal year, and their execution."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import checks
from grants.domain import figures as domain_figures
from grants.models import BudgetLine, BudgetYear

from . import figures
from .common import get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError
from .security import require
from .validators import required_text


def save_budget_line(db: Database, year: int, code: str, label: str, commitment_credits: Decimal,
                     payment_credits: Decimal, line_id: int | None = None) -> int:
    """Create or update a line; credits may not fall below what is already used."""
    with db.transaction() as s:
        require(s, db.user, "budget")
        problems: list[Problem] = []
        for value, name, fld in ((commitment_credits, QT_TRANSLATE_NOOP("rules", "Commitment credits"), "commitment_credits"),
                                 (payment_credits, QT_TRANSLATE_NOOP("rules", "Payment credits"), "payment_credits")):
            if value is None or value < 0:
                problems.append(Problem(QT_TRANSLATE_NOOP("rules", "{label}: must not be negative ({value})"),
                                        {"label": name, "value": value}, fld))
        try:
            code = required_text(code, "code", QT_TRANSLATE_NOOP("rules", "Code"), 40)
            label = required_text(label, "label", QT_TRANSLATE_NOOP("rules", "Label"))
        except RuleError as e:
            problems.extend(e.problems)
        if problems:
            raise RuleError(problems)
        clash = s.scalar(select(BudgetLine.id).where(BudgetLine.year == year, BudgetLine.code == code))
        if clash is not None and clash != line_id:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Code: budget line {code} already exists in {year}"),
                                   "code", code=code, year=year)
        if line_id is None:
            line = BudgetLine(year=year, code=code, label=label, commitment_credits=commitment_credits,
                              payment_credits=payment_credits)
            s.add(line)
            s.flush()
            return line.id
        line = get_or_missing(s, BudgetLine, line_id, "budget line")
        reserved = figures.line_reserved(s, line.id)
        if commitment_credits < reserved:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Commitment credits: {value} is below what the line's grants already use ({used})"),
                "commitment_credits", value=commitment_credits, used=reserved)
        paid = figures.cl_used(s, line.year, line.code)  # paid and to approve
        if payment_credits < paid:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Payment credits: {value} is below what was already paid ({used})"),
                "payment_credits", value=payment_credits, used=paid)
        line.year, line.code, line.label = year, code, label
        line.commitment_credits, line.payment_credits = commitment_credits, payment_credits
        return line.id


@dataclass(frozen=True)
class LineExecution:
    id: int
    year: int
    code: str
    label: str
    commitment_credits: Decimal
    reserved: Decimal  # by the line's open grants (and what closed ones kept)
    committed: Decimal
    payment_credits: Decimal
    paid: Decimal  # paid (approved) in the year on the code (any grant year)
    to_approve: Decimal = Decimal("0.00")  # prepared in the year on the code

    @property
    def available_commitment(self) -> Decimal:
        return domain_figures.available_ce(self.commitment_credits, self.reserved)

    @property
    def available_payment(self) -> Decimal:
        return domain_figures.available_cl(self.payment_credits, self.paid, self.to_approve)


def execution(db: Database, year: int) -> list[LineExecution]:
    with db.reading() as s:
        lines = list(s.scalars(select(BudgetLine).where(BudgetLine.year == year).order_by(BudgetLine.code)))
        return [LineExecution(line.id, line.year, line.code, line.label, line.commitment_credits,
                              figures.line_reserved(s, line.id), figures.line_committed(s, line.id),
                              line.payment_credits, figures.line_paid(s, year, line.code),
                              figures.line_to_approve(s, year, line.code))
                for line in lines]


# -- budget regime of a year: provisional twelfths --------------------------------------------------

def is_provisional(s: Session, year: int) -> bool:
    by = s.get(BudgetYear, year)
    return bool(by and by.provisional)


def set_provisional(db: Database, year: int, provisional: bool = True, note: str | None = None) -> None:
    """Mark a fiscal year provisional (no budget voted: commitments by twelfths) or voted again."""
    with db.transaction() as s:
        require(s, db.user, "budget")
        by = s.get(BudgetYear, year)
        if by is None:
            by = BudgetYear(year=year, provisional=provisional)
            s.add(by)
        by.provisional = provisional
        by.note = (note or "").strip() or None
        s.flush()


def twelfths_problems(s: Session, line: BudgetLine, amount: Decimal, on: dt.date) -> list[Problem]:
    """The provisional-twelfths rule (grants.domain.checks) for committing ``amount`` on ``line`` at
    ``on``: nothing to say when the line's year has a voted budget."""
    if amount <= 0 or not is_provisional(s, line.year):
        return []
    previous = s.scalar(select(BudgetLine.commitment_credits).where(BudgetLine.year == line.year - 1,
                                                                   BudgetLine.code == line.code))
    return checks.check_provisional_twelfths(amount=amount, committed=figures.line_committed(s, line.id), on=on,
                                             year=line.year, code=line.code, previous_credits=previous)
