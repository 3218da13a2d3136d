"""Auditors' screens: the audit trail (filters, entries with before/after, Excel export) and the
ten audit checks (run off the GUI thread, pass/fail, records at fault, Excel/PDF report).

Both take ``(ctx, parent)``; they call services in ``grants.services.audit_queries`` and
``grants.services.audit_checks`` and show plain dataclasses (no SQL here). Reading is all they
do, so they work the same on a live database, for an auditor, and on a snapshot.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from grants.i18n import format_datetime

_Index = QModelIndex | QPersistentModelIndex
_NO_DATE = QDate(2000, 1, 1)  # the minimum of a date box, shown as "any"
PAGE_SIZE = 500
OK_COLOR, FAIL_COLOR = QColor("#2e7d32"), QColor("#c62828")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_of(box: QDateEdit) -> dt.date | None:
    q = box.date()
    return None if q == box.minimumDate() else dt.date(q.year(), q.month(), q.day())


def _date_box(parent: QWidget, name: str) -> QDateEdit:
    box = QDateEdit(parent)
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setDisplayFormat("dd/MM/yyyy")
    box.setMinimumDate(_NO_DATE)
    box.setDate(_NO_DATE)
    return box


def _title(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("pageTitle")
    label.setStyleSheet("#pageTitle { font-size: 15pt; font-weight: 600; }")
    return label


# -- audit trail -----------------------------------------------------------------------------------

class AuditTrailModel(QAbstractTableModel):
    """Entries of the trail (plain ``AuditRow``s), newest first; more are appended on demand."""

    COLUMNS = 7

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers: list[str] = [""] * self.COLUMNS
        self.refs: dict[tuple[str, str], str] = {}  # references of the records (audit_queries.references)
        self.lang = "en"

    def set_rows(self, rows: list[Any], refs: dict[tuple[str, str], str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.refs = dict(refs or {})
        self.endResetModel()

    def append_rows(self, rows: list[Any], refs: dict[tuple[str, str], str] | None = None) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.refs.update(refs or {})
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        from grants.services import audit_labels as al

        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(r.id)
            if col == 1:
                return al.format_when(r.at)
            if col == 2:
                return r.user
            if col == 3:
                return al.action_label(r.action, self.lang)
            if col == 4:
                return al.entity_label(r.entity, self.lang)
            if col == 5:
                return al.record_label(r, self.refs, self.lang)
            return al.summary(r, self.lang, self.refs, 300)
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return al.summary(r, self.lang, self.refs, 4000)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and r.action == "delete":
            return QBrush(FAIL_COLOR)
        return None


class AuditTrailPage(QWidget):
    """Who changed what, when, from what to what: filters, a table, the entry's fields, export."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditTrail")
        self.total = 0
        self.last_export: Any = None
        self.title = _title(self)

        self.entity_label, self.entity_box = QLabel(self), QComboBox(self)
        self.entity_box.setObjectName("entity")
        self.record_label, self.record_edit = QLabel(self), QLineEdit(self)
        self.record_edit.setObjectName("record")
        self.record_edit.setClearButtonEnabled(True)
        self.user_label, self.user_box = QLabel(self), QComboBox(self)
        self.user_box.setObjectName("user")
        # the choices arrive from the task runner after the first show: size to them when they do
        for choices in (self.entity_box, self.user_box):
            choices.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.from_label, self.from_edit = QLabel(self), _date_box(self, "dateFrom")
        self.to_label, self.to_edit = QLabel(self), _date_box(self, "dateTo")
        for label, w in ((self.entity_label, self.entity_box), (self.record_label, self.record_edit),
                         (self.user_label, self.user_box), (self.from_label, self.from_edit),
                         (self.to_label, self.to_edit)):
            label.setBuddy(w)
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("search")
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.chain_button = QPushButton(self)
        self.chain_button.setObjectName("verifyChain")
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(lambda: self.export())
        self.chain_button.clicked.connect(self.verify_chain)
        self.record_edit.returnPressed.connect(self.search)
        self.entity_box.activated.connect(lambda _i: self.search())
        self.user_box.activated.connect(lambda _i: self.search())
        self.from_edit.dateChanged.connect(lambda _d: self.search())
        self.to_edit.dateChanged.connect(lambda _d: self.search())

        filters = QHBoxLayout()
        for filter_widget in (self.entity_label, self.entity_box, self.record_label, self.record_edit,
                              self.user_label, self.user_box):
            filters.addWidget(filter_widget)
        self.record_edit.setMinimumWidth(220)
        self.record_edit.setMaximumWidth(360)
        for box in (self.from_edit, self.to_edit):
            box.setMinimumWidth(120)
        filters.addStretch(1)
        buttons = QHBoxLayout()  # the dates on the second row: the filters fit 1280 pixels in every language
        for date_widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            buttons.addWidget(date_widget)
        buttons.addSpacing(12)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.chain_button)
        buttons.addWidget(self.export_button)

        self.model = AuditTrailModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("entries")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)
        for col in range(self.model.COLUMNS - 1):  # every title and value whole; the changes take the rest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_entry(cur.row()))
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.load_more)
        self.status = QLabel(self)
        self.status.setObjectName("status")

        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("detailTitle")
        self.detail = QTableWidget(0, 3, self)
        self.detail.setObjectName("detail")
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        detail_box = QWidget(self)
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

        self._busy = False
        self._generation = 0
        self.retranslate()
        self.refresh()  # the choices and the newest entries, read in the task runner
        ctx.changed.connect(lambda _e: self.refresh())
        ctx.language_changed.connect(lambda _l: self.retranslate())

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit trail"))
        self.entity_label.setText(self.tr("Record &type"))
        self.record_label.setText(self.tr("&Record"))
        self.record_edit.setPlaceholderText(self.tr("identifier or reference (G-2024-00012)"))
        self.user_label.setText(self.tr("&User"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        for box in (self.from_edit, self.to_edit):
            box.setSpecialValueText(self.tr("any date"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.chain_button.setText(self.tr("&Verify the chain"))
        self.more_button.setText(self.tr("Load &more"))
        self.model.headers = [self.tr("No."), self.tr("When"), self.tr("User"), self.tr("Action"),
                              self.tr("Record type"), self.tr("Record"), self.tr("Changes")]
        self.model.lang = self.ctx.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(len(self.model.rows) - 1, self.model.COLUMNS - 1))
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        if self.entity_box.count():
            from grants.services.audit_labels import entity_label

            self.entity_box.setItemText(0, self.tr("all"))
            for i in range(1, self.entity_box.count()):
                self.entity_box.setItemText(i, entity_label(self.entity_box.itemData(i), self.ctx.lang))
            self.user_box.setItemText(0, self.tr("everyone"))
        for label in (self.entity_label, self.record_label, self.user_label, self.from_label, self.to_label):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) + 8)
        self._update_status()
        self.show_entry(self.view.currentIndex().row())

    # -- data --------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """The record types and users to filter on (read with the entries, in the task runner)."""
        self._load(choices=True)

    def _fill_choices(self, entities: list[str], users: list[str]) -> None:
        from grants.services.audit_labels import entity_label

        for box, values, everyone in ((self.entity_box, entities, self.tr("all")),
                                      (self.user_box, users, self.tr("everyone"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            named = [(entity_label(v, self.ctx.lang) if box is self.entity_box else v, v) for v in values]
            for text, v in sorted(named, key=lambda t: t[0].casefold()):
                box.addItem(text, v)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

    def current_filter(self) -> Any:
        from grants.services.audit_queries import AuditFilter

        return AuditFilter(entity=self.entity_box.currentData(), record=self.record_edit.text().strip() or None,
                           user=self.user_box.currentData(), date_from=_date_of(self.from_edit),
                           date_to=_date_of(self.to_edit))

    def is_loading(self) -> bool:
        return self._busy

    def _load(self, *, choices: bool = False, more: bool = False) -> None:
        """Read the entries of the filter shown (the newest page, or the next one) in the task
        runner; a later search makes this one's answer stale: it is dropped."""
        from grants.services.errors import RuleError

        from .tasks import default_on_error, load_in_background

        try:
            f = self.current_filter()
        except RuleError as e:
            default_on_error(self, e)
            return
        offset = len(self.model.rows) if more else 0
        self._generation += 1
        generation = self._generation
        self._busy = True
        self.status.setText(self.tr("Loading…"))
        db = self.ctx.db

        def work() -> Any:
            from grants.services import audit_queries

            found = (audit_queries.entities(db), audit_queries.users(db)) if choices else None
            total = audit_queries.count(db, f)
            rows = audit_queries.search(db, f, limit=PAGE_SIZE, offset=offset)
            return found, total, rows, audit_queries.references(db, rows)

        def done(result: Any) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._busy = False
            found, total, rows, refs = result
            if found is not None:
                self._fill_choices(*found)
            self.total = total
            if more:
                self.model.append_rows(rows, refs)
                self._update_status()
                return
            self.model.set_rows(rows, refs)
            self._update_status()
            if self.model.rows:
                self.view.selectRow(0)
            else:
                self.show_entry(-1)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                self._update_status()
                default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    def search(self) -> None:
        self._load()

    def refresh(self) -> None:
        self._load(choices=True)

    def load_more(self) -> None:
        self._load(more=True)

    def clear_filters(self) -> None:
        for w in (self.entity_box, self.user_box, self.from_edit, self.to_edit):
            w.blockSignals(True)
        self.entity_box.setCurrentIndex(0)
        self.user_box.setCurrentIndex(0)
        self.record_edit.clear()
        self.from_edit.setDate(_NO_DATE)
        self.to_edit.setDate(_NO_DATE)
        for w in (self.entity_box, self.user_box, self.from_edit, self.to_edit):
            w.blockSignals(False)
        self.search()

    def _update_status(self) -> None:
        shown = len(self.model.rows)
        self.status.setText(self.tr("%n entries", "", self.total) + (
            self.tr(" (the newest %1 shown)").replace("%1", str(shown)) if shown < self.total else ""))
        self.more_button.setVisible(shown < self.total)
        self.export_button.setEnabled(self.total > 0)

    def show_entry(self, row: int) -> None:
        self.detail.setRowCount(0)
        if not 0 <= row < len(self.model.rows):
            self.detail_title.setText(self.tr("Select an entry to see its fields before and after."))
            return
        from grants.services import audit_labels as al

        r = self.model.rows[row]
        lang, refs = self.ctx.lang, self.model.refs
        self.detail_title.setText(self.tr("%3: %1 %2, by %4 on %5 (entry %6)")
                                  .replace("%1", al.entity_label(r.entity, lang))
                                  .replace("%2", al.record_label(r, refs, lang))
                                  .replace("%3", al.action_label(r.action, lang)).replace("%4", r.user)
                                  .replace("%5", al.format_when(r.at)).replace("%6", str(r.id)))
        changes = [c for c in r.changes if c.field != "id"]
        self.detail.setRowCount(len(changes))
        bold = QFont()
        bold.setBold(True)
        for i, c in enumerate(changes):
            before = "" if r.action == "insert" else al.show_value(c.field, c.before, lang, refs)
            after = "" if r.action == "delete" else al.show_value(c.field, c.after, lang, refs)
            items = [QTableWidgetItem(al.field_label(c.field, lang)), QTableWidgetItem(before),
                     QTableWidgetItem(after)]
            items[0].setFont(bold)
            for j, item in enumerate(items):
                self.detail.setItem(i, j, item)

    # -- actions -----------------------------------------------------------------------------
    def export(self, path: str | None = None) -> Any:
        """Export what the filters select to Excel, off the GUI thread (cancellable)."""
        from grants.reports.audit_trail import export_trail

        from .tasks import run_in_background

        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit-trail.xlsx",
                                                   self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        f, db, lang = self.current_filter(), self.ctx.db, self.ctx.lang

        def done(n: int) -> None:
            self.last_export = (path, n)
            self.status.setText(self.tr("%n entries exported to %1", None, n).replace("%1", path))

        return run_in_background(self, self.tr("Exporting the audit trail…"),
                                 lambda progress: export_trail(db, f, path, lang, progress), done)

    def verify_chain(self) -> list[str]:
        from grants.services import audit_queries

        from . import errors

        breaks = audit_queries.verify_database_chain(self.ctx.db)
        if breaks:
            errors._box(self, errors.QMessageBox.Icon.Critical, self.tr("Audit trail altered"),
                        self.tr("The audit trail was changed outside the application:") + "\n" + "\n".join(breaks[:20]))
        else:
            errors.show_information(self, self.tr("Audit trail intact"),
                                    self.tr("Every entry matches its hash and follows the previous one: "
                                            "nothing was edited or deleted outside the application."))
        return breaks


# -- audit checks ----------------------------------------------------------------------------------

class AuditChecksPage(QWidget):
    """The audit checks: run off the GUI thread, pass/fail, the records at fault, the report."""

    checks_done = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditChecks")
        self.report: Any = None
        self.task: Any = None
        self.title = _title(self)
        self.year_label, self.year_box = QLabel(self), QComboBox(self)
        self.year_box.setObjectName("year")
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "toutes les années" whole
        self.year_label.setBuddy(self.year_box)
        self.as_of_label, self.as_of_edit = QLabel(self), QDateEdit(self)
        self.as_of_edit.setObjectName("asOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        # today until reload_years() (task runner) has read the demo's "as of" day on a demo database
        self.as_of_edit.setDate(_qdate(dt.date.today()))
        self._as_of_set = False
        self.as_of_label.setBuddy(self.as_of_edit)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("run")
        self.run_button.setDefault(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.export_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_checks)
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for w in (self.year_label, self.year_box, self.as_of_label, self.as_of_edit, self.run_button, self.export_button):
            top.addWidget(w)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checks")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.retranslate()
        self.reload_years()
        ctx.language_changed.connect(lambda _l: self.retranslate())
        ctx.changed.connect(lambda _e: self.reload_years())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit checks"))
        self.year_label.setText(self.tr("&Year"))
        self.as_of_label.setText(self.tr("Overdue &as of"))
        self.run_button.setText(self.tr("&Run the checks"))
        self.export_button.setText(self.tr("&Report (Excel or PDF)…"))
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Records checked"), self.tr("At fault")])
        if self.year_box.count():
            self.year_box.setItemText(0, self.tr("all years"))
        self.show_report(self.report)

    def reload_years(self) -> None:
        """The years to check, read in the task runner."""
        from .tasks import load_in_background

        db = self.ctx.db

        def work() -> tuple[list[int], dt.date]:
            from grants.services.as_of import today as counting_day
            from grants.services.audit_checks import years

            return list(years(db)), counting_day(db)

        def done(result: tuple[list[int], dt.date]) -> None:
            if not isValid(self):
                return
            found, day = result
            if not self._as_of_set:  # the demo's day on a demo database, else today; the user's choice is kept after
                self.as_of_edit.setDate(_qdate(day))
                self._as_of_set = True
            current = self.year_box.currentData()
            self.year_box.clear()
            self.year_box.addItem(self.tr("all years"), None)
            for y in found:
                self.year_box.addItem(str(y), y)
            self.year_box.setCurrentIndex(max(self.year_box.findData(current), 0))

        load_in_background(self, work, done)

    def run_checks(self) -> Any:
        """Run the audit checks in a worker thread; the tree fills in when they are done."""
        from grants.services.audit_checks import run_checks

        from .tasks import run_in_background

        q = self.as_of_edit.date()
        db, year, as_of = self.ctx.db, self.year_box.currentData(), dt.date(q.year(), q.month(), q.day())
        self.run_button.setEnabled(False)

        def done(report: Any) -> None:
            self.run_button.setEnabled(True)
            self.show_report(report)
            self.checks_done.emit()

        def failed(exc: BaseException) -> None:
            from .tasks import default_on_error

            self.run_button.setEnabled(True)
            default_on_error(self, exc)

        self.task = run_in_background(self, self.tr("Running the audit checks…"),
                                      lambda progress: run_checks(db, year=year, as_of=as_of, progress=progress),
                                      done, failed)
        return self.task

    def show_report(self, report: Any) -> None:
        self.report = report
        self.tree.clear()
        self.export_button.setEnabled(report is not None)
        if report is None:
            self.summary.setText(self.tr("Press Run to check the data."))
            return
        lang = self.ctx.lang
        failed = report.failed
        scope = str(report.year) if report.year else self.tr("all years")
        text = (self.tr("All checks pass (%1).") if not failed else self.tr("%n checks fail (%1).", "", failed))
        source = ""
        if report.snapshot_taken_at:
            source = " " + self.tr("Snapshot of %1 by %2.").replace(
                "%1", format_datetime(report.snapshot_taken_at, lang)).replace("%2", report.snapshot_taken_by or "?")
        self.summary.setText(text.replace("%1", scope) + source)
        bold = QFont()
        bold.setBold(True)
        for c in report.checks:
            item = QTreeWidgetItem(self.tree, [f"{c.number}. {c.title_in(lang)}",
                                               self.tr("pass") if c.passed else self.tr("FAIL"),
                                               str(c.checked), str(len(c.faults))])
            item.setFont(1, bold)
            item.setForeground(1, QBrush(OK_COLOR if c.passed else FAIL_COLOR))
            item.setData(0, Qt.ItemDataRole.UserRole, c.number)
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for f in c.faults:
                child = QTreeWidgetItem(item, [f"{f.ref} — {f.reason(lang)}"])
                child.setFirstColumnSpanned(True)
                child.setToolTip(0, f.render(lang))
                child.setData(0, Qt.ItemDataRole.UserRole, (f.entity, f.record_id))
            for n in c.notes:
                child = QTreeWidgetItem(item, [f"({n.reason(lang)})"])
                child.setFirstColumnSpanned(True)
                child.setForeground(0, QBrush(QColor("#595959")))
            item.setExpanded(not c.passed and len(c.faults) <= 20)

    def export(self, path: str | None = None) -> Any:
        """Write the report (Excel or PDF by the file's extension) off the GUI thread."""
        from grants.reports.audit_report import write_report

        from .tasks import run_in_background

        if self.report is None:
            return None
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the audit report"), "audit-checks.xlsx",
                                                   self.tr("Excel workbook (*.xlsx);;PDF document (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith((".xlsx", ".pdf")):
            path += ".xlsx"
        report, lang = self.report, self.ctx.lang
        return run_in_background(self, self.tr("Writing the audit report…"),
                                 lambda _progress: write_report(report, path, lang),
                                 lambda _out: self.summary.setText(self.summary.text() + " " + self.tr(
                                     "Report saved: %1").replace("%1", path)), cancellable=False)
