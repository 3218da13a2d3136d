"""The budget lines page's budget regime bar (issue 12 item 4): which fiscal years are provisional
(no budget voted: commitments by twelfths) and, for finance and admin, "Budget regime…" to mark a
year provisional or voted (``budget.set_provisional``, audited). Read in the task runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from .forms.base import ActionDialog, Write


class BudgetYearDialog(ActionDialog):
    """Mark a fiscal year provisional (twelfths) or voted, with a note."""

    entity = "budget_line"

    def __init__(self, ctx: Any, regimes: Any, year: int, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("BudgetYears", "Budget regime of a year"),
                         action_text=QCoreApplication.translate("BudgetYears", "Save the regime"),
                         explanation=QCoreApplication.translate(
                             "BudgetYears", "While no budget is voted, the year is provisional: commitments on each "
                                            "line reach at most month/12 of the previous year's commitment credits of "
                                            "the same code by the end of the month."))
        self.regimes = regimes
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.add_field(self.form, "year", QCoreApplication.translate("BudgetYears", "Fiscal year"), self.year,
                       required=True)
        self.provisional = QCheckBox(
            QCoreApplication.translate("BudgetYears", "Provisional: no budget voted (twelfths)"), self)
        self.add_field(self.form, "provisional", QCoreApplication.translate("BudgetYears", "Regime"),
                       self.provisional)
        self.note = self.add_field(self.form, "note", QCoreApplication.translate("BudgetYears", "Note"),
                                   QLineEdit(self))
        self.note.setPlaceholderText(QCoreApplication.translate("BudgetYears", "e.g. budget not voted on 1 January"))
        self.year.valueChanged.connect(self._show_year)
        self._show_year(year)
        self.finish()

    def _show_year(self, year: int) -> None:
        regime = self.regimes.of(year)
        with self.loading():
            self.provisional.setChecked(regime.provisional)
            self.note.setText(regime.note or "")
        self.dirty = False

    def submit(self) -> Write:
        from grants.services.budget import set_provisional

        db, year, provisional, note = self.ctx.db, self.year.value(), self.provisional.isChecked(), self.note.text()

        def work() -> int:
            set_provisional(db, year, provisional, note)
            return int(year)
        return work


class BudgetYearsBar(QWidget):
    """"Provisional years (twelfths): 2025 · voted: 2024, 2023" and, for finance and admin, "Budget regime…"."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("budgetYears")
        self.regimes: Any = None
        self.active_dialog: BudgetYearDialog | None = None
        self._generation = 0
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("budgetYearsLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("budgetRegime")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda _=False: self.edit())
        self.button.hide()
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.retranslate()

    def reload(self) -> None:
        from shiboken6 import isValid

        from grants.services.regimes import regimes

        from .tasks import load_in_background

        self._generation += 1
        generation, db = self._generation, self.ctx.db

        def done(result: Any) -> None:
            if generation == self._generation and isValid(self):
                self.show_regimes(result)

        load_in_background(self, lambda: regimes(db), done)

    def show_regimes(self, regimes: Any) -> None:
        self.regimes = regimes
        provisional = [str(y.year) for y in regimes.years if y.provisional]
        voted = [str(y.year) for y in regimes.years if not y.provisional]
        parts = []
        if provisional:
            parts.append("<b style='color:#8a5a00'>" + QCoreApplication.translate(
                "BudgetYears", "Provisional years (twelfths): %1").replace("%1", ", ".join(provisional)) + "</b>")
        if voted:
            parts.append(QCoreApplication.translate("BudgetYears", "Budget voted: %1").replace("%1", ", ".join(voted)))
        self.label.setText(" · ".join(parts))
        notes = [f"{y.year}: {y.note}" for y in regimes.years if y.provisional and y.note]
        self.label.setToolTip("\n".join(notes))
        self.button.setVisible(regimes.can_set)

    def edit(self, year: int | None = None) -> BudgetYearDialog | None:
        if self.regimes is None or not self.regimes.can_set:
            return None
        if year is None:
            year = self.regimes.years[0].year if self.regimes.years else 2024
        dialog = BudgetYearDialog(self.ctx, self.regimes, year, self)
        dialog.finished.connect(lambda *_: self._done())
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.active_dialog = None
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("BudgetYears", "Budget regime…"))
        if self.regimes is not None:
            self.show_regimes(self.regimes)
