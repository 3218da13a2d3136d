"""The money figures of a grant and of a budget line, each defined here and nowhere else.

Pure: this module builds SQLAlchemy expressions and computes on plain values; it never runs a
query, opens a session or touches Qt. Lists, exports, forms, the dashboard, the work lists, the
audit checks and the import all take their figures from here (README, "Rules", defines each word).

Money is summed as whole cents (``SUM(ROUND(x * 100))``) so that no floating-point sum can move a
cent, whatever the database stores underneath. The column expressions are in cents; the Python
functions take and give ``Decimal`` euros.

- **current amount**: the decided amount plus its amendments.
- **reserved**: what a grant holds on its line's commitment credits: an open grant its current
  amount (or what is committed on it, if more); a closed grant what stays committed on it.
- **committed**: the sum of its commitments (releases are negative commitments).
- **paid**: approved payments out (advance, balance, other). Prepared ones are not paid.
- **to approve**: prepared payments out, waiting for a second person's approval.
- **paid back**: approved recovery payments (money received back from the beneficiary).
- **net paid**: paid - paid back.
- **accepted**: expenses accepted in the grant's admissible justifications.
- **balance**: unknown (None) until the justification is accepted (status justified or later);
  then min(accepted, current amount) - net paid: > 0 still to pay, < 0 to claim back.
- **to settle**: what settling would pay (> 0) or claim back (< 0): like the balance, but counting
  the payments still to approve as paid, so nothing is paid twice.
- **available CE** of a budget line: commitment credits - reserved by its grants.
- **co-financing**: the other funders bring their amounts (requested or granted; a refused one
  does not count); the **subsidy ceiling** is the project's total budget minus them; the
  **co-financing rate** is the grant's amount over the project's total budget, in percent.
- **available CL** of a budget line: payment credits - (paid + to approve) in its year on its code
  (on grants of any year): a prepared payment already holds its credits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import BigInteger, ColumnElement, Select, and_, case, cast, func, literal, null, select
from sqlalchemy.orm import aliased

from grants.domain.values import (
    BALANCE_KNOWN,
    CENT,
    ZERO,
    available_ce,
    available_cl,
    balance,
    balance_known,
    cofinancing_rate,
    current_amount,
    money,
    net_paid,
    other_funding,
    reserved,
    subsidy_ceiling,
    to_cents,
    to_settle,
)
from grants.models import (
    Amendment,
    BudgetLine,
    Commitment,
    FunderStatus,
    Grant,
    GrantCofunder,
    GrantStatus,
    Justification,
    JustificationLine,
    Payment,
    PaymentKind,
    PaymentStatus,
)

#: Re-exported from :mod:`grants.domain.values` (defined there, without SQLAlchemy).
__all__ = [
    "BALANCE_KNOWN",
    "CENT",
    "ZERO",
    "available_ce",
    "available_cl",
    "balance",
    "balance_known",
    "cofinancing_rate",
    "current_amount",
    "money",
    "net_paid",
    "other_funding",
    "reserved",
    "subsidy_ceiling",
    "to_cents",
    "to_settle",
]

_S = TypeVar("_S", bound=Select)  # type: ignore[type-arg]  # any Select, whatever its columns


# --- cents ------------------------------------------------------------------------------------------

def cents(expr: Any) -> ColumnElement[Any]:
    """A money expression in whole cents."""
    return func.round(expr * 100)


def cents_sum(expr: Any) -> ColumnElement[Any]:
    """SUM of a money expression in cents, exact; 0 when there are no rows."""
    return func.coalesce(func.sum(func.round(expr * 100)), 0)


def least(a: Any, b: Any) -> ColumnElement[Any]:
    return case((a < b, a), else_=b)


def greatest(a: Any, b: Any) -> ColumnElement[Any]:
    return case((a > b, a), else_=b)


# --- which rows count -------------------------------------------------------------------------------

#: A payment out that is paid: approved (advance, balance, other).
IS_PAID = and_(Payment.status == PaymentStatus.APPROVED, Payment.kind != PaymentKind.RECOVERY)
#: A payment out still to approve: prepared.
IS_TO_APPROVE = and_(Payment.status == PaymentStatus.PREPARED, Payment.kind != PaymentKind.RECOVERY)
#: A payment out that holds credits: paid or to approve (not cancelled).
IS_PAID_OR_PREPARED = and_(Payment.status != PaymentStatus.CANCELLED, Payment.kind != PaymentKind.RECOVERY)
#: Money paid back: an approved recovery payment.
IS_PAID_BACK = and_(Payment.status == PaymentStatus.APPROVED, Payment.kind == PaymentKind.RECOVERY)
#: A justification whose accepted expenses count.
IS_ACCEPTED = Justification.admissible.is_(True)


# --- per-grant sums (cents), as statements grouped by grant ------------------------------------------

def _by_grant(col: Any, value: Any, *where: Any, joins: Sequence[Any] = (),
              grant_where: Sequence[Any] = ()) -> Select[Any]:
    stmt = select(col.label("gid"), cents_sum(value).label("c"))
    for target, on in joins:
        stmt = stmt.join(target, on)
    if grant_where:
        stmt = stmt.join(Grant, Grant.id == col)
    return stmt.where(*where, *grant_where).group_by(col)


def amendments_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Amendment.grant_id, Amendment.amount_delta, grant_where=grant_where)


def committed_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Commitment.grant_id, Commitment.amount, grant_where=grant_where)


def paid_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Payment.grant_id, Payment.amount, IS_PAID, grant_where=grant_where)


def to_approve_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Payment.grant_id, Payment.amount, IS_TO_APPROVE, grant_where=grant_where)


def paid_back_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Payment.grant_id, Payment.amount, IS_PAID_BACK, grant_where=grant_where)


def payments_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    """Paid, to approve and paid back of each grant with payments not cancelled, ``(gid, paid,
    to_approve, back)`` in cents: the three figures above in one pass over the payments."""
    def part(condition: Any) -> ColumnElement[Any]:
        return cents_sum(case((condition, Payment.amount), else_=0))

    stmt = select(Payment.grant_id.label("gid"), part(IS_PAID).label("paid"), part(IS_TO_APPROVE).label("to_approve"),
                  part(IS_PAID_BACK).label("back"))
    if grant_where:
        stmt = stmt.join(Grant, Grant.id == Payment.grant_id)
    return stmt.where(Payment.status != PaymentStatus.CANCELLED, *grant_where).group_by(Payment.grant_id)


def accepted_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Justification.grant_id, JustificationLine.accepted, IS_ACCEPTED, grant_where=grant_where,
                     joins=[(JustificationLine, JustificationLine.justification_id == Justification.id)])


def claimed_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    return _by_grant(Justification.grant_id, JustificationLine.claimed, grant_where=grant_where,
                     joins=[(JustificationLine, JustificationLine.justification_id == Justification.id)])


PER_GRANT = {"amend": amendments_by_grant, "com": committed_by_grant, "paid": paid_by_grant,
             "to_approve": to_approve_by_grant, "back": paid_back_by_grant, "acc": accepted_by_grant}


def paid_back_by_claim() -> Select[Any]:
    """Paid back against each recovery claim, ``(cid, c)``."""
    return (select(Payment.recovery_claim_id.label("cid"), cents_sum(Payment.amount).label("c"))
            .where(IS_PAID_BACK, Payment.recovery_claim_id.is_not(None)).group_by(Payment.recovery_claim_id))


def claim_paid_back_expr(claim_id: Any) -> ColumnElement[Any]:
    """Paid back against the claim ``claim_id`` (cents), as a scalar subquery."""
    return (select(cents_sum(Payment.amount))
            .where(IS_PAID_BACK, Payment.recovery_claim_id == claim_id).scalar_subquery())


# --- every figure of a grant as a column (cents) -----------------------------------------------------

def amount_expr(initial: Any, amendments: Any) -> ColumnElement[Any]:
    """Current amount (cents): the decided amount plus the amendments (``amendments`` in cents)."""
    return cents(initial) + func.coalesce(amendments, 0)


def reserved_expr(status: Any, amount: Any, committed: Any) -> ColumnElement[Any]:
    """Commitment credits a grant holds (cents): see the module's definitions."""
    return case((status == GrantStatus.CLOSED, committed), (committed > amount, committed), else_=amount)


