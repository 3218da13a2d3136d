"""The grant form's "Co-financing…" action after the decision (issue 12 item 8 follow-up): offered
where the lifecycle allows it, the dialog shows the budget and the other funders, a change above the
ceiling is refused under the field (the dialog and its input stay), a good one is recorded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import builders as B
import pytest
from PySide6.QtCore import Qt

from grants.models import FunderStatus
from grants.services import cofunding, records
from grants.ui.context import AppContext
from grants.ui.forms import open_record

LEFT = Qt.MouseButton.LeftButton
D = Decimal
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    """The tests install French or Dutch translators for the whole application: undo it."""
    yield
    from grants.ui import translation

    translation.install("en")


def test_cofunding_dialog_in_french(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    b, ln, gid = B.committed_grant(db, "50000")
    draft = B.grant(db, b, ln, "1000")
    cofunding.set_cofunding(db, gid, project_budget=D("100000"),
                            funders=[("Commune de Schaerbeek", D("30000"), FunderStatus.REQUESTED)])
    from grants.ui import translation

    translation.install("fr")
    ctx = AppContext(db, lang="fr")
    form = open_record(ctx, "grant", draft)
    qtbot.addWidget(form)
    assert "cofunding" not in form.applicable()  # a draft's co-financing is in the draft itself
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    button = form.action_buttons["cofunding"]
    assert button.isVisible() and button.text() == "Cofinancement…"
    qtbot.mouseClick(button, LEFT)
    dialog = form.active_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle().startswith("Cofinancement")
    assert dialog.ok_button.text() == "Enregistrer le cofinancement"
    assert dialog.project_budget.value() == D("100000.00")
    t = dialog.cofunders.table
    assert t.rowCount() == 1 and t.cellWidget(0, 0).text() == "Commune de Schaerbeek"
    assert "70\u202f000,00\xa0€" in dialog.summary.text()  # the ceiling, as the user reads it
    # the commune says yes; the budget is revised down too far: refused under the budget
    t.cellWidget(0, 2).setCurrentIndex(t.cellWidget(0, 2).findData(FunderStatus.GRANTED))
    dialog.project_budget.clear()
    qtbot.keyClicks(dialog.project_budget, "70 000")
    assert "40\u202f000,00\xa0€" in dialog.summary.text()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    problems = dialog.problem_texts()
    assert "project_budget" in problems, problems
    assert "50\u202f000,00\xa0€" in problems["project_budget"] and "40\u202f000,00\xa0€" in problems["project_budget"]
    assert dialog.isVisible() and form.active_dialog is dialog
    assert records.grant_detail(db, gid).project_budget == D("100000.00")  # nothing saved
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "forms_cofunding_refused_fr.png"))
    # a second funder answers no; the budget is 85 000: 50 000 fits (85 000 - 30 000)
    qtbot.mouseClick(dialog.cofunders.add_button, LEFT)
    t.cellWidget(1, 0).setText("Fondation Roi Baudouin")
    qtbot.keyClicks(t.cellWidget(1, 1), "10 000")
    t.cellWidget(1, 2).setCurrentIndex(t.cellWidget(1, 2).findData(FunderStatus.REFUSED))
    dialog.project_budget.clear()
    qtbot.keyClicks(dialog.project_budget, "85 000")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: form.active_dialog is None)
    d = records.grant_detail(db, gid)
    assert d.project_budget == D("85000.00") and d.cofinancing_rate == D("58.82")
    assert [(c.name, c.amount, c.status) for c in d.cofunders] == [
        ("Commune de Schaerbeek", D("30000.00"), FunderStatus.GRANTED),
        ("Fondation Roi Baudouin", D("10000.00"), FunderStatus.REFUSED)]


def test_cofunding_dialog_in_dutch_screenshot(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    _, _, gid = B.committed_grant(db, "50000")
    cofunding.set_cofunding(db, gid, project_budget=D("100000"),
                            funders=[("Commune de Schaerbeek", D("30000"), FunderStatus.GRANTED),
                                     ("FWB", D("10000"), FunderStatus.REQUESTED)])
    from grants.ui import translation

    translation.install("nl")
    ctx = AppContext(db, lang="nl")
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    form.resize(1280, 800)
    SCREENS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SCREENS / "forms_grant_committed_nl.png"))
    dialog = form.start("cofunding")
    assert dialog is not None and dialog.ok_button.text() == "Cofinanciering registreren"
    dialog.grab().save(str(SCREENS / "forms_cofunding_nl.png"))
    dialog.reject()


def test_grants_list_shows_the_cofinancing_columns_when_chosen(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.ui import translation
    from grants.ui.list_page import ListPage
    from grants.ui.settings import Settings
    from grants.ui.tasks import wait_idle

    _, _, gid = B.committed_grant(db, "50000")
    cofunding.set_cofunding(db, gid, project_budget=D("85000"),
                            funders=[("COCOF", D("30000"), FunderStatus.GRANTED)])
    translation.install("fr")
    ctx = AppContext(db, lang="fr")
    ctx.settings = Settings(tmp_path / "settings.ini")
    page = ListPage(ctx, "grant")
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.ensure_loaded()
    assert wait_idle()
    keys = ("nature", "project_budget", "other_funding", "cofinancing_rate")
    assert not set(keys) & set(page.visible_columns())  # the default set still fits 1280 pixels
    menu = [a.text() for a in page._columns_menu().actions()]
    assert {"Fonct./invest.", "Budget du projet", "Autres financements", "% cofinancement"} <= set(menu)
    for key in keys:
        page.set_column_visible(key, True)
    row = page.model.row_texts(0)
    assert row["nature"] == "Fonctionnement" and row["project_budget"] == "85\u202f000,00\xa0€"
    assert row["other_funding"] == "30\u202f000,00\xa0€" and row["cofinancing_rate"] == "58,82 %"
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENS / "grants_list_cofinancing_fr.png"))
