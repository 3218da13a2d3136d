"""Work lists: what needs doing today, and bulk actions checked record by record.

Every bulk action runs each record in its own transaction (one refusal does not undo the others)
and returns, for each id, None when done or the refusal's problems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grants.i18n import format_date
from grants.models import (
    Application,
    Beneficiary,
    Grant,
    GrantStatus,
    Payment,
    PaymentStatus,
    Programme,
    RecoveryClaim,
    RecoveryStatus,
)

from . import figures
from .database import Database
from .errors import Problem, RuleError

NOT_JUSTIFIED_YET = (GrantStatus.DECIDED, GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID)

#: Work lists, in the order shown; each row has ``id`` (of ``entity``) and the figures to show.
KINDS = ("overdue", "balances", "approvals", "recoveries", "decisions", "waiting")


@dataclass(frozen=True)
class WorkRow:
    id: int  # id of the record the row is about (entity below)
    entity: str  # grant | payment | recovery_claim
    ref: str
    beneficiary: str
    title: str
    amount: Decimal
    date: dt.date | None  # deadline, payment date, due date, closing date
    days: int | None  # days late (> 0) or left (< 0 for decisions: days until the call closes)
    status: str
    extra: str = ""  # e.g. the structured communication, reminders sent


def _name(lang: str) -> object:
    return Beneficiary.name_nl if lang == "nl" else Beneficiary.name_fr


def work_list(db: Database, kind: str, lang: str = "fr", today: dt.date | None = None) -> list[WorkRow]:
    """``today`` defaults to the day the database counts at (the demo's "as of" day, else today)."""
    from .as_of import today as counting_day

    today = today or counting_day(db)
    return {"overdue": _overdue, "balances": _balances, "approvals": _approvals, "recoveries": _recoveries,
            "decisions": _decisions, "waiting": _waiting}[kind](db, lang, today)


def counts(db: Database, today: dt.date | None = None) -> dict[str, int]:
    from .as_of import today as counting_day

    today = today or counting_day(db)
    return {k: len(work_list(db, k, "fr", today)) for k in KINDS}


def _grants(s: object, where: list[object], lang: str) -> list[tuple[Grant, str]]:
    return list(s.execute(select(Grant, _name(lang)).join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)  # type: ignore[attr-defined]
                          .where(*where).order_by(Grant.justification_deadline, Grant.ref)))