def balance_expr(status: Any, amount: Any, accepted: Any, net_paid: Any) -> ColumnElement[Any]:
    """Balance (cents), NULL until the justification is accepted."""
    return case((status.in_(BALANCE_KNOWN), least(accepted, amount) - net_paid), else_=null())


@dataclass(frozen=True)
class GrantColumns:
    """Every figure of a grant as a column expression in cents, over per-grant subqueries that
    :meth:`join` outer-joins to a statement selecting from :class:`Grant` (one query for a list)."""

    subqueries: dict[str, Any]
    amount: ColumnElement[Any]
    committed: ColumnElement[Any]
    reserved: ColumnElement[Any]
    paid: ColumnElement[Any]
    to_approve: ColumnElement[Any]
    paid_back: ColumnElement[Any]
    net_paid: ColumnElement[Any]
    paid_or_prepared: ColumnElement[Any]
    accepted: ColumnElement[Any]
    balance: ColumnElement[Any]

    def join(self, stmt: _S, grant_id: Any = None) -> _S:
        gid = Grant.id if grant_id is None else grant_id
        for sq in self.subqueries.values():
            stmt = stmt.outerjoin(sq, sq.c.gid == gid)
        return stmt


def grant_columns(grant_where: Sequence[Any] = (), only: Iterable[str] | None = None) -> GrantColumns:
    """The figures of the grants (restricted to ``grant_where`` inside each subquery if given)."""
    keep = set(PER_GRANT) if only is None else set(only)
    subs = {k: fn(grant_where).subquery(f"fig_{k}") for k, fn in PER_GRANT.items() if k in keep}

    def c(k: str) -> ColumnElement[Any]:
        return func.coalesce(subs[k].c.c, 0) if k in subs else literal(0)

    amount = amount_expr(Grant.initial_amount, subs["amend"].c.c if "amend" in subs else None)
    committed, paid, to_approve, back, accepted = c("com"), c("paid"), c("to_approve"), c("back"), c("acc")
    net = paid - back
    return GrantColumns(subs, amount, committed, reserved_expr(Grant.status, amount, committed), paid, to_approve,
                        back, net, paid + to_approve, accepted, balance_expr(Grant.status, amount, accepted, net))


