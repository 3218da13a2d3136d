"""A bounded import (issue 14, item 5): a size limit in rows and megabytes refused with one clear
line before the workbook is read whole; problems listed up to a cap, then "and N more"."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from grants.cli import main
from grants.services import importer
from grants.services.errors import RuleError


def beneficiaries(path: Path, rows: int, bad: bool = False, blank: int = 0) -> Path:
    """A Beneficiaries sheet of ``rows`` rows (a wrong category each when ``bad``), then ``blank``
    blank rows (formatted cells that hold nothing, as Excel leaves them)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category"])
    for i in range(rows):
        ws.append([f"B-{i:06d}", f"Association {i}", "nonsense" if bad else "asbl_private"])
    for _ in range(blank):
        ws.append([None, None, ""])
    wb.save(path)
    return path


def beneficiaries_declared(path: Path, rows: int) -> Path:
    """The same sheet written as Excel writes it: the size declared up front (<dimension ref="A1:C801"/>)."""
    import xlsxwriter  # type: ignore[import-untyped]

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Beneficiaries")
    ws.write_row(0, 0, ["ref", "name", "category"])
    for i in range(rows):
        ws.write_row(i + 1, 0, [f"B-{i:06d}", f"Association {i}", "asbl_private"])
    wb.close()
    return path


def _without_dimension(path: Path) -> Path:
    """The same workbook with no <dimension> in its sheets: only reading the rows tells their number."""
    out = path.with_name("nodim.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
            dst.writestr(item, data)
    return out


def test_problems_are_listed_up_to_the_cap_then_counted(db, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = beneficiaries(tmp_path / "bad.xlsx", 260, bad=True)
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, path)
    problems = e.value.problems
    assert len(problems) == importer.MAX_PROBLEMS + 1
    assert "60 more problems" in problems[-1].render()
    db.dispose()
    assert main(["--db", db.url, "import", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == importer.MAX_PROBLEMS + 1 and "and 60 more problems" in err[-1]
    assert importer.count_rows(db).get("beneficiary", 0) == 0


def test_preview_is_capped_too(db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "MAX_PROBLEMS", 10)
    result = importer.preview_workbook(db, beneficiaries(tmp_path / "bad.xlsx", 25, bad=True))
    assert len(result.problems) == 11 and "15 more problems" in result.problems[-1].render()


def test_too_many_rows_refused_from_the_declared_size(db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "MAX_ROWS", 500)
    path = beneficiaries_declared(tmp_path / "big.xlsx", 800)
    read: list[object] = []
    real_cell = importer._cell
    monkeypatch.setattr(importer, "_cell", lambda v: read.append(v) or real_cell(v))
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, path)
    text = e.value.problems[0].render()
    assert "big.xlsx" in text and "801 rows" in text and "500" in text, text
    assert read == []  # refused before a single row was parsed
    assert importer.count_rows(db).get("beneficiary", 0) == 0


def test_too_many_rows_refused_while_streaming(db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A sheet that does not declare its size: its rows are counted in its XML before it is loaded
    (calamine loads a sheet whole), blank rows included; nothing is read past the limit."""
    monkeypatch.setattr(importer, "MAX_ROWS", 500)
    path = _without_dimension(beneficiaries(tmp_path / "big.xlsx", 200, blank=2000))
    read: list[object] = []
    real_cell = importer._cell
    monkeypatch.setattr(importer, "_cell", lambda v: read.append(v) or real_cell(v))
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, path)
    assert "more than the 500" in e.value.problems[0].render() and "blank rows count" in e.value.problems[0].render()
    assert len(read) <= 3 * 501  # stopped at the limit, not after the 2 200 rows


def test_within_the_limits_imports(db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "MAX_ROWS", 500)
    result = importer.import_workbook(db, beneficiaries(tmp_path / "ok.xlsx", 400))
    assert result.applied and result.counts["Beneficiaries"]["add"] == 400


def test_too_many_megabytes_refused_before_reading(db, tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    path = beneficiaries(tmp_path / "mb.xlsx", 300)
    monkeypatch.setattr(importer, "MAX_FILE_MB", 0.001)
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("the workbook was opened"))
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, path)
    assert "mb.xlsx" in e.value.problems[0].render() and "MB, more than the 0.001 MB" in e.value.problems[0].render()
    monkeypatch.setattr(importer, "MAX_FILE_MB", 40)
    monkeypatch.setattr(importer, "MAX_UNPACKED_MB", 0.01)
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, path)
    assert "once unpacked" in e.value.problems[0].render()
    db.dispose()
    assert main(["--db", db.url, "import", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "once unpacked" in err[0]
