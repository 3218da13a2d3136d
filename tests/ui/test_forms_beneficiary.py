"""The beneficiary form: a bad enterprise number is shown next to its field and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms import open_record

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    """A form left dirty at teardown would ask Save/Discard in a modal box nobody answers."""
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


@pytest.fixture
def ctx(db, qtbot):  # type: ignore[no-untyped-def]
    return AppContext(db, lang="en")


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts reach the active window only."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def test_bad_enterprise_number_shows_message_next_to_field_and_saves_nothing(ctx, qtbot):
    form = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(form)
    before = records.count(ctx.db, "beneficiary")
    changed: list[str] = []
    ctx.data_changed.connect(changed.append)

    qtbot.keyClicks(form.name_fr, "ASBL Quartiers Solidaires")
    qtbot.keyClicks(form.bce, "0403.019.262")  # wrong modulo-97 key
    qtbot.keyClicks(form.iban, "BE54 0000 0000 0097")
    assert form.dirty
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    shown = form.problem_texts()
    assert "bce" in shown and "0403.019.262" in shown["bce"] and "enterprise number" in shown["bce"].lower()
    assert form.fields["bce"].error.isVisible()
    assert set(shown) == {"bce"}  # the IBAN is fine, nothing else is blamed
    assert records.count(ctx.db, "beneficiary") == before
    assert changed == []
    assert form.dirty  # still unsaved
    SCREENS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SCREENS / "forms_beneficiary_bad_bce.png"))

    # corrected, it saves, once
    form.bce.clear()
    qtbot.keyClicks(form.bce, "0403.019.261")
    activate(qtbot, form)
    qtbot.keyClick(form.bce, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert form.problem_texts() == {}
    assert records.count(ctx.db, "beneficiary") == before + 1
    assert changed == ["beneficiary"]
    assert form.ref.text().startswith("B-") and form.ref.isReadOnly()
    assert not form.dirty


def test_contacts_and_unsaved_changes_prompt(ctx, qtbot):
    form = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name_fr, "Commune test")
    activate(qtbot, form)
    qtbot.keyClick(form.name_fr, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a contact
    assert form.contacts.rowCount() == 1
    form.contacts.item(0, 0).setText("Marie Dupont")
    form.contacts.item(0, 2).setText("marie@example.be")
    asked: list[str] = []
    form.ask_unsaved = lambda: asked.append("asked") or "cancel"  # type: ignore[method-assign]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["asked"] and form.isVisible()  # Cancel: stays open
    form.ask_unsaved = lambda: "save"  # type: ignore[method-assign]
    form.reject()
    assert not form.isVisible()
    bid = form.record_id
    from grants.services.beneficiaries import get_beneficiary

    b = get_beneficiary(ctx.db, bid)
    assert [c.name for c in b.contacts] == ["Marie Dupont"] and b.contacts[0].email == "marie@example.be"


def test_read_only_beneficiary_form_disables_every_edit(db, qtbot):
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
    from grants.services.database import Database
    from grants.ui.forms.base import is_editable

    bid = save_beneficiary(db, BeneficiaryInput(name_fr="ASBL Lecture", category="asbl_private"))
    ro = Database(db.url, read_only=True, user="auditor")
    ctx = AppContext(ro, lang="en")
    form = open_record(ctx, "beneficiary", bid)
    qtbot.addWidget(form)
    assert form.banner.isVisible()
    assert form.name_fr.text() == "ASBL Lecture"
    assert not any(is_editable(w) for w in form.edit_controls)
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ro.dispose()
