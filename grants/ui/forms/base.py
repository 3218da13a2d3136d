"""What every record form and workflow dialog shares.

- Input widgets for Belgian amounts (``1 234,56``), shares (``33,33 %``) and dates (``31/03/2025``),
  all read by grants.domain.parse (the parser of the import too).
- Fields registered by the name the services use in ``Problem.field``: a refusal is shown in the
  user's language right under the field at fault; problems about no field go to a box on top.
- Save is one service call (one transaction) run as an operation off the GUI thread
  (``grants.ui.tasks.perform``); after success ``ctx.changed`` announces it.
- Leaving with unsaved changes asks Save / Discard / Cancel. Ctrl+S saves, Esc closes,
  Ctrl+N adds where the form has something to add.
- Read-only database: a banner says so and every edit control is disabled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from shiboken6 import isValid

from grants.domain.parse import NEGATIVE, ParseError, parse_amount, parse_date, parse_share
from grants.i18n import format_date, format_money, render_problem

ERROR_COLOR = "#b3261e"
INVALID_STYLE = f"border: 1px solid {ERROR_COLOR}; border-radius: 2px;"

#: What a form's submit returns: the write to run off the GUI thread (one service call).
Write = Callable[[], Any]

W = TypeVar("W", bound=QWidget)  # add_field returns the widget it was given, with its own type


class Forms:
    """Texts with a count in the context "Forms": ``Forms.tr("%n grant(s)", None, n)``.

    pyside6-lupdate names the context after the receiver of ``.tr`` and reads the count, so the
    message gets its singular and plural forms in the .ts files.
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Forms", text, disambiguation, n)


# -- input widgets ---------------------------------------------------------------------------------

def amount_or_none(text: str) -> Decimal | None:
    """The amount typed (grants.domain.parse), None when empty; ParseError when not an amount."""
    return parse_amount(text) if (text or "").strip() else None


class MoneyEdit(QLineEdit):
    """An amount in euro, typed the Belgian way, right-aligned, reformatted when left."""

    def __init__(self, parent: QWidget | None = None, lang: str = "fr", *, allow_negative: bool = False):
        super().__init__(parent)
        self._lang = lang
        self._allow_negative = allow_negative
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00" if lang != "en" else "0.00")
        self.setMinimumWidth(140)
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        """The amount, None when empty; ParseError (a ValueError) when the text is not an amount."""
        v = amount_or_none(self.text())
        if v is not None and v < 0 and not self._allow_negative:
            raise ParseError(NEGATIVE, text=self.text().strip())
        return v

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_money(value, self._lang, currency=False))

    def _reformat(self) -> None:
        try:
            v = self.value()
        except ValueError:
            return
        if v is not None:
            text = format_money(v, self._lang, currency=False)
            if text != self.text():
                self.setText(text)


