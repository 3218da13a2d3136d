"""Issue 12 items 3-4 in the GUI: the budget lines page shows which years are provisional and lets
finance or an admin mark one; the call form shows the applications that wait, with their reason,
and grants one in one action ("Grant now…")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grants.models import Application
from grants.services import budget
from grants.services import programmes as P
from grants.ui.context import AppContext
from grants.ui.forms import open_record
from grants.ui.list_page import ListPage
from grants.ui.tasks import wait_idle

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"
LEFT = Qt.MouseButton.LeftButton
D = Decimal


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    from grants.ui import translation

    translation.install("en")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_budget_lines_page_shows_and_marks_provisional_years(qtbot, db, lang) -> None:  # type: ignore[no-untyped-def]
    from builders import line

    from grants.ui import translation

    translation.install(lang)
    line(db, 2023, ce="120000")
    line(db, 2024, ce="200000")
    budget.set_provisional(db, 2024, True, "Budget 2024 non voté au 1er janvier")
    page = ListPage(AppContext(db, lang=lang), "budget_line")
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.reload()
    assert wait_idle()
    bar = page.budget_years
    qtbot.waitUntil(lambda: bar.regimes is not None)
    assert wait_idle()
    text = bar.label.text()
    assert "2024" in text and "2023" in text and "Budget 2024 non voté" in bar.label.toolTip()
    assert bar.button.isVisible()  # single-user mode: the user is admin
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENS / f"budget_lines_regime_{lang}.png"))
    dialog = bar.edit(2023)
    assert dialog is not None and not dialog.provisional.isChecked()
    dialog.provisional.setChecked(True)
    dialog.note.setText("Douzièmes provisoires")
    dialog.grab().save(str(SCREENS / f"budget_regime_dialog_{lang}.png"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    with db.reading() as s:
        assert budget.is_provisional(s, 2023) and budget.is_provisional(s, 2024)
    assert wait_idle()
    qtbot.waitUntil(lambda: bar.regimes is not None and bar.regimes.of(2023).provisional)
    # back to voted
    dialog = bar.edit(2024)
    assert dialog is not None and dialog.provisional.isChecked()
    dialog.provisional.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    with db.reading() as s:
        assert not budget.is_provisional(s, 2024)


def test_an_officer_sees_the_regime_but_cannot_mark_it(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from builders import line

    from grants.services import roles
    from grants.services.database import Database

    line(db, 2024)
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "agent", "officer")
    officer = Database(db.url, user="agent")
    try:
        page = ListPage(AppContext(officer, lang="en"), "budget_line")
        qtbot.addWidget(page)
        page.show()
        page.reload()
        assert wait_idle()
        qtbot.waitUntil(lambda: page.budget_years.regimes is not None)
        assert not page.budget_years.regimes.can_set and not page.budget_years.button.isVisible()
        assert page.budget_years.edit(2024) is None
    finally:
        officer.dispose()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_call_form_lists_waiting_applications_and_grants_one(qtbot, db, lang) -> None:  # type: ignore[no-untyped-def]
    from builders import beneficiary, line

    from grants.ui import translation

    translation.install(lang)
    b = beneficiary(db)
    call = P.save_programme(db, P.ProgrammeInput("Antennes LISA 2024", "call_for_projects", 2024,
                                                 opens=dt.date(2024, 4, 15), closes=dt.date(2024, 6, 14)))
    apps = [P.register_application(db, call, b, f"Antenne {i}", D("400000"), dt.date(2024, 5, 27), "5.1:50; 7.1:50")
            for i in range(2)]
    for a in apps:
        P.set_admissibility(db, a, True)
        P.score_application(db, a, D(8), D(8), D(8))
        P.select_application(db, a, True)
    P.hold_application(db, apps[0], "Pas de validation budgétaire", dt.date(2024, 9, 19))
    ln = line(db, 2024, ce="300000")
    form = open_record(AppContext(db, lang=lang), "programme", call)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    panel = form.waiting
    assert panel.isVisible() and panel.table.rowCount() == 1
    assert panel.table.item(0, 5).text() == "Pas de validation budgétaire"
    assert panel.table.item(0, 4).text() == "19/09/2024"
    assert not panel.grant_button.isEnabled()
    SCREENS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SCREENS / f"call_waiting_{lang}.png"))
    panel.table.selectRow(0)
    assert panel.grant_button.isEnabled()
    qtbot.mouseClick(panel.grant_button, LEFT)
    dialog = panel.active_dialog
    assert dialog is not None and dialog.isVisible() and dialog.line.currentData() == ln
    dialog.grab().save(str(SCREENS / f"grant_waiting_dialog_{lang}.png"))
    qtbot.mouseClick(dialog.ok_button, LEFT)  # 400 000 on a line of 300 000: refused whole, nothing saved
    assert dialog.isVisible() and dialog.problem_texts()
    with db.reading() as s:
        assert s.get(Application, apps[0]).grant_id is None
    dialog.amount.set_value(D("250000"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible() and dialog.grant_id is not None
    with db.reading() as s:
        a = s.get(Application, apps[0])
        assert a.grant_id == dialog.grant_id and a.waiting_reason is None
    qtbot.waitUntil(lambda: not form.waiting.isVisible())
