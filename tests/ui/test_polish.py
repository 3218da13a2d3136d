"""Issue 13 leftovers: what a grant officer reads on the grant form after a recovery."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import shell_data

from grants.services import grants as grant_service
from grants.services import recoveries
from grants.ui.context import AppContext
from grants.ui.forms import open_record


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def test_a_grant_closed_through_a_recovery_never_shows_balance_paid(qtbot, db):
    ids = shell_data.build(db)
    recoveries.record_refund(db, ids["claim"], dt.date(2025, 3, 1), Decimal("2500"))
    grant_service.close_grant(db, ids["recovery"], dt.date(2025, 3, 2))
    form = open_record(AppContext(db, lang="en"), "grant", ids["recovery"])
    qtbot.addWidget(form)
    steps = form.stepper.text()
    assert "Balance paid" not in steps
    assert "✔ Recovery" in steps and "Closed" in steps
