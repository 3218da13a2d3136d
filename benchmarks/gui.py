"""The GUI's scenarios of ``python -m benchmarks``, each a whole process (run by the runner):

    python -m benchmarks.gui start DB     grants' real entry point (grants.cli.main(["--db", DB]) ->
                                          grants.ui.app.run()) until the dashboard is filled
    python -m benchmarks.gui bare         a bare PySide6 process showing an empty QMainWindow
    python -m benchmarks.gui list DB      the real MainWindow on DB: the grants list opened, sorted by
                                          three columns, filtered by a year and a status, scrolled
    python -m benchmarks.gui idle SECS    the same Qt event loop doing nothing (its timer lateness)

Each prints one line ``BENCH {json}`` on stdout: instants are ``time.monotonic()`` stamps (keys
ending in ``_at``; the runner subtracts the moment it started the process), CPU times are the
process's own (``time.process_time()``: every thread, interpreter start included).

How "start" is observed without changing what ``run()`` does: the QApplication is created first
with ``grants.ui.app._application()`` (``run()`` takes the existing one), an application-level
event filter records the first Paint event of a QMainWindow (then is removed: it costs a Python call
per event), and a 10 ms timer started then notes when the window has a database and its dashboard
is filled, and quits the event loop: ``run()`` returns, the process ends. The bare side has the same
filter and quits at its first paint.

How "list" measures the GUI thread's stalls: a 5 ms precise QTimer notes its worst lateness (the
time the event loop could not run it); a watchdog thread samples the GUI thread's Python stack
while a tick is more than 40 ms late, so that each stall over 50 ms is reported with its cause (the
innermost frames of the application, or "Qt" when the GUI thread was in Qt's own code, e.g.
painting or laying out); and the query guard (grants.services.query_guard) logs every query the
GUI thread ran for more than 50 ms.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from typing import Any

STALL = 0.050  # a stall longer than this is reported with its cause


START_GOAL = "first paint within 2x of an empty QMainWindow (wall and CPU); ready reported"
LIST_GOAL = "no GUI-thread stall over 50 ms from a query; longest stall and rows-shown time reported"


def metrics(stdout: bytes, started: float) -> dict[str, Any]:
    """The child's ``BENCH`` line, its ``*_at`` instants made seconds since ``started`` (the runner's
    monotonic clock when it started the process: the same clock on Linux)."""
    for line in stdout.decode(errors="replace").splitlines():
        if line.startswith("BENCH "):
            found: dict[str, Any] = json.loads(line[6:])
            return {k[:-3] if k.endswith("_at") else k: (v - started if k.endswith("_at") and v is not None else v)
                    for k, v in found.items()}
    return {}


def _median(runs: list[Any], key: str) -> float:
    return statistics.median(float(r.metrics[key]) for r in runs)


def check_start(s: Any) -> tuple[bool, str]:
    """The first paint's wall and CPU against the bare window's (medians), and the ready time."""
    wall, bare_wall = _median(s.runs_app, "first_paint"), _median(s.runs_base, "first_paint")
    cpu, bare_cpu = _median(s.runs_app, "first_paint_cpu"), _median(s.runs_base, "first_paint_cpu")
    ready, ready_cpu = _median(s.runs_app, "ready"), _median(s.runs_app, "ready_cpu")
    opened = _median(s.runs_app, "db_open")
    met = wall <= 2 * bare_wall and cpu <= 2 * bare_cpu
    return met, (f"first paint at {wall:.2f} s wall / {cpu:.2f} s CPU against the empty QMainWindow's "
                 f"{bare_wall:.2f} s / {bare_cpu:.2f} s (**{wall / bare_wall:.2f}x wall, {cpu / bare_cpu:.2f}x CPU**); "
                 f"database open at {opened:.2f} s, dashboard filled (ready) at {ready:.2f} s wall, "
                 f"{ready_cpu:.2f} s CPU (medians)")


def check_list(s: Any) -> tuple[bool, str]:
    """No query stall (watchdog) nor guard warning in any run; the longest stall and its cause."""
    runs = [r.metrics for r in s.runs_app]
    stalls = [st for m in runs for st in m["stalls"]]
    longest = max(stalls, key=lambda st: st["ms"]) if stalls else None
    queries = [st for m in runs for st in m["query_stalls"]]
    guard = [g for m in runs for g in m["guard"]]
    idle = max(r.metrics["worst_late_ms"] for r in s.runs_base)
    phases = {k: statistics.median(m["times"][k] for m in runs) for k in runs[0]["times"]}
    text = (f"{runs[0]['rows']} grants; rows shown {phases.pop('grants list: rows shown'):.2f} s after the page "
            f"is shown, totals {phases.pop('grants list: rows shown + totals'):.2f} s (medians); "
            + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()) + "; "
            f"worst timer lateness {max(m['worst_late_ms'] for m in runs):.0f} ms "
            f"(idle loop: {idle:.0f} ms); {len(stalls)} stall(s) over 50 ms in {len(runs)} run(s)"
            + (f", longest {longest['ms']:.0f} ms in '{longest['phase']}': {longest['cause']}" if longest else "")
            + f"; {len(queries)} from a query; query guard: {len(guard)} GUI-thread query(ies) over 50 ms"
            + (f" (first: {guard[0]})" if guard else ""))
    return not queries and not guard, text


def _emit(**metrics: Any) -> None:
    print("BENCH " + json.dumps(metrics), flush=True)


class _FirstPaint:
    """An application-level event filter noting the first Paint of a QMainWindow (see module doc)."""

    def __init__(self, app: Any, on_paint: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QMainWindow

        paint = QEvent.Type.Paint
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == paint and isinstance(obj, QMainWindow) and outer.at is None:
                    outer.at, outer.cpu = time.monotonic(), time.process_time()
                    app.removeEventFilter(self)
                    on_paint()
                return False

        self.at: float | None = None
        self.cpu = 0.0
        self.filter = Filter()
        app.installEventFilter(self.filter)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    # (the first paint may come in processEvents(), before exec(): the quit is queued for the loop)
    probe = _FirstPaint(app, lambda: QTimer.singleShot(0, app.quit))
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    app.exec()
    _emit(first_paint_at=probe.at, first_paint_cpu=probe.cpu, ready_at=probe.at, ready_cpu=probe.cpu)
    return 0


def start(db: str) -> int:
    from PySide6.QtCore import QTimer

    from grants.ui.app import _application

    app: Any = _application()
    marks: dict[str, float] = {}
    poll = QTimer()
    poll.setInterval(10)

    def look() -> None:
        window = next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        if window is None or getattr(window, "ctx", None) is None:
            return
        marks.setdefault("db_open_at", time.monotonic())
        page = window.pages.get("dashboard")
        if page is not None and getattr(page, "_loaded", False) and not page.is_loading():
            marks["ready_at"], marks["ready_cpu"] = time.monotonic(), time.process_time()
            poll.stop()
            app.exit(0)

    poll.timeout.connect(look)
    probe = _FirstPaint(app, poll.start)
    from grants.cli import main

    status = main(["--db", db])
    _emit(first_paint_at=probe.at, first_paint_cpu=probe.cpu, **marks)
    return status


class _StallMeter:
    """A 5 ms timer's worst lateness, per phase, and the GUI thread's stack during each stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "start"
        self.worst: dict[str, float] = {}
        self.stalls: list[dict[str, Any]] = []
        self._last = time.monotonic()
        self._sample: tuple[float, list[str]] | None = None
        self._main = threading.main_thread().ident
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self._stop = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._last = time.monotonic()
        self.timer.start()
        self._watchdog.start()

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()

    def _tick(self) -> None:
        now = time.monotonic()
        late = now - self._last - 0.005
        if late > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = late
        if late > STALL:
            sample = self._sample
            stack = sample[1] if sample is not None and sample[0] == self._last else []
            self.stalls.append({"phase": self.phase, "ms": round(late * 1000, 1), "cause": _cause(stack),
                                "stack": stack[-10:]})
        self._last = now

    def _watch(self) -> None:
        while not self._stop.wait(0.005):
            last = self._last
            if time.monotonic() - last > 0.040:
                frame = sys._current_frames().get(self._main or 0)
                if frame is not None:
                    stack = [f"{os.path.relpath(f.filename)}:{f.lineno} {f.name}"
                             for f in traceback.extract_stack(frame)]
                    if self._last == last:  # every sample of this stall: a query seen in any counts
                        seen = self._sample[1] if self._sample is not None and self._sample[0] == last else []
                        self._sample = (last, seen if _is_query(seen) and not _is_query(stack) else stack)


