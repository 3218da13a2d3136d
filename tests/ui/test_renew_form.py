"""The grant form: "Renew for next year…" (from the lifecycle) and the "Project" tab."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from grants.services import projects
from grants.ui.context import AppContext
from grants.ui.forms import open_record

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: None)


def test_renew_from_the_grant_form_then_the_project_tab(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    import builders as B

    _, _, gid = B.committed_grant(db, "50000")
    B.line(db, 2025)
    ctx = AppContext(db, lang="fr")
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    assert not form.tabs.isTabVisible(form.tabs.indexOf(form.project))  # never renewed: no project yet
    button = form.action_buttons["renew"]
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    dialog = form.active_dialog
    assert dialog is not None and dialog.isVisible() and dialog.amount.value() == D("50000.00")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "48000")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: form.active_dialog is None)
    view = projects.project_view(db, gid)
    assert view is not None and [(g.year, g.amount) for g in view.grants] == [(2024, D("50000.00")), (2025, D("48000.00"))]
    i = form.tabs.indexOf(form.project)
    assert form.tabs.isTabVisible(i) and form.tabs.tabText(i) == "Project (2)"
    t = form.project.table
    assert [t.item(r, 1).text() for r in range(t.rowCount())] == [view.grants[0].ref, "G-2025-00001"]
    t.selectRow(1)
    other = form.project.open_selected()
    qtbot.addWidget(other)
    assert other.record_id == view.grants[1].id

    # the draft of 2025 cannot be renewed (not decided): no button
    assert "renew" not in other.applicable()
