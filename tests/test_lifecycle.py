"""The lifecycle table (grants/domain/lifecycle.py): one source for services, GUI and import."""

from __future__ import annotations

from decimal import Decimal

import pytest

from grants.domain import lifecycle as L
from grants.domain.lifecycle import Action as A
from grants.models.enums import GrantStatus as S
from grants.models.enums import PaymentKind as K


def test_transitions_are_a_path_from_draft_to_closed() -> None:
    seen, todo = set(), [S.DRAFT]
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(L.LIFECYCLE[s].next)
    assert seen == set(S)
    assert L.next_statuses(S.CLOSED) == ()
    assert all(L.at_least(t, s) for s in S for t in L.LIFECYCLE[s].next)  # never backwards


def test_close_is_never_offered_on_a_draft_or_an_unsettled_grant() -> None:
    for status in (S.DRAFT, S.DECIDED, S.COMMITTED, S.ADVANCE_PAID, S.CLOSED):
        assert A.CLOSE not in L.available_actions(status, balance=Decimal(0))
    assert A.CLOSE in L.available_actions(S.JUSTIFIED, balance=Decimal("0.00"))
    assert A.CLOSE not in L.available_actions(S.JUSTIFIED, balance=Decimal("0.01"))
    assert A.CLOSE not in L.available_actions(S.JUSTIFIED, balance=None)
    assert A.CLOSE in L.available_actions(S.BALANCE_PAID)
    assert A.CLOSE not in L.available_actions(S.BALANCE_PAID, has_prepared_payment=True)
    assert A.CLOSE not in L.available_actions(S.RECOVERY, has_open_claim=True)
    assert not L.closable([S.DRAFT, S.DECIDED]) and L.closable([S.DRAFT, S.BALANCE_PAID])


def test_actions_follow_the_records() -> None:
    assert L.available_actions(S.DRAFT) == [A.EDIT, A.OPINION, A.DECISION]
    assert A.COMMIT in L.available_actions(S.DECIDED, left_to_commit=True)
    assert A.COMMIT not in L.available_actions(S.COMMITTED, left_to_commit=False)
    assert A.ADVANCE in L.available_actions(S.COMMITTED)
    assert A.ADVANCE not in L.available_actions(S.COMMITTED, has_advance=True)
    assert {A.APPROVE, A.CANCEL_PAYMENT} <= set(L.available_actions(S.CLOSED, has_prepared_payment=True))
    assert {A.REFUND, A.REMIND, A.CANCEL_CLAIM} <= set(L.available_actions(S.RECOVERY, has_open_claim=True))
    assert A.SETTLE in L.available_actions(S.JUSTIFIED) and A.SETTLE not in L.available_actions(S.BALANCE_PAID)


@pytest.mark.parametrize(("status", "kinds"), [
    (S.DRAFT, set()), (S.DECIDED, set()), (S.COMMITTED, {K.ADVANCE, K.OTHER}), (S.ADVANCE_PAID, {K.ADVANCE, K.OTHER}),
    (S.JUSTIFIED, {K.OTHER, K.BALANCE}), (S.BALANCE_PAID, set()), (S.RECOVERY, set()), (S.CLOSED, set()),
])
def test_payment_kinds_per_status(status: S, kinds: set[K]) -> None:
    assert L.payment_kinds(status) == kinds
    assert K.RECOVERY not in L.payment_kinds(status)  # money paid back goes through its claim


def test_approval_and_import_move_forward_only() -> None:
    assert L.status_after_approval(S.COMMITTED, K.ADVANCE) == S.ADVANCE_PAID
    assert L.status_after_approval(S.JUSTIFIED, K.BALANCE) == S.BALANCE_PAID
    assert L.status_after_approval(S.JUSTIFIED, K.OTHER) == S.JUSTIFIED
    assert L.imported_status(None, decided=True) == S.COMMITTED
    assert L.imported_status(None, decided=False) == S.DRAFT
    assert L.imported_status(S.DECIDED, decided=True) == S.COMMITTED
    assert L.imported_status(S.JUSTIFIED, decided=True) == S.JUSTIFIED
    assert L.status_after_imported_payments(S.COMMITTED, {K.BALANCE}) == S.BALANCE_PAID
    assert L.status_after_imported_payments(S.COMMITTED, {K.OTHER}) == S.ADVANCE_PAID
    assert L.status_after_imported_payments(S.BALANCE_PAID, {K.ADVANCE}) == S.BALANCE_PAID
    assert L.status_after_imported_payments(S.RECOVERY, {K.BALANCE}) == S.RECOVERY
