"""The figures every rule and report stands on, computed in SQL, exactly.

Money is summed as whole cents (``SUM(ROUND(x * 100))``) so that no floating-point sum can move a
cent, whatever the database stores underneath.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from grants.models import (
    Amendment,
    BudgetLine,
    Commitment,
    Grant,
    GrantStatus,
    Justification,
    JustificationLine,
    Payment,
    PaymentKind,
    PaymentStatus,
)

ZERO = Decimal("0.00")


def cents_sum(expr: Any) -> ColumnElement[Any]:
    """SUM of a money expression in cents, exact; 0 when there are no rows."""
    return func.coalesce(func.sum(func.round(expr * 100)), 0)


def money(cents: Any) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(Decimal("0.01"))


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


def _ids_filter(col: Any, ids: Iterable[int] | None) -> list[Any]:
    if ids is None:
        return []
    return [col.in_(list(ids))]


@_chunked
def amounts(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Current amount of each grant: the decided amount plus its amendments."""
    ids = None if grant_ids is None else list(grant_ids)
    base = {gid: Decimal(a).quantize(Decimal("0.01")) for gid, a in
            s.execute(select(Grant.id, Grant.initial_amount).where(*_ids_filter(Grant.id, ids)))}
    deltas = _by_grant(s, select(Amendment.grant_id, cents_sum(Amendment.amount_delta))
                       .where(*_ids_filter(Amendment.grant_id, ids)).group_by(Amendment.grant_id))
    return {gid: a + deltas.get(gid, ZERO) for gid, a in base.items()}


def amount_of(s: Session, grant_id: int) -> Decimal:
    return amounts(s, [grant_id]).get(grant_id, ZERO)


@_chunked
def committed(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    return _by_grant(s, select(Commitment.grant_id, cents_sum(Commitment.amount))
                     .where(*_ids_filter(Commitment.grant_id, grant_ids)).group_by(Commitment.grant_id))


_LIVE = Payment.status != PaymentStatus.CANCELLED
_OUT = and_(_LIVE, Payment.kind != PaymentKind.RECOVERY)
_BACK = and_(_LIVE, Payment.kind == PaymentKind.RECOVERY)


@_chunked
def paid(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Money paid out (advance, balance, other), prepared or approved; recoveries aside."""
    return _by_grant(s, select(Payment.grant_id, cents_sum(Payment.amount))
                     .where(_OUT, *_ids_filter(Payment.grant_id, grant_ids)).group_by(Payment.grant_id))


@_chunked
def recovered(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Money paid back by the beneficiary (recovery flows)."""
    return _by_grant(s, select(Payment.grant_id, cents_sum(Payment.amount))
                     .where(_BACK, *_ids_filter(Payment.grant_id, grant_ids)).group_by(Payment.grant_id))


@_chunked
def accepted(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Expenses accepted in the grant's admissible justifications."""
    return _by_grant(s, select(Justification.grant_id, cents_sum(JustificationLine.accepted))
                     .join(JustificationLine, JustificationLine.justification_id == Justification.id)
                     .where(Justification.admissible.is_(True), *_ids_filter(Justification.grant_id, grant_ids))
                     .group_by(Justification.grant_id))


@_chunked
def claimed(s: Session, grant_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    return _by_grant(s, select(Justification.grant_id, cents_sum(JustificationLine.claimed))
                     .join(JustificationLine, JustificationLine.justification_id == Justification.id)
                     .where(*_ids_filter(Justification.grant_id, grant_ids)).group_by(Justification.grant_id))


def balance(amount: Decimal, accepted_amount: Decimal, paid_amount: Decimal, recovered_amount: Decimal) -> Decimal:
    """Balance = min(accepted, granted) - paid (net of what was paid back)."""
    return min(accepted_amount, amount) - (paid_amount - recovered_amount)


def line_reserved(s: Session, line_id: int) -> Decimal:
    """Commitment credits a line has used: open grants reserve their whole current amount (or
    what is committed on them, if more); closed grants keep only what stays committed on them
    (the rest was released). One aggregate query, whatever the number of grants."""
    com = (select(Commitment.grant_id.label("gid"), func.sum(func.round(Commitment.amount * 100)).label("cents"))
           .where(Commitment.budget_line_id == line_id).group_by(Commitment.grant_id).subquery())
    amd = (select(Amendment.grant_id.label("gid"), func.sum(func.round(Amendment.amount_delta * 100)).label("cents"))
           .join(Grant, Grant.id == Amendment.grant_id).where(Grant.budget_line_id == line_id)
           .group_by(Amendment.grant_id).subquery())
    amount = func.round(Grant.initial_amount * 100) + func.coalesce(amd.c.cents, 0)
    committed_ = func.coalesce(com.c.cents, 0)
    used = case((Grant.status == GrantStatus.CLOSED, committed_),
                (committed_ > amount, committed_), else_=amount)
    total = s.scalar(select(func.coalesce(func.sum(used), 0)).select_from(Grant)
                     .outerjoin(com, com.c.gid == Grant.id).outerjoin(amd, amd.c.gid == Grant.id)
                     .where(Grant.budget_line_id == line_id))
    return money(total)


def line_committed(s: Session, line_id: int) -> Decimal:
    return money(s.scalar(select(cents_sum(Commitment.amount)).where(Commitment.budget_line_id == line_id)))


def payments_on_code(s: Session, year: int, code: str) -> Decimal:
    """Money paid out in ``year`` on grants whose budget line has ``code`` (any grant year)."""
    stmt = (select(cents_sum(Payment.amount))
            .join(Grant, Grant.id == Payment.grant_id)
            .join(BudgetLine, BudgetLine.id == Grant.budget_line_id)
            .where(_OUT, BudgetLine.code == code, func.extract("year", Payment.date) == year))
    return money(s.scalar(stmt))
