"""The export benchmarks compare like with like: the bare baselines (sqlite3 + XlsxWriter, no grants
code) write the same cells with the same formats as the application's exports, on the demo
database, in French and in Dutch (benchmarks/baselines.py, BENCHMARKS.md)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from grants.cli import main

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.sqlite_only("the baselines read the SQLite file with sqlite3")


def _cells(path: Path, sheet: int = 0) -> list[tuple[Any, ...]]:
    ws = load_workbook(path).worksheets[sheet]
    out: list[tuple[Any, ...]] = [(ws.title, ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows)]
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None or c.has_style:
                out.append((c.coordinate, c.value, c.number_format, c.font.b, c.alignment.horizontal,
                            c.fill.fill_type and c.fill.fgColor.rgb))
    return out


def _year(db: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT year FROM grant GROUP BY year ORDER BY COUNT(*) DESC").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_bare_grants_list_and_publication_write_the_application_s_cells(backend, tmp_path: Path, lang: str) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import baselines, texts
    finally:
        sys.path.remove(str(ROOT))
    db = backend.demo(tmp_path)
    year = _year(db)
    spec = texts.write(lang, year, tmp_path / "texts.json")
    for what, bare in (("grants", baselines.grants_list), ("publication", baselines.publication)):
        app_out, bare_out = tmp_path / f"{what}.xlsx", tmp_path / f"bare_{what}.xlsx"
        assert main(["--db", db, "export", what, "--year", str(year), "--out", str(app_out), "--lang", lang]) == 0
        bare(db, str(bare_out), year, str(spec))
        app_cells, bare_cells = _cells(app_out), _cells(bare_out)
        assert len(app_cells) > 50
        assert bare_cells == app_cells
        # the About sheet: the same texts (who and when aside)
        about_app, about_bare = _cells(app_out, 1), _cells(bare_out, 1)
        assert [c[1] for c in about_app if c[0].startswith("A")] == [c[1] for c in about_bare if c[0].startswith("A")]
        assert any(isinstance(c[1], dt.datetime) for c in about_bare)
