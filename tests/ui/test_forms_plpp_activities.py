"""The grant form's "Activities" tab on a commune's PLPP grant: add, refuse, change and remove an
activity with real widgets; the tab stays hidden on other grants."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from grants.services import plpp
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


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_activities_are_entered_on_the_plpp_grant(qtbot, db, lang) -> None:  # type: ignore[no-untyped-def]
    from test_plpp_activities import plpp_grants

    from grants.ui import translation

    g = plpp_grants(db)
    translation.install(lang)
    try:
        ctx = AppContext(db, lang=lang)
        other = open_record(ctx, "grant", g["asbl"])
        qtbot.addWidget(other)
        assert not other.tabs.isTabVisible(other.tabs.indexOf(other.activities))
        form = open_record(ctx, "grant", g["21009"])
        qtbot.addWidget(form)
        form.resize(1280, 800)
        form.show()
        tab = form.tabs.indexOf(form.activities)
        assert form.tabs.isTabVisible(tab)
        form.tabs.setCurrentIndex(tab)
        panel = form.activities
        assert panel.table.rowCount() == 0 and not panel.edit_button.isEnabled()
        qtbot.mouseClick(panel.add_button, LEFT)
        dialog = panel.active_dialog
        assert dialog is not None and dialog.isVisible()
        assert [dialog.thematic.itemData(i) for i in range(dialog.thematic.count())] == list(range(1, 10))
        qtbot.mouseClick(dialog.ok_button, LEFT)  # no title: refused under the field, nothing saved
        assert dialog.isVisible() and "title" in dialog.problem_texts()
        assert plpp.activities_of(db, g["21009"]) == []
        qtbot.keyClicks(dialog.title_edit, "Gardiens de la paix")
        dialog.title_edit.setText("Gardiens de la paix aux abords des écoles")
        dialog.thematic.setCurrentIndex(dialog.thematic.findData(7))
        dialog.staff["peace_guardians"].setValue(12)
        dialog.staff["mediators"].setValue(1)
        SCREENS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENS / f"forms_plpp_activity_dialog_{lang}.png"))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert not dialog.isVisible()
        rows = plpp.activities_of(db, g["21009"])
        assert [(r.thematic, r.peace_guardians, r.street_educators, r.mediators) for r in rows] == [(7, 12, 0, 1)]
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
        assert panel.table.item(0, 1).text().startswith("T7")
        assert panel.table.item(0, 2).text() == "12"
        form.grab().save(str(SCREENS / f"forms_plpp_activities_{lang}.png"))
        panel.table.selectRow(0)
        assert panel.edit_button.isEnabled()
        dialog = panel.edit()
        assert dialog is not None and dialog.staff["peace_guardians"].value() == 12
        dialog.staff["peace_guardians"].setValue(14)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert plpp.activities_of(db, g["21009"])[0].peace_guardians == 14
        panel.table.selectRow(0)
        assert panel.remove()
        assert plpp.activities_of(db, g["21009"]) == [] and panel.table.rowCount() == 0
    finally:
        translation.install("en")
