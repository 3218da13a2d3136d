"""The files kept with a grant (the grant form's "Attachments" tab): list, add, open, save a copy.

The database work runs through the one task runner (:mod:`grants.ui.tasks`): reading and hashing a
file of several MB, or reading it back, never freezes the form.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from .base import ActionDialog, read_table, text_item
from .buttons import TableButtons

#: The one temporary folder of this session's "Open" copies, removed when the application closes.
_SESSION_DIR: str | None = None


def session_folder() -> str:
    """The temporary folder "Open" writes copies into: one per session, created on first use and
    removed at exit (QCoreApplication.aboutToQuit, and atexit should Qt not get there)."""
    global _SESSION_DIR
    if _SESSION_DIR is None or not Path(_SESSION_DIR).is_dir():
        _SESSION_DIR = tempfile.mkdtemp(prefix="grants-files-")
        atexit.register(remove_session_folder)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_session_folder)
    return _SESSION_DIR


def remove_session_folder() -> None:
    """Remove the copies "Open" made (a viewer still holding one on Windows: what is left stays)."""
    global _SESSION_DIR
    if _SESSION_DIR is not None:
        shutil.rmtree(_SESSION_DIR, ignore_errors=True)
        _SESSION_DIR = None


def kind_labels() -> dict[str, str]:
    """The kinds of file, as shown (in the order offered)."""
    return {
        "signed_convention": QCoreApplication.translate("Forms", "Signed convention"),
        "justification": QCoreApplication.translate("Forms", "Justification"),
        "activity_report": QCoreApplication.translate("Forms", "Activity report"),
        "invoice": QCoreApplication.translate("Forms", "Invoice"),
        "other": QCoreApplication.translate("Forms", "Other"),
    }


def size_text(n: int, lang: str) -> str:
    """1 234 567 bytes -> "1,2 MB" (Belgian decimal comma in fr and nl)."""
    units = {"fr": ("o", "Ko", "Mo"), "nl": ("B", "kB", "MB")}.get(lang, ("B", "KB", "MB"))
    if n < 1024:
        return f"{n} {units[0]}"
    value, unit = (n / 1024, units[1]) if n < 1024 * 1024 else (n / (1024 * 1024), units[2])
    text = f"{value:.1f}"
    return f"{text.replace('.', ',') if lang in ('fr', 'nl') else text} {unit}"


class AttachDialog(ActionDialog):
    """Add a file to a grant: the file, its kind, a note. Saved through the task runner."""

    entity = "grant"
    attached = Signal(object)

    def __init__(self, ctx: Any, grant_id: int, grant_ref: str, parent: QWidget | None = None,
                 path: str | None = None):
        super().__init__(ctx, parent, title=QCoreApplication.translate("Forms", "Add a file"),
                         action_text=QCoreApplication.translate("Forms", "Add the file"),
                         explanation=QCoreApplication.translate(
                             "Forms", "The file is kept in the database with the grant (and in the auditors' "
                                      "snapshots); identical content is stored once."))
        self.grant_id = grant_id
        self.task: Any = None
        self.subtitle_label.setText(grant_ref)
        row = QWidget(self)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.file = QLineEdit(row)
        self.file.setObjectName("file")
        self.browse_button = QPushButton(QCoreApplication.translate("Forms", "Browse…"), row)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda _=False: self.browse())
        lay.addWidget(self.file, 1)
        lay.addWidget(self.browse_button)
        self.add_field(self.form, "file", QCoreApplication.translate("Forms", "File"), row, required=True)
        self.kind = QComboBox(self)
        for key, text in kind_labels().items():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.add_field(self.form, "kind", QCoreApplication.translate("Forms", "Kind"), self.kind, required=True)
        self.note = self.add_field(self.form, "note", QCoreApplication.translate("Forms", "Note"), QLineEdit(self))
        if path:
            self.file.setText(path)
        self.finish()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("Forms", "Choose the file to keep"))
        if path:
            self.file.setText(path)

    def _do(self) -> None:
        from grants.services.attachments import attach
        from grants.services.errors import QT_TRANSLATE_NOOP, Problem, RuleError

        from ..tasks import Operation, default_on_error, run_in_background

        if self.read_only or self.task is not None:
            return
        self.clear_problems()
        path = self.file.text().strip()
        if not path:
            self.show_problems([Problem(QT_TRANSLATE_NOOP("rules", "Choose a file"), {}, "file")])
            return
        db, gid, kind, note = self.ctx.db, self.grant_id, self.kind.currentData(), self.note.text()

        def done(result: Any) -> None:
            self.task = None
            self.dirty = False
            self.ctx.notify(Operation(result, frozenset({"grant"})))
            self.attached.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.task = None
            if isinstance(exc, RuleError):
                self.show_problems(exc.problems)
            else:
                default_on_error(self, exc)

        self.task = run_in_background(self, QCoreApplication.translate("Forms", "Adding the file…"),
                                      lambda _progress: attach(db, gid, path, kind, note=note), done, failed,
                                      cancellable=False)


class AttachmentsPanel(QWidget):
    """The grant's files: name, kind, size, added by, date; Add…, Open, Save as…"""

    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.ctx = form.ctx
        self.grant_id: int | None = None
        self.grant_ref = ""
        self.rows: list[Any] = []
        self.task: Any = None
        self.active_dialog: AttachDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table: QTableWidget = read_table([
            QCoreApplication.translate("Forms", "File"), QCoreApplication.translate("Forms", "Kind"),
            QCoreApplication.translate("Forms", "Size"), QCoreApplication.translate("Forms", "Added by"),
            QCoreApplication.translate("Forms", "Date"), QCoreApplication.translate("Forms", "Note")], self)
        self.table.setObjectName("table_attachments")
        lay.addWidget(self.table, 1)
        self.buttons = TableButtons(self.table, self, on_double_click=self.open_selected)
        chosen = lambda: self.selected() is not None  # noqa: E731
        self.add_button = self.buttons.add("add_attachment", QCoreApplication.translate("Forms", "Add…"), self.add,
                                           lambda: self.grant_id is not None and not self.read_only)
        self.open_button = self.buttons.add("open_attachment", QCoreApplication.translate("Forms", "Open"),
                                            self.open_selected, chosen)
        self.save_button = self.buttons.add("save_attachment", QCoreApplication.translate("Forms", "Save as…"),
                                            self.save_selected, chosen)
        lay.addWidget(self.buttons)
        self._update_buttons()

    @property
    def read_only(self) -> bool:
        return bool(self.form.read_only)

    def set_grant(self, grant_id: int | None, ref: str = "") -> None:
        self.grant_id, self.grant_ref = grant_id, ref
        self.reload()

    def reload(self) -> None:
        from grants.services.attachments import attachments

        self.rows = [] if self.grant_id is None else attachments(self.ctx.db, self.grant_id)
        labels, lang = kind_labels(), self.form.lang
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for j, item in enumerate((text_item(r.file_name, r.id), text_item(labels.get(r.kind, r.kind)),
                                      text_item(size_text(r.size, lang)), text_item(r.added_by),
                                      text_item(r.added_at.strftime("%d/%m/%Y %H:%M")), text_item(r.note or ""))):
                if j == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Any:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not item.isSelected():
            return None
        aid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == aid), None)

    def _update_buttons(self) -> None:
        self.buttons.refresh()

    # -- actions ---------------------------------------------------------------------------------
    def add(self, path: str | None = None) -> AttachDialog | None:
        if self.grant_id is None or self.read_only:
            return None
        dialog = AttachDialog(self.ctx, self.grant_id, self.grant_ref, self, path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attached.connect(lambda _r: self.reload())
        dialog.finished.connect(self._dialog_done)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_done(self, *_: Any) -> None:
        self.active_dialog = None

    def open_selected(self) -> Any:
        """Write the file to a temporary folder and open it with the system's application."""
        from grants.services.attachments import save_copy

        from ..tasks import run_in_background

        chosen = self.selected()
        if chosen is None:
            return None
        db, aid = self.ctx.db, chosen.id
        folder = tempfile.mkdtemp(prefix="open-", dir=session_folder())  # two files of the same name

        def done(path: Any) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.task = run_in_background(self, QCoreApplication.translate("Forms", "Opening the file…"),
                                      lambda _progress: save_copy(db, aid, folder), done, cancellable=False)
        return self.task

    def save_selected(self, target: str | None = None) -> Any:
        """Save a copy of the file where the user says."""
        from grants.services.attachments import safe_name, save_copy

        from ..tasks import run_in_background

        chosen = self.selected()
        if chosen is None:
            return None
        if target is None:
            caption = QCoreApplication.translate("Forms", "Save a copy of the file")
            target, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / safe_name(chosen.file_name)))
            if not target:
                return None
        db, aid, out = self.ctx.db, chosen.id, target
        self.task = run_in_background(self, QCoreApplication.translate("Forms", "Saving the file…"),
                                      lambda _progress: save_copy(db, aid, out), lambda _p: None, cancellable=False)
        return self.task
