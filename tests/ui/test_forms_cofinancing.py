"""The grant form's co-financing fields (issue 12 item 8): nature (operating/investment, from the
budget line's economic class by default), the project's total budget and the other funders; a
subsidy above the budget minus the other funders is refused under the amount, nothing saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grants.models import FunderStatus, GrantNature
from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms import open_record

LEFT = Qt.MouseButton.LeftButton
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


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
    save_budget_line(db, 2024, "25.002.33.00", "Subsides aux ASBL (fonctionnement)", Decimal("500000"), Decimal("400000"))
    save_budget_line(db, 2024, "25.002.52.10", "Subsides d'investissement aux ASBL", Decimal("500000"), Decimal("400000"))
    return AppContext(db, lang="en")


def _fill(qtbot, form, line_code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.beneficiary.lineEdit(), "Quartiers")
    form.budget_line.setCurrentIndex(next(i for i in range(form.budget_line.count())
                                          if line_code in form.budget_line.itemText(i)))
    qtbot.keyClicks(form.title_edit, "Renovation of the community centre")
    qtbot.keyClicks(form.amount, "70 000,00")


def test_cofunders_and_nature_in_the_draft(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    form = open_record(ctx, "grant", None)
    qtbot.addWidget(form)
    _fill(qtbot, form, "25.002.52.10")
    assert form.nature.currentData() == GrantNature.INVESTMENT  # 52.10: a capital transfer
    qtbot.keyClicks(form.project_budget, "100 000")
    qtbot.mouseClick(form.cofunders.add_button, LEFT)
    qtbot.mouseClick(form.cofunders.add_button, LEFT)
    t = form.cofunders.table
    qtbot.keyClicks(t.cellWidget(0, 0), "Commune de Schaerbeek")
    qtbot.keyClicks(t.cellWidget(0, 1), "20 000")
    t.cellWidget(0, 2).setCurrentIndex(t.cellWidget(0, 2).findData(FunderStatus.GRANTED))
    t.cellWidget(1, 0).setText("Fédération Wallonie-Bruxelles")  # QTest types ASCII only
    qtbot.keyClicks(t.cellWidget(1, 1), "15 000")
    qtbot.mouseClick(form.save_button, LEFT)
    problems = form.problem_texts()
    assert "amount" in problems and "€65,000.00" in problems["amount"] and "€35,000.00" in problems["amount"]
    assert records.count(ctx.db, "grant") == 0
    # a typo in a funder's amount is shown under the table, nothing saved
    t.cellWidget(1, 1).setText("15.000")
    qtbot.mouseClick(form.save_button, LEFT)
    assert "cofunders" in form.problem_texts() and records.count(ctx.db, "grant") == 0
    t.cellWidget(1, 1).setText("15000")
    t.cellWidget(1, 2).setCurrentIndex(t.cellWidget(1, 2).findData(FunderStatus.REFUSED))  # does not count
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.problem_texts() == {}
    d = form.detail
    assert d.nature == GrantNature.INVESTMENT and d.project_budget == Decimal("100000.00")
    assert [(c.name, c.amount, c.status) for c in d.cofunders] == [
        ("Commune de Schaerbeek", Decimal("20000.00"), FunderStatus.GRANTED),
        ("Fédération Wallonie-Bruxelles", Decimal("15000.00"), FunderStatus.REFUSED)]
    # the draft reopens with its values; the officer may say operating on an investment line
    again = open_record(ctx, "grant", d.id)
    qtbot.addWidget(again)
    assert again.nature.currentData() == GrantNature.INVESTMENT
    assert again.project_budget.text() == "100,000.00" and again.cofunders.table.rowCount() == 2
    again.nature.setCurrentIndex(again.nature.findData(GrantNature.OPERATING))
    again.cofunders.table.selectRow(1)
    qtbot.mouseClick(again.cofunders.remove_button, LEFT)
    qtbot.mouseClick(again.save_button, LEFT)
    assert again.problem_texts() == {}
    d = records.grant_detail(ctx.db, d.id)
    assert d.nature == GrantNature.OPERATING and [c.name for c in d.cofunders] == ["Commune de Schaerbeek"]
    assert d.cofinancing_rate == Decimal("70.00")
    SCREENS.mkdir(parents=True, exist_ok=True)
    again.grab().save(str(SCREENS / "forms_grant_cofinancing.png"))


def test_operating_line_gives_operating_and_the_view_shows_cofinancing(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    form = open_record(ctx, "grant", None)
    qtbot.addWidget(form)
    _fill(qtbot, form, "25.002.33.00")
    assert form.nature.currentData() == GrantNature.OPERATING
    qtbot.keyClicks(form.project_budget, "140 000")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.problem_texts() == {}
    gid = form.detail.id
    with ctx.db.transaction() as s:  # decided (the view replaces the draft form)
        from grants.models import Grant

        g = s.get(Grant, gid)
        g.status, g.decision_ref, g.decision_date = "decided", "AR-1", dt.date(2024, 3, 1)
    form.load()  # the decided grant: its record view
    view = form
    assert view.view_box.isVisibleTo(view)
    texts = [view.facts.itemAt(i).widget().text() for i in range(view.facts.count())]
    assert "Operating" in texts and any("€140,000.00" in x and "50.00 %" in x for x in texts)
