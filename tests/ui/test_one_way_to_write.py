"""One way to write from the GUI: a form's Save, a workflow dialog and a bulk action each run their
write as an operation off the GUI thread (grants.ui.tasks.run_operation), the open lists refresh
from the one ``changed`` signal, and a refusal keeps the dialog open with the user's input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shell_data
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from grants.models.enums import PaymentKind, PaymentStatus
from grants.services import query_guard, records
from grants.ui.context import AppContext
from grants.ui.forms import open_record
from grants.ui.forms.actions import actions_for
from grants.ui.forms.workflows import ApproveDialog, PaymentDialog
from grants.ui.list_page import ListPage
from grants.ui.settings import Settings
from grants.ui.tasks import Operation, wait_idle

LEFT = Qt.MouseButton.LeftButton
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    return shell_data.build(db)


@pytest.fixture
def ctx(db, tmp_path):  # type: ignore[no-untyped-def]
    c = AppContext(db, lang="en")
    c.settings = Settings(tmp_path / "settings.ini")
    return c


def _approvable(db, line: int) -> int:  # type: ignore[no-untyped-def]
    """A prepared advance of a beneficiary with no open recovery claim: it may be approved."""
    from decimal import Decimal as D

    from grants.models.enums import Category, OpinionKind
    from grants.services import grants, payments
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary

    ben = save_beneficiary(db, BeneficiaryInput(name_fr="ASBL Voie Unique", category=Category.ASBL_PRIVATE))
    gid = grants.create_grant(db, grants.GrantInput(
        beneficiary_id=ben, budget_line_id=line, title="Opération", amount=D("5000"), measures=[("1.1", D("100"))],
        advance_share=D("60"), period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
        justification_deadline=dt.date(2025, 3, 31), required_documents="Rapport"))
    for kind in OpinionKind:
        grants.add_opinion(db, gid, kind, dt.date(2024, 1, 20), "AV")
    grants.record_decision(db, gid, "AG-OP", dt.date(2024, 2, 1))
    grants.commit_grant(db, gid, dt.date(2024, 2, 10))
    return payments.prepare_payment(db, gid, dt.date(2024, 3, 1), D("3000"), PaymentKind.ADVANCE)


def _list(qtbot, ctx, entity: str) -> ListPage:  # type: ignore[no-untyped-def]
    page = ListPage(ctx, entity)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.ensure_loaded()
    assert wait_idle()
    return page


def _column(page: ListPage, key: str) -> list[str]:
    col = page.model.column_of(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.lstrip().upper().startswith(WRITES)]


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_form_save_writes_off_the_gui_thread_and_the_open_list_refreshes(qtbot, ctx, data):  # type: ignore[no-untyped-def]
    page = _list(qtbot, ctx, "beneficiary")
    before = page.model.rowCount()
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    form = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name_fr, "ASBL Une Seule Voie")
    qtbot.keyClicks(form.bce, "0403.019.261")
    qtbot.keyClicks(form.iban, "BE54 0000 0000 0097")
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        qtbot.mouseClick(form.save_button, LEFT)
    assert _writes(on_gui_thread) == [], on_gui_thread
    assert form.problem_texts() == {} and not form.dirty and form.record_id is not None
    assert len(ops) == 1 and ops[0].changed == frozenset({"beneficiary"}) and ops[0].result == form.record_id
    assert wait_idle()  # the list reloads from the changed signal (in the task runner)
    assert page.model.rowCount() == before + 1
    assert form.record_id in page.model.ids


def test_a_refused_save_keeps_the_dialog_open_with_the_users_input(qtbot, ctx, data):  # type: ignore[no-untyped-def]
    """The rule refuses in the worker thread (RuleError): the message is under the field, the
    dialog stays with what the user typed, nothing is saved and nothing announced."""
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    payments_before = records.count(ctx.db, "payment")
    dialog = PaymentDialog(ctx, records.grant_detail(ctx.db, data["paid"]), PaymentKind.ADVANCE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "39 000,00")  # far above the advance limit (60 % of 40 000)
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _writes(on_gui_thread) == []
    assert dialog.isVisible()
    shown = dialog.problem_texts()
    assert shown.get("amount"), shown
    assert dialog.amount.text() == "39 000,00"
    assert ops == [] and records.count(ctx.db, "payment") == payments_before


def test_a_workflow_action_writes_off_the_gui_thread_and_the_list_refreshes(qtbot, ctx, data):  # type: ignore[no-untyped-def]
    pid = _approvable(ctx.db, data["line"])
    page = _list(qtbot, ctx, "payment")
    status_of = dict(zip(page.model.ids, _column(page, "status"), strict=True))
    prepared_text = status_of[pid]
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    dialog = ApproveDialog(ctx, records.payment_detail(ctx.db, pid))
    qtbot.addWidget(dialog)
    dialog.show()
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _writes(on_gui_thread) == []
    assert not dialog.isVisible()
    assert records.payment_detail(ctx.db, pid).status in (PaymentStatus.APPROVED, "approved")
    assert len(ops) == 1 and ops[0].touches("payment")
    assert wait_idle()
    status_of = dict(zip(page.model.ids, _column(page, "status"), strict=True))
    assert status_of[pid] != prepared_text


def test_a_bulk_action_runs_as_one_operation_off_the_gui_thread(qtbot, ctx, data):  # type: ignore[no-untyped-def]
    pid = _approvable(ctx.db, data["line"])
    page = _list(qtbot, ctx, "payment")
    col = page.model.column_of("status")
    prepared_text = page.model.index(page.model.ids.index(pid), col).data()
    parent = QWidget()
    parent.ctx = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(parent)
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    ids = [pid, data["to_approve"]]  # the second one is blocked by its beneficiary's open recovery claim
    approve = next(a for a in actions_for(ctx, "payment", ids, parent) if a.objectName() == "approve")
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        approve.trigger()
    assert _writes(on_gui_thread) == []
    assert len(ops) == 1 and ops[0].changed == frozenset({"payment"})
    result = ops[0].result
    assert result.done == [pid] and list(result.refused) == [data["to_approve"]]
    assert "recovery claim" in result.refused[data["to_approve"]]
    boxes = _boxes()
    assert len(boxes) == 1 and "1 refused" in boxes[0].text(), [b.text() for b in boxes]
    boxes[0].close()
    assert wait_idle()
    assert page.model.index(page.model.ids.index(pid), col).data() != prepared_text  # refreshed from the signal
    assert records.payment_detail(ctx.db, data["to_approve"]).status in (PaymentStatus.PREPARED, "prepared")


def test_a_bulk_action_that_changed_nothing_announces_nothing(qtbot, ctx, data):  # type: ignore[no-untyped-def]
    parent = QWidget()
    parent.ctx = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(parent)
    ops: list[Operation] = []
    ctx.changed.connect(ops.append)
    approve = next(a for a in actions_for(ctx, "payment", [data["to_approve"]], parent) if a.objectName() == "approve")
    approve.trigger()
    assert ops == []
    for box in _boxes():
        box.close()


def test_the_guard_catches_a_write_from_the_screens_on_the_gui_thread(db):  # type: ignore[no-untyped-def]
    """What makes every GUI test fail on a write left on the GUI thread (tests/ui/conftest.py)."""
    from grants.services.budget import save_budget_line

    AppContext(db, lang="en")  # installs the guard
    screens = str(Path(__file__).resolve().parents[2] / "grants" / "ui" / "not_a_screen.py")
    code = compile("save_budget_line(db, 2030, '12.345.67.89', 'Test', D('1'), D('1'))", screens, "exec")
    from decimal import Decimal

    exec(code, {"save_budget_line": save_budget_line, "db": db, "D": Decimal})  # noqa: S102 - a screen's call
    found = query_guard.gui_thread_writes(clear=True)
    assert found and "not_a_screen.py" in found[0] and "INSERT" in found[0].upper()


def test_no_scattered_data_changed_emit_is_left_in_the_screens() -> None:
    """Views refresh from ``changed``; ``data_changed`` is only its alias, fed by AppContext.notify."""
    root = Path(__file__).resolve().parents[2] / "grants" / "ui"
    emits = [f"{p.relative_to(root)}:{n}" for p in sorted(root.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if "data_changed.emit(" in line and p.name != "context.py"]
    assert emits == []
    listeners = [f"{p.relative_to(root)}:{n}" for p in sorted(root.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if "data_changed.connect(" in line]
    assert listeners == []
