"""Recovery claims: what a beneficiary must pay back, reminders, refunds, cancellation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import figures as domain_figures
from grants.models import Grant, GrantStatus, Payment, PaymentKind, PaymentStatus, RecoveryClaim, RecoveryStatus

from . import figures
from .common import get_or_missing, next_number
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .grants import close_in, move
from .security import require
from .validators import make_communication, required_text


def open_claims_of(s: Session, beneficiary_id: int) -> list[RecoveryClaim]:
    return list(s.scalars(select(RecoveryClaim).join(Grant, Grant.id == RecoveryClaim.grant_id)
                          .where(Grant.beneficiary_id == beneficiary_id, RecoveryClaim.status == RecoveryStatus.OPEN)
                          .order_by(RecoveryClaim.date)))


def new_communication(s: Session, date: dt.date) -> str:
    """A unique structured communication: year (2 digits) + claim counter (8 digits) + key."""
    while True:
        comm = make_communication((date.year % 100) * 10**8 + next_number(s, f"OGM-{date.year}"))
        if s.scalar(select(RecoveryClaim.id).where(RecoveryClaim.communication == comm)) is None:
            return comm


def raise_claim_in(s: Session, g: Grant, amount: Decimal, date: dt.date, due_date: dt.date | None,
                   reason: str | None) -> RecoveryClaim:
    if amount <= 0:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Amount: must be above zero ({amount})"), "amount", amount=amount)
    claim = RecoveryClaim(grant_id=g.id, date=date, amount=amount, communication=new_communication(s, date),
                          due_date=due_date or date + dt.timedelta(days=30), status=RecoveryStatus.OPEN,
                          reminders_sent=0, reason=reason)
    s.add(claim)
    if g.status == GrantStatus.JUSTIFIED:
        move(g, GrantStatus.RECOVERY)
    s.flush()
    return claim


def remind(db: Database, claim_id: int, date: dt.date) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        remind_in(s, get_or_missing(s, RecoveryClaim, claim_id, "recovery claim"), date)


def remind_in(s: Session, c: RecoveryClaim, date: dt.date) -> None:
    """Record a reminder of the open claim ``c`` (audit check 6 reads it); also a reminder letter's."""
    if c.status != RecoveryStatus.OPEN:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Status: recovery claim {communication} is {status}"),
                               "status", communication=c.communication, status=c.status)
    c.reminders_sent += 1
    c.last_reminder_on = date


def outstanding(s: Session, c: RecoveryClaim) -> Decimal:
    got = figures.money(s.scalar(select(domain_figures.claim_paid_back_expr(c.id))))
    return c.amount - got


def record_refund(db: Database, claim_id: int, date: dt.date, amount: Decimal, reference: str | None = None) -> int:
    """Money received against a claim; the claim is paid when nothing is outstanding."""
    with db.transaction() as s:
        require(s, db.user, "write")
        return refund_in(s, db.user, get_or_missing(s, RecoveryClaim, claim_id, "recovery claim"), date, amount, reference)


def refund_in(s: Session, user: str, c: RecoveryClaim, date: dt.date, amount: Decimal, reference: str | None,
              origin: str = "app") -> int:
    if c.status != RecoveryStatus.OPEN:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Status: recovery claim {communication} is {status}"),
                               "status", communication=c.communication, status=c.status)
    left = outstanding(s, c)
    if amount <= 0 or amount > left:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Amount: {amount} must be above zero and at most the {left} still due on claim {communication}"),
            "amount", amount=amount, left=left, communication=c.communication)
    if date < c.date:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Date: {date} is before the claim of {claimed}"),
                               "date", date=date, claimed=c.date)
    p = Payment(grant_id=c.grant_id, date=date, amount=amount, kind=PaymentKind.RECOVERY,
                status=PaymentStatus.APPROVED, reference=reference, communication=c.communication,
                recovery_claim_id=c.id, prepared_by=user, origin=origin)
    s.add(p)
    s.flush()
    if amount == left:
        c.status, c.closed_on = RecoveryStatus.PAID, date
        s.flush()
        g = s.get(Grant, c.grant_id)
        assert g is not None
        if g.status == GrantStatus.RECOVERY:
            close_in(s, g, date)
    return p.id


def cancel_claim(db: Database, claim_id: int, date: dt.date, reason: str) -> None:
    """Cancel a claim (e.g. waived by decision); the reason is required."""
    with db.transaction() as s:
        require(s, db.user, "write")
        c = get_or_missing(s, RecoveryClaim, claim_id, "recovery claim")
        required_text(reason, "reason", QT_TRANSLATE_NOOP("rules", "Reason"), 2000)
        if c.status != RecoveryStatus.OPEN:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Status: recovery claim {communication} is {status}"),
                                   "status", communication=c.communication, status=c.status)
        c.status, c.closed_on = RecoveryStatus.CANCELLED, date
        c.reason = f"{c.reason or ''}\n{reason.strip()}".strip()
        s.flush()
        g = s.get(Grant, c.grant_id)
        assert g is not None
        if g.status == GrantStatus.RECOVERY and not any(o.grant_id == g.id for o in open_claims_of(s, g.beneficiary_id)):
            close_in(s, g, date)
