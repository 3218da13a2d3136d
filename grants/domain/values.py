"""The money figures of a grant and of a budget line over plain values (``Decimal`` euros).

The definitions are those of :mod:`grants.domain.figures` (its docstring defines each word), which
re-exports these functions beside their SQL twins; this module imports no SQLAlchemy, so that the
writers and the command line's SQLite read path (``grants.services.lean``) use them without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from grants.domain import lifecycle
from grants.vocabulary import FunderStatus, GrantStatus

ZERO = Decimal("0.00")
CENT = Decimal("0.01")

#: Statuses from which a grant's balance is known (its justification was accepted).
BALANCE_KNOWN = lifecycle.JUSTIFIED_OR_LATER


def money(value: Any) -> Decimal:
    """Euros from a number of cents (SQLite may hand back a float such as 12345.0)."""
    return (Decimal(round(value or 0)) / 100).quantize(CENT)


def to_cents(amount: Decimal | int | None) -> int:
    return int((Decimal(amount or 0) * 100).to_integral_value())


# --- the same definitions over values (Decimal euros) ------------------------------------------------

def current_amount(initial: Decimal, amendments: Decimal = ZERO) -> Decimal:
    return (Decimal(initial) + amendments).quantize(CENT)


def reserved(status: GrantStatus, amount: Decimal, committed: Decimal) -> Decimal:
    if status == GrantStatus.CLOSED:
        return committed
    return max(amount, committed)


def net_paid(paid: Decimal, paid_back: Decimal) -> Decimal:
    return paid - paid_back


def balance_known(status: GrantStatus) -> bool:
    return status in BALANCE_KNOWN


def balance(status: GrantStatus, amount: Decimal, accepted: Decimal, paid: Decimal,
            paid_back: Decimal) -> Decimal | None:
    """min(accepted, current amount) - net paid, once the justification is accepted; else None."""
    if not balance_known(status):
        return None
    return min(accepted, amount) - net_paid(paid, paid_back)


def to_settle(amount: Decimal, accepted: Decimal, paid: Decimal, to_approve: Decimal, paid_back: Decimal) -> Decimal:
    """What settling pays (> 0) or claims back (< 0): the payments still to approve count as paid."""
    return min(accepted, amount) - net_paid(paid + to_approve, paid_back)


def available_ce(commitment_credits: Decimal, reserved_amount: Decimal) -> Decimal:
    return commitment_credits - reserved_amount


def available_cl(payment_credits: Decimal, paid: Decimal, to_approve: Decimal) -> Decimal:
    return payment_credits - paid - to_approve


# --- co-financing ---------------------------------------------------------------------------------

def other_funding(funders: Iterable[tuple[Decimal, FunderStatus]]) -> Decimal:
    """What the project's other funders bring: their amounts, requested or granted (a refused
    funding does not count)."""
    return sum((Decimal(a) for a, st in funders if st != FunderStatus.REFUSED), ZERO).quantize(CENT)


def subsidy_ceiling(project_budget: Decimal | None, other: Decimal) -> Decimal | None:
    """The most the Region may grant a co-financed project: its total budget minus the other
    funders; None when the total budget is not given (no ceiling)."""
    if project_budget is None:
        return None
    return (Decimal(project_budget) - other).quantize(CENT)


def cofinancing_rate(amount: Decimal, project_budget: Decimal | None) -> Decimal | None:
    """The Region's share of the project's total budget, in percent (two decimals, half up);
    None when the total budget is not given."""
    if not project_budget:
        return None
    return (Decimal(amount) * 100 / Decimal(project_budget)).quantize(CENT, rounding=ROUND_HALF_UP)


# --- sharing an amount out -----------------------------------------------------------------------

def allocate(total_cents: int, shares: list[Decimal]) -> list[int]:
    """Share ``total_cents`` by percentages (a grant's amount over its PGSP measures); the parts add
    up exactly to the total (largest remainder: the cents left go to the largest fractions, the
    first one on a tie)."""
    if not shares:
        return []
    weight = sum(shares) or Decimal(1)
    raw = [Decimal(total_cents) * s / weight for s in shares]
    parts = [int(r.to_integral_value(rounding="ROUND_FLOOR")) for r in raw]
    left = total_cents - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - parts[i], -i), reverse=True)
    for i in order[:left]:
        parts[i] += 1
    return parts
