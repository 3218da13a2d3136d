"""Settings > Organisation: the Region's name, address, account (IBAN, BIC), logo and signatories.

The work is :mod:`grants.services.organisation` (an administrator's permission, checked there;
each change in the audit trail); this dialog only shows and edits the values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grants.services import organisation


class OrganisationDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Any, lang: str | None = None, read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.db, self.lang = db, lang
        self.setWindowTitle(self.tr("Organisation settings"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"name": self.tr("Name"), "address": self.tr("Address"),
                  "iban": self.tr("IBAN (account paying the grants)"), "bic": self.tr("BIC"),
                  "logo": self.tr("Logo (image file)"), "signatories": self.tr("Signatories"),
                  "letters_folder": self.tr("Letter templates folder"),
                  "attachment_max_mb": self.tr("Attachment size limit (MB)"),
                  "pgsp_editions": self.tr("PGSP edition of years no edition covers")}
        current = dict(organisation.get_settings(db).items())
        for key in organisation.KEYS:
            edit = QLineEdit(current.get(key) or "")
            edit.setObjectName(f"setting_{key}")
            edit.setReadOnly(read_only)
            self.edits[key] = edit
            if key == "pgsp_editions":
                edit.setPlaceholderText("2025=2021-2024; 2031=2025-2030")
                edit.setToolTip(self.tr("YEAR=EDITION pairs separated by ';'; "
                                        "a year not listed takes the nearest edition"))
            if key == "logo":
                row = QHBoxLayout()
                row.addWidget(edit)
                browse = QPushButton(self.tr("Choose…"))
                browse.setEnabled(not read_only)
                browse.clicked.connect(self._choose_logo)
                row.addWidget(browse)
                form.addRow(labels[key], row)
            else:
                form.addRow(labels[key], edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close if read_only else
                                   QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), self.edits["logo"].text(),
                                              self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.edits["logo"].setText(path)

    def values(self) -> dict[str, str | None]:
        return {key: edit.text().strip() or None for key, edit in self.edits.items()}

    def save(self) -> bool:
        """Save every value in one transaction; refused values are shown and nothing is saved."""
        from grants.services.errors import RuleError

        from . import errors
        from .tasks import database_unavailable, default_on_error, perform

        db, values = self.db, self.values()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, RuleError):
                errors.show_problems(self, exc.problems, self.lang, self.tr("Organisation settings"))
            elif database_unavailable(exc) is None:
                default_on_error(self, exc)

        # off the GUI thread, announced to the open views like every other write
        if perform(self, self.tr("Organisation settings"), lambda: organisation.set_settings(db, **values),
                   changed=["organisation"], on_error=refused) is None:
            return False
        self.accept()
        return True
