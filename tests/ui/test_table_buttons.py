"""The one row of buttons under the grant form's tables (indicators, attachments, PLPP activities,
other funders): each button enabled by its rule over the table's selection and the record's state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTableWidget, QTableWidgetItem, QWidget

from grants.ui.context import AppContext
from grants.ui.forms import open_record
from grants.ui.forms.buttons import TableButtons

LEFT = Qt.MouseButton.LeftButton


def test_the_buttons_follow_the_selection_and_the_record_s_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    table = QTableWidget(2, 1, parent)
    for r in range(2):
        table.setItem(r, 0, QTableWidgetItem(f"row {r}"))
    state = {"writable": True}
    ran: list[str] = []
    buttons = TableButtons(table, parent, on_double_click=lambda: ran.append("double"))
    chosen = lambda: bool(table.selectedItems()) and state["writable"]  # noqa: E731
    add = buttons.add("add_thing", "Add…", lambda: ran.append("add"), lambda: state["writable"])
    change = buttons.add("edit_thing", "Change…", lambda: ran.append("change"), chosen)
    free = buttons.add("free_thing", "Free", lambda: ran.append("free"))  # no rule: left as it is
    lay = QHBoxLayout(parent)
    lay.addWidget(table)
    lay.addWidget(buttons)
    parent.show()
    buttons.refresh()
    assert buttons.buttons() == [add, change, free]
    assert [b.objectName() for b in buttons.buttons()] == ["add_thing", "edit_thing", "free_thing"]
    assert not any(b.autoDefault() for b in buttons.buttons())
    assert add.isEnabled() and not change.isEnabled() and free.isEnabled()
    table.selectRow(1)  # the selection enables what needs one
    assert change.isEnabled()
    qtbot.mouseClick(change, LEFT)
    qtbot.mouseClick(add, LEFT)
    table.clearSelection()
    assert not change.isEnabled()
    state["writable"] = False  # the record became read-only: asked again at the next refresh
    table.selectRow(0)
    assert not add.isEnabled() and not change.isEnabled() and free.isEnabled()
    table.doubleClicked.emit(table.model().index(0, 0))
    assert ran == ["change", "add", "double"]


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def test_the_grant_form_s_four_tables_use_it(qtbot, demo_url) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from grants.services.database import Database

    db = Database(demo_url, user="tester")
    with db.reading() as s:
        gid = s.execute(text('SELECT id FROM "grant" WHERE ref = :r'), {"r": "G-2024-PLPP-21019"}).scalar_one()
    form = open_record(AppContext(db, lang="en"), "grant", gid)
    qtbot.addWidget(form)
    rows = {"indicators": form.indicator_buttons, "attachments": form.attachments.buttons,
            "activities": form.activities.buttons, "funders": form.cofunders.buttons}
    assert all(isinstance(b, TableButtons) for b in rows.values())
    assert [b.objectName() for b in rows["indicators"].buttons()] == ["add_indicator", "edit_indicator", "remove_indicator"]
    assert [b.objectName() for b in rows["attachments"].buttons()] == ["add_attachment", "open_attachment", "save_attachment"]
    assert [b.objectName() for b in rows["activities"].buttons()] == ["add_activity", "edit_activity", "remove_activity"]
    assert [b.objectName() for b in rows["funders"].buttons()] == ["add_cofunder", "remove_cofunder"]
    assert [b.text() for b in rows["indicators"].buttons()] == ["Add an indicator…", "Change the indicator…",
                                                               "Remove the indicator"]
    # nothing chosen: only the Add buttons the record allows
    assert not form.edit_indicator_button.isEnabled() and not form.activities.edit_button.isEnabled()
    assert not form.attachments.open_button.isEnabled()
    form.dirty = False
