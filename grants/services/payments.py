"""Payments: prepared by one person, approved by another, within every credit and limit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grants.domain import checks, lifecycle
from grants.domain import figures as domain_figures
from grants.models import (
    BudgetLine,
    Grant,
    GrantStatus,
    Justification,
    Payment,
    PaymentKind,
    PaymentStatus,
    Programme,
    ProgrammeKind,
)

from . import figures
from .common import get_or_missing, on_server
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .grants import first_commitment_date, move, summarize
from .security import require, single_user_mode
from .validators import check_communication

S = GrantStatus
K = PaymentKind
ZERO = Decimal(0)

def check_payment(s: Session, g: Grant, date: dt.date, amount: Decimal, kind: PaymentKind,
                  derogation: str | None = None, *, check_status: bool = True) -> None:
    """Every rule a new outgoing payment must pass (used by the GUI, the CLI and the import)."""
    if kind == K.RECOVERY:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Kind: money paid back is recorded on its recovery claim, not as a payment"), "kind")
    if amount <= 0:
        raise RuleError(checks.check_payment_amounts(amount=amount, kind=kind, paid=ZERO, committed=ZERO, granted=ZERO, ref=g.ref))
    problems = checks.check_date(date, "date", checks.DATE_LABELS["date"], g.year)
    if problems:
        raise RuleError(problems)
    if check_status and kind not in lifecycle.payment_kinds(g.status):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}"),
            "kind", kind=kind, ref=g.ref, status=g.status)
    from .recoveries import open_claims_of

    claims = open_claims_of(s, g.beneficiary_id)
    if claims:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open"),
            "beneficiary", communication=claims[0].communication, amount=claims[0].amount)
    committed_on = first_commitment_date(s, g.id)
    if committed_on is None:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Date: grant {ref} is not committed yet; commit it before paying"), "date", ref=g.ref)
    if date < committed_on:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)"),
            "date", date=date, committed=committed_on)
    if g.notified_on is not None and date < g.notified_on:
        raise RuleError(checks.check_order_of_acts(decision_date=g.decision_date, committed_on=committed_on,
                                                   notified_on=g.notified_on, first_payment=date))
    f = summarize(s, [g.id])[g.id]
    problems = checks.check_payment_amounts(amount=amount, kind=kind, paid=f.paid_or_prepared, committed=f.committed,
                                            granted=f.amount, ref=g.ref, advance_share=g.advance_share)
    if problems:
        raise RuleError(problems)
    programme = s.get(Programme, g.programme_id) if g.programme_id is not None else None
    if programme is not None and programme.kind == ProgrammeKind.POLICE_FUND:  # FSE: up to the justified amount
        problems = checks.check_paid_up_to_justified(
            kind=kind, amount=amount, paid=domain_figures.net_paid(f.paid_or_prepared, f.recovered),
            justified=f.accepted, ref=g.ref)
        if problems:
            raise RuleError(problems)
    if kind == K.BALANCE and amount > f.to_settle:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})"),
            "amount", amount=amount, balance=f.to_settle, accepted=f.accepted, granted=f.amount,
            paid=domain_figures.net_paid(f.paid_or_prepared, f.recovered))
    if kind == K.BALANCE and g.justification_deadline is not None and not (derogation or "").strip():
        first = s.scalar(select(func.min(Justification.received_on)).where(Justification.grant_id == g.id))
        if first is not None and first > g.justification_deadline:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment"),
                "derogation", received=first, deadline=g.justification_deadline)
    line = s.get(BudgetLine, g.budget_line_id)
    assert line is not None
    check_payment_credits(s, line.code, date.year, amount)


def check_payment_credits(s: Session, code: str, year: int, amount: Decimal) -> None:
    """Payments of ``year`` on budget code ``code`` stay within that year's payment credits."""
    # locked (on a server) until the transaction ends: concurrent payments are summed one after the other
    line = s.scalar(select(BudgetLine).where(BudgetLine.code == code, BudgetLine.year == year)
                    .with_for_update().execution_options(populate_existing=True))
    if line is None:
        raise RuleError(checks.check_payment_credits(amount=amount, used=ZERO, credits=None, code=code, year=year))
    problems = checks.check_payment_credits(amount=amount, used=figures.cl_used(s, year, code),  # paid and to approve
                                            credits=line.payment_credits, code=code, year=year)
    if problems:
        raise RuleError(problems)


def prepare_payment(db: Database, grant_id: int, date: dt.date, amount: Decimal, kind: PaymentKind,
                    reference: str | None = None, communication: str | None = None,
                    derogation: str | None = None) -> int:
    """Prepare a payment; it reserves the credits and waits for another person's approval."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        check_payment(s, g, date, amount, kind, derogation)
        p = Payment(grant_id=g.id, date=date, amount=amount, kind=kind, status=PaymentStatus.PREPARED,
                    reference=reference, communication=check_communication(communication) if communication else None,
                    derogation=(derogation or "").strip() or None, prepared_by=db.user, origin="app")
        s.add(p)
        s.flush()
        return p.id


def approve_payment(db: Database, payment_id: int, at: dt.datetime | None = None) -> None:
    """Approve a prepared payment (finance). Who prepared it may not approve it."""
    with db.transaction() as s:
        approve_in(s, db.user, payment_id, at)


def approve_in(s: Session, user: str, payment_id: int, at: dt.datetime | None = None) -> None:
    require(s, user, "approve_payment")
    p = get_or_missing(s, Payment, payment_id, "payment")
    if on_server(s):  # two people approving at once: the second sees the first's approval
        s.refresh(p, with_for_update=True)
    if p.status != PaymentStatus.PREPARED:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Status: payment {id} is {status}; only a prepared payment can be approved"),
            "status", id=p.id, status=p.status)
    if p.prepared_by == user and not single_user_mode(s):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Approval: {user} prepared this payment and may not approve it too (separation of duties)"),
            "approved_by", user=user)
    g = s.get(Grant, p.grant_id)
    assert g is not None
    from .recoveries import open_claims_of

    claims = open_claims_of(s, g.beneficiary_id)
    if claims:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open"),
            "beneficiary", communication=claims[0].communication, amount=claims[0].amount)
    p.status = PaymentStatus.APPROVED
    p.approved_by = user
    p.approved_at = at or dt.datetime.now().replace(microsecond=0)
    move(g, lifecycle.status_after_approval(g.status, p.kind))


def cancel_payment(db: Database, payment_id: int) -> None:
    """Cancel a payment not yet approved; it frees its credits."""
    with db.transaction() as s:
        require(s, db.user, "write")
        p = get_or_missing(s, Payment, payment_id, "payment")
        if p.status != PaymentStatus.PREPARED:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Status: payment {id} is {status}; only a prepared payment can be cancelled"),
                "status", id=p.id, status=p.status)
        p.status = PaymentStatus.CANCELLED
