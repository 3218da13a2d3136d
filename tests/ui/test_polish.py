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


def test_to_grants_without_a_budget_line_for_the_year_says_so_and_offers_to_create_it(qtbot, db):
    from types import SimpleNamespace

    from grants.ui.forms.budget_line import BudgetLineForm
    from grants.ui.forms.programme import ToGrantsDialog

    ctx = AppContext(db, lang="en")
    call = SimpleNamespace(id=0, year=2026, applications=())
    dlg = ToGrantsDialog(ctx, call)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.line.count() == 0 and not dlg.ok_button.isEnabled()
    assert dlg.error_box.isVisible() and "no budget line for 2026" in dlg.error_box.text()
    assert dlg.new_line_button.isVisible()
    dlg.new_line_button.click()
    form = dlg.findChildren(BudgetLineForm)[0]
    assert form.year.value() == 2026
    form.code.setText("33.001.00.26")
    form.label_edit.setText("Subsides 2026")
    form.ce.set_value(Decimal("50000"))
    form.cl.set_value(Decimal("50000"))
    assert form.save(), form.problem_texts()
    assert dlg.line.count() == 1 and dlg.ok_button.isEnabled()
    assert not dlg.error_box.isVisible() and not dlg.new_line_button.isVisible()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_screenshot_to_grants_without_a_budget_line(qtbot, db, lang):
    from pathlib import Path
    from types import SimpleNamespace

    from grants.ui import translation
    from grants.ui.forms.programme import ToGrantsDialog

    translation.install(lang)
    try:
        dlg = ToGrantsDialog(AppContext(db, lang=lang), SimpleNamespace(id=0, year=2026, applications=()))
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.wait(50)
        out = Path(__file__).resolve().parents[2] / "out" / "screens" / lang
        out.mkdir(parents=True, exist_ok=True)
        assert dlg.grab().save(str(out / "to_grants_no_line.png"))
        assert "2026" in dlg.error_box.text() and "Create the budget line" not in dlg.new_line_button.text()
    finally:
        translation.install("en")
