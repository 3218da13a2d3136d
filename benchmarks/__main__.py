"""``python -m benchmarks [--quick] [--runs N] [--only NAME ...]``: each scenario through the real
entry point (``grants ...`` as a whole process) against the bare libraries doing the same work
(``python -m benchmarks.baselines ...``, also a whole process), runs interleaved A B A B.

Each run is a child process, measured by GNU time (``/usr/bin/time``; else ``os.wait4``): CPU =
user + system time of the child, peak memory = its maximum resident set; wall time from
``time.perf_counter``. Medians
over the runs are reported, with the ratio application / baseline (CPU, the reliable figure on a
loaded machine) and the goal of each row. Results are printed as a Markdown table and written as
JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import dataset, gui

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
GRANTS = str(Path(sys.executable).with_name("grants"))
PY = sys.executable


@dataclass
class Run:
    cpu: float
    wall: float
    rss_mb: float
    metrics: dict[str, Any] = field(default_factory=dict)  # the child's "BENCH {json}" line (GUI scenarios)


@dataclass
class Scenario:
    name: str
    goal: str
    goal_ratio: float | None  # CPU ratio to meet (None: memory goal only)
    app: Callable[[Path], list[str]]  # command, given a scratch directory
    base: Callable[[Path], list[str]]
    prepare: Callable[[Path], None] = lambda _tmp: None  # before each run, not measured
    goal_rss_mb: float | None = None
    check: Callable[[Scenario], tuple[bool, str]] | None = None  # own goal and figures (GUI scenarios)
    runs_app: list[Run] = field(default_factory=list)
    runs_base: list[Run] = field(default_factory=list)


TIME = Path("/usr/bin/time")


def _child_env(**extra: str) -> dict[str, str]:
    """Both sides' environment: offscreen Qt, French, and Python reading its compiled modules as an
    installed application does (pip compiles them; a ``PYTHONDONTWRITEBYTECODE`` set in the shell
    would have every run of either side compile its modules from source)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(env, QT_QPA_PLATFORM="offscreen", GRANTS_LANG="fr", **extra)


