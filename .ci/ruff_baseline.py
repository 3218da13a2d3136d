#!/usr/bin/env python3
"""Keep the TEMPORARY ruff ignores of pyproject.toml to what the code still needs.

The block between ``# TEMPORARY ruff ignores: BEGIN`` and ``END`` in pyproject.toml
(``[tool.ruff.lint.extend-per-file-ignores]``) lists, per file, the rules that file does not meet
yet. This script runs ruff without that block and rewrites it:

    .venv/bin/python .ci/ruff_baseline.py          # drop what is fixed (never adds an entry)
    .venv/bin/python .ci/ruff_baseline.py --add    # also add what new code needs (after a merge:
                                                   # run `ruff check --fix .` first, review the + lines)

Exit status 1 when an entry was needed but not added (without ``--add``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
BEGIN = "# TEMPORARY ruff ignores: BEGIN"
END = "# TEMPORARY ruff ignores: END"
TABLE = "[tool.ruff.lint.extend-per-file-ignores]"
ENTRY = re.compile(r'^"(?P<path>[^"]+)"\s*=\s*\[(?P<codes>[^\]]*)\]')


def split_block(text: str) -> tuple[str, list[str], str]:
    """(text up to and including the block's table header, the block's lines, text from END on)."""
    lines = text.splitlines(keepends=True)
    try:
        b = next(i for i, line in enumerate(lines) if line.startswith(BEGIN))
        e = next(i for i, line in enumerate(lines) if line.startswith(END) and i > b)
        t = next(i for i in range(b, e) if lines[i].strip() == TABLE)
    except StopIteration:
        sys.exit(f"ruff baseline: pyproject.toml has no '{BEGIN}' ... '{TABLE}' ... '{END}' block")
    return "".join(lines[: t + 1]), lines[t + 1 : e], "".join(lines[e:])


def parse(block: list[str]) -> dict[str, set[str]]:
    entries: dict[str, set[str]] = {}
    for line in block:
        m = ENTRY.match(line.strip())
        if m:
            entries[m["path"]] = {c.strip().strip('"') for c in m["codes"].split(",") if c.strip()}
    return entries


def needed(head: str, tail: str) -> dict[str, set[str]]:
    """Per file (relative, posix), the rules it breaks with the temporary block emptied."""
    original = PYPROJECT.read_text(encoding="utf-8")
    PYPROJECT.write_text(head + tail, encoding="utf-8")  # ruff reads its settings from this file
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "ruff", "check", ".", "--no-fix", "--no-cache", "--output-format", "json"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
    finally:
        PYPROJECT.write_text(original, encoding="utf-8")
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"ruff baseline: ruff did not run (exit status {proc.returncode})")
    out: dict[str, set[str]] = {}
    for item in json.loads(proc.stdout or "[]"):
        path = Path(item["filename"]).resolve().relative_to(ROOT).as_posix()
        out.setdefault(path, set()).add(item["code"] or "syntax-error")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--add", action="store_true", help="also add the entries new code needs")
    args = ap.parse_args(argv)

    head, block, tail = split_block(PYPROJECT.read_text(encoding="utf-8"))
    old, now = parse(block), needed(head, tail)
    if any("syntax-error" in codes for codes in now.values()):
        sys.exit("ruff baseline: a file does not parse; fix it first (ruff check .)")

    new: dict[str, set[str]] = {}
    missing: list[str] = []
    for path in sorted(set(old) | set(now)):
        keep = old.get(path, set()) & now.get(path, set())
        extra = now.get(path, set()) - keep
        if extra and args.add:
            keep |= extra
            print(f"  + {path}: {', '.join(sorted(extra))}")
        elif extra:
            missing.append(f"{path}: {', '.join(sorted(extra))}")
        gone = old.get(path, set()) - keep
        if gone:
            print(f"  - {path}: {', '.join(sorted(gone))}")
        if keep:
            new[path] = keep

    body = "".join(f'"{p}" = [{", ".join(json.dumps(c) for c in sorted(codes))}]\n' for p, codes in sorted(new.items()))
    PYPROJECT.write_text(head + body + tail, encoding="utf-8")
    print(f"ruff baseline: {sum(len(c) for c in new.values())} temporary ignores in {len(new)} files "
          f"(was {sum(len(c) for c in old.values())} in {len(old)})")
    for line in missing:
        print(f"  not added: {line}")
    if missing:
        print("ruff baseline: `ruff check --fix .` fixes some; --add takes the rest into the block")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
