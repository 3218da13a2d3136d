"""Temporary files of exports: removed when an export fails, and when a killed export left one."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from test_reports_data import YEAR, build_dataset

from grants.reports import common, exports


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    return build_dataset(db)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_failed_export_leaves_neither_its_file_nor_a_temporary_one(db, data, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from grants.reports import pdf

    out = tmp_path / "out"
    out.mkdir()
    (out / "s.pdf").write_bytes(b"the older statement")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(pdf, "_numbered_canvas", broken)  # fails while the temporary file is there
    with pytest.raises(RuntimeError):
        exports.statement_pdf(db, "B-GAMS", YEAR, out / "s.pdf", "fr")
    assert sorted(p.name for p in out.iterdir()) == ["s.pdf"]
    assert (out / "s.pdf").read_bytes() == b"the older statement"  # the older file stays intact


def test_the_next_export_removes_what_killed_exports_left(db, data, tmp_path):  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    host = common._HOST
    killed = tmp_path / f".s.{host}-{_dead_pid()}-k1x2.part.pdf"
    running = tmp_path / f".s.{host}-{os.getpid()}-r3y4.part.pdf"  # a live process is writing it
    old = tmp_path / ".s.q8w7e6r5.part.pdf"  # an older name (no process), two days old
    recent = tmp_path / ".s.t5y6u7i8.part.pdf"  # an older name, recent: maybe being written
    other = tmp_path / f".other.{host}-{_dead_pid()}-z9.part.pdf"  # another target's: not ours to judge
    for p in (killed, running, old, recent, other):
        p.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))

    exports.statement_pdf(db, "B-GAMS", YEAR, tmp_path / "s.pdf", "fr")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(["s.pdf", running.name, recent.name, other.name])


def test_a_workbook_export_cleans_up_too(db, data, tmp_path):  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    killed = tmp_path / f".g.{common._HOST}-{_dead_pid()}-k1.part.xlsx"
    killed.write_bytes(b"half")
    exports.grants_workbook(db, YEAR, tmp_path / "g.xlsx", "fr")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.xlsx"]
