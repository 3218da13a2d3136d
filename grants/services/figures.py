"""Runs the figures of :mod:`grants.domain.figures` (their one definition) for given grants or lines.

A thin service layer: every figure here is a query built from the domain's expressions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import figures as F  # noqa: N812 - the figures, read as F.paid, F.balance
from grants.domain.figures import ZERO, cents_sum, money
from grants.models import BudgetLine, Grant

__all__ = [
    "CHUNK",
    "ZERO",
    "accepted",
    "amount_of",
    "amounts",
    "cents_sum",
    "cl_used",
    "claimed",
    "committed",
    "line_committed",
    "line_paid",
    "line_reserved",
    "line_to_approve",
    "money",
    "paid",
    "recovered",
    "to_approve",
]


def _by_grant(s: Session, stmt: Any) -> dict[int, Decimal]:
    return {gid: money(c) for gid, c in s.execute(stmt)}


CHUNK = 5000  # ids per IN list: SQLite binds at most 32 766 variables in one statement
_F = TypeVar("_F", bound=Callable[..., dict[int, Decimal]])


def _chunked(fn: _F) -> _F:
    """Let a per-grant figure take any number of grant ids (queried CHUNK at a time)."""

    @functools.wraps(fn)
    def wrapper(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
        if grant_ids is None:
            return fn(s, None)
        ids = list(grant_ids)
        if len(ids) <= CHUNK:
            return fn(s, ids)
        out: dict[int, Decimal] = {}
        for i in range(0, len(ids), CHUNK):
            out.update(fn(s, ids[i:i + CHUNK]))
        return out

    return wrapper  # type: ignore[return-value]


def _where(ids: Iterable[int] | None) -> list[Any]:
    return [] if ids is None else [Grant.id.in_(list(ids))]


class PerGrant(Protocol):
    def __call__(self, s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]: ...


def _per_grant(builder: Callable[..., Any]) -> PerGrant:
    @_chunked
    def run(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
        return _by_grant(s, builder(_where(grant_ids)))

    run.__doc__ = builder.__doc__
    return run


@_chunked
def amounts(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Current amount of each grant (see :mod:`grants.domain.figures`)."""
    g = F.grant_columns(only=("amend",))
    return _by_grant(s, g.join(select(Grant.id, g.amount).select_from(Grant)).where(*_where(grant_ids)))


def amount_of(s: Session, grant_id: int) -> Decimal:
    return amounts(s, [grant_id]).get(grant_id, ZERO)


committed = _per_grant(F.committed_by_grant)
paid = _per_grant(F.paid_by_grant)
to_approve = _per_grant(F.to_approve_by_grant)
recovered = _per_grant(F.paid_back_by_grant)
accepted = _per_grant(F.accepted_by_grant)
claimed = _per_grant(F.claimed_by_grant)


def line_reserved(s: Session, line_id: int) -> Decimal:
    """Commitment credits the line's grants hold (one aggregate query)."""
    row = s.execute(F.reserved_by_line([Grant.budget_line_id == line_id])).first()
    return money(row.c if row else 0)


def line_committed(s: Session, line_id: int) -> Decimal:
    return money(s.scalar(select(F.line_committed_expr(line_id))))


def line_paid(s: Session, year: int, code: str) -> Decimal:
    """Paid (approved) in ``year`` on grants whose budget line has ``code`` (any grant year)."""
    return money(s.scalar(select(F.line_paid_expr(code, year))))


def line_to_approve(s: Session, year: int, code: str) -> Decimal:
    return money(s.scalar(select(F.line_to_approve_expr(code, year))))


def cl_used(s: Session, year: int, code: str) -> Decimal:
    """Payment credits of ``year`` on ``code`` already held: paid plus to approve."""
    return line_paid(s, year, code) + line_to_approve(s, year, code)


def line_figures(s: Session, line: BudgetLine) -> dict[str, Decimal]:
    """Every figure of a budget line, in euros."""
    reserved = line_reserved(s, line.id)
    paid_, prep = line_paid(s, line.year, line.code), line_to_approve(s, line.year, line.code)
    return {"reserved": reserved, "committed": line_committed(s, line.id), "paid": paid_, "to_approve": prep,
            "available_ce": F.available_ce(line.commitment_credits, reserved),
            "available_cl": F.available_cl(line.payment_credits, paid_, prep)}
