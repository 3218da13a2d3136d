"""The budget line form: an allocation de base in a fiscal year with its credits (CE, CL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from grants.i18n import format_money

from .base import FormDialog, Forms, MoneyEdit, Problems, Write


class BudgetLineForm(FormDialog):
    entity = "budget_line"

    def __init__(self, ctx: Any, line_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "New budget line") if line_id is None else QCoreApplication.translate("Forms", "Budget line"))
        self.record_id = line_id
        form = self.new_form()
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year)
        self.add_field(form, "year", QCoreApplication.translate("Forms", "Fiscal year"), self.year, required=True)
        self.code = self.add_field(form, "code", QCoreApplication.translate("Forms", "Code (allocation de base)"), QLineEdit(self), required=True)
        self.code.setPlaceholderText("33.001.00.01")
        self.label_edit = self.add_field(form, "label", QCoreApplication.translate("Forms", "Label"), QLineEdit(self), required=True)
        self.ce = self.add_field(form, "commitment_credits", QCoreApplication.translate("Forms", "Commitment credits (CE)"), MoneyEdit(self, self.lang),
                                 required=True)
        self.cl = self.add_field(form, "payment_credits", QCoreApplication.translate("Forms", "Payment credits (CL)"), MoneyEdit(self, self.lang),
                                 required=True)
        self.figures_box = QGroupBox(QCoreApplication.translate("Forms", "Execution"), self)
        self.grid = QGridLayout(self.figures_box)
        self.body.addWidget(self.figures_box)
        self.figures_box.hide()
        self.save_button = self.add_button(QCoreApplication.translate("Forms", "Save"), self.save, role=QDialogButtonBox.ButtonRole.AcceptRole, name="save")
        self.save_button.setToolTip(QCoreApplication.translate("Forms", "Ctrl+S"))
        self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole, edit=False, name="close")
        if line_id is not None:
            self.load()
        self.setMinimumWidth(560)
        self.finish()

    def load(self) -> None:
        from grants.services.records import budget_line_detail

        b = budget_line_detail(self.ctx.db, self.record_id)
        with self.loading():
            self.year.setValue(b.year)
            self.code.setText(b.code)
            self.label_edit.setText(b.label)
            self.ce.set_value(b.commitment_credits)
            self.cl.set_value(b.payment_credits)
        self.title_label.setText(f"{b.code} · {b.label}")
        self.subtitle_label.setText(Forms.tr("Fiscal year {year} · %n grant(s)", None, b.grants).format(year=b.year))
        self.setWindowTitle(f"{QCoreApplication.translate('Forms', 'Budget line')} {b.code} ({b.year})")
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            w.hide()
            w.deleteLater()
        rows = [(QCoreApplication.translate("Forms", "Reserved by grants"), b.reserved), (QCoreApplication.translate("Forms", "Committed"), b.committed),
                (QCoreApplication.translate("Forms", "Commitment credits available"), b.available_ce),
                (QCoreApplication.translate("Forms", "Paid in the year"), b.paid), (QCoreApplication.translate("Forms", "To approve in the year"), b.to_approve),
                (QCoreApplication.translate("Forms", "Payment credits available"), b.available_cl)]
        for r, (k, v) in enumerate(rows):
            key, val = QLabel(k, self.figures_box), QLabel(format_money(v, self.lang), self.figures_box)
            val.setObjectName(f"figure_{r}")
            val.setStyleSheet("font-weight: bold;" if v >= 0 else "font-weight: bold; color: #b3261e;")
            self.grid.addWidget(key, r, 0)
            self.grid.addWidget(val, r, 1)
            key.show()
            val.show()
        self.figures_box.show()
        self.dirty = False

    def submit(self) -> Write:
        from grants.services.budget import save_budget_line

        p = Problems()
        code = p.text("code", self.code, required=True)
        label = p.text("label", self.label_edit, required=True)
        ce = p.money("commitment_credits", self.ce, required=True)
        cl = p.money("payment_credits", self.cl, required=True)
        p.raise_if_any()
        db, year, rid = self.ctx.db, self.year.value(), self.record_id
        return lambda: save_budget_line(db, year, code, label, ce, cl, rid)  # type: ignore[arg-type]

    def after_save(self, result: Any) -> None:
        self.load()
