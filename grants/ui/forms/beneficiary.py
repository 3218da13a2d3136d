"""The beneficiary form: identity, enterprise number (BCE/KBO), IBAN, commune, language, contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from grants.models.enums import Category, Language

from .base import FormDialog, Problems, Write, read_table, section, set_combo
from .labels import label


class BeneficiaryForm(FormDialog):
    entity = "beneficiary"
    aliases = {"ref": "ref"}

    def __init__(self, ctx: Any, beneficiary_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "New beneficiary") if beneficiary_id is None else QCoreApplication.translate("Forms", "Beneficiary"))
        from grants.services import records

        self.record_id = beneficiary_id
        self.version: int | None = None  # the version loaded: a save over a colleague's newer one is refused
        form = self.new_form()
        self.ref = self.add_field(form, "ref", QCoreApplication.translate("Forms", "Reference"), QLineEdit(self),
                                  help=QCoreApplication.translate("Forms", "Left empty, a reference is given (B-00001)"))
        self.name_fr = self.add_field(form, "name_fr", QCoreApplication.translate("Forms", "Name (French)"), QLineEdit(self), required=True)
        self.name_nl = self.add_field(form, "name_nl", QCoreApplication.translate("Forms", "Name (Dutch)"), QLineEdit(self),
                                      help=QCoreApplication.translate("Forms", "Left empty, the French name is used"))
        self.category = QComboBox(self)
        for c in Category:
            self.category.addItem(label(c), c.value)
        self.add_field(form, "category", QCoreApplication.translate("Forms", "Category"), self.category, required=True)
        self.bce = self.add_field(form, "bce", QCoreApplication.translate("Forms", "Enterprise number (BCE/KBO)"), QLineEdit(self),
                                  help=QCoreApplication.translate("Forms", "10 digits, for example 0403.019.261"))
        self.bce.setPlaceholderText("0403.019.261")
        self.iban = self.add_field(form, "iban", QCoreApplication.translate("Forms", "Bank account (IBAN)"), QLineEdit(self))
        self.iban.setPlaceholderText("BE54 0000 0000 0097")
        self.bic = self.add_field(form, "bic", QCoreApplication.translate("Forms", "BIC"), QLineEdit(self))
        self.commune = QComboBox(self)
        self.commune.addItem("—", None)
        for c in records.commune_options(ctx.db):
            self.commune.addItem(f"{c.name(self.lang)} ({c.code})", c.code)
        self.add_field(form, "commune_nis", QCoreApplication.translate("Forms", "Commune"), self.commune)
        self.zone = QComboBox(self)
        self.zone.addItem("—", None)
        for z in records.police_zone_options(ctx.db):
            self.zone.addItem(f"{z.code} {z.name(self.lang)}", int(z.code))
        self.add_field(form, "police_zone_code", QCoreApplication.translate("Forms", "Police zone"), self.zone)
        self.language = QComboBox(self)
        for lang in Language:
            self.language.addItem(label(lang.value), lang.value)
        self.add_field(form, "language", QCoreApplication.translate("Forms", "Language of correspondence"), self.language)
        self.address = self.add_field(form, "address", QCoreApplication.translate("Forms", "Address"), QLineEdit(self))

        self.body.addWidget(section(QCoreApplication.translate("Forms", "Contacts"), self))
        self.contacts: QTableWidget = read_table([QCoreApplication.translate("Forms", "Name"), QCoreApplication.translate("Forms", "Function"), QCoreApplication.translate("Forms", "E-mail"), QCoreApplication.translate("Forms", "Phone")], self)
        self.contacts.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        self.contacts.setMinimumHeight(110)
        self.contacts.setObjectName("contacts")
        self.contacts.itemChanged.connect(self.mark_dirty)
        self.edit_controls.append(self.contacts)
        self.body.addWidget(self.contacts)
        self.body.addWidget(self.add_error_place("contacts", self.contacts))
        row = QHBoxLayout()
        self.add_contact_button = QPushButton(QCoreApplication.translate("Forms", "Add a contact"), self)
        self.add_contact_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+N"))
        self.add_contact_button.clicked.connect(self.new_item)
        self.remove_contact_button = QPushButton(QCoreApplication.translate("Forms", "Remove the contact"), self)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        row.addWidget(self.add_contact_button)
        row.addWidget(self.remove_contact_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.edit_controls += [self.add_contact_button, self.remove_contact_button]

        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save"), self.save, role=QDialogButtonBox.ButtonRole.AcceptRole, name="save")
        self.save_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+S"))
        self.close_button = self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole,
                                            edit=False, name="close")
        if beneficiary_id is not None:
            self.load()
        else:
            self.category.setCurrentIndex(self.category.findData(Category.ASBL_PRIVATE.value))
        self.setMinimumWidth(620)
        self.finish()

    def load(self) -> None:
        from grants.services.beneficiaries import get_beneficiary
        from grants.services.validators import format_bce, format_iban

        b = get_beneficiary(self.ctx.db, self.record_id)
        self.version = b.version
        with self.loading():
            self.ref.setText(b.ref)
            self.ref.setReadOnly(True)
            self.name_fr.setText(b.name_fr)
            self.name_nl.setText(b.name_nl if b.name_nl != b.name_fr else "")
            set_combo(self.category, b.category.value)
            self.bce.setText(format_bce(b.bce))
            self.iban.setText(format_iban(b.iban))
            self.bic.setText(b.bic or "")
            set_combo(self.commune, b.commune_nis)
            set_combo(self.zone, b.police_zone_code)
            set_combo(self.language, b.language.value)
            self.address.setText(b.address or "")
            self.contacts.setRowCount(0)
            for c in b.contacts:
                self._append_contact(c.name, c.function, c.email, c.phone)
        self.title_label.setText(b.name_nl if self.lang == "nl" and b.name_nl else b.name_fr)
        self.subtitle_label.setText(f"{b.ref} · {label(b.category)}")
        self.setWindowTitle(f"{QCoreApplication.translate('Forms', 'Beneficiary')} {b.ref}")
        self.dirty = False

    def _append_contact(self, *values: str | None) -> int:
        r = self.contacts.rowCount()
        self.contacts.insertRow(r)
        for col, v in enumerate(values):
            self.contacts.setItem(r, col, QTableWidgetItem(v or ""))
        return r

    def new_item(self) -> None:
        if self.read_only:
            return
        r = self._append_contact("", "", "", "")
        self.contacts.setCurrentCell(r, 0)
        self.contacts.setFocus()
        self.contacts.editItem(self.contacts.item(r, 0))
        self.mark_dirty()

    def remove_contact(self) -> None:
        r = self.contacts.currentRow()
        if r >= 0 and not self.read_only:
            self.contacts.removeRow(r)
            self.mark_dirty()

    def submit(self) -> Write:
        from grants.services.beneficiaries import BeneficiaryInput, ContactInput, save_beneficiary

        p = Problems()
        name_fr = p.text("name_fr", self.name_fr, required=True)
        p.raise_if_any()
        contacts = []
        for r in range(self.contacts.rowCount()):
            cells = [(self.contacts.item(r, c).text().strip() if self.contacts.item(r, c) else "") for c in range(4)]
            if any(cells):
                contacts.append(ContactInput(cells[0], cells[1] or None, cells[2] or None, cells[3] or None))
        data = BeneficiaryInput(
            name_fr=name_fr, category=self.category.currentData(), name_nl=self.name_nl.text().strip() or None,
            bce=self.bce.text().strip() or None, iban=self.iban.text().strip() or None,
            bic=self.bic.text().strip() or None, commune_nis=self.commune.currentData(),
            police_zone_code=self.zone.currentData(), language=self.language.currentData(),
            address=self.address.text().strip() or None,
            ref=(self.ref.text().strip() or None) if self.record_id is None else None, contacts=contacts,
            version=self.version if self.record_id is not None else None)
        db, rid = self.ctx.db, self.record_id
        return lambda: save_beneficiary(db, data, rid)

    def after_save(self, result: Any) -> None:
        self.load()
