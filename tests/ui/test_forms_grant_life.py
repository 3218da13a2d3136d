"""One grant's whole life driven from the GUI: draft -> opinions & decision -> commitment ->
advance prepared and approved -> justification -> settlement -> balance paid (or recovery) -> closed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grants.models.enums import ExpenseCategory, GrantStatus
from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms import open_record

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture
def ctx(db):  # type: ignore[no-untyped-def]
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
    from grants.services.budget import save_budget_line

    save_beneficiary(db, BeneficiaryInput(name_fr="ASBL Quartiers Solidaires", name_nl="vzw Solidaire Wijken",
                                          category="asbl_private", bce="0403.019.261", iban="BE54000000000097"))
    save_budget_line(db, 2024, "33.001.00.01", "Subsides aux ASBL (prévention)", Decimal("500000"), Decimal("400000"))
    return AppContext(db, lang="en")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENS / f"forms_{name}.png"))


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    target = getattr(widget, "line", widget)
    target.clear()
    qtbot.keyClicks(target, text)


def act(qtbot, form, key: str):  # type: ignore[no-untyped-def]
    """Click a workflow button of the grant form; return the dialog it opened."""
    button = form.action_buttons[key]
    assert button.isVisible() and button.isEnabled(), f"{key} not offered ({form.applicable()})"
    qtbot.mouseClick(button, LEFT)
    dialog = form.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def confirm(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ok_button, LEFT)


def create_draft(qtbot, ctx):  # type: ignore[no-untyped-def]
    form = open_record(ctx, "grant", None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.beneficiary.lineEdit(), "Quartiers")
    qtbot.keyClick(form.budget_line, Qt.Key.Key_Down)
    qtbot.keyClicks(form.title_edit, "Street mediation in Anneessens")
    qtbot.keyClicks(form.amount, "20 000,00")
    form.advance_share.clear()
    qtbot.keyClicks(form.advance_share, "80")
    type_into(qtbot, form.period_start, "01/01/2024")
    type_into(qtbot, form.period_end, "31/12/2024")
    type_into(qtbot, form.deadline, "31/03/2025")
    form.documents.setPlainText("Rapport d'activités ; factures")  # a decision needs them
    # two measures, 60 % / 40 %: the total must reach 100 %
    qtbot.mouseClick(form.measures.add_button, LEFT)
    qtbot.mouseClick(form.measures.add_button, LEFT)
    first, second = form.measures.table.cellWidget(0, 0), form.measures.table.cellWidget(1, 0)
    first.setCurrentIndex(first.findData("1.4"))
    second.setCurrentIndex(second.findData("2.1"))
    share = form.measures.table.cellWidget(0, 1)
    share.selectAll()
    qtbot.keyClicks(share, "70")
    assert "120" in form.measures.total.text()  # 70 + 50: shown in red before saving
    qtbot.mouseClick(form.save_button, LEFT)
    assert "measures" in form.problem_texts() and "100" in form.problem_texts()["measures"]
    assert records.count(ctx.db, "grant") == 0
    shot(form, "grant_draft_refused")
    share2 = form.measures.table.cellWidget(1, 1)
    share2.selectAll()
    qtbot.keyClicks(share2, "30")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.problem_texts() == {}
    assert records.count(ctx.db, "grant") == 1
    d = form.detail
    assert d.status == GrantStatus.DRAFT and d.figures.amount == Decimal("20000.00")
    assert [(m.code, m.share) for m in d.measures] == [("1.4", Decimal("70.00")), ("2.1", Decimal("30.00"))]
    shot(form, "grant_draft")
    return form


def decide_commit_and_pay_advance(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    # the decision is refused while the opinions the amount requires are missing
    dlg = act(qtbot, form, "decision")
    qtbot.keyClicks(dlg.decision_ref, "AM-2024-017")
    type_into(qtbot, dlg.decision_date, "01/03/2024")
    confirm(qtbot, dlg)
    shown = " ".join(dlg.problem_texts().values())
    assert "requires the opinion" in shown and dlg.isVisible()
    shot(dlg, "decision_refused")
    dlg.reject()
    assert form.detail.status == GrantStatus.DRAFT
    for _ in form.detail.missing_opinions:  # IF, Budget, Government for 20 000 EUR
        dlg = act(qtbot, form, "opinion")
        type_into(qtbot, dlg.date, "15/02/2024")
        qtbot.keyClicks(dlg.reference, "AV-2024")
        confirm(qtbot, dlg)
        assert not dlg.isVisible()
    assert form.detail.missing_opinions == ()
    dlg = act(qtbot, form, "decision")
    qtbot.keyClicks(dlg.decision_ref, "AM-2024-017")
    type_into(qtbot, dlg.decision_date, "01/03/2024")
    type_into(qtbot, dlg.notified_on, "08/03/2024")
    confirm(qtbot, dlg)
    assert form.detail.status == GrantStatus.DECIDED
    assert form.view_box.isVisible() and not form.draft_box.isVisible()

    dlg = act(qtbot, form, "commit")
    type_into(qtbot, dlg.date, "05/03/2024")
    assert dlg.amount.value() == Decimal("20000.00")
    confirm(qtbot, dlg)
    assert form.detail.status == GrantStatus.COMMITTED and form.detail.figures.committed == Decimal("20000.00")

    dlg = act(qtbot, form, "advance")
    type_into(qtbot, dlg.date, "12/03/2024")
    assert dlg.amount.value() == Decimal("16000.00")  # 80 % of 20 000
    type_into(qtbot, dlg.amount, "17 000")  # above the advance share: refused, next to the amount
    confirm(qtbot, dlg)
    assert "80" in dlg.problem_texts().get("amount", "")
    type_into(qtbot, dlg.amount, "16 000,00")
    confirm(qtbot, dlg)
    assert not dlg.isVisible()
    assert [p.status.value for p in form.detail.payments] == ["prepared"]
    dlg = act(qtbot, form, "approve")
    confirm(qtbot, dlg)  # single-user database: the same person may approve
    assert form.detail.status == GrantStatus.ADVANCE_PAID
    assert form.detail.payments[0].approved_by == "tester"


def justify(qtbot, form, staff: str, activities: str) -> None:  # type: ignore[no-untyped-def]
    dlg = act(qtbot, form, "justification")
    type_into(qtbot, dlg.received_on, "16/12/2024")
    dlg.set_line(ExpenseCategory.STAFF, "15 000,00", staff, "PAY-2024-12")
    dlg.set_line(ExpenseCategory.ACTIVITIES, "3 000,00", activities, "INV-0042")
    shot(dlg, "justification")
    confirm(qtbot, dlg)
    assert not dlg.isVisible(), dlg.problem_texts()
    assert form.detail.status == GrantStatus.JUSTIFIED


def test_one_grant_whole_life_balance_paid_then_closed(ctx, qtbot):
    form = create_draft(qtbot, ctx)
    decide_commit_and_pay_advance(qtbot, form)
    justify(qtbot, form, "14 000,00", "3 000,00")  # accepted 17 000: balance 1 000 to pay
    assert form.detail.figures.balance == Decimal("1000.00")
    dlg = act(qtbot, form, "settle")
    type_into(qtbot, dlg.date, "20/12/2024")
    confirm(qtbot, dlg)
    assert dlg.isVisible() and "1,000.00" in dlg.result_label.text()  # result shown, then closed by the user
    dlg.reject()
    assert [p.kind.value for p in form.detail.prepared_payments] == ["balance"]
    dlg = act(qtbot, form, "approve")
    confirm(qtbot, dlg)
    assert form.detail.status == GrantStatus.BALANCE_PAID
    dlg = act(qtbot, form, "close")
    type_into(qtbot, dlg.date, "31/12/2024")
    confirm(qtbot, dlg)
    assert form.detail.status == GrantStatus.CLOSED
    assert form.detail.figures.paid == Decimal("17000.00")
    assert not any(b.isVisible() for b in form.action_buttons.values())
    assert "closed" in form.next_step.text().lower()
    shot(form, "grant_closed")


def test_one_grant_overpaid_raises_recovery_with_structured_communication(ctx, qtbot):
    form = create_draft(qtbot, ctx)
    decide_commit_and_pay_advance(qtbot, form)
    justify(qtbot, form, "10 000,00", "2 000,00")  # accepted 12 000 < 16 000 paid: 4 000 to claim back
    dlg = act(qtbot, form, "settle")
    type_into(qtbot, dlg.date, "20/12/2024")
    confirm(qtbot, dlg)
    assert dlg.isVisible()
    comm = dlg.communication
    assert comm.startswith("+++") and comm.endswith("+++") and len(comm) == 20  # +++ddd/dddd/ddddd+++
    assert comm in dlg.result_label.text()
    shot(dlg, "settle_recovery")
    dlg.reject()
    assert form.detail.status == GrantStatus.RECOVERY
    assert comm in form.next_step.text()
    shot(form, "grant_recovery")
    dlg = act(qtbot, form, "remind")
    type_into(qtbot, dlg.date, "20/01/2025")
    confirm(qtbot, dlg)
    assert form.detail.claims[0].reminders_sent == 1
    dlg = act(qtbot, form, "refund")
    type_into(qtbot, dlg.date, "05/02/2025")
    assert dlg.amount.value() == Decimal("4000.00")
    confirm(qtbot, dlg)
    assert not dlg.isVisible(), dlg.problem_texts()
    assert form.detail.status == GrantStatus.CLOSED
    assert form.detail.figures.recovered == Decimal("4000.00")