# --- budget lines (cents) ----------------------------------------------------------------------------

def reserved_by_line(grant_where: Sequence[Any] = ()) -> Select[int, Any]:
    """Commitment credits each budget line's grants hold, ``(line_id, c)``."""
    g = grant_columns(grant_where, only=("amend", "com"))
    stmt = select(Grant.budget_line_id.label("line_id"), func.sum(g.reserved).label("c")).select_from(Grant)
    return g.join(stmt).where(*grant_where).group_by(Grant.budget_line_id)


def line_committed_expr(line_id: Any) -> ColumnElement[Any]:
    """What is committed on the line (cents), as a scalar subquery correlated to ``line_id``."""
    return select(cents_sum(Commitment.amount)).where(Commitment.budget_line_id == line_id).scalar_subquery()


def _on_code(condition: Any, code: Any, year: Any) -> ColumnElement[Any]:
    other = aliased(BudgetLine)
    return (select(cents_sum(Payment.amount)).select_from(Payment)
            .join(Grant, Grant.id == Payment.grant_id).join(other, other.id == Grant.budget_line_id)
            .where(condition, other.code == code, func.extract("year", Payment.date) == year)
            .scalar_subquery())


def line_paid_expr(code: Any, year: Any) -> ColumnElement[Any]:
    """Paid (approved payments out) in ``year`` on grants of lines coded ``code`` (any grant year)."""
    return _on_code(IS_PAID, code, year)


def line_to_approve_expr(code: Any, year: Any) -> ColumnElement[Any]:
    """Payments out to approve, dated in ``year``, on grants of lines coded ``code``."""
    return _on_code(IS_TO_APPROVE, code, year)


def available_ce_expr(commitment_credits: Any, reserved: Any) -> ColumnElement[Any]:
    available: ColumnElement[Any] = cents(commitment_credits) - reserved
    return available


def available_cl_expr(payment_credits: Any, paid: Any, to_approve: Any) -> ColumnElement[Any]:
    available: ColumnElement[Any] = cents(payment_credits) - paid - to_approve
    return available


#: An other funder that counts: requested or granted (a refused funding does not).
IS_COUNTED_FUNDER = GrantCofunder.status != FunderStatus.REFUSED


def other_funding_by_grant(grant_where: Sequence[Any] = ()) -> Select[Any]:
    """:func:`other_funding` of each grant with other funders, ``(gid, c)`` in cents."""
    return _by_grant(GrantCofunder.grant_id, GrantCofunder.amount, IS_COUNTED_FUNDER, grant_where=grant_where)


def other_funding_expr(grant_id: Any) -> ColumnElement[Any]:
    """:func:`other_funding` of the grant ``grant_id`` (cents, 0 without funders), as a scalar subquery."""
    return (select(cents_sum(GrantCofunder.amount))
            .where(IS_COUNTED_FUNDER, GrantCofunder.grant_id == grant_id).scalar_subquery())


def cofinancing_rate_expr(amount_cents: Any, project_budget: Any) -> ColumnElement[Any]:
    """:func:`cofinancing_rate` as a column, in hundredths of a percent (5882 for 58.82 %), NULL
    without a total budget: whole-number arithmetic, so that it rounds half up exactly as the
    function does (floor((2 * amount * 10000 + budget) / (2 * budget)), both in cents)."""
    a = cast(amount_cents, BigInteger)
    b = cast(cents(project_budget), BigInteger)
    return case((project_budget > 0, (a * 20000 + b) // (b * 2)), else_=null())  # // : whole-number division
