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


def test_a_folder_of_statements_removes_what_killed_exports_left_listing_it_once(db, data, tmp_path,  # type: ignore[no-untyped-def]
                                                                                  monkeypatch):
    from grants.reports import pdf
    from grants.services import reporting

    out = tmp_path / "out"
    out.mkdir()
    statements = reporting.statements(db, YEAR)
    stems = [pdf.statement_filename(st)[:-4] for st in statements]
    host = common._HOST
    killed = [out / f".{stem}.{host}-{_dead_pid()}-k1.part.pdf" for stem in stems]
    running = out / f".{stems[0]}.{host}-{os.getpid()}-r3.part.pdf"  # a live process is writing it
    old = out / f".{stems[-1]}.q8w7e6r5.part.pdf"  # an older name, two days old
    recent = out / f".{stems[-1]}.t5y6u7i8.part.pdf"  # an older name, recent: maybe being written
    other = out / f".other.{host}-{_dead_pid()}-z9.part.pdf"  # another target's: not ours to judge
    for p in (*killed, running, old, recent, other):
        p.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    listed = []
    scandir = os.scandir

    def counting(path):  # type: ignore[no-untyped-def]
        listed.append(path)
        return scandir(path)

    monkeypatch.setattr(common.os, "scandir", counting)
    monkeypatch.setattr(common, "remove_orphans", lambda target: pytest.fail("listed once per statement"))

    written = exports.statements_pdf(db, YEAR, out, "fr")
    assert len(listed) == 1
    left = sorted(p.name for p in out.iterdir())
    assert left == sorted([p.name for p in written] + [running.name, recent.name, other.name])


def test_the_batch_clean_up_judges_each_temporary_file_as_the_single_one_does(tmp_path):  # type: ignore[no-untyped-def]
    host, dead = common._HOST, _dead_pid()
    names = [f".a.b.{host}-{dead}-1.part.pdf",  # target a.b.pdf (a stem with a dot), killed: removed
             f".a.b.{host}-{os.getpid()}-2.part.pdf",  # a.b.pdf being written by this process: kept
             f".a.{host}-{dead}-3.part.pdf",  # target a.pdf, killed: removed
             f".c.{host}-{dead}-4.part.pdf",  # c.pdf is not written now: kept
             f".a.b.{host}-{dead}-5.part.xlsx"]  # another kind of file: kept

    def left_after(clean) -> list[str]:  # type: ignore[no-untyped-def]
        folder = tmp_path / clean.__name__
        folder.mkdir()
        for name in names:
            (folder / name).write_bytes(b"half")
        clean(folder)
        return sorted(p.name for p in folder.iterdir())

    def one_by_one(folder):  # type: ignore[no-untyped-def]
        for target in ("a.b.pdf", "a.pdf"):
            common.remove_orphans(folder / target)

    def batch(folder):  # type: ignore[no-untyped-def]
        common.remove_orphans_of([folder / "a.b.pdf", folder / "a.pdf"])

    assert left_after(batch) == left_after(one_by_one) == sorted(names[i] for i in (1, 3, 4))
