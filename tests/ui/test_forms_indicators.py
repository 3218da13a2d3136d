"""The grant form's indicators tab: add, refuse, change and remove an indicator with real widgets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from grants.services import indicators
from grants.ui.context import AppContext
from grants.ui.forms import open_record

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"
LEFT = Qt.MouseButton.LeftButton
D = Decimal


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_indicators_are_entered_in_the_grant_form(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    import builders as B

    _, _, gid = B.committed_grant(db, measures=(("1.4", D(60)), ("2.1", D(40))))
    ctx = AppContext(db, lang="fr")
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    table = form.tables["indicators"]
    tab = len(form.tables) - 1  # the indicators tab (the attachments tab follows it)
    form.tabs.setCurrentIndex(tab)
    assert form.tabs.tabText(tab).startswith("Indicat")
    assert table.rowCount() == 0 and not form.edit_indicator_button.isEnabled()

    qtbot.mouseClick(form.add_indicator_button, LEFT)
    dialog = form.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.measure.itemData(i) for i in range(dialog.measure.count())] == ["1.4", "2.1"]
    dialog.measure.setCurrentIndex(1)
    qtbot.keyClicks(dialog.name, "Personnes accompagnees")
    qtbot.keyClicks(dialog.unit, "personnes")
    qtbot.keyClicks(dialog.target, "200")
    qtbot.keyClicks(dialog.achieved, "-5")  # refused: nothing saved, said under the field
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and "achieved" in dialog.problem_texts()
    assert indicators.indicators(db, gid) == []
    dialog.achieved.clear()
    qtbot.keyClicks(dialog.achieved, "207")
    qtbot.keyClicks(dialog.source, "Rapport d'activites 2024")
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "forms_indicator_dialog.png"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: form.active_dialog is None)
    rows = indicators.indicators(db, gid)
    assert [(r.measure, r.name, r.target, r.achieved) for r in rows] == [("2.1", "Personnes accompagnees", D(200), D(207))]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == ["2.1", "Personnes accompagnees", "personnes", "200", "207"]
    assert form.tabs.tabText(tab).endswith("(1)")
    form.grab().save(str(SCREENS / "forms_grant_indicators.png"))

    # change it: select the row, double-click opens it filled in
    table.selectRow(0)
    assert form.edit_indicator_button.isEnabled()
    qtbot.mouseClick(form.edit_indicator_button, LEFT)
    dialog = form.active_dialog
    assert dialog.name.text() == "Personnes accompagnees" and dialog.measure.currentData() == "2.1"
    dialog.achieved.clear()
    qtbot.keyClicks(dialog.achieved, "210,5")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: form.active_dialog is None)
    assert indicators.indicators(db, gid)[0].achieved == D("210.50")
    assert table.item(0, 4).text() == "210,50"

    table.selectRow(0)
    qtbot.mouseClick(form.remove_indicator_button, LEFT)
    assert indicators.indicators(db, gid) == [] and table.rowCount() == 0