def _overdue(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    """Grants whose justification deadline passed without a justification."""
    with db.reading() as s:
        rows = _grants(s, [Grant.status.in_(NOT_JUSTIFIED_YET), Grant.justification_deadline < today], lang)
        amounts = figures.amounts(s, [g.id for g, _n in rows])
        last = last_reminders(s, [g.id for g, _n in rows])
        return [WorkRow(g.id, "grant", g.ref, name, g.title, amounts[g.id], g.justification_deadline,
                        (today - g.justification_deadline).days, g.status.value,
                        format_date(last[g.id], lang) if g.id in last else "") for g, name in rows]


def last_reminders(s: Session, grant_ids: list[int]) -> dict[int, dt.date]:
    """The date of the last reminder letter recorded on each grant (table sent_document), if any."""
    from grants.models import SentDocument

    if not grant_ids:
        return {}
    rows = s.execute(select(SentDocument.grant_id, func.max(SentDocument.date))
                     .where(SentDocument.kind == "reminder", SentDocument.grant_id.in_(grant_ids))
                     .group_by(SentDocument.grant_id))
    return {gid: day for gid, day in rows if day is not None}


def _balances(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    """Justified grants whose balance is still to settle (pay, or claim back)."""
    from .grants import summarize

    with db.reading() as s:
        rows = _grants(s, [Grant.status == GrantStatus.JUSTIFIED], lang)
        figs = summarize(s, [g.id for g, _n in rows])
        prepared = set(s.scalars(select(Payment.grant_id).where(Payment.status == PaymentStatus.PREPARED)))
        return [WorkRow(g.id, "grant", g.ref, name, g.title, figs[g.id].to_settle, g.justification_deadline, None,
                        g.status.value) for g, name in rows if g.id not in prepared]


def _approvals(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    with db.reading() as s:
        rows = s.execute(select(Payment, Grant.ref, Grant.title, _name(lang)).join(Grant, Grant.id == Payment.grant_id)
                         .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .where(Payment.status == PaymentStatus.PREPARED).order_by(Payment.date, Payment.id))
        return [WorkRow(p.id, "payment", ref, name, title, p.amount, p.date, (today - p.date).days, p.kind.value,
                        p.prepared_by or "") for p, ref, title, name in rows]


def _recoveries(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    from .recoveries import outstanding
    from .validators import format_communication

    with db.reading() as s:
        rows = s.execute(select(RecoveryClaim, Grant.ref, Grant.title, _name(lang))
                         .join(Grant, Grant.id == RecoveryClaim.grant_id)
                         .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .where(RecoveryClaim.status == RecoveryStatus.OPEN)
                         .order_by(RecoveryClaim.due_date, RecoveryClaim.id))
        return [WorkRow(c.id, "recovery_claim", ref, name, title, outstanding(s, c), c.due_date,
                        (today - c.due_date).days if c.due_date else None, c.status.value,
                        f"{format_communication(c.communication)} · {c.reminders_sent}")
                for c, ref, title, name in rows]


def _decisions(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    """Grants still in draft whose programme (call) closes today or later: decide before it closes."""
    with db.reading() as s:
        rows = s.execute(select(Grant, Programme.closes, _name(lang)).join(Programme, Programme.id == Grant.programme_id)
                         .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .where(Grant.status == GrantStatus.DRAFT, Programme.closes.is_not(None), Programme.closes >= today)
                         .order_by(Programme.closes, Grant.ref))
        rows = list(rows)
        amounts = figures.amounts(s, [g.id for g, _c, _n in rows])
        return [WorkRow(g.id, "grant", g.ref, name, g.title, amounts[g.id], closes, (today - closes).days, g.status.value)
                for g, closes, name in rows]


def _waiting(db: Database, lang: str, today: dt.date) -> list[WorkRow]:
    """Applications the jury selected that wait for their grant (e.g. no budget validation): the row
    opens the call; ``extra`` is the reason."""
    with db.reading() as s:
        rows = s.execute(select(Application, Programme.ref, _name(lang))  # type: ignore[call-overload]
                         .join(Programme, Programme.id == Application.programme_id)
                         .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                         .where(Application.selected.is_(True), Application.grant_id.is_(None),
                                Application.waiting_reason.is_not(None))
                         .order_by(Application.waiting_since, Application.ref))
        return [WorkRow(a.programme_id, "programme", f"{a.ref} ({pref})", name, a.title, a.requested_amount,
                        a.waiting_since, (today - a.waiting_since).days if a.waiting_since else None,
                        "selected_not_granted", a.waiting_reason or "")
                for a, pref, name in rows]


# -- bulk actions ------------------------------------------------------------------------------
BulkResult = dict[int, list[Problem] | None]


def _each(ids: list[int], action: object) -> BulkResult:
    out: BulkResult = {}
    for rid in ids:
        try:
            action(rid)  # type: ignore[operator]
            out[rid] = None
        except RuleError as e:
            out[rid] = list(e.problems)
    return out


def approve_payments(db: Database, payment_ids: list[int]) -> BulkResult:
    """Approve each prepared payment (separation of duties, open claims... checked for each)."""
    from .payments import approve_payment

    return _each(payment_ids, lambda pid: approve_payment(db, pid))


def send_reminders(db: Database, claim_ids: list[int], date: dt.date | None = None) -> BulkResult:
    from .recoveries import remind

    return _each(claim_ids, lambda cid: remind(db, cid, date or dt.date.today()))


def settle_grants(db: Database, grant_ids: list[int], date: dt.date | None = None) -> BulkResult:
    """Settle each justified grant: prepare its balance, raise its recovery claim, or close it."""
    from .justifications import settle

    return _each(grant_ids, lambda gid: settle(db, gid, date or dt.date.today()))
