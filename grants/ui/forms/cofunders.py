"""The co-financed project's other funders as a table (name, amount, status): the grant's draft form
and, after the decision, the Co-financing dialog (grants.ui.forms.workflows) share it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from grants.domain.parse import ParseError
from grants.models.enums import FunderStatus

from .base import FormDialog, MoneyEdit, Problems, set_combo
from .buttons import TableButtons
from .labels import label


class CofundersEditor(QWidget):
    """The co-financed project's other funders: name, amount and status (requested, granted, refused)."""

    def __init__(self, form: FormDialog, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.lang = form.lang
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("cofunders_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Forms", "Funder"),
                                              QCoreApplication.translate("Forms", "Amount"),
                                              QCoreApplication.translate("Forms", "Status")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 110)
        self.table.setMinimumHeight(84)
        self.table.setMaximumHeight(130)
        lay.addWidget(self.table)
        # the rows are edited in place: both buttons follow the form's read-only switch alone
        # (Remove takes the current row, else the last one)
        self.buttons = TableButtons(self.table, self)
        self.add_button = self.buttons.add("add_cofunder", QCoreApplication.translate("Forms", "Add a funder"),
                                           self.add_row)
        self.remove_button = self.buttons.add("remove_cofunder",
                                              QCoreApplication.translate("Forms", "Remove the funder"), self.remove_row)
        lay.addWidget(self.buttons)

    def controls(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def add_row(self, name: str = "", amount: Decimal | None = None,
                status: FunderStatus = FunderStatus.REQUESTED) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        edit = QLineEdit(name, self.table)
        edit.setObjectName(f"cofunder_name_{r}")
        money = MoneyEdit(self.table, self.lang)
        money.setMinimumWidth(100)
        money.setObjectName(f"cofunder_amount_{r}")
        money.set_value(amount)
        combo = QComboBox(self.table)
        combo.setObjectName(f"cofunder_status_{r}")
        for st in FunderStatus:
            combo.addItem(label(st), st)
        set_combo(combo, status)
        for w in (edit, money, combo):
            self.form.watch(w)
        self.table.setCellWidget(r, 0, edit)
        self.table.setCellWidget(r, 1, money)
        self.table.setCellWidget(r, 2, combo)
        self.form.mark_dirty()
        return r

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            self.form.mark_dirty()

    def set_rows(self, rows: list[tuple[str, Decimal, FunderStatus]]) -> None:
        self.table.setRowCount(0)
        for name, amount, status in rows:
            self.add_row(name, amount, status)

    def rows(self, problems: Problems) -> list[tuple[str, Decimal, FunderStatus]]:
        """(name, amount, status) of each row; an amount that is not one goes to ``problems``."""
        out = []
        for r in range(self.table.rowCount()):
            edit, money, combo = (self.table.cellWidget(r, c) for c in range(3))
            assert isinstance(edit, QLineEdit) and isinstance(money, MoneyEdit) and isinstance(combo, QComboBox)
            try:
                amount = money.value()
            except ParseError as e:
                problems.refused("cofunders", e)
                continue
            out.append((edit.text().strip(), amount if amount is not None else Decimal("0.00"),
                        FunderStatus(combo.currentData())))
        return out
