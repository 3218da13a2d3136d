"""Errors shown to the user, and the log file they can send to support.

- :func:`setup_logging`: a rotating log file in the user's data folder; Qt's own messages routed
  to :mod:`logging`.
- :func:`install_excepthook`: any uncaught exception is logged and shown in a dialog (on the GUI
  thread, even when raised elsewhere) with its message and the log file's path.
- :func:`show_problems`, :func:`show_information`, :func:`show_error`: non-blocking message boxes
  (``open()``, deleted on close), so that tests and background tasks never hang on them.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from grants.services import logfile

log = logging.getLogger("grants")


def log_dir() -> Path:
    """GRANTS_LOG_DIR, else <user data folder>/grants/logs (shared with the command line)."""
    return logfile.log_dir()


def log_file_path() -> Path:
    return logfile.log_file_path()


def setup_logging(level: int = logging.INFO) -> Path:
    """Rotating log file (1 MB x 5) in the user's data folder; returns its path. Idempotent."""
    path = logfile.setup_file_logging(level) or log_file_path()
    qInstallMessageHandler(_qt_message_handler)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_handler(mode: QtMsgType, context: Any, message: str) -> None:
    category = getattr(context, "category", None) or "qt"
    logging.getLogger(f"qt.{category}" if not str(category).startswith("qt") else str(category)).log(
        _QT_LEVELS.get(mode, logging.WARNING), message)


# -- message boxes --------------------------------------------------------------------------------
def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         informative: str = "", detailed: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    box.setObjectName("grantsMessageBox")
    box.open()
    return box


def show_information(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text)


def show_problems(parent: QWidget | None, problems: Iterable[Any], lang: str | None = None,
                  title: str | None = None) -> QMessageBox:
    """What the rules refused and why, one line per problem, in the user's language."""
    from grants.i18n import render_problem

    lines = [render_problem(p, lang) for p in problems]
    text = QCoreApplication.translate("Errors", "Nothing was saved:") if len(lines) != 1 else QCoreApplication.translate("Errors", "Nothing was saved.")
    body = "\n".join(f"• {line}" for line in lines)
    return _box(parent, QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Refused"), text, body)


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> QMessageBox:
    """An unexpected error: its message, where the log file is, and the details on demand."""
    if tb is None:
        tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    message = str(exc) or type(exc).__name__
    informative = QCoreApplication.translate("Errors", "The details were written to the log file:\n{path}").format(path=log_file_path())
    return _box(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"),
                QCoreApplication.translate("Errors", "Something went wrong: {message}").format(message=message), informative, tb)


# -- uncaught exceptions -------------------------------------------------------------------------
class _ExceptionRelay(QObject):
    """Carries an exception from any thread to the GUI thread (queued signal)."""

    raised = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.shown: list[QMessageBox] = []

    def _show(self, exc: BaseException, tb: str) -> None:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        self.shown = [b for b in self.shown if _alive(b)][-4:]
        if len(self.shown) >= 3:  # an error in a paint loop must not bury the user in dialogs
            return
        self.shown.append(show_error(parent, exc, tb))


def _alive(box: QMessageBox) -> bool:
    try:
        return box.isVisible()
    except RuntimeError:
        return False


_relay: _ExceptionRelay | None = None


def install_excepthook() -> None:
    """sys.excepthook and threading.excepthook -> log + error dialog on the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _ExceptionRelay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay.moveToThread(app.thread())

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        setup_logging()  # already open (idempotent), or an error before the window painted: opened now
        log.error("uncaught exception\n%s", text)
        if _relay is not None:
            _relay.raised.emit(exc, text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
