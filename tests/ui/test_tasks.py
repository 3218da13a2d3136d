"""Background tasks: work runs off the GUI thread, callbacks on it, Cancel rolls back."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from grants.services.errors import Cancelled, Problem, RuleError, tick
from grants.ui.tasks import run_in_background, running_tasks


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _close_boxes() -> None:
    for box in _message_boxes():
        box.close()


def test_work_runs_in_a_worker_thread_and_on_done_on_the_gui_thread(qtbot, parent):
    seen: dict[str, object] = {}
    gui_thread = threading.current_thread()

    def work(progress):
        seen["work_thread"] = threading.current_thread()
        for i in range(5):
            assert progress(i, 5) is True
        return 42

    def on_done(result):
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    task = run_in_background(parent, "Working", work, on_done)
    assert isinstance(task.dialog, QProgressDialog) and task.dialog.isVisible()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42 and task.result == 42 and task.error is None
    assert seen["work_thread"] is not gui_thread
    assert seen["done_thread"] is gui_thread
    assert task not in running_tasks()


def test_cancel_makes_progress_return_false_and_shows_nothing_saved(qtbot, parent):
    started = threading.Event()
    rolled_back: list[bool] = []

    def work(progress):
        started.set()
        try:
            for i in range(10_000):
                tick(progress, i, 10_000)
                time.sleep(0.002)
        except Cancelled:
            rolled_back.append(True)
            raise
        return "finished"

    done: list[object] = []
    task = run_in_background(parent, "Long work", work, done.append)
    assert started.wait(5)
    qtbot.wait(20)
    task.dialog.canceled.emit()  # what the Cancel button does
    assert task.cancelled
    assert task.dialog.isVisible(), "the dialog stays up while the work rolls back"
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert rolled_back == [True] and done == []
    assert isinstance(task.error, Cancelled)
    boxes = _message_boxes()
    assert any("nothing was saved" in b.text() for b in boxes), [b.text() for b in boxes]
    _close_boxes()


def test_rule_error_shows_every_problem(qtbot, parent):
    def work(progress):
        raise RuleError([Problem("Amount {amount} is too high", {"amount": 5}, "amount"),
                         Problem("Date is missing", {}, "date")])

    task = run_in_background(parent, "Saving", work, lambda r: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    boxes = _message_boxes()
    assert len(boxes) == 1
    assert "Amount 5 is too high" in boxes[0].informativeText()
    assert "Date is missing" in boxes[0].informativeText()
    _close_boxes()


def test_unexpected_error_goes_to_on_error_or_the_error_dialog(qtbot, parent, tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTS_LOG_DIR", str(tmp_path))
    errors: list[BaseException] = []
    task = run_in_background(parent, "x", lambda p: 1 / 0, lambda r: None, errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert _message_boxes() == []

    task = run_in_background(parent, "x", lambda p: 1 / 0, lambda r: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    boxes = _message_boxes()
    assert len(boxes) == 1 and "division by zero" in boxes[0].text()
    assert str(tmp_path) in boxes[0].informativeText()
    _close_boxes()


def test_not_cancellable_has_no_cancel_button(qtbot, parent):
    from PySide6.QtWidgets import QPushButton

    gate = threading.Event()
    task = run_in_background(parent, "x", lambda p: gate.wait(5), lambda r: None, cancellable=False)
    assert task.dialog.findChildren(QPushButton) == []
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass


def test_progress_updates_the_dialog(qtbot, parent):
    gate = threading.Event()

    def work(progress):
        progress(3, 10)
        gate.wait(5)
        return None

    task = run_in_background(parent, "x", work, lambda r: None)
    qtbot.waitUntil(lambda: task.dialog.maximum() == 10 and task.dialog.value() == 3, timeout=3000)
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass


@pytest.mark.parametrize(("said", "kind"), [
    ("database is locked", "locked"),  # SQLite
    ("deadlock detected\nDETAIL:  Process 4242 waits for ShareLock on transaction 917", "locked"),  # PostgreSQL
    ("could not serialize access due to concurrent update", "locked"),
    ("canceling statement due to lock timeout", "locked"),
    ("could not obtain lock on row in relation \"budget_line\"", "locked"),
    ("could not extend file \"base/16384/16500\": No space left on device", "full"),
    ("database or disk is full", "full"),
    ("relation \"grant\" does not exist", None),
])
def test_a_busy_or_full_database_is_recognised_on_both_engines(said: str, kind: str | None) -> None:
    """What SQLite and PostgreSQL (psycopg, through SQLAlchemy) say when another writer holds what a
    write needs, or the disk is full: the user is told so (try again), not shown the crash dialog."""
    from sqlalchemy.exc import OperationalError

    from grants.ui.tasks import database_unavailable

    assert database_unavailable(OperationalError("UPDATE budget_line ...", {}, Exception(said))) == kind
