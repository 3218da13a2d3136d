"""A call for projects from the GUI: register it and its applications, admissibility, the scoring
grid (total and rank), selection, and the selected applications turned into draft grants."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms import actions_for, open_record

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

    for name in ("ASBL Alpha Jeunesse", "ASBL Beta Prevention", "ASBL Gamma Quartier"):
        save_beneficiary(db, BeneficiaryInput(name_fr=name, category="asbl_private"))
    save_budget_line(db, 2024, "33.001.00.01", "Subsides ASBL", Decimal("100000"), Decimal("100000"))
    return AppContext(db, lang="en")


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    target = getattr(widget, "line", widget)
    target.clear()
    qtbot.keyClicks(target, text)


def test_call_applications_scoring_selection_to_grants(ctx, qtbot):
    form = open_record(ctx, "programme", None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.title_edit, "Call for projects 2024")
    form.year.setValue(2024)
    qtbot.keyClicks(form.envelope, "60 000")
    type_into(qtbot, form.opens, "01/01/2024")
    type_into(qtbot, form.closes, "29/02/2024")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.problem_texts() == {} and form.ref.text().startswith("P-2024-")
    assert form.apps.isVisible()

    # an application received after the call closed is refused, next to the date
    dlg = form.start("register")
    qtbot.keyClicks(dlg.beneficiary.lineEdit(), "Alpha")
    qtbot.keyClicks(dlg.title_edit, "Youth workers")
    qtbot.keyClicks(dlg.amount, "25 000")
    type_into(qtbot, dlg.received_on, "15/03/2024")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert "closed" in dlg.problem_texts().get("received_on", "")
    type_into(qtbot, dlg.received_on, "15/02/2024")
    qtbot.keyClicks(dlg.measures, "1.4:60; 2.1:40")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert not dlg.isVisible()
    for name, amount in (("Beta", "20 000"), ("Gamma", "30 000")):
        dlg = form.start("register")
        qtbot.keyClicks(dlg.beneficiary.lineEdit(), name)
        qtbot.keyClicks(dlg.title_edit, f"Project {name}")
        qtbot.keyClicks(dlg.amount, amount)
        type_into(qtbot, dlg.received_on, "20/02/2024")
        qtbot.mouseClick(dlg.ok_button, LEFT)
        assert not dlg.isVisible(), dlg.problem_texts()
    assert form.apps.rowCount() == 3

    # admissibility: Gamma is not admissible; the reason is required
    ids = [a.id for a in form.detail.applications]
    form.apps.selectRow(2)
    dlg = form.start("admissibility")
    dlg.admissible.setCurrentIndex(dlg.admissible.findData(False))
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert "say why" in dlg.problem_texts().get("admissibility_note", "")
    qtbot.keyClicks(dlg.note, "Late annexes")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert not dlg.isVisible()
    bulk = {a.objectName(): a for a in actions_for(ctx, "application", ids[:2], form)}
    bulk["admissible"].trigger()

    # the scoring grid: totals and ranks, live; selection ticked in the grid
    grid = form.start("score")
    assert grid.table.rowCount() == 2
    # opened large enough to show every column, the selection ticks included, without scrolling
    columns = sum(grid.table.columnWidth(c) for c in range(grid.table.columnCount()))
    assert columns <= grid.table.viewport().width() and grid.table.horizontalScrollBar().maximum() == 0
    assert grid.table.viewport().height() >= 2 * grid.table.rowHeight(0)
    fm = grid.table.fontMetrics()
    assert all(fm.horizontalAdvance(grid.table.item(r, c).text()) < grid.table.columnWidth(c) for r in range(2) for c in (6, 7))
    for spin, value in zip(grid.spins[0], (8, 7, 9), strict=True):
        spin.setValue(value)
    for spin, value in zip(grid.spins[1], (6, 6, 5), strict=True):
        spin.setValue(value)
    assert grid.table.item(0, 6).text() == "24.00" and grid.table.item(0, 7).text() == "1"
    assert grid.table.item(1, 7).text() == "2"
    grid.checks[0].setChecked(True)
    SCREENS.mkdir(parents=True, exist_ok=True)
    grid.grab().save(str(SCREENS / "forms_scoring_grid.png"))
    qtbot.mouseClick(grid.save_button, LEFT)
    assert not grid.isVisible(), grid.problem_texts()
    a = form.detail.applications
    assert a[0].rank == 1 and a[0].selected and a[1].rank == 2 and not a[1].selected

    dlg = form.start("to_grants")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert not dlg.isVisible(), dlg.problem_texts()
    assert len(dlg.grant_ids) == 1
    grant = records.grant_detail(ctx.db, dlg.grant_ids[0])
    assert grant.figures.amount == Decimal("25000.00") and [m.code for m in grant.measures] == ["1.4", "2.1"]
    assert form.detail.applications[0].grant_ref == grant.ref
    form.grab().save(str(SCREENS / "forms_programme.png"))
