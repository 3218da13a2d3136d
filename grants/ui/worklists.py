"""Work lists: justifications overdue, balances to settle, payments to approve, recoveries to chase,
decisions due before a call closes; bulk actions on a selection, each record checked on its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .labels import value_label
from .widgets import scrolling_tabs


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    return text


TITLES = {
    "overdue": QT_TRANSLATE_NOOP("WorkListsPage", "Justifications overdue"),
    "balances": QT_TRANSLATE_NOOP("WorkListsPage", "Balances to settle"),
    "approvals": QT_TRANSLATE_NOOP("WorkListsPage", "Payments to approve"),
    "recoveries": QT_TRANSLATE_NOOP("WorkListsPage", "Recoveries to chase"),
    "decisions": QT_TRANSLATE_NOOP("WorkListsPage", "Decisions due before a call closes"),
    "waiting": QT_TRANSLATE_NOOP("WorkListsPage", "Selected, not granted"),
}
DATE_HEADERS = {"overdue": QT_TRANSLATE_NOOP("WorkListsPage", "Deadline"), "balances": QT_TRANSLATE_NOOP("WorkListsPage", "Deadline"),
                "approvals": QT_TRANSLATE_NOOP("WorkListsPage", "Payment date"), "recoveries": QT_TRANSLATE_NOOP("WorkListsPage", "Due"),
                "decisions": QT_TRANSLATE_NOOP("WorkListsPage", "Call closes"),
                "waiting": QT_TRANSLATE_NOOP("WorkListsPage", "Waiting since")}
DAYS_HEADERS = {"overdue": QT_TRANSLATE_NOOP("WorkListsPage", "Days late"), "balances": QT_TRANSLATE_NOOP("WorkListsPage", "Days"),
                "approvals": QT_TRANSLATE_NOOP("WorkListsPage", "Days waiting"), "recoveries": QT_TRANSLATE_NOOP("WorkListsPage", "Days late"),
                "decisions": QT_TRANSLATE_NOOP("WorkListsPage", "Days left"),
                "waiting": QT_TRANSLATE_NOOP("WorkListsPage", "Days waiting")}
EXTRA_HEADERS = {"overdue": QT_TRANSLATE_NOOP("WorkListsPage", "Last reminder"), "balances": "", "approvals": QT_TRANSLATE_NOOP("WorkListsPage", "Prepared by"),
                 "recoveries": QT_TRANSLATE_NOOP("WorkListsPage", "Communication · reminders"), "decisions": "",
                 "waiting": QT_TRANSLATE_NOOP("WorkListsPage", "Why it waits")}
BULK = {"approvals": QT_TRANSLATE_NOOP("WorkListsPage", "Approve the selected payments"),
        "recoveries": QT_TRANSLATE_NOOP("WorkListsPage", "Send a reminder for the selected claims"),
        "balances": QT_TRANSLATE_NOOP("WorkListsPage", "Settle the selected grants")}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("WorkListsPage", text) if text else ""


class WorkList(QWidget):
    """One work list: a table and its bulk action."""

    def __init__(self, ctx: Any, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.rows: list[Any] = []
        self.setObjectName(f"worklist_{kind}")
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("worklist")  # checked by the walk at 1280x800 (tests/ui/test_screenshots.py)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4b5563;")
        self.bulk_button = QPushButton(self)
        self.bulk_button.setObjectName("bulkButton")
        self.bulk_button.clicked.connect(self.run_bulk)
        self.bulk_button.setVisible(kind in BULK)
        self.select_all = QPushButton(self)
        self.select_all.clicked.connect(self.view.selectAll)
        self.select_all.setVisible(kind in BULK)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.select_all)
        bar.addWidget(self.bulk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.last_result: dict[int, Any] = {}
        self.retranslate()

    def reload(self) -> None:
        """Read this list again, on this thread (after a bulk action); the page reads all its lists
        in the task runner (``WorkListsPage.reload``)."""
        from grants.services.worklists import work_list

        self.fill(work_list(self.ctx.db, self.kind, self.ctx.lang))

    def fill(self, rows: Any) -> None:
        """Show ``rows`` (read off the GUI thread); the selection is kept by record."""
        from grants.i18n import format_date, format_money

        lang = self.ctx.lang
        selected = set(self.selected_ids()) if self.rows else set()
        self.rows = list(rows)
        self.model.removeRows(0, self.model.rowCount())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r in self.rows:
            cells = [r.ref, r.beneficiary, r.title, format_money(r.amount, lang), format_date(r.date, lang),
                     "" if r.days is None else str(abs(r.days)), value_label(r.status), r.extra]
            items = [QStandardItem(c) for c in cells]
            for i in (3, 5):
                items[i].setTextAlignment(right)
            if r.amount < 0:
                items[3].setForeground(Qt.GlobalColor.darkRed)
            self.model.appendRow(items)
        self._headers()
        self.view.resizeColumnsToContents()
        for col in (1, 2):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 320))
        self._fit()
        if selected:
            for row, r in enumerate(self.rows):
                if r.id in selected:
                    self.view.selectionModel().select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def _fit(self) -> None:
        """No sideways scrolling: when the columns are wider than the list, the purpose then the
        beneficiary give up width (their text wraps), down to a readable minimum."""
        view = self.view
        available = view.viewport().width()
        if available <= 0:
            return
        columns = [c for c in range(self.model.columnCount()) if not view.isColumnHidden(c)]
        excess = sum(view.columnWidth(c) for c in columns) - available
        for col, floor in ((2, 180), (1, 150)):
            if excess <= 0:
                break
            give = min(excess, max(view.columnWidth(col) - floor, 0))
            view.setColumnWidth(col, view.columnWidth(col) - give)
            excess -= give
        view.resizeRowsToContents()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.rows:
            self.view.resizeColumnsToContents()
            for col in (1, 2):
                self.view.setColumnWidth(col, min(self.view.columnWidth(col), 320))
            self._fit()

    def _headers(self) -> None:
        labels = [QCoreApplication.translate("WorkListsPage", "Reference"), QCoreApplication.translate("WorkListsPage", "Beneficiary"), QCoreApplication.translate("WorkListsPage", "Purpose"), QCoreApplication.translate("WorkListsPage", "Amount"), _tr(DATE_HEADERS[self.kind]),
                  _tr(DAYS_HEADERS[self.kind]), QCoreApplication.translate("WorkListsPage", "Status"), _tr(EXTRA_HEADERS[self.kind])]
        self.model.setHorizontalHeaderLabels(labels)
        self.view.setColumnHidden(7, not EXTRA_HEADERS[self.kind])
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows]

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.bulk_button.setEnabled(n > 0 and not self.ctx.read_only)
        self.select_all.setEnabled(bool(self.rows))

    def open_row(self, row: int) -> None:
        from . import forms

        r = self.rows[row]
        forms.open_record(self.ctx, r.entity, r.id, self.window())

    def run_bulk(self) -> dict[int, Any]:
        """Run the bulk action on the selection; show what was refused and why."""
        from grants.i18n import render_problem
        from grants.services import worklists

        from . import errors
        from .tasks import Operation, perform

        ids = self.selected_ids()
        if not ids or self.ctx.read_only:
            return {}
        action = {"approvals": worklists.approve_payments, "recoveries": worklists.send_reminders,
                  "balances": worklists.settle_grants}[self.kind]
        entity = {"approvals": "payment", "recoveries": "recovery_claim", "balances": "grant"}[self.kind]
        db = self.ctx.db

        def work() -> Operation:  # worker thread: each record its own transaction
            outcome = action(db, ids)
            return Operation(outcome, frozenset({entity}), nothing=all(p is not None for p in outcome.values()))

        op = perform(self, self.tr("Bulk action"), work, changed=[entity], ctx=self.ctx)
        if op is None or not isValid(self):  # the message said why (a locked database...)
            return {}
        result = op.result
        self.last_result = result
        refs = {r.id: r.ref for r in self.rows}
        done = [i for i, p in result.items() if p is None]
        refused = {i: p for i, p in result.items() if p is not None}
        text = self.tr("%n record(s) done.", "", len(done))
        if refused:
            lines = [f"{refs.get(i, i)}: " + "; ".join(render_problem(p, self.ctx.lang) for p in problems)
                     for i, problems in refused.items()]
            box = errors.show_information(self, self.tr("Bulk action"), text + "\n" + self.tr("%n refused:", "", len(refused)))
            box.setInformativeText("\n".join(f"• {line}" for line in lines))
            box.setIcon(box.Icon.Warning)
        else:
            errors.show_information(self, self.tr("Bulk action"), text)
        self.reload()
        return result

    def retranslate(self) -> None:
        hints = {
            "overdue": self.tr("Grants whose justification deadline has passed with no justification received."),
            "balances": self.tr("Justified grants whose balance is not settled yet: settling prepares the balance "
                                "payment, raises a recovery claim or closes the grant."),
            "approvals": self.tr("Prepared payments waiting for another person's approval."),
            "recoveries": self.tr("Open recovery claims, the oldest due first."),
            "decisions": self.tr("Draft grants of calls that have not closed yet."),
            "waiting": self.tr("Applications the jury selected that cannot be granted yet (e.g. no budget "
                               "validation); open the call to grant them once credits exist."),
        }
        self.hint.setText(hints[self.kind])
        self.bulk_button.setText(_tr(BULK.get(self.kind, "")))
        self.select_all.setText(self.tr("Select all"))
        self._headers()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WorkListsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from grants.services.worklists import KINDS

        self.ctx = ctx
        self.setObjectName("worklists")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("#pageTitle { font-size: 15pt; font-weight: 600; }")
        self.tabs = scrolling_tabs(QTabWidget(self))
        self.tabs.setDocumentMode(True)
        self.lists = {k: WorkList(ctx, k, self) for k in KINDS}
        for k, w in self.lists.items():
            self.tabs.addTab(w, "")
        self.reminders_button = QPushButton(self)
        self.reminders_button.setObjectName("sendReminders")
        self.reminders_button.setAutoDefault(False)
        self.reminders_button.clicked.connect(lambda: self.send_due_reminders())
        self.reminders_button.setEnabled(not ctx.read_only)
        self.task: Any = None
        self.last_letters: list[Any] = []
        self.last_folder = ""
        self.result_box: QMessageBox | None = None
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.reminders_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._loaded = False
        self._busy = False
        self._filled = False
        self._generation = 0
        ctx.changed.connect(lambda _e: self._loaded and self.reload())
        ctx.language_changed.connect(lambda _l: self._loaded and self.reload())
        self.retranslate()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            QTimer.singleShot(0, self.reload)

    def is_loading(self) -> bool:
        return self._busy

    def reload(self) -> None:
        """Read every work list in the task runner, then show them; a late answer is dropped."""
        from .tasks import default_on_error, load_in_background

        self._loaded = True
        self._busy = True
        self._generation += 1
        generation = self._generation
        db, lang, kinds = self.ctx.db, self.ctx.lang, list(self.lists)

        def work() -> Any:
            from grants.services.worklists import work_list

            return {k: work_list(db, k, lang) for k in kinds}

        def done(rows: Any) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                for k, w in self.lists.items():
                    w.fill(rows[k])
                self._filled = True
                self._tab_texts()

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self._busy = False
                default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    # -- the reminders due, in two clicks ---------------------------------------------------------
    def choose_reminders_folder(self) -> str:
        """The folder the reminders go to (a folder dialog; "" when the user cancels; tests replace it)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Send the reminders due…"))

    def send_due_reminders(self, folder: str | None = None) -> Any:
        """Every reminder due (late justifications, open claims past their due date), counted at the
        day the work lists count at: one letter per grant in a folder with index.xlsx, recorded on the
        grants, through the task runner (progress, Cancel: nothing written nor recorded)."""
        from grants.reports.letters import produce_batch
        from grants.services.as_of import today as counting_day

        from .tasks import run_in_background

        if self.ctx.read_only:
            return None
        target = folder if folder is not None else self.choose_reminders_folder()
        if not target:
            return None
        db = self.ctx.db

        def work(progress: Any) -> Any:
            return produce_batch(db, "reminder", target, due=True, today=counting_day(db), progress=progress)

        def done(result: Any) -> None:
            from .tasks import Operation

            self.last_letters, self.last_folder = list(result), target
            self.ctx.notify(Operation(result, frozenset({"grant"})))
            if not isValid(self):
                return
            if not result:
                from . import errors

                errors.show_information(self, self.tr("Send the reminders due…"),
                                        self.tr("No reminder is due: no letter was written."))
                return
            self._show_written(len(result), target)

        self.task = run_in_background(self, self.tr("Writing the reminders…"), work, done, cancellable=True)
        return self.task

    def _show_written(self, n: int, folder: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send the reminders due…"),
                          self.tr("%n letter(s) written to %1", "", n).replace("%1", folder),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("remindersWritten")
        open_button = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("openFolder")
        open_button.clicked.connect(lambda: self.open_folder(folder))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.result_box = box

    def open_folder(self, folder: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def _tab_texts(self) -> None:
        for i, (k, w) in enumerate(self.lists.items()):
            n = len(w.rows)
            self.tabs.setTabText(i, f"{_tr(TITLES[k])} ({n})" if self._filled else _tr(TITLES[k]))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Work lists"))
        self.reminders_button.setText(self.tr("Send the reminders due…"))
        self.reminders_button.setToolTip(self.tr(
            "One reminder per late justification and per recovery claim past its due date, in a folder "
            "you choose, with an index workbook; each is recorded on its grant"))
        self._tab_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
