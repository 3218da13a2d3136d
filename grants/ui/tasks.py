"""Long work (import, exports, snapshot) off the GUI thread, behind a cancellable progress dialog.

    run_in_background(parent, title, work, on_done, on_error=None, *, cancellable=True) -> Task

    load_in_background(parent, work, on_done, on_error=None) -> Task

    run_operation(parent, label, work, done, *, changed=(), on_error=None) -> Task

    perform(parent, label, work, *, changed=(), on_error=None) -> Operation | None

The third form is the one way to write from the GUI: ``work()`` (one service call, one
transaction) runs off the GUI thread and returns an :class:`Operation` (or a plain result, wrapped
with ``changed``); the screen's :class:`~grants.ui.context.AppContext` then emits ``changed`` once
with it, and ``done(op)`` runs on the GUI thread. A locked or full database is a message to the
user ("nothing was saved"), never the crash dialog.

The second form is for the screens' reads (dashboard, lists, opening the database): no dialog, the
screen shows its own "loading" state; ``work()`` takes no argument. ``wait_idle()`` lets tests wait
until every task delivered its result.

``work(progress)`` runs in a worker thread. It receives ``progress(done, total) -> bool``, which
returns False once the user pressed Cancel; services then raise
:class:`grants.services.errors.Cancelled` and roll their transaction back (see
``grants.services.errors.tick``). ``on_done(result)`` and ``on_error(exc)`` run on the GUI thread.
Widgets are never touched from the worker: progress crosses threads as a queued signal.

The default ``on_error`` shows a :class:`RuleError`'s problems in the user's language, "Cancelled:
nothing was saved" for :class:`Cancelled`, and anything else through the error dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]

#: Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.
_RUNNING: set[Task] = set()


class _Worker(QThread):
    """Runs ``work(progress)``; reports through signals received on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], cancel_event: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel_event

    def progress(self, done: int, total: int) -> bool:
        # Called in the worker thread: only emits (queued to the GUI thread), never touches widgets.
        self.progressed.emit(int(done), int(total))
        return not self._cancel.is_set()

    def run(self) -> None:  # noqa: D102 - QThread
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is delivered to on_error
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of background work. Lives on the GUI thread; its callbacks run there.

    ``finished`` is emitted (GUI thread) after ``on_done`` or ``on_error`` has run.
    ``result`` / ``error`` hold the outcome; ``cancelled`` says whether Cancel was pressed.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                 *, cancellable: bool = True, quiet: bool = False, show_after_ms: int = 0):
        super().__init__(None)
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._show_after_ms = show_after_ms

        self._worker = _Worker(work, self._cancel)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        if quiet:  # a screen's read: the screen shows its own loading state
            return

        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the first progress report
        dialog.setMinimumWidth(380)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Task", "Cancel"))
            # Keep the dialog up while the work rolls back: Qt would hide it at once on Cancel.
            try:
                dialog.canceled.disconnect(dialog.cancel)
            except (RuntimeError, TypeError):  # pragma: no cover - older bindings
                pass
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog

    # -- control -----------------------------------------------------------------------------
    def start(self) -> Task:
        _RUNNING.add(self)
        if self.dialog is not None:
            if self._show_after_ms > 0:  # a short write: no dialog flashing, but a long one shows
                from PySide6.QtCore import QTimer

                QTimer.singleShot(self._show_after_ms, self._show_if_running)
            else:
                self.dialog.show()
        self._worker.start()
        return self

    def _show_if_running(self) -> None:
        if not self.done and self.dialog is not None:
            self.dialog.show()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop: the next ``progress()`` call returns False."""
        if self.done or self._cancel.is_set():
            return
        self._cancel.set()
        if self.dialog is None:
            return
        self.dialog.setLabelText(QCoreApplication.translate("Task", "Cancelling: undoing the work done so far…"))
        button_box = self.dialog.findChildren(QWidget)
        for child in button_box:
            if child.metaObject().className() == "QPushButton":
                child.setEnabled(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker thread ended (tests, shutdown). Callbacks still need the event loop."""
        return self._worker.wait(QDeadlineTimer(msecs))

    # -- GUI-thread slots -------------------------------------------------------------------
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.done or self.dialog is None:
            return
        if total > 0:
            if self.dialog.maximum() != total:
                self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        try:
            self._on_done(result)
        except Exception as exc:  # noqa: BLE001 - a failing callback is shown, not lost
            log.exception("on_done of a background task failed")
            _show_unexpected(self._parent, exc)
        finally:
            self._release()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        try:
            (self._on_error or (lambda e: default_on_error(self._parent, e)))(exc)
        except Exception as second:  # noqa: BLE001
            log.exception("on_error of a background task failed")
            _show_unexpected(self._parent, second)
        finally:
            self._release()

    def _finish(self) -> None:
        self.done = True
        self._worker.wait()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()

    def _release(self) -> None:
        self.finished.emit()
        _RUNNING.discard(self)


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                      *, cancellable: bool = True) -> Task:
    """Run ``work(progress)`` in a worker thread behind a modal progress dialog (see module doc)."""
    return Task(parent, title, work, on_done, on_error, cancellable=cancellable).start()


def load_in_background(parent: QWidget | None, work: Callable[[], Any], on_done: Callable[[Any], None],
                       on_error: Callable[[BaseException], None] | None = None) -> Task:
    """Run ``work()`` (a screen's read) in a worker thread, without a dialog: the GUI stays live,
    the screen shows its loading state; ``on_done(result)`` runs on the GUI thread."""
    return Task(parent, "", lambda _progress: work(), on_done, on_error, cancellable=False, quiet=True).start()


