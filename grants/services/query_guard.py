"""A guard for the GUI: queries that run on the main (GUI) thread are timed, and one that takes
longer than 50 ms is logged as a warning naming its statement (the window froze meanwhile).

The screens read off the GUI thread (grants.ui.tasks); this guard finds what still does not.
``collect_main_thread_queries()`` records every statement the main thread runs (tests assert that
page switches and list loads run none). No Qt here: "main thread" is ``threading.main_thread()``.

Writes have one way from the GUI (``grants.ui.tasks.run_operation``, off the GUI thread): a write
statement (INSERT, UPDATE, DELETE) that the screens' code (``grants/ui``) runs on the main thread
is logged as an error and kept in ``gui_thread_writes()`` (the GUI tests fail on any).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

#: A query on the GUI thread longer than this (seconds) is logged.
SLOW_ON_GUI_THREAD = 0.050

_collectors: list[list[str]] = []
_KEY = "grants_gui_query_started"
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_UI_DIR = os.sep + os.path.join("grants", "ui") + os.sep
_gui_writes: list[str] = []


def _from_the_screens() -> str | None:
    """The screens' frame (file:line) that led to this statement, if any."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if _UI_DIR in frame.f_code.co_filename:
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back
    return None


def _on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _before(conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
    if not _on_gui_thread():
        return
    conn.info.setdefault(_KEY, []).append(time.perf_counter())
    for collected in _collectors:
        collected.append(statement)
    if statement.lstrip().upper().startswith(_WRITES):
        where = _from_the_screens()
        if where is not None:
            text = " ".join(statement.split())[:300]
            log.error("a write on the GUI thread (use grants.ui.tasks.run_operation), from %s: %s", where, text)
            _gui_writes.append(f"{where}: {text}")


def _after(conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
    if not _on_gui_thread():
        return
    started = conn.info.get(_KEY)
    if not started:
        return
    elapsed = time.perf_counter() - started.pop()
    if elapsed > SLOW_ON_GUI_THREAD:
        log.warning("query on the GUI thread took %.0f ms: %s", elapsed * 1000, " ".join(statement.split())[:500])


def install(engine: Engine) -> None:
    """Time the queries ``engine`` runs on the GUI thread (idempotent)."""
    if not event.contains(engine, "before_cursor_execute", _before):
        event.listen(engine, "before_cursor_execute", _before)
        event.listen(engine, "after_cursor_execute", _after)


@contextmanager
def collect_main_thread_queries() -> Iterator[list[str]]:
    """The statements run on the main thread (by a guarded engine) while the block runs."""
    collected: list[str] = []
    _collectors.append(collected)
    try:
        yield collected
    finally:
        _collectors.remove(collected)


def gui_thread_writes(clear: bool = False) -> list[str]:
    """The writes the screens' code ran on the GUI thread ("file:line: statement"), oldest first;
    ``clear`` empties the record after reading it."""
    found = list(_gui_writes)
    if clear:
        _gui_writes.clear()
    return found