def _is_query(stack: list[str]) -> bool:
    """A statement being run (not merely built) on the GUI thread."""
    return any("sqlalchemy/engine/" in f or "sqlite3" in f for f in stack)


def _cause(stack: list[str]) -> str:
    """What the GUI thread was doing during a stall, from its Python stack sampled meanwhile (the
    last sample, or the last one inside a query when one of them was)."""
    if not stack:
        return "unknown (not sampled)"
    inner = [f for f in stack if f.split(":")[0].startswith("grants")]
    if _is_query(stack):
        return "query: " + (inner[-1] if inner else stack[-1])
    if inner:
        return "application code: " + inner[-1]
    # only the harness's event loop (or the standard library) on the stack: Qt's own C++ code, or
    # the GUI thread waiting for the interpreter (a worker's Python holds the GIL) or for a free core
    return "the event loop (Qt's own code, or waiting for the GIL or a core): " + stack[-1]


class _GuardLog(logging.Handler):
    """The query guard's warnings: GUI-thread queries over 50 ms."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage()[:200])


def _wait(app: Any, done: Any, timeout: float = 120.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            from grants.ui.tasks import running_tasks

            raise SystemExit(f"timed out; running tasks: {len(running_tasks())}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def list_page(db: str) -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from grants.ui.app import _application
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings
    from grants.ui.tasks import running_tasks

    app: Any = _application()
    guard = _GuardLog()
    guard_logger = logging.getLogger("grants.services.query_guard")
    guard_logger.addHandler(guard)
    guard_logger.setLevel(logging.WARNING)
    meter = _StallMeter()
    settings = Settings(os.path.join(tempfile.mkdtemp(prefix="grants-bench-"), "settings.ini"))
    window = MainWindow(settings, "fr")
    window.resize(1280, 800)
    window.show()
    meter.start()
    times: dict[str, float] = {}

    def idle() -> bool:
        return not running_tasks()

    def step(name: str, action: Any, page: Any = None) -> None:
        meter.phase = name
        before = getattr(page, "_loads", 0)
        t = time.monotonic()
        action()
        if page is None:
            _wait(app, lambda: window.ctx is not None and idle())
            times[name] = time.monotonic() - t
        else:  # the rows shown (the page's loaded signal), then everything read (the totals too)
            _wait(app, lambda: page._loads > before and idle())
            times[name], times[f"{name} + totals"] = page._loaded_at - t, time.monotonic() - t
        print(f"{name}: {times[name]:.2f} s, worst lateness {meter.worst.get(name, 0) * 1000:.0f} ms", file=sys.stderr)

    step("open database and dashboard", lambda: window.open_database(db))
    _wait(app, idle)
    shown = time.monotonic()
    meter.phase = "grants list: rows shown"
    page: Any = window.show_page("grant")
    page._loads = 0

    def loaded() -> None:
        page._loads, page._loaded_at = page._loads + 1, time.monotonic()

    page.loaded.connect(loaded)
    _wait(app, lambda: page._loads > 0 and idle())
    times["grants list: rows shown"] = page._loaded_at - shown
    times["grants list: rows shown + totals"] = time.monotonic() - shown
    print(f"rows shown: {times['grants list: rows shown']:.2f} s", file=sys.stderr)
    rows = page.model.rowCount()
    header = page.view.horizontalHeader()

    def click(key: str) -> None:
        section = page.model.column_of(key)
        page.view.scrollTo(page.model.index(0, section))
        app.processEvents()
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, header.height() // 2))

    shown_keys = [k for k in ("beneficiary", "amount", "decision_date", "ref", "paid", "year")
                  if not page.view.isColumnHidden(page.model.column_of(k))]
    for key in shown_keys[:3]:
        step(f"sort by {key}", lambda k=key: click(k), page)
    year, status = page.filter_boxes["year"], page.filter_boxes["status"]
    step("filter year 2020", lambda: year.setCurrentIndex(year.findData(2020)), page)
    filtered_year = page.model.rowCount()
    step("filter status committed", lambda: status.setCurrentIndex(status.findData("committed")), page)
    filtered = page.model.rowCount()

    def scroll() -> None:
        """To the last row and back to the first, twice, each time until the row's text is shown
        (a page not in memory is read in the task runner)."""
        meter.phase = "scroll to the end and back"
        t = time.monotonic()
        for _ in range(2):
            for go, row in ((page.view.scrollToBottom, page.model.rowCount() - 1), (page.view.scrollToTop, 0)):
                go()
                _wait(app, lambda r=row: bool(page.model.index(r, 0).data()) and idle())
        times[meter.phase] = time.monotonic() - t

    step("all years, all statuses", lambda: (year.setCurrentIndex(0), status.setCurrentIndex(0)), page)
    scroll()
    meter.phase = "end"
    meter.stop()
    worst_phase = max(meter.worst, key=lambda p: meter.worst[p]) if meter.worst else ""
    longest = max(meter.stalls, key=lambda s: s["ms"]) if meter.stalls else None
    _emit(rows=rows, rows_year=filtered_year, rows_filtered=filtered, times=times,
          worst_late_ms=round(meter.worst.get(worst_phase, 0.0) * 1000, 1), worst_phase=worst_phase,
          worst_by_phase={k: round(v * 1000, 1) for k, v in meter.worst.items()},
          stalls=meter.stalls, longest_stall=longest, guard=guard.records,
          query_stalls=[s for s in meter.stalls if s["cause"].startswith("query")])
    os._exit(0)  # not the window's close (settings, task cancelling): measured is what is above


def idle(seconds: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    meter = _StallMeter()
    meter.phase = "idle"
    meter.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    meter.stop()
    _emit(worst_late_ms=round(meter.worst.get("idle", 0.0) * 1000, 1), stalls=meter.stalls)
    return 0


def main(argv: list[str]) -> int:
    what, *rest = argv
    if what == "bare":
        return bare()
    if what == "start":
        return start(rest[0])
    if what == "list":
        return list_page(rest[0])
    if what == "idle":
        return idle(float(rest[0]))
    raise SystemExit(f"unknown scenario {what!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