@dataclass(frozen=True)
class Operation:
    """What a write from the GUI did: its result (an id, a summary...) and the kinds of records
    it changed ("grant", "payment"...), from which open views decide whether to reload."""

    result: Any = None
    changed: frozenset[str] = frozenset()
    #: True when nothing was written (every record refused): no view needs to reload.
    nothing: bool = False

    def touches(self, *kinds: str) -> bool:
        """True when the operation changed one of ``kinds`` (or did not say what it changed)."""
        if self.nothing:
            return False
        return not self.changed or any(k in self.changed for k in kinds)


def _context_of(widget: Any) -> Any:
    w = widget
    while w is not None:
        ctx = getattr(w, "ctx", None)
        if ctx is not None and hasattr(ctx, "notify"):
            return ctx
        w = w.parent() if hasattr(w, "parent") else None
    return None


def run_operation(parent: QWidget | None, label: str, work: Callable[[], Any], done: Callable[[Operation], None],
                  *, changed: Iterable[str] = (), on_error: Callable[[BaseException], None] | None = None,
                  ctx: Any = None, show_after_ms: int = 0) -> Task:
    """Run a write ``work()`` off the GUI thread behind a busy dialog titled ``label``; then
    ``ctx.changed`` (the parent's context unless given) once with the :class:`Operation`, then
    ``done(op)``. Errors: ``on_error`` when given (a form shows a RuleError beside its fields),
    else :func:`default_on_error`; a locked or full database is always a plain message."""
    kinds = frozenset(changed)
    context = ctx if ctx is not None else _context_of(parent)

    def run(_progress: Progress) -> Operation:
        result = work()
        if isinstance(result, Operation):
            return result if result.changed or not kinds else Operation(result.result, kinds, result.nothing)
        return Operation(result, kinds)

    def finished(op: Operation) -> None:
        if context is not None and not op.nothing:
            context.notify(op)
        done(op)

    def failed(exc: BaseException) -> None:
        if database_unavailable(exc) is not None:
            show_database_unavailable(parent, exc)
        elif on_error is not None:
            on_error(exc)
        else:
            default_on_error(parent, exc)

    return Task(parent, label, run, finished, failed, cancellable=False, show_after_ms=show_after_ms).start()


def perform(parent: QWidget | None, label: str, work: Callable[[], Any], *, changed: Iterable[str] = (),
            on_error: Callable[[BaseException], None] | None = None, ctx: Any = None) -> Operation | None:
    """:func:`run_operation`, waited for: the write runs off the GUI thread while the GUI keeps
    painting (a local event loop; the busy dialog shows if it takes long), then the operation is
    announced and returned; None when it failed (``on_error`` or the usual message said why).
    For the callers that go on after the write (a form's Save, then Close)."""
    from PySide6.QtCore import QEventLoop

    outcome: list[Operation] = []
    task = run_operation(parent, label, work, outcome.append, changed=changed, on_error=on_error, ctx=ctx,
                         show_after_ms=400)
    if task in _RUNNING:  # its result is delivered by a queued signal: always still running here
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        loop.exec()
    return outcome[0] if outcome else None


def database_unavailable(exc: BaseException) -> str | None:
    """"locked" or "full" when ``exc`` says the database cannot be written just now, else None."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if any(words in text for words in _LOCKED):
        return "locked"
    if any(words in text for words in _FULL):
        return "full"
    return None


#: What SQLite and PostgreSQL say when another writer holds what a write needs: try again later.
_LOCKED = ("database is locked", "database is busy", "database table is locked",  # SQLite
           "deadlock detected", "could not serialize access", "lock timeout",  # PostgreSQL
           "could not obtain lock")
#: ... and when the disk holding the database is full.
_FULL = ("database or disk is full", "no space left", "disk i/o error", "could not extend file")


def show_database_unavailable(parent: QWidget | None, exc: BaseException) -> None:
    """The user's message for a locked or full database (logged, without the crash dialog)."""
    from . import errors

    log.warning("write refused by the database: %s", exc)
    if database_unavailable(exc) == "full":
        text = QCoreApplication.translate(
            "Task", "The disk holding the database is full: nothing was saved. Free some space, then try again.")
    else:
        text = QCoreApplication.translate(
            "Task", "The database is busy: another person or program is writing to it. Nothing was saved; "
                    "try again in a moment.")
    errors.show_information(parent, QCoreApplication.translate("Task", "Not saved"), text)


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Process events until every task delivered its result (tests; True when idle in time)."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not _RUNNING:
            # a delivered result may start the next read (a page switch, a reload): look again
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not _RUNNING:
                return True
        else:
            time.sleep(0.002)
    return False


def running_tasks() -> list[Task]:
    """Tasks not yet finished (the main window asks before quitting)."""
    return [t for t in _RUNNING if not t.done]


def _lang_of(widget: Any) -> str:
    from grants.i18n import user_language

    w = widget
    while w is not None:
        ctx = getattr(w, "ctx", None)
        if ctx is not None and getattr(ctx, "lang", None):
            return str(ctx.lang)
        w = w.parent() if hasattr(w, "parent") else None
    return user_language()


def default_on_error(parent: QWidget | None, exc: BaseException) -> None:
    """RuleError: its problems; Cancelled: "nothing was saved"; anything else: the error dialog."""
    from grants.services.errors import Cancelled, RuleError

    from . import errors

    if database_unavailable(exc) is not None:
        show_database_unavailable(parent, exc)
    elif isinstance(exc, Cancelled):
        errors.show_information(parent, QCoreApplication.translate("Task", "Cancelled"),
                                QCoreApplication.translate("Task", "Cancelled: nothing was saved."))
    elif isinstance(exc, RuleError):
        errors.show_problems(parent, exc.problems, _lang_of(parent))
    else:
        _show_unexpected(parent, exc)


def _show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    from . import errors

    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))
    errors.show_error(parent, exc)