def compile_modules() -> None:
    """Compile the application's and the baselines' modules once, before any measured run."""
    subprocess.run([PY, "-m", "compileall", "-q", "grants", "benchmarks"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, env=_child_env())


def measure(cmd: list[str]) -> Run:
    """Run ``cmd`` as a child process: its CPU time (user + system) and peak RSS, and the wall time.

    Through GNU time when there is one: a child forked from this Python process would start with
    this process's resident memory counted in its peak (``ru_maxrss`` survives exec), a floor of
    some 60 MB; GNU time is a small C process. Else ``os.wait4`` on the child itself.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out, tempfile.TemporaryFile("w+b") as stdout:
        wrapped = [str(TIME), "-f", "%U %S %M", "-o", out.name, *cmd] if TIME.exists() else cmd
        settings = Path(out.name).with_suffix(".ini")  # the GUI's settings: a fresh file per run
        started, t = time.monotonic(), time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE,
                                env=_child_env(GRANTS_SETTINGS=str(settings)))
        assert proc.stderr is not None
        err = proc.stderr.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        settings.unlink(missing_ok=True)
        stdout.seek(0)
        metrics = gui.metrics(stdout.read(), started)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # grants audit exits 1 when a check fails: still measured
            raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{err.decode(errors='replace')[-2000:]}")
        if TIME.exists():
            user, system, rss_kb = out.read().split()[-3:]
            return Run(float(user) + float(system), wall, int(rss_kb) / 1024, metrics)
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, metrics)


def scenarios(paths: dict[str, Path]) -> list[Scenario]:
    db, wb, empty = str(paths["db"]), str(paths["workbook"]), paths["empty"]
    first, last = str(dataset.YEARS[0]), str(dataset.YEARS[-1])

    def fresh(tmp: Path) -> None:
        dataset.fresh_copy(empty, tmp / "import.db")
        (tmp / "snap.db").unlink(missing_ok=True)

    def snap_once(tmp: Path) -> None:
        if not (tmp / "verify.db").exists():
            subprocess.run([GRANTS, "--db", db, "snapshot", "--out", str(tmp / "verify.db")], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)

    def texts(tmp: Path) -> None:  # the bare exports' constant texts, once (not measured)
        if not (tmp / "texts_fr.json").exists():
            subprocess.run([PY, "-m", "benchmarks.texts", "fr", last, str(tmp / "texts_fr.json")], cwd=ROOT, check=True)

    bare_export = [PY, "-m", "benchmarks.baselines"]
    return [
        Scenario("export grants, one year", "CPU within 1.3x of sqlite3 + bare XlsxWriter", 1.3,
                 lambda t: [GRANTS, "--db", db, "export", "grants", "--year", last, "--out", str(t / "g.xlsx"),
                            "--lang", "fr"],
                 lambda t: [*bare_export, "grants-list", db, str(t / "bare.xlsx"), last, str(t / "texts_fr.json")],
                 prepare=texts),
        Scenario("export statements, one year", "CPU within 1.3x of sqlite3 + bare reportlab", 1.3,
                 lambda t: [GRANTS, "--db", db, "export", "statements", "--year", last, "--out", str(t / "st"),
                            "--lang", "fr"],
                 lambda t: [*bare_export, "statements", db, str(t / "bare_st"), last, str(t / "texts_fr.json"),
                            str(ROOT / "resources" / "icons" / "logo.png"), str(ROOT / "resources" / "fonts")],
                 prepare=texts),
        Scenario("export publication, one year", "CPU within 1.3x of sqlite3 + bare XlsxWriter", 1.3,
                 lambda t: [GRANTS, "--db", db, "export", "publication", "--year", last, "--out", str(t / "p.xlsx"),
                            "--lang", "fr"],
                 lambda t: [*bare_export, "publication", db, str(t / "bare_p.xlsx"), last, str(t / "texts_fr.json")],
                 prepare=texts),
        Scenario("export budget, 10 years", "CPU within 2x of sqlite3 GROUP BY + XlsxWriter", 2.0,
                 lambda t: [GRANTS, "--db", db, "export", "budget", "--from", first, "--to", last, "--out",
                            str(t / "budget.xlsx"), "--lang", "fr"],
                 lambda t: [PY, "-m", "benchmarks.baselines", "budget", db, str(t / "bare.xlsx"), first, last]),
        Scenario("audit, all years", "CPU within 2x of the same queries (and chain) in sqlite3", 2.0,
                 lambda t: [GRANTS, "--db", db, "audit"],
                 lambda t: [PY, "-m", "benchmarks.baselines", "audit", db]),
        Scenario("snapshot", "CPU within 2x of backup API + integrity_check + SHA-256", 2.0,
                 lambda t: [GRANTS, "--db", db, "snapshot", "--out", str(t / "snap.db")],
                 lambda t: [PY, "-m", "benchmarks.baselines", "snapshot", db, str(t / "snap.db")], prepare=fresh),
        Scenario("verify", "CPU within 2x of SHA-256 + integrity_check", 2.0,
                 lambda t: [GRANTS, "verify", str(t / "verify.db")],
                 lambda t: [PY, "-m", "benchmarks.baselines", "verify", str(t / "verify.db")], prepare=snap_once),
        Scenario("import workbook with payments", "CPU within 1.5x of openpyxl read-only; peak < 300 MB", 1.5,
                 lambda t: [GRANTS, "--db", str(t / "import.db"), "import", wb],
                 lambda t: [PY, "-m", "benchmarks.baselines", "import", wb], prepare=fresh, goal_rss_mb=300),
        Scenario("start to first paint", gui.START_GOAL, None, lambda t: [PY, "-m", "benchmarks.gui", "start", db],
                 lambda t: [PY, "-m", "benchmarks.gui", "bare"], check=gui.check_start),
        Scenario("grants list", gui.LIST_GOAL, None, lambda t: [PY, "-m", "benchmarks.gui", "list", db],
                 lambda t: [PY, "-m", "benchmarks.gui", "idle", "3"], check=gui.check_list),
    ]


def _median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def report(sc: list[Scenario], size: dataset.Size) -> str:
    head = (f"Dataset `{size.name}`: {size.grants} grants, {size.payments} payments, {size.beneficiaries} "
            f"beneficiaries over {len(dataset.YEARS)} years, with their audit trail; import workbook: "
            f"{size.import_grants} grants with their payments.\n\n"
            "| scenario | grants CPU s | bare CPU s | CPU ratio | grants wall s | bare wall s | grants peak MB "
            "| bare peak MB | goal | met |\n|---|---|---|---|---|---|---|---|---|---|\n")
    rows, details = [], []
    for s in sc:
        a_cpu, b_cpu = _median(s.runs_app, "cpu"), _median(s.runs_base, "cpu")
        a_rss, b_rss = max(r.rss_mb for r in s.runs_app), max(r.rss_mb for r in s.runs_base)
        ratio = a_cpu / b_cpu if b_cpu else float("inf")
        met = (s.goal_ratio is None or ratio <= s.goal_ratio) and (s.goal_rss_mb is None or a_rss <= s.goal_rss_mb)
        if s.check is not None:
            met, text = s.check(s)
            details.append(f"- **{s.name}**: {text}")
        shown_ratio = f"{ratio:.2f}x" if s.check is None else "below"  # whole processes doing other things
        rows.append(f"| {s.name} | {a_cpu:.2f} | {b_cpu:.2f} | {shown_ratio} | {_median(s.runs_app, 'wall'):.2f} "
                    f"| {_median(s.runs_base, 'wall'):.2f} | {a_rss:.0f} | {b_rss:.0f} | {s.goal} | "
                    f"{'yes' if met else 'NO'} |")
    load = "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    return head + "\n".join(rows) + "\n" + "".join(f"\n{d}" for d in details) + f"\n\n({load} at the end)\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the small dataset (whole run under 3 minutes)")
    parser.add_argument("--runs", type=int, default=None, help="runs of each side (default 3, quick 3)")
    parser.add_argument("--only", nargs="*", default=None, help="scenario names starting with these words")
    args = parser.parse_args(argv)
    size = dataset.QUICK if args.quick else dataset.LARGE
    runs = args.runs or 3
    print(f"preparing the {size.name} dataset (cached under {dataset.DATA})...", flush=True)
    paths = dataset.prepare(size)
    compile_modules()
    chosen = [s for s in scenarios(paths) if not args.only or any(s.name.startswith(o) for o in args.only)]
    with tempfile.TemporaryDirectory(prefix="grants-bench-") as tmpdir:
        tmp = Path(tmpdir)
        for s in chosen:
            for i in range(runs):  # interleaved: A B A B ...
                for side, cmd, out in (("grants", s.app, s.runs_app), ("bare", s.base, s.runs_base)):
                    s.prepare(tmp)
                    r = measure(cmd(tmp))
                    out.append(r)
                    print(f"{s.name} [{side} {i + 1}/{runs}]: CPU {r.cpu:.2f} s, wall {r.wall:.2f} s, "
                          f"peak {r.rss_mb:.0f} MB", flush=True)
    table = report(chosen, size)
    print()
    print(table)
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"bench-{size.name}-{stamp}.json").write_text(json.dumps(
        {"size": size.name, "scenarios": [{"name": s.name, "goal": s.goal, "app": [vars(r) for r in s.runs_app],
                                            "base": [vars(r) for r in s.runs_base]} for s in chosen]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