class DateEdit(QWidget):
    """A date typed as 31/03/2025 (or picked from a calendar); may be left empty."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(QCoreApplication.translate("Forms", "dd/mm/yyyy"))
        self.line.setMaximumWidth(130)
        self.line.setMinimumWidth(110)
        self.line.textChanged.connect(self.textChanged)
        self.line.editingFinished.connect(self._reformat)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(QCoreApplication.translate("Forms", "Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users type the date
        self.button.clicked.connect(self._pick)
        lay.addWidget(self.line)
        lay.addWidget(self.button)
        lay.addStretch(1)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def value(self) -> dt.date | None:
        """The date, None when empty; ParseError (a ValueError) when the text is not a date."""
        text = self.line.text()
        return parse_date(text) if text.strip() else None

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(format_date(value))

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.line.setReadOnly(ro)
        self.button.setEnabled(not ro)

    def _reformat(self) -> None:
        try:
            v = self.value()
        except ValueError:
            return
        if v is not None and format_date(v) != self.line.text():
            self.line.setText(format_date(v))

    def _pick(self) -> None:
        menu = QMenu(self)
        cal = QCalendarWidget(menu)
        cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        try:
            current = self.value()
        except ValueError:
            current = None
        if current:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        act = QWidgetAction(menu)
        act.setDefaultWidget(cal)
        menu.addAction(act)

        def chosen(d: QDate) -> None:
            self.set_value(dt.date(d.year(), d.month(), d.day()))
            menu.close()

        cal.clicked.connect(chosen)
        cal.activated.connect(chosen)
        menu.popup(self.line.mapToGlobal(QPoint(0, self.line.height())))


class ShareEdit(QLineEdit):
    """A share in percent, 0 to 100, at most two decimals, typed (``33,33``) and never rounded."""

    def __init__(self, parent: QWidget | None = None, lang: str = "fr"):
        super().__init__(parent)
        self._lang = lang
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00 %" if lang != "en" else "0.00 %")
        self.setMinimumWidth(90)
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        """The share, None when empty; ParseError (a ValueError) when the text is not a share."""
        text = self.text()
        return parse_share(text) if text.strip() else None

    def decimal(self) -> Decimal:
        """The share, 0 when empty; ParseError when the text is not a share."""
        v = self.value()
        return Decimal("0.00") if v is None else v

    def set_value(self, value: Decimal | int | None) -> None:
        self.setText("" if value is None else f"{format_money(Decimal(value), self._lang, currency=False)} %")

    def _reformat(self) -> None:
        try:
            v = self.value()
        except ValueError:
            return
        if v is not None:
            text = f"{format_money(v, self._lang, currency=False)} %"
            if text != self.text():
                self.setText(text)


def money_item(value: Decimal | None, lang: str) -> QTableWidgetItem:
    item = QTableWidgetItem(format_money(value, lang) if value is not None else "")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def text_item(text: Any, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def read_table(headers: list[str], parent: QWidget | None = None) -> QTableWidget:
    """A compact, read-only table with one row selected at a time."""
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


def set_combo(combo: QComboBox, data: Any) -> None:
    i = combo.findData(data)
    combo.setCurrentIndex(i if i >= 0 else (0 if combo.count() and data is None else -1))


# -- the form ---------------------------------------------------------------------------------


@dataclass
class Field:
    name: str
    widget: QWidget
    error: QLabel
    label: QLabel | None


class FormDialog(QDialog):
    """Base of every form and workflow dialog (see the module doc).

    Subclasses build their fields with :meth:`add_field`, implement :meth:`submit` (read the
    widgets, call ONE service function, return the record id) and set ``entity``.
    """

    #: Emitted after a successful save with the id the service returned.
    saved = Signal(object)

    entity = ""
    #: Service field names that are shown next to another field of this form.
    aliases: dict[str, str] = {}

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, title: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = getattr(ctx, "lang", "fr") or "fr"
        self.read_only: bool = bool(getattr(ctx, "read_only", False))
        self.record_id: Any = None
        self.dirty = False
        self._loading = False
        self.fields: dict[str, Field] = {}
        self.edit_controls: list[QWidget] = []  # disabled when read-only
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        head = QVBoxLayout()
        head.setSpacing(2)
        self.title_label = QLabel(title, self)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel("", self)
        self.subtitle_label.setStyleSheet("color: #555;")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.title_label)
        head.addWidget(self.subtitle_label)
        outer.addLayout(head)

        self.banner = QLabel(QCoreApplication.translate("Forms", "Read-only: this database cannot be changed here."), self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #e0c97a;")
        self.banner.setWordWrap(True)
        self.banner.setVisible(self.read_only)
        outer.addWidget(self.banner)

        self.error_box = QLabel("", self)
        self.error_box.setObjectName("formErrors")
        self.error_box.setWordWrap(True)
        self.error_box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_box.setStyleSheet(f"background: #fdecea; color: {ERROR_COLOR}; padding: 6px; border: 1px solid #f1b0aa;")
        self.error_box.hide()
        outer.addWidget(self.error_box)

        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body, 1)

        self.buttons = QDialogButtonBox(self)
        outer.addWidget(self.buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._shortcut_save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_item)

    # -- building ------------------------------------------------------------------------------
    def new_form(self, parent_layout: Any = None) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        (parent_layout if parent_layout is not None else self.body).addLayout(form)
        return form

    def add_field(self, form: QFormLayout, name: str, label: str, widget: W, *,
                  required: bool = False, help: str = "") -> W:
        """A labelled row: the widget and, under it, the place of its error message."""
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel("", box)
        err.setObjectName(f"error_{name}")
        err.setWordWrap(True)
        err.setStyleSheet(f"color: {ERROR_COLOR};")
        err.hide()
        lay.addWidget(err)
        if help:
            widget.setToolTip(help)
        lab = QLabel(label + (" *" if required else ""), self)
        lab.setBuddy(widget)
        lab.setWordWrap(False)
        form.addRow(lab, box)
        widget.setObjectName(name)
        self.fields[name] = Field(name, widget, err, lab)
        self.watch(widget)
        self.edit_controls.append(widget)
        return widget

    def add_error_place(self, name: str, widget: QWidget, error_label: QLabel | None = None) -> QLabel:
        """Register a widget (a table, a group) that shows problems of field ``name`` under it."""
        err = error_label or QLabel("", self)
        err.setObjectName(f"error_{name}")
        err.setWordWrap(True)
        err.setStyleSheet(f"color: {ERROR_COLOR};")
        err.hide()
        self.fields[name] = Field(name, widget, err, None)
        return err

    def watch(self, widget: QWidget) -> None:
        """Mark the form dirty when ``widget`` changes."""
        for signal in ("textChanged", "editTextChanged", "currentIndexChanged", "valueChanged", "toggled", "itemChanged", "cellChanged"):
            sig = getattr(widget, signal, None)
            if sig is not None and hasattr(sig, "connect"):
                try:
                    sig.connect(self.mark_dirty)
                except (RuntimeError, TypeError):
                    continue

    def mark_dirty(self, *_: Any) -> None:
        if not self._loading and not self.read_only:
            self.dirty = True

    def loading(self) -> _Loading:
        """``with self.loading():`` fills widgets without marking the form dirty."""
        return _Loading(self)

    def add_button(self, text: str, slot: Callable[[], Any], *, role: QDialogButtonBox.ButtonRole =
                   QDialogButtonBox.ButtonRole.ActionRole, edit: bool = True, name: str = "") -> QPushButton:
        b = self.buttons.addButton(text, role)
        b.setAutoDefault(False)
        if name:
            b.setObjectName(name)
        b.clicked.connect(lambda _=False: slot())
        if edit:
            self.edit_controls.append(b)
        return b

    def finish(self) -> None:
        """Call at the end of a subclass constructor: read-only state, size. What the constructor
        filled in (defaults of a new record included) is not a change of the user's."""
        self.apply_read_only()
        self.adjustSize()
        self.dirty = False

    def apply_read_only(self) -> None:
        self.banner.setVisible(self.read_only)
        if not self.read_only:
            return
        for w in self.edit_controls:
            set_editable(w, False)

    # -- problems -----------------------------------------------------------------------------
    def clear_problems(self) -> None:
        self.error_box.clear()
        self.error_box.hide()
        for f in self.fields.values():
            f.error.clear()
            f.error.hide()
            f.widget.setProperty("invalid", False)
            target = getattr(f.widget, "line", f.widget)
            target.setStyleSheet("")

    def field_for(self, name: str | None) -> Field | None:
        if not name:
            return None
        name = self.aliases.get(name, name)
        return self.fields.get(name)

    def show_problems(self, problems: Iterable[Any]) -> None:
        """Each problem under its field (``Problem.field``), the others on top of the form."""
        self.clear_problems()
        general: list[str] = []
        first: QWidget | None = None
        for p in problems:
            text = render_problem(p, self.lang)
            f = self.field_for(getattr(p, "field", None))
            if f is None:
                general.append(text)
                continue
            f.error.setText((f.error.text() + "\n" + text).strip())
            f.error.show()
            f.widget.setProperty("invalid", True)
            target = getattr(f.widget, "line", f.widget)
            if isinstance(target, (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)):
                target.setStyleSheet(INVALID_STYLE)
            first = first or f.widget
        if general:
            self.error_box.setText("\n".join(f"• {g}" for g in general))
            self.error_box.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Messages appeared: make room for them rather than squeeze them."""
        lay = self.layout()
        lay.invalidate()
        lay.activate()
        want = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else -1
        want = max(want, self.sizeHint().height(), lay.totalMinimumSize().height())
        if want > self.height():
            self.resize(self.width(), want)

    def problem_texts(self) -> dict[str, str]:
        """Field name -> error shown (tests and accessibility); "" key: the box on top."""
        out = {n: f.error.text() for n, f in self.fields.items() if f.error.text()}
        if self.error_box.text():
            out[""] = self.error_box.text()
        return out

    # -- saving -------------------------------------------------------------------------------
    def submit(self) -> Any:
        """Read the widgets (GUI thread) and return the write to run: a function of no argument
        calling one service function (one transaction) and returning the id, which
        :meth:`save` runs off the GUI thread. Raise RuleError to refuse what the widgets hold.
        The function must not touch widgets: read them into local names first."""
        raise NotImplementedError

    def after_save(self, result: Any) -> None:
        """Hook: refresh after a successful save."""

    def save_label(self) -> str:
        """What the busy dialog says if the write takes long."""
        return QCoreApplication.translate("Forms", "Saving…")

    def save(self) -> bool:
        """Run :meth:`submit`'s write as an operation off the GUI thread (waited for, the GUI
        keeps painting); show what the rules refuse beside the fields, the dialog and the user's
        input staying; a locked or full database is a message. True when saved."""
        from grants.services.errors import RuleError

        if self.read_only or getattr(self, "_saving", False):
            return False
        self.clear_problems()
        try:
            work = self.submit()
        except RuleError as e:
            self.show_problems(e.problems)
            return False
        if not callable(work):  # nothing left to write: the widgets' check was the whole action
            result = work
        else:
            op = self.write(work, changed=[self.entity] if self.entity else [])
            if op is None or not isValid(self):
                return False
            result = op.result
        self.dirty = False
        if result is not None:
            self.record_id = result
        self.saved.emit(result)
        self.after_save(result)
        return True

    def write(self, work: Write, *, changed: Iterable[str], label: str | None = None) -> Any:
        """Run ``work`` (one service call) as an operation off the GUI thread, waited for; a
        refusal is shown beside the fields (the dialog and its input stay), a locked database is
        a message. The :class:`grants.ui.tasks.Operation` done, or None."""
        from grants.services.errors import RuleError
        from grants.ui.tasks import database_unavailable, default_on_error, perform

        def refused(exc: BaseException) -> None:
            if isinstance(exc, RuleError) and isValid(self):
                self.show_problems(exc.problems)
            elif database_unavailable(exc) is None:
                default_on_error(self if isValid(self) else None, exc)

        self._saving = True
        try:
            return perform(self, label or self.save_label(), work, changed=changed, on_error=refused, ctx=self.ctx)
        finally:
            self._saving = False

    def _shortcut_save(self) -> None:
        if not self.read_only:
            self.save()

    def new_item(self) -> None:
        """Ctrl+N: add what the form can add (a contact, an expense line...). Nothing by default."""

    # -- leaving ---------------------------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          QCoreApplication.translate("Forms", "This form has changes that are not saved."), parent=self)
        box.setInformativeText(QCoreApplication.translate("Forms", "Save them before closing?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("Forms", "Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("Forms", "Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Forms", "Keep editing"))
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def may_leave(self) -> bool:
        if not self.dirty or self.read_only:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def reject(self) -> None:  # Esc, the Close button, the window's close box
        if self.may_leave():
            self.dirty = False
            super().reject()

    # -- size remembered ------------------------------------------------------------------------
    def _settings(self) -> Any:
        return getattr(self.ctx, "settings", None)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """The first time: the size the user left this kind of dialog at, never smaller than its
        content needs, never larger than the screen."""
        if not getattr(self, "_size_restored", False):
            self._size_restored = True
            settings = self._settings()
            saved = settings.dialog_size(type(self).__name__) if settings is not None else None
            if saved is not None:
                hint = self.sizeHint()
                width, height = max(saved[0], hint.width()), max(saved[1], hint.height())
                screen = self.screen().availableGeometry() if self.screen() is not None else None
                if screen is not None:
                    width, height = min(width, screen.width()), min(height, screen.height())
                self.resize(width, height)
        super().showEvent(event)

    def done(self, result: int) -> None:
        settings = self._settings()
        if settings is not None and self.isVisible():
            settings.set_dialog_size(type(self).__name__, self.width(), self.height())
        super().done(result)


class _Loading:
    def __init__(self, form: FormDialog):
        self.form = form

    def __enter__(self) -> None:
        self.form._loading = True

    def __exit__(self, *exc: Any) -> None:
        self.form._loading = False


def set_editable(w: QWidget, editable: bool) -> None:
    if isinstance(w, (QLineEdit, QPlainTextEdit, DateEdit, QAbstractSpinBox)):
        w.setReadOnly(not editable)
    elif isinstance(w, QTableWidget):
        w.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                          else QAbstractItemView.EditTrigger.NoEditTriggers)
        if not editable:
            for cw in w.findChildren(QWidget):
                if isinstance(cw, (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)):
                    cw.setEnabled(False)
    else:
        w.setEnabled(editable)


def is_editable(w: QWidget) -> bool:
    """What the user sees: can this control change data?"""
    if not w.isEnabled():
        return False
    if isinstance(w, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not w.isReadOnly()
    if isinstance(w, DateEdit):
        return not w.line.isReadOnly()
    if isinstance(w, QTableWidget):
        return w.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    return isinstance(w, (QComboBox, QAbstractButton, QCheckBox))


class ActionDialog(FormDialog):
    """A workflow step: a few fields, one button that does it (named after the action), Cancel."""

    def __init__(self, ctx: Any, parent: QWidget | None, *, title: str, action_text: str, explanation: str = ""):
        super().__init__(ctx, parent, title=title)
        self.setModal(True)
        if explanation:
            note = QLabel(explanation, self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #444;")
            self.body.addWidget(note)
        self.form = self.new_form()
        self.ok_button = self.add_button(action_text, self._do, role=QDialogButtonBox.ButtonRole.AcceptRole, name="ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.add_button(QCoreApplication.translate("Forms", "Cancel"), self.reject, role=QDialogButtonBox.ButtonRole.RejectRole,
                                             edit=False, name="cancel")
        self.setMinimumWidth(520)

    def _do(self) -> None:
        if self.save():
            self.done_ok()

    def done_ok(self) -> None:
        """After success: close (subclasses may show a result instead)."""
        self.accept()


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def section(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    f = lab.font()
    f.setBold(True)
    lab.setFont(f)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return lab


class Problems:
    """Collects the problems of reading the widgets, before any service is called."""

    def __init__(self) -> None:
        from grants.services.errors import Problem

        self._problem = Problem
        self.items: list[Any] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(self._problem(message, {}, field))

    def refused(self, field: str, error: ParseError) -> None:
        """What grants.domain.parse refused, shown under the field (translated when shown)."""
        self.items.append(self._problem(error.message, dict(error.params), field))

    def _read(self, field: str, widget: MoneyEdit | DateEdit | ShareEdit, required: bool) -> Any:
        try:
            v = widget.value()
        except ParseError as e:
            self.refused(field, e)
            return None
        if v is None and required:
            self.add(field, QCoreApplication.translate("Forms", "This field is required"))
        return v

    def money(self, field: str, widget: MoneyEdit, *, required: bool = False) -> Decimal | None:
        return self._read(field, widget, required)  # type: ignore[no-any-return]

    def date(self, field: str, widget: DateEdit, *, required: bool = False) -> dt.date | None:
        return self._read(field, widget, required)  # type: ignore[no-any-return]

    def share(self, field: str, widget: ShareEdit, *, required: bool = False) -> Decimal | None:
        return self._read(field, widget, required)  # type: ignore[no-any-return]

    def text(self, field: str, widget: QLineEdit | QPlainTextEdit, *, required: bool = False) -> str:
        value = (widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()).strip()
        if required and not value:
            self.add(field, QCoreApplication.translate("Forms", "This field is required"))
        return value

    def raise_if_any(self) -> None:
        if self.items:
            from grants.services.errors import RuleError

            raise RuleError(self.items)
