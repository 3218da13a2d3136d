"""Budget lines (allocations de base) per fiscal year, and their execution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from grants.domain import checks
from grants.domain import figures as domain_figures
from grants.models import BudgetLine, BudgetYear, Commitment, Grant, Payment

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
        problems = checks.check_commitment_credits(reserved=reserved, credits=commitment_credits, code=line.code,
                                                   year=line.year, field="commitment_credits")
        problems += checks.check_payment_credits(amount=None, used=figures.cl_used(s, line.year, line.code),
                                                 credits=payment_credits, code=line.code, year=line.year)
        if problems:
            raise RuleError(problems)
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
    return executions(db, [year])[year]


def executions(db: Database, years: Iterable[int]) -> dict[int, list[LineExecution]]:
    """The execution of every budget line of ``years``, by year: one read, one query per table."""
    with db.reading() as s:
        return executions_in(s, years)


def executions_in(s: Session, years: Iterable[int]) -> dict[int, list[LineExecution]]:
    """Set-based: the lines, what their grants reserve, what is committed on them and what was paid
    or is to approve by code and payment year, each in one grouped query (figures as
    :mod:`grants.domain.figures` defines them; payment dates as a sargable range)."""
    years = sorted(set(years))
    out: dict[int, list[LineExecution]] = {y: [] for y in years}
    if not years:
        return out
    line_ids = select(BudgetLine.id).where(BudgetLine.year.in_(years)).scalar_subquery()
    reserved = {lid: c for lid, c in s.execute(domain_figures.reserved_by_line([Grant.budget_line_id.in_(line_ids)]))}
    committed = {lid: c for lid, c in s.execute(
        select(Commitment.budget_line_id, domain_figures.cents_sum(Commitment.amount))
        .where(Commitment.budget_line_id.in_(line_ids)).group_by(Commitment.budget_line_id))}
    on_line = aliased(BudgetLine)
    # one cents sum per code, payment year and kind (1 paid, 2 to approve): each payment's kind told
    # once, not a CASE per sum; grouped over a subquery's columns (PostgreSQL and the binds of one
    # expression in SELECT and GROUP BY; SQLite flattens it)
    rows = (select(on_line.code.label("code"), func.extract("year", Payment.date).label("y"),
                   case((domain_figures.IS_PAID, 1), (domain_figures.IS_TO_APPROVE, 2), else_=0).label("kind"),
                   Payment.amount.label("amount"))
            .select_from(Payment).join(Grant, Grant.id == Payment.grant_id)
            .join(on_line, on_line.id == Grant.budget_line_id)
            .where(domain_figures.IS_PAID_OR_PREPARED, Payment.date >= dt.date(years[0], 1, 1),
                   Payment.date < dt.date(years[-1] + 1, 1, 1))
            .subquery("paid_rows"))
    sums: dict[tuple[int, str], list[Any]] = {}
    for code, y, kind, c in s.execute(select(rows.c.code, rows.c.y, rows.c.kind, domain_figures.cents_sum(rows.c.amount))
                                      .group_by(rows.c.code, rows.c.y, rows.c.kind)):
        if kind in (1, 2):
            sums.setdefault((int(y), code), [0, 0])[kind - 1] += c
    paid: dict[tuple[int, str], tuple[Any, Any]] = {k: (v[0], v[1]) for k, v in sums.items()}
    money = domain_figures.money
    for line in s.execute(select(BudgetLine.id, BudgetLine.year, BudgetLine.code, BudgetLine.label,
                                 BudgetLine.commitment_credits, BudgetLine.payment_credits)
                          .where(BudgetLine.year.in_(years)).order_by(BudgetLine.year, BudgetLine.code)):
        p, prep = paid.get((line.year, line.code), (0, 0))
        out[line.year].append(LineExecution(line.id, line.year, line.code, line.label, line.commitment_credits,
                                            money(reserved.get(line.id, 0)), money(committed.get(line.id, 0)),
                                            line.payment_credits, money(p), money(prep)))
    return out


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
