"""Justifications by expense category, and the settlement they lead to (balance or recovery)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from grants.domain import checks, lifecycle
from grants.models import ExpenseCategory, Grant, GrantStatus, Justification, JustificationLine, PaymentKind

from .common import get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError
from .grants import close_in, move, require_action, summarize
from .recoveries import raise_claim_in
from .security import require

S = GrantStatus


@dataclass
class ExpenseLine:
    category: ExpenseCategory
    claimed: Decimal
    accepted: Decimal
    evidence_ref: str | None = None
    description: str | None = None


def receive_justification(db: Database, grant_id: int, received_on: dt.date, lines: list[ExpenseLine],
                          admissible: bool = True, checked_on: dt.date | None = None, notes: str | None = None) -> int:
    """Record a justification and its expenses, claimed and accepted, per category."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        return receive_in(s, g, received_on, lines, admissible, checked_on, notes)


def receive_in(s, g: Grant, received_on: dt.date, lines: list[ExpenseLine], admissible: bool = True,  # type: ignore[no-untyped-def]
               checked_on: dt.date | None = None, notes: str | None = None) -> int:
    require_action(g, lifecycle.Action.JUSTIFICATION, QT_TRANSLATE_NOOP(
        "rules", "Status: grant {ref} is {status}; a justification is received for a committed grant"))
    problems: list[Problem] = checks.check_dates({"received_on": received_on, "checked_on": checked_on}, g.year)
    if g.decision_date and received_on < g.decision_date:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Received on: {date} is before the decision of {decision}"),
                                {"date": received_on, "decision": g.decision_date}, "received_on"))
    if checked_on and checked_on < received_on:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Checked on: {date} is before the reception {received}"),
                                {"date": checked_on, "received": received_on}, "checked_on"))
    if not lines:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Expenses: give at least one expense category"), {}, "lines"))
    for n, line in enumerate(lines, start=1):
        if line.claimed < 0 or line.accepted < 0:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Expenses, line {n}: amounts must not be negative"), {"n": n}, "lines"))
        elif line.accepted > line.claimed:
            problems.append(Problem(
                QT_TRANSLATE_NOOP("rules", "Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}"),
                {"n": n, "category": line.category.value, "accepted": line.accepted, "claimed": line.claimed}, "lines"))
    if problems:
        raise RuleError(problems)
    j = Justification(grant_id=g.id, received_on=received_on, checked_on=checked_on, admissible=admissible, notes=notes)
    s.add(j)
    s.flush()
    s.add_all(JustificationLine(justification_id=j.id, category=line.category, claimed=line.claimed,
                                accepted=line.accepted if admissible else Decimal(0),
                                evidence_ref=(line.evidence_ref or "").strip() or None, description=line.description)
              for line in lines)
    move(g, S.JUSTIFIED) if g.status != S.JUSTIFIED else None
    s.flush()
    return j.id


@dataclass(frozen=True)
class Settlement:
    balance: Decimal
    outcome: str  # "balance_prepared" | "recovery_raised" | "closed"
    payment_id: int | None = None
    claim_id: int | None = None
    communication: str | None = None


def settle(db: Database, grant_id: int, date: dt.date, derogation: str | None = None,
           due_date: dt.date | None = None) -> Settlement:
    """After the justification: balance = min(accepted, granted) - paid. Positive: the balance
    payment is prepared; negative: a recovery claim is raised; zero: the grant is closed."""
    from .payments import check_payment

    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        require_action(g, lifecycle.Action.SETTLE, QT_TRANSLATE_NOOP(
            "rules", "Status: grant {ref} is {status}; settle it once its justification is received"))
        f = summarize(s, [g.id])[g.id]
        if f.to_settle > 0:
            from grants.models import Payment, PaymentStatus

            check_payment(s, g, date, f.to_settle, PaymentKind.BALANCE, derogation)
            p = Payment(grant_id=g.id, date=date, amount=f.to_settle, kind=PaymentKind.BALANCE,
                        status=PaymentStatus.PREPARED, derogation=(derogation or "").strip() or None,
                        prepared_by=db.user, origin="app")
            s.add(p)
            s.flush()
            return Settlement(f.to_settle, "balance_prepared", payment_id=p.id)
        if f.to_settle < 0:
            claim = raise_claim_in(s, g, -f.to_settle, date, due_date,
                                   QT_TRANSLATE_NOOP("rules", "Paid above the accepted expenses"))
            return Settlement(f.to_settle, "recovery_raised", claim_id=claim.id, communication=claim.communication)
        close_in(s, g, date)
        return Settlement(f.to_settle, "closed")
