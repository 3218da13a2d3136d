"""Dutch screens show the Dutch PGSP measure descriptions (working translations, said in a tooltip)."""

from __future__ import annotations

import csv
from importlib.resources import files

import pytest
from PySide6.QtCore import Qt

from grants.ui.context import AppContext
from grants.ui.forms import open_record
from grants.ui.forms.labels import working_note
from grants.ui.tasks import wait_idle


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def _french_descriptions() -> set[str]:
    with (files("grants.resources") / "reference" / "pgsp_2021-2024_measures.csv").open(encoding="utf-8") as fh:
        return {r["description_fr"] for r in csv.DictReader(fh)}


def test_dutch_grant_form_measures_editor_shows_no_french(qtbot, db):  # type: ignore[no-untyped-def]
    ctx = AppContext(db, lang="nl")
    form = open_record(ctx, "grant", None)
    qtbot.addWidget(form)
    wait_idle()
    editor = form.measures
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    combo = editor.table.cellWidget(0, 0)
    french = _french_descriptions()
    texts = [combo.itemText(i).strip() for i in range(combo.count())]
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(combo.count())]
    codes = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert len(codes) == 77
    for text in texts:
        assert not any(text.split("  ", 1)[-1].rstrip("…") in f for f in french), text
    described = [t for t in tips if t]
    assert len(described) == 77
    for tip in described:
        description = tip.split("\n\n")[0]
        assert description not in french, description
        assert tip.endswith("\n\n" + working_note()), tip
    i = combo.findData("1.4")
    assert combo.itemText(i).strip().startswith("1.4  Inzake intrafamiliaal en seksueel geweld")


def test_french_grant_form_has_no_working_note(qtbot, db):  # type: ignore[no-untyped-def]
    form = open_record(AppContext(db, lang="fr"), "grant", None)
    qtbot.addWidget(form)
    wait_idle()
    qtbot.mouseClick(form.measures.add_button, Qt.MouseButton.LeftButton)
    combo = form.measures.table.cellWidget(0, 0)
    i = combo.findData("1.4")
    assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole).startswith("En matière de violences intrafamiliales")
    assert "\n\n" not in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
