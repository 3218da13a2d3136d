"""Start-up: time from launching the process to the first painted main window, against a bare
PySide6 window (QMainWindow with a label) launched the same way. Printed, never asserted.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Target of the issue: the first window painted within twice the bare window's time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = """
import time, sys
from PySide6.QtCore import QTimer, QObject, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(time.time(), flush=True); app.exit(0)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

APP = """
import time, sys, tempfile, os
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication
from grants.ui.app import _application
from grants.ui.main_window import MainWindow
from grants.ui.settings import Settings
app = _application()
w = MainWindow(Settings(os.path.join(tempfile.gettempdir(), "grants_bench_startup.ini")), "fr")
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            print("sqlalchemy" in sys.modules, "openpyxl" in sys.modules, "reportlab" in sys.modules, flush=True)
            app.exit(0)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _run(code: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    lines = out.strip().splitlines()
    return float(lines[0]) - start, (lines[1] if len(lines) > 1 else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    _run(BARE)  # warm the file cache
    _run(APP)
    bare = statistics.median(_run(BARE)[0] for _ in range(args.runs))
    app_runs = [_run(APP) for _ in range(args.runs)]
    app = statistics.median(t for t, _ in app_runs)
    heavy = app_runs[-1][1]
    print(f"bare PySide6 window first paint: {bare:.3f} s")
    print(f"grants main window first paint:  {app:.3f} s   ratio {app / bare:.2f} (target <= 2)")
    print(f"imported before the first paint (sqlalchemy, openpyxl, reportlab): {heavy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
