"""The life of a grant as one table: statuses, the moves between them, and what each allows.

Services (which refuse), the GUI (which offers only what is allowed), the import (which promotes a
grant's status) and the audit checks all read this module; none keeps a copy of it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from grants.vocabulary import GrantStatus, PaymentKind

S = GrantStatus
K = PaymentKind

#: The statuses in the order a grant lives them (draft < decided < ... < closed).
ORDER: tuple[GrantStatus, ...] = tuple(GrantStatus)


class Action(enum.StrEnum):
    """The workflow actions on a grant (the GUI's action keys are these values)."""

    EDIT = "edit"                      # change the draft itself
    OPINION = "opinion"                # record an opinion (Inspection des Finances, ...)
    DECISION = "decision"              # record the decision (arrêté)
    COMMIT = "commit"                  # commit on the line's commitment credits
    ADVANCE = "advance"                # prepare the advance
    APPROVE = "approve"                # approve a prepared payment
    CANCEL_PAYMENT = "cancel_payment"  # cancel a prepared payment
    JUSTIFICATION = "justification"    # receive a justification
    SETTLE = "settle"                  # pay the balance or raise a recovery claim
    REFUND = "refund"                  # record money paid back on an open claim
    REMIND = "remind"                  # record a reminder of an open claim
    CANCEL_CLAIM = "cancel_claim"      # cancel an open claim
    AMEND = "amend"                    # amendment (avenant): amount or period
    COFUND = "cofunding"               # the project's total budget and other funders, after the decision
    CLOSE = "close"                    # close the grant
    RENEW = "renew"                    # next year's draft grant of the same project (multi-year projects)


@dataclass(frozen=True)
class StatusRule:
    """What one status allows: where it may move, which actions, which payment kinds."""

    next: frozenset[GrantStatus]
    actions: frozenset[Action]
    payments: frozenset[PaymentKind]


A = Action
#: Decided and not closed: amendments and further commitments are possible (and a renewal); the
#: project's budget and other funders change by the co-financing action (a draft's, in the draft itself).
_FOLLOW = frozenset({A.AMEND, A.COFUND, A.COMMIT, A.RENEW})

#: The lifecycle. Actions that also depend on the grant's records (a prepared payment to approve,
#: an open claim to follow, something left to commit, a balance of zero to close) are narrowed by
#: :func:`available_actions`.
LIFECYCLE: dict[GrantStatus, StatusRule] = {
    S.DRAFT: StatusRule(frozenset({S.DECIDED}), frozenset({A.EDIT, A.OPINION, A.DECISION}), frozenset()),
    S.DECIDED: StatusRule(frozenset({S.COMMITTED}), frozenset({A.OPINION}) | _FOLLOW, frozenset()),
    S.COMMITTED: StatusRule(frozenset({S.ADVANCE_PAID, S.JUSTIFIED}), frozenset({A.ADVANCE, A.JUSTIFICATION}) | _FOLLOW,
                            frozenset({K.ADVANCE, K.OTHER})),
    S.ADVANCE_PAID: StatusRule(frozenset({S.JUSTIFIED}), frozenset({A.ADVANCE, A.JUSTIFICATION}) | _FOLLOW,
                               frozenset({K.ADVANCE, K.OTHER})),
    S.JUSTIFIED: StatusRule(frozenset({S.BALANCE_PAID, S.RECOVERY, S.CLOSED}),
                            frozenset({A.JUSTIFICATION, A.SETTLE, A.CLOSE}) | _FOLLOW, frozenset({K.OTHER, K.BALANCE})),
    S.BALANCE_PAID: StatusRule(frozenset({S.CLOSED}), frozenset({A.CLOSE}) | _FOLLOW, frozenset()),
    S.RECOVERY: StatusRule(frozenset({S.CLOSED}), frozenset({A.CLOSE}) | _FOLLOW, frozenset()),
    S.CLOSED: StatusRule(frozenset(), frozenset(), frozenset()),
}

#: Statuses from which the justification has been received (the balance is known).
JUSTIFIED_OR_LATER: frozenset[GrantStatus] = frozenset({S.JUSTIFIED, S.BALANCE_PAID, S.RECOVERY, S.CLOSED})
#: Statuses in which a grant is decided and not closed (amendments, commitments, follow-up).
OPEN_DECIDED: frozenset[GrantStatus] = frozenset(ORDER[ORDER.index(S.DECIDED):ORDER.index(S.CLOSED)])


def at_least(status: GrantStatus, other: GrantStatus) -> bool:
    """``status`` comes at or after ``other`` in the life of a grant."""
    return ORDER.index(status) >= ORDER.index(other)


def can_move(current: GrantStatus, target: GrantStatus) -> bool:
    return target == current or target in LIFECYCLE[current].next


def next_statuses(current: GrantStatus) -> tuple[GrantStatus, ...]:
    """The statuses ``current`` may move to, in lifecycle order."""
    return tuple(s for s in ORDER if s in LIFECYCLE[current].next)


def allows(status: GrantStatus, action: Action) -> bool:
    """The status allows the action (before looking at the grant's records)."""
    return action in LIFECYCLE[status].actions


def payment_kinds(status: GrantStatus) -> frozenset[PaymentKind]:
    """Kinds of outgoing payment that may be prepared on a grant in ``status``."""
    return LIFECYCLE[status].payments


def statuses_allowing(action: Action) -> frozenset[GrantStatus]:
    return frozenset(s for s, rule in LIFECYCLE.items() if action in rule.actions)


def statuses_paying(kind: PaymentKind) -> frozenset[GrantStatus]:
    return frozenset(s for s, rule in LIFECYCLE.items() if kind in rule.payments)


def status_after_approval(status: GrantStatus, kind: PaymentKind) -> GrantStatus:
    """The status a grant reaches when a payment of ``kind`` is approved."""
    if kind == K.ADVANCE and status == S.COMMITTED:
        return S.ADVANCE_PAID
    if kind == K.BALANCE and status == S.JUSTIFIED:
        return S.BALANCE_PAID
    return status


def imported_status(current: GrantStatus | None, decided: bool) -> GrantStatus:
    """The status of a grant after an import: a row with a decision date is committed at that date
    (the workbook records decided and committed grants); the import never moves a grant back."""
    if current is None:
        return S.COMMITTED if decided else S.DRAFT
    if decided and current in (S.DRAFT, S.DECIDED):
        return S.COMMITTED
    return current


def status_after_imported_payments(current: GrantStatus, kinds: Iterable[PaymentKind]) -> GrantStatus:
    """Imported payments are history: a balance paid moves the grant to balance paid, an advance
    (or other payment) to advance paid; never backwards, and never out of recovery or closed."""
    kinds = set(kinds)
    if current in (S.RECOVERY, S.CLOSED):
        return current
    target = S.BALANCE_PAID if K.BALANCE in kinds else S.ADVANCE_PAID if kinds & {K.ADVANCE, K.OTHER} else current
    return target if ORDER.index(target) > ORDER.index(current) else current


def available_actions(status: GrantStatus, *, has_prepared_payment: bool = False, has_open_claim: bool = False,
                      has_advance: bool = False, left_to_commit: bool = False,
                      balance: Decimal | None = None) -> list[Action]:
    """The actions to offer on a grant, from its status and the facts about its records.

    ``has_advance``: an advance is already prepared or paid (one advance per grant);
    ``left_to_commit``: the current amount is not wholly committed;
    ``balance``: the grant's balance (None while not justified).
    """
    allowed = LIFECYCLE[status].actions
    out: list[Action] = []
    for a in Action:
        if a in (A.APPROVE, A.CANCEL_PAYMENT):
            ok = has_prepared_payment
        elif a in (A.REFUND, A.REMIND, A.CANCEL_CLAIM):
            ok = has_open_claim
        elif a not in allowed:
            ok = False
        elif a == A.ADVANCE:
            ok = not has_advance
        elif a == A.COMMIT:
            ok = left_to_commit
        elif a == A.CLOSE:
            ok = not has_prepared_payment and not has_open_claim and (
                status != S.JUSTIFIED or (balance is not None and balance == 0))
        else:
            ok = True
        if ok:
            out.append(a)
    return out


def closable(statuses: Iterable[GrantStatus]) -> bool:
    """Any of these statuses may be closed (a bulk close is offered)."""
    return any(allows(s, A.CLOSE) for s in statuses)
