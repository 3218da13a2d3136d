"""Import with a preview: what a small workbook adds, changes and refuses, applied on confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from grants.services import records
from grants.ui.context import AppContext
from grants.ui.forms.import_dialog import ImportDialog

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def workbook(path: Path, beneficiaries: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Beneficiaries"
    ws.append(["ref", "name", "category", "bce", "iban", "commune_nis", "language"])
    for row in beneficiaries:
        ws.append(row)
    lines = wb.create_sheet("BudgetLines")
    lines.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    lines.append([2024, "33.001.00.01", "Subsides ASBL", 500000, 400000])
    wb.save(path)
    return path


def wait_preview(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)


def test_preview_then_import_on_confirmation(db, qtbot, tmp_path):
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary

    save_beneficiary(db, BeneficiaryInput(name_fr="Ancien nom", category="asbl_private", ref="ASBL-001"))
    ctx = AppContext(db, lang="en")
    path = workbook(tmp_path / "ok.xlsx", [
        ["ASBL-001", "Nouveau nom", "asbl_private", None, None, None, "fr"],
        ["ASBL-002", "Quartiers Solidaires", "asbl_private", "0403.019.261", "BE54 0000 0000 0097", "21004", "nl"],
    ])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview(path)
    wait_preview(qtbot, dialog)
    assert records.count(db, "beneficiary") == 1  # the preview saved nothing
    assert dialog.refused.rowCount() == 0
    added = {dialog.added.item(r, 2).text() for r in range(dialog.added.rowCount())}
    assert "ASBL-002" in added
    changed = [(dialog.changed.item(r, 2).text(), dialog.changed.item(r, 4).text(), dialog.changed.item(r, 5).text())
               for r in range(dialog.changed.rowCount())]
    assert any(ref == "ASBL-001" and "Ancien nom" in before and "Nouveau nom" in after for ref, before, after in changed)
    assert dialog.import_button.isEnabled()
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "forms_import_preview.png"))

    seen: list[str] = []
    ctx.data_changed.connect(seen.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20000)
    assert records.count(db, "beneficiary") == 2
    assert seen == [""]
    assert "Imported" in dialog.summary.text()


def test_refused_rows_are_listed_and_nothing_can_be_imported(db, qtbot, tmp_path):
    ctx = AppContext(db, lang="en")
    path = workbook(tmp_path / "bad.xlsx", [
        ["ASBL-010", "Bonne ASBL", "asbl_private", None, None, None, "fr"],
        ["ASBL-011", "Mauvais BCE", "asbl_private", "0403.019.262", None, None, "fr"],
        ["ASBL-012", "Mauvaise commune", "asbl_private", None, None, "99999", "fr"],
    ])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview(path)
    wait_preview(qtbot, dialog)
    rows = [[dialog.refused.item(r, c).text() for c in range(4)] for r in range(dialog.refused.rowCount())]
    assert any(sheet == "Beneficiaries" and row == "3" and col == "bce" and "0403.019.262" in why
               for sheet, row, col, why in rows), rows
    assert any(row == "4" and col == "commune_nis" for _, row, col, _ in rows), rows
    assert not dialog.import_button.isEnabled()
    assert "refused" in dialog.summary.text().lower()
    assert records.count(db, "beneficiary") == 0
    dialog.grab().save(str(SCREENS / "forms_import_refused.png"))
