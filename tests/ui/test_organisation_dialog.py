"""Settings > Organisation: shows the settings, saves them through the service, shows refusals."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from grants.services import organisation, roles
from grants.services.database import Database
from grants.ui.organisation_dialog import OrganisationDialog


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_edit_and_save(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    organisation.set_settings(db, name="safe.brussels")
    dialog = OrganisationDialog(None, db, "en")
    qtbot.addWidget(dialog)
    assert dialog.edits["name"].text() == "safe.brussels" and dialog.edits["iban"].text() == ""
    dialog.edits["iban"].setText("BE71 0961 2345 6769")
    dialog.edits["bic"].setText("gkccbebb")
    assert dialog.save()
    assert organisation.debtor_account(db) == organisation.DebtorAccount("safe.brussels", "BE71096123456769",
                                                                         "GKCCBEBB")


def test_refusals_shown_nothing_saved(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(None, db, "en")
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("safe.brussels")
    dialog.edits["iban"].setText("BE00 1234")
    assert not dialog.save()
    boxes = _boxes()
    assert len(boxes) == 1 and "IBAN" in boxes[0].informativeText() + boxes[0].text()
    for box in boxes:
        box.close()
    assert organisation.get_settings(db) == organisation.OrganisationSettings()


def test_only_an_admin_saves(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "off", "officer")
    officer = Database(db.url, user="off")
    try:
        dialog = OrganisationDialog(None, officer, "en")
        qtbot.addWidget(dialog)
        dialog.edits["name"].setText("someone else")
        assert not dialog.save()
        for box in _boxes():
            box.close()
        assert organisation.get_settings(db).name is None
    finally:
        officer.dispose()
