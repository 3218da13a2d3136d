#!/usr/bin/env python3
"""mypy gate: errors per module may only fall.

Runs mypy (configuration: ``[tool.mypy]`` in pyproject.toml), counts errors per module and
compares them with ``.ci/mypy-baseline.json``. Fails (exit 1) when

- a module has more errors than its baseline count,
- a module absent from the baseline has errors (a new module starts clean),
- a module of ``grants.domain`` has any error (the pure core is held at zero, never baselined),
- mypy itself fails to run (exit status 2: bad configuration, crash).

A module with fewer errors than its baseline passes, and the gate says so:
``--update`` then lowers the baseline. ``--update`` never raises a count: it lowers counts,
drops modules that are clean or gone, and adds modules the baseline does not know yet (outside
``grants.domain``). A rise is accepted only for a module named with ``--accept MODULE``, for
instance after a merge moved code between modules; say why in the commit message.

    .venv/bin/python .ci/mypy_gate.py                                  # the gate (CI)
    .venv/bin/python .ci/mypy_gate.py --update                         # ratchet the baseline down
    .venv/bin/python .ci/mypy_gate.py --update --accept grants.x.y     # accept a rise, explicitly
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-baseline.json"
ZERO_PREFIXES = ("grants.domain",)  # held at zero errors, never in the baseline


def module_of(path: str) -> str:
    """``grants/ui/forms/base.py`` -> ``grants.ui.forms.base``; a package's ``__init__`` -> the package."""
    p = Path(path)
    if p.is_absolute():
        with contextlib.suppress(ValueError):
            p = p.relative_to(ROOT)
    parts = list(p.with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def held_at_zero(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in ZERO_PREFIXES)


def run_mypy() -> Counter[str]:
    """Errors per module (notes are not counted)."""
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--output", "json", "--no-error-summary"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"mypy gate: mypy did not run (exit status {proc.returncode})")
    counts: Counter[str] = Counter()
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        item = json.loads(line)
        if item.get("severity") == "error":
            counts[module_of(item["file"])] += 1
    if proc.returncode == 1 and not counts:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("mypy gate: mypy failed but reported no error it could count")
    return counts


def load_baseline() -> dict[str, int]:
    if not BASELINE.exists():
        return {}
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    return {str(k): int(v) for k, v in data.items()}


def write_baseline(baseline: dict[str, int]) -> None:
    text = json.dumps(dict(sorted(baseline.items())), indent=2) + "\n"
    BASELINE.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true",
                    help="rewrite the baseline: lower counts, drop clean modules, add new ones")
    ap.add_argument("--accept", action="append", default=[], metavar="MODULE",
                    help="with --update: accept a higher count for MODULE (repeatable)")
    args = ap.parse_args(argv)
    if args.accept and not args.update:
        ap.error("--accept needs --update")

    baseline = load_baseline()
    counts = run_mypy()

    failures: list[str] = []
    lower: list[str] = []
    for module in sorted(set(counts) | set(baseline)):
        now, was = counts.get(module, 0), baseline.get(module)
        if held_at_zero(module):
            if now:
                failures.append(f"{module}: {now} error(s); {', '.join(ZERO_PREFIXES)} must have none")
            elif was is not None:
                lower.append(f"{module}: in the baseline but must not be; --update removes it")
        elif was is None:
            if now:
                failures.append(f"{module}: {now} error(s) in a module the baseline does not know "
                                "(a new module starts clean)")
        elif now > was:
            failures.append(f"{module}: {now} errors, baseline {was} (+{now - was})")
        elif now < was:
            lower.append(f"{module}: {now} errors, baseline {was} (-{was - now})")

    total, total_was = sum(counts.values()), sum(baseline.values())
    if args.update:
        new: dict[str, int] = {}
        refused: list[str] = []
        for module, now in counts.items():
            if held_at_zero(module):
                refused.append(f"{module}: {now} error(s), never baselined: fix them")
                continue
            was = baseline.get(module)
            if was is None or now <= was or module in args.accept:
                new[module] = now
            else:
                new[module] = was
                refused.append(f"{module}: {now} errors, baseline kept at {was} (--accept {module} to take the rise)")
        write_baseline(new)
        print(f"mypy gate: baseline written, {sum(new.values())} errors in {len(new)} modules "
              f"(was {total_was} in {len(baseline)})")
        for line in refused:
            print(f"  not taken: {line}")
        return 1 if refused else 0

    for line in lower:
        print(f"  lower: {line}")
    if lower:
        print("mypy gate: some modules improved; `.venv/bin/python .ci/mypy_gate.py --update` lowers the baseline")
    if failures:
        for line in failures:
            print(f"  FAIL: {line}")
        print(f"mypy gate: FAILED ({total} errors, baseline {total_was}); run mypy for the details")
        return 1
    print(f"mypy gate: ok ({total} errors, baseline {total_was})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
