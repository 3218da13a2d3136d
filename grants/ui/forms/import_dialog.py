"""Import a workbook with a preview: first what it would add, change (before -> after) and refuse
(sheet, row, column, reason); applied only on confirmation, all or nothing, off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from grants.i18n import format_value

from ..widgets import scrolling_tabs
from .base import FormDialog, read_table, text_item


def _show(value: Any, lang: str) -> str:
    if value is None or value == "":
        return "—"
    return format_value(value, lang)


class ImportDialog(FormDialog):
    entity = ""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Import a workbook"))
        self.path: Path | None = None
        self.result: Any = None
        self.applied: Any = None
        self.task: Any = None
        self.subtitle_label.setText(QCoreApplication.translate("Forms", "The workbook is checked first: you see what it adds, changes and refuses. "
                                       "Nothing is saved until you confirm, and then all of it or nothing."))
        row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(QCoreApplication.translate("Forms", "No workbook chosen"))
        self.choose_button = QPushButton(QCoreApplication.translate("Forms", "Choose a workbook…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        self.body.addLayout(row)
        self.summary = QLabel("", self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.tabs = scrolling_tabs(QTabWidget(self))
        self.added = read_table([QCoreApplication.translate("Forms", "Sheet"), QCoreApplication.translate("Forms", "Row"), QCoreApplication.translate("Forms", "Reference"), QCoreApplication.translate("Forms", "Values")], self)
        self.changed = read_table([QCoreApplication.translate("Forms", "Sheet"), QCoreApplication.translate("Forms", "Row"), QCoreApplication.translate("Forms", "Reference"), QCoreApplication.translate("Forms", "Field"), QCoreApplication.translate("Forms", "Before"), QCoreApplication.translate("Forms", "After")], self)
        self.refused = read_table([QCoreApplication.translate("Forms", "Sheet"), QCoreApplication.translate("Forms", "Row"), QCoreApplication.translate("Forms", "Column"), QCoreApplication.translate("Forms", "Reason")], self)
        for name, t in (("added", self.added), ("changed", self.changed), ("refused", self.refused)):
            t.setObjectName(name)
        self.tabs.addTab(self.added, QCoreApplication.translate("Forms", "To add"))
        self.tabs.addTab(self.changed, QCoreApplication.translate("Forms", "To change"))
        self.tabs.addTab(self.refused, QCoreApplication.translate("Forms", "Refused"))
        self.body.addWidget(self.tabs, 1)
        self.import_button = self.add_button(QCoreApplication.translate("Forms", "Import"), self.apply, role=QDialogButtonBox.ButtonRole.AcceptRole,
                                             name="import")
        self.import_button.setEnabled(False)
        self.close_button = self.add_button(QCoreApplication.translate("Forms", "Close"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole,
                                            edit=False, name="close")
        self.resize(960, 600)
        self.finish()
        self.resize(max(self.width(), 960), max(self.height(), 600))

    # -- choosing and previewing -------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("Forms", "Import a workbook"), str(self.path.parent if self.path else ""),
                                              QCoreApplication.translate("Forms", "Excel workbooks (*.xlsx)"))
        if path:
            self.preview(path)

    def preview(self, path: str | Path) -> Any:
        """Check the workbook in a worker thread; show the outcome when done."""
        from grants.ui.tasks import run_in_background

        self.path = Path(path)
        self.file.setText(str(self.path))
        self.import_button.setEnabled(False)
        self.result = None
        self.applied = None
        db = self.ctx.db

        def work(progress: Any) -> Any:
            from grants.services.importer import preview_workbook

            return preview_workbook(db, self.path, progress)

        self.task = run_in_background(self, QCoreApplication.translate("Forms", "Checking the workbook…"), work, self.show_preview)
        return self.task

    def show_preview(self, result: Any) -> None:
        self.result = result
        lang = self.lang
        adds = [c for c in result.changes if c.action == "add"]
        changes = [c for c in result.changes if c.action == "change"]
        self.added.setRowCount(len(adds))
        for r, c in enumerate(adds):
            values = "; ".join(f"{k}={_show(v, lang)}" for k, v in c.after.items() if v not in (None, ""))
            for col, it in enumerate((text_item(c.sheet), text_item(c.row), text_item(c.ref), text_item(values))):
                self.added.setItem(r, col, it)
        lines = [(c, k) for c in changes for k in (c.after or c.before)]
        self.changed.setRowCount(len(lines))
        for r, (c, k) in enumerate(lines):
            items = (text_item(c.sheet), text_item(c.row), text_item(c.ref), text_item(k),
                     text_item(_show(c.before.get(k), lang)), text_item(_show(c.after.get(k), lang)))
            for col, it in enumerate(items):
                self.changed.setItem(r, col, it)
        self._fill_refused(result.problems)
        for t in (self.added, self.changed, self.refused):
            t.resizeColumnsToContents()
            t.horizontalHeader().setStretchLastSection(True)
        self.tabs.setTabText(0, QCoreApplication.translate("Forms", "To add ({n})").format(n=len(adds)))
        self.tabs.setTabText(1, QCoreApplication.translate("Forms", "To change ({n})").format(n=len(lines)))
        self.tabs.setTabText(2, QCoreApplication.translate("Forms", "Refused ({n})").format(n=len(result.problems)))
        counts = []
        for sheet, c in result.counts.items():
            if any(c.values()):
                counts.append(QCoreApplication.translate("Forms", "{sheet}: {add} to add, {change} to change, {same} unchanged").format(
                    sheet=sheet, add=c.get("add", 0), change=c.get("change", 0), same=c.get("same", 0)))
        if result.problems:
            head = QCoreApplication.translate("Forms", "The workbook is refused: {n} problems, listed under Refused. Nothing can be imported until "
                      "they are corrected.").format(n=len(result.problems))
            self.tabs.setCurrentWidget(self.refused)
            self.summary.setStyleSheet("color: #b3261e;")
        else:
            head = QCoreApplication.translate("Forms", "The workbook can be imported. Check what it adds and changes, then press Import.")
            self.summary.setStyleSheet("")
        self.summary.setText(head + ("\n" + "\n".join(counts) if counts else ""))
        self.import_button.setEnabled(not result.problems and bool(result.changes) and not self.read_only)

    def _fill_refused(self, problems: list[Any]) -> None:
        from grants.i18n import translator_for

        translate = translator_for(self.lang)
        self.refused.setRowCount(len(problems))
        for r, p in enumerate(problems):
            reason = p.reason(translate, self.lang)  # located in its own columns: the field once
            items = (text_item(p.sheet or ""), text_item("" if p.row is None else p.row),
                     text_item(p.column or p.field or ""), text_item(reason))
            for col, it in enumerate(items):
                self.refused.setItem(r, col, it)

    # -- applying ------------------------------------------------------------------------------------
    def apply(self) -> Any:
        """Import for real (all or nothing), off the GUI thread and cancellable."""
        from grants.ui.tasks import run_in_background

        if self.read_only or self.path is None or self.result is None or self.result.problems:
            return None
        self.import_button.setEnabled(False)
        db, path = self.ctx.db, self.path

        def work(progress: Any) -> Any:
            from grants.services.importer import import_workbook

            return import_workbook(db, path, progress=progress)

        self.task = run_in_background(self, QCoreApplication.translate("Forms", "Importing the workbook…"), work, self._applied, self._failed)
        return self.task

    def _applied(self, result: Any) -> None:
        from grants.ui.tasks import Operation

        self.applied = result
        self.ctx.notify(Operation(result))  # an import may change every kind of record
        self.summary.setStyleSheet("color: #1b5e20;")
        n_add = sum(c.get("add", 0) for c in result.counts.values())
        n_change = sum(c.get("change", 0) for c in result.counts.values())
        self.summary.setText(QCoreApplication.translate("Forms", "Imported: {add} records added, {change} changed.").format(add=n_add, change=n_change))
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from grants.services.errors import Cancelled, RuleError

        if isinstance(exc, RuleError):  # the data changed since the preview: show why it is refused now
            self._fill_refused(exc.problems)
            self.tabs.setTabText(2, QCoreApplication.translate("Forms", "Refused ({n})").format(n=len(exc.problems)))
            self.tabs.setCurrentWidget(self.refused)
            self.summary.setStyleSheet("color: #b3261e;")
            self.summary.setText(QCoreApplication.translate("Forms", "Refused: nothing was imported."))
        elif isinstance(exc, Cancelled):
            self.summary.setStyleSheet("")
            self.summary.setText(QCoreApplication.translate("Forms", "Cancelled: nothing was imported."))
            self.import_button.setEnabled(True)
        else:
            from grants.ui.tasks import default_on_error

            default_on_error(self, exc)


__all__ = ["ImportDialog", "QTableWidget", "Qt"]
