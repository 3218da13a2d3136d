"""Amounts, shares and dates typed into a real form: what the user sees (grants.domain.parse).

The grant form is driven with the keyboard (qtbot): an ambiguous ``2.000`` is refused under the
field with both readings and nothing is saved; what is accepted is shown back in the user's
format when the field is left; a share is never rounded; an impossible date is refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms import open_record

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def _data(db) -> None:  # type: ignore[no-untyped-def]
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
    from grants.services.budget import save_budget_line

    save_beneficiary(db, BeneficiaryInput(name_fr="ASBL Quartiers Solidaires", name_nl="vzw Solidaire Wijken",
                                          category="asbl_private", bce="0403.019.261", iban="BE54000000000097"))
    save_budget_line(db, 2024, "33.001.00.01", "Subsides aux ASBL (prévention)", Decimal("500000"), Decimal("400000"))


@pytest.fixture
def ctx(db):  # type: ignore[no-untyped-def]
    _data(db)
    return AppContext(db, lang="en")


@pytest.fixture
def ctx_fr(db):  # type: ignore[no-untyped-def]
    _data(db)
    return AppContext(db, lang="fr")


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    target = getattr(widget, "line", widget)
    target.setFocus()
    target.selectAll()
    target.clear()
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:  # QTest types Latin-1 only: a narrow no-break space comes pasted
        target.insert(text)
        return
    qtbot.keyClicks(target, text)


def leave(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """The user leaves the field (Tab): it is reformatted when what was typed is accepted."""
    target = getattr(widget, "line", widget)
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    target.editingFinished.emit()  # offscreen focus changes are not always delivered


def new_draft(qtbot, ctx):  # type: ignore[no-untyped-def]
    form = open_record(ctx, "grant", None)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.beneficiary.lineEdit(), "Quartiers")
    qtbot.keyClick(form.budget_line, Qt.Key.Key_Down)
    qtbot.keyClicks(form.title_edit, "Street mediation in Anneessens")
    type_into(qtbot, form.period_start, "01/01/2024")
    type_into(qtbot, form.period_end, "31/12/2024")
    qtbot.mouseClick(form.measures.add_button, LEFT)
    combo = form.measures.table.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData("1.4"))
    return form


def save(qtbot, form) -> dict[str, str]:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.save_button, LEFT)
    return form.problem_texts()


@pytest.mark.parametrize(("typed", "thousands", "decimals"), [
    ("2.000", "€2,000.00", "€2.00"),
    ("150,000", "€150,000.00", "€150.00"),
    ("75.000", "€75,000.00", "€75.00"),
])
def test_an_ambiguous_amount_is_refused_under_the_field_with_both_readings(
        qtbot, ctx, typed: str, thousands: str, decimals: str) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx)
    type_into(qtbot, form.amount, typed)
    leave(qtbot, form.amount)
    assert form.amount.text() == typed  # not reformatted: it was not read
    problems = save(qtbot, form)
    assert list(problems) == ["amount"], problems
    assert problems["amount"].startswith(f"Amount: {typed} is ambiguous")
    assert thousands in problems["amount"] and decimals in problems["amount"]
    assert records.count(ctx.db, "grant") == 0
    # the user writes the cents: accepted, shown back in the user's format, saved as meant
    type_into(qtbot, form.amount, typed + ",00" if "." in typed else typed + ".00")
    leave(qtbot, form.amount)
    assert form.amount.text() == thousands.removeprefix("€")
    assert save(qtbot, form) == {}
    assert form.detail.figures.amount == Decimal(thousands.removeprefix("€").replace(",", ""))


@pytest.mark.parametrize(("typed", "shown", "saved"), [
    ("1 234,56", "1,234.56", "1234.56"),
    ("1.234,56", "1,234.56", "1234.56"),
    ("1,234.56", "1,234.56", "1234.56"),
    ("1234.56", "1,234.56", "1234.56"),
    ("1234,56", "1,234.56", "1234.56"),
    ("1\u00a0234,56", "1,234.56", "1234.56"),
    ("1\u202f234,56 €", "1,234.56", "1234.56"),
    ("€2000", "2,000.00", "2000.00"),
])
def test_amounts_typed_the_usual_ways_are_read_as_meant(qtbot, ctx, typed: str, shown: str, saved: str) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx)
    type_into(qtbot, form.amount, typed)
    assert form.amount.text() == typed
    leave(qtbot, form.amount)
    assert form.amount.text() == shown
    assert save(qtbot, form) == {}
    assert form.detail.figures.amount == Decimal(saved)


@pytest.mark.parametrize(("typed", "message"), [
    ("1 234,567", "Amount: 1 234,567 has more than 2 decimals (it is never rounded)"),
    ("-500", "Amount: -500 must not be negative"),
    ("abc", "Amount: abc is not an amount in euro"),
])
def test_amounts_refused_are_explained_and_never_rounded(qtbot, ctx, typed: str, message: str) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx)
    type_into(qtbot, form.amount, typed)
    leave(qtbot, form.amount)
    assert form.amount.text() == typed
    problems = save(qtbot, form)
    assert problems["amount"].startswith(message), problems
    assert records.count(ctx.db, "grant") == 0


def test_a_share_is_never_rounded(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx)
    type_into(qtbot, form.amount, "20 000")
    type_into(qtbot, form.advance_share, "50.001")
    assert form.advance_share.text() == "50.001"  # a spin box would have stopped at 50.00
    share = form.measures.table.cellWidget(0, 1)
    type_into(qtbot, share, "33,333")
    problems = save(qtbot, form)
    assert problems["advance_share"].startswith("Share: 50.001 has more than 2 decimals"), problems
    assert problems["measures"].startswith("Share: 33,333 has more than 2 decimals"), problems
    assert records.count(ctx.db, "grant") == 0
    type_into(qtbot, form.advance_share, "75,5")
    leave(qtbot, form.advance_share)
    assert form.advance_share.text() == "75.50 %"
    type_into(qtbot, share, "100")
    assert "100.00" in form.measures.total.text()
    assert save(qtbot, form) == {}
    assert form.detail.advance_share == Decimal("75.50")


def test_an_impossible_date_is_refused(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx)
    type_into(qtbot, form.amount, "20 000")
    type_into(qtbot, form.period_start, "31/02/2024")
    type_into(qtbot, form.deadline, "31.03.2025")
    leave(qtbot, form.deadline)
    assert form.deadline.text() == "31/03/2025"
    problems = save(qtbot, form)
    assert problems == {"period_start": "Date: 31/02/2024 does not exist in the calendar"}
    type_into(qtbot, form.period_start, "2024-01-01")
    assert save(qtbot, form) == {}
    assert str(form.detail.period_start) == "2024-01-01"


def test_a_french_user_sees_the_refusal_in_french_with_belgian_amounts(qtbot, ctx_fr) -> None:  # type: ignore[no-untyped-def]
    form = new_draft(qtbot, ctx_fr)
    type_into(qtbot, form.amount, "2.000")
    problems = save(qtbot, form)
    assert problems["amount"].startswith("Montant\u00a0: 2.000 est ambigu, il peut se lire 2\u202f000,00\u00a0€ ou 2,00\u00a0€")
    type_into(qtbot, form.amount, "2.000,00")
    leave(qtbot, form.amount)
    assert form.amount.text() == "2\u202f000,00"
    assert save(qtbot, form) == {}
