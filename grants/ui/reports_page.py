"""The Reports screen: every export with its options, run off the GUI thread behind a cancellable
progress dialog, then the file is opened.

Views hold layout; the work is ``grants.reports.exports`` / ``grants.services.sepa`` (plain
functions taking the database and ``progress``). Nothing here touches SQL.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .tasks import Progress, run_in_background


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1990, 2100)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    box.setMinimumWidth(80)
    return box


def reporting_years(db: Any) -> list[int]:
    from grants.services.reporting import grant_years

    return grant_years(db)


class ReportsPage(QWidget):
    """``ReportsPage(ctx, parent=None)``; ``exported(path)`` is emitted after each written file."""

    exported = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_path: Path | None = None
        self.task: Any = None
        year = dt.date.today().year
        self._lang_boxes: list[tuple[QComboBox, bool]] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1F4E79;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #595959;")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        layout.addLayout(grid)

        # Excel
        self.budget_box, form = self._group()
        self.budget_from, self.budget_to = _year_box(year - 1), _year_box(year)
        self.budget_lang = self._lang_combo()
        self.budget_from_label, self.budget_to_label, self.budget_lang_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.budget_from_label, self.budget_from)
        form.addRow(self.budget_to_label, self.budget_to)
        form.addRow(self.budget_lang_label, self.budget_lang)
        self.budget_button = self._button(form, self.export_budget)
        grid.addWidget(self.budget_box, 0, 0)

        self.grants_box, form = self._group()
        self.grants_year = _year_box(year)
        self.grants_lang = self._lang_combo()
        self.grants_year_label, self.grants_lang_label = QLabel(), QLabel()
        form.addRow(self.grants_year_label, self.grants_year)
        form.addRow(self.grants_lang_label, self.grants_lang)
        self.grants_button = self._button(form, self.export_grants)
        grid.addWidget(self.grants_box, 0, 1)

        # statements
        self.statement_box, form = self._group()
        self.statement_beneficiary = QComboBox()
        self.statement_beneficiary.setEditable(True)
        self.statement_beneficiary.setMinimumWidth(260)
        self.statement_year = _year_box(year)
        self.statement_lang = self._lang_combo(auto=True)
        self.statement_beneficiary_label, self.statement_year_label = QLabel(), QLabel()
        self.statement_lang_label = QLabel()
        form.addRow(self.statement_beneficiary_label, self.statement_beneficiary)
        form.addRow(self.statement_year_label, self.statement_year)
        form.addRow(self.statement_lang_label, self.statement_lang)
        self.statement_button = self._button(form, self.export_statement)
        self.statements_button = self._button(form, self.export_statements)
        grid.addWidget(self.statement_box, 1, 0)

        # payments
        self.sepa_box, form = self._group()
        self.sepa_info = QLabel()
        self.sepa_info.setWordWrap(True)
        form.addRow(self.sepa_info)
        self.sepa_button = self._button(form, self.export_sepa)
        grid.addWidget(self.sepa_box, 3, 0, 1, 2)  # its sentence and button across the page

        # call and PGSP annex
        self.call_box, form = self._group()
        self.call_programme = QComboBox()
        self.call_programme.setMinimumWidth(260)
        self.call_programme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.call_lang = self._lang_combo()
        self.call_programme_label, self.call_lang_label = QLabel(), QLabel()
        form.addRow(self.call_programme_label, self.call_programme)
        form.addRow(self.call_lang_label, self.call_lang)
        self.call_button = self._button(form, self.export_call)
        grid.addWidget(self.call_box, 2, 0, 1, 2)  # across the page: programme titles are long

        self.pgsp_box, form = self._group()
        self.pgsp_year = _year_box(year)
        self.pgsp_lang = self._lang_combo()
        self.pgsp_year_label, self.pgsp_lang_label = QLabel(), QLabel()
        form.addRow(self.pgsp_year_label, self.pgsp_year)
        form.addRow(self.pgsp_lang_label, self.pgsp_lang)
        self.pgsp_button = self._button(form, self.export_pgsp)
        grid.addWidget(self.pgsp_box, 1, 1)

        self.open_after = QCheckBox()
        self.open_after.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.open_after)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._generation = 0
        self._busy = False
        self._years_wanted = False
        self.retranslate()
        self.reload(years=True)  # in the task runner; the years start on the latest with grants
        ctx.changed.connect(lambda _entity: self.reload())
        ctx.language_changed.connect(lambda _lang: self.retranslate())

    # -- layout helpers ----------------------------------------------------------------------
    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return box, form

    def _button(self, form: QFormLayout, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        form.addRow(row)
        return button

    def _lang_combo(self, auto: bool = False) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._lang_boxes.append((box, auto))
        return box

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.intro.setText(self.tr("Workbooks for finance, statements for beneficiaries and the payment file for "
                                   "the bank. Figures come straight from the database, exact to the cent."))
        self.budget_box.setTitle(self.tr("Budget tables (Excel)"))
        self.budget_from_label.setText(self.tr("From year"))
        self.budget_to_label.setText(self.tr("To year"))
        self.grants_box.setTitle(self.tr("List of grants (Excel)"))
        self.statement_box.setTitle(self.tr("Beneficiary statements (PDF)"))
        self.statement_beneficiary_label.setText(self.tr("Beneficiary"))
        self.sepa_box.setTitle(self.tr("Payment file for the bank (SEPA)"))
        self.call_box.setTitle(self.tr("Call for projects (PDF)"))
        self.call_programme_label.setText(self.tr("Programme"))
        self.pgsp_box.setTitle(self.tr("PGSP annex (PDF)"))
        for label in (self.grants_year_label, self.statement_year_label, self.pgsp_year_label):
            label.setText(self.tr("Year"))
        for label in (self.budget_lang_label, self.grants_lang_label, self.statement_lang_label,
                      self.call_lang_label, self.pgsp_lang_label):
            label.setText(self.tr("Headings in"))
        for button in (self.budget_button, self.grants_button, self.call_button, self.pgsp_button):
            button.setText(self.tr("Export…"))
        self.statement_button.setText(self.tr("This beneficiary…"))
        self.statements_button.setText(self.tr("All beneficiaries of the year…"))
        self.sepa_button.setText(self.tr("Create the payment file…"))
        self.open_after.setText(self.tr("Open the file when it is written"))
        for box, auto in self._lang_boxes:
            current = box.currentData() or (None if auto else getattr(self.ctx, "lang", "fr"))
            box.clear()
            if auto:
                box.addItem(self.tr("Each beneficiary's language"), "auto")
            box.addItem(self.tr("French"), "fr")
            box.addItem(self.tr("Dutch"), "nl")
            box.addItem(self.tr("English"), "en")
            index = box.findData(current or "auto")
            box.setCurrentIndex(max(index, 0))
        self._show_sepa_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._busy

    def reload(self, years: bool = False) -> None:
        """Refresh the choices (beneficiaries, programmes) and the payments waiting for the bank,
        read in the task runner; a late answer of an earlier reload is dropped."""
        from .tasks import default_on_error, load_in_background

        db = self.ctx.db
        self._generation += 1
        generation = self._generation
        self._busy = True
        # a reload that overtakes the first one still brings the years the first one was asked for
        years = self._years_wanted = self._years_wanted or years

        def work() -> Any:
            from grants.services import reporting, sepa

            try:
                pending = sepa.pending_transfers(db)
            except Exception:  # noqa: BLE001 - an old schema must not break the whole screen
                pending = []
            return (reporting.beneficiary_choices(db), reporting.programme_choices(db), pending,
                    reporting_years(db) if years else None)

        def done(result: Any) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                if result[-1] is not None:
                    self._years_wanted = False
                self._show_loaded(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    def _show_loaded(self, beneficiaries: list[Any], programmes: list[Any], pending: list[Any],
                     years: list[int] | None) -> None:
        self._fill(self.statement_beneficiary, beneficiaries)
        self._fill(self.call_programme, programmes)
        self._pending = pending
        self._show_sepa_info()
        read_only = bool(self.ctx.read_only)
        self.sepa_button.setEnabled(not read_only and bool(self._pending))
        self.sepa_button.setToolTip(self.tr("The database is open read-only") if read_only else "")
        if years:  # start on the latest year that has grants
            latest = years[-1]
            for box in (self.grants_year, self.statement_year, self.pgsp_year):
                box.setValue(latest)
            self.budget_from.setValue(max(years[0], latest - 1))
            self.budget_to.setValue(latest)

    @staticmethod
    def _fill(box: QComboBox, choices: list[Any]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for c in choices:
            box.addItem(c.label, c.ref)
            box.setItemData(box.count() - 1, c.label, Qt.ItemDataRole.ToolTipRole)
        if current is not None and box.findData(current) >= 0:
            box.setCurrentIndex(box.findData(current))
        box.blockSignals(False)

    def _show_sepa_info(self) -> None:
        from grants.i18n import format_money

        pending = getattr(self, "_pending", [])
        if not pending:
            self.sepa_info.setText(self.tr("No approved payment is waiting to be sent to the bank."))
            return
        total = sum((t.amount for t in pending), start=type(pending[0].amount)(0))
        self.sepa_info.setText(self.tr("%n approved payment(s) waiting to be sent, in total %1.", "", len(pending))
                               .replace("%1", format_money(total, self.ctx.lang)))

    # -- asking where ------------------------------------------------------------------------
    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def ask_save_path(self, suggested: str, file_filter: str) -> Path | None:
        """Where to write (a dialog; tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), os.path.join(self._documents(), suggested),
                                              file_filter)
        return Path(path) if path else None

    def ask_directory(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the statements"), self._documents())
        return Path(path) if path else None

    # -- the exports -------------------------------------------------------------------------
    def _lang(self, box: QComboBox) -> str | None:
        value = box.currentData()
        return None if value == "auto" else (value or self.ctx.lang)

    def _run(self, title: str, work: Callable[[Progress], Any], path: Path, open_after: bool = True) -> None:
        def done(result: Any) -> None:
            self.last_path = path
            self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
            self.exported.emit(str(path))
            if open_after and self.open_after.isChecked():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.task = run_in_background(self, title, work, done)

    def export_budget(self) -> None:
        from grants.reports import exports

        y1, y2 = self.budget_from.value(), self.budget_to.value()
        path = self.ask_save_path(f"budget_{y1}-{y2}.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            db, lang = self.ctx.db, self._lang(self.budget_lang) or "fr"
            self._run(self.tr("Exporting the budget tables…"),
                      lambda progress: exports.budget_workbook(db, y1, y2, path, lang, progress), path)

    def export_grants(self) -> None:
        from grants.reports import exports

        year = self.grants_year.value()
        path = self.ask_save_path(f"grants_{year}.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            db, lang = self.ctx.db, self._lang(self.grants_lang) or "fr"
            self._run(self.tr("Exporting the grants…"),
                      lambda progress: exports.grants_workbook(db, year, path, lang, progress), path)

    def export_statement(self) -> None:
        from grants.reports import exports

        ref = self.statement_beneficiary.currentData() or self.statement_beneficiary.currentText().split(" - ")[0]
        year = self.statement_year.value()
        if not ref:
            return
        path = self.ask_save_path(f"statement_{year}_{ref}.pdf", self.tr("PDF document (*.pdf)"))
        if path:
            db, lang = self.ctx.db, self._lang(self.statement_lang)
            self._run(self.tr("Writing the statement…"),
                      lambda progress: exports.statement_pdf(db, ref, year, path, lang, progress), path)

    def export_statements(self) -> None:
        from grants.reports import exports

        folder = self.ask_directory()
        if folder:
            db, year, lang = self.ctx.db, self.statement_year.value(), self._lang(self.statement_lang)
            self._run(self.tr("Writing the statements…"),
                      lambda progress: exports.statements_pdf(db, year, folder, lang, progress), folder)

    def export_sepa(self) -> None:
        from grants.reports import exports

        path = self.ask_save_path(f"payments_{dt.date.today():%Y%m%d}.xml", self.tr("SEPA file (*.xml)"))
        if path:
            db = self.ctx.db

            def work(progress: Progress) -> Path:
                result = exports.sepa_file(db, path, progress)
                return result

            self._run(self.tr("Creating the payment file…"), work, path, open_after=False)
            task = self.task

            def after() -> None:  # the payments are marked as sent: announce it (not after a failure)
                from .tasks import Operation

                if task.error is None and not task.cancelled:
                    self.ctx.notify(Operation(task.result, frozenset({"payment"})))

            task.finished.connect(after)

    def export_call(self) -> None:
        from grants.reports import exports

        ref = self.call_programme.currentData()
        if not ref:
            return
        path = self.ask_save_path(f"call_{ref}.pdf", self.tr("PDF document (*.pdf)"))
        if path:
            db, lang = self.ctx.db, self._lang(self.call_lang) or "fr"
            self._run(self.tr("Writing the call report…"),
                      lambda progress: exports.call_pdf(db, ref, path, lang, progress), path)

    def export_pgsp(self) -> None:
        from grants.reports import exports

        year = self.pgsp_year.value()
        path = self.ask_save_path(f"pgsp_{year}.pdf", self.tr("PDF document (*.pdf)"))
        if path:
            db, lang = self.ctx.db, self._lang(self.pgsp_lang) or "fr"
            self._run(self.tr("Writing the PGSP annex…"),
                      lambda progress: exports.pgsp_pdf(db, year, path, lang, progress), path)
