"""The import's reader as it was before python-calamine (openpyxl read-only), kept verbatim as the
reference of tests/test_import_reader.py: the new reader must give the importer the same rows."""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from grants.services.errors import QT_TRANSLATE_NOOP, Problem, RuleError, tick
from grants.services.importer import MAX_ROWS, Problems, _too_big, _too_many_rows
from grants.services.workbook import IGNORED_SHEETS, SHEET_BY_NAME, SHEETS


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


class OpenpyxlWorkbook:
    """The workbook opened read-only: every sheet's header row is read (and its problems listed)
    when it opens; the rows of a sheet are then streamed, row by row, when the plan asks for them,
    in the order the plan needs them (what a later sheet refers to first). Nothing of a sheet is
    held once it has been planned."""

    def __init__(self, path: Path, progress: Callable[[int, int], bool] | None = None):
        from openpyxl import load_workbook

        _too_big(path)
        self.path, self.progress = path, progress
        self.problems: Problems = Problems()
        self.read = 0  # rows read over all sheets, blank rows included
        self.done = 0
        try:
            self.wb: Any = load_workbook(path, read_only=True, data_only=True)
        except Exception as e:  # noqa: BLE001 - any unreadable file is the same refusal for the user
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "File {file}: not a readable Excel workbook ({error})"),
                                   "file", file=Path(path).name, error=type(e).__name__) from None
        self.sheets: dict[str, tuple[Any, list[str | None]]] = {}
        try:
            self._headers()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the file and let go of what openpyxl holds (the shared strings of every sheet)."""
        if self.wb is not None:
            self.wb.close()
        self.wb = None
        self.sheets.clear()

    def __enter__(self) -> OpenpyxlWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _headers(self) -> None:
        problems, wb = self.problems, self.wb
        # the sizes the sheets declare (their <dimension>, read without parsing the rows)
        declared = sum(int(getattr(ws, "max_row", None) or 0) for ws in wb.worksheets)
        if declared > MAX_ROWS + len(wb.worksheets):
            raise _too_many_rows(self.path, declared)
        for ws in wb.worksheets:
            spec = SHEET_BY_NAME.get(ws.title.strip().lower())
            if spec is None:
                if ws.title.strip().lower() not in IGNORED_SHEETS:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Unknown sheet (expected {expected})"),
                                            {"expected": ", ".join(s.name for s in SHEETS)}, sheet=ws.title))
                continue
            header = next(ws.iter_rows(values_only=True, max_row=1), None)
            if header is None:
                self.sheets.pop(spec.name, None)
                continue
            names: list[str | None] = []
            for h in header:
                name = None if h is None or str(h).strip() == "" else str(h).strip().lower()
                if name is not None and name not in spec.columns:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Unknown column (expected {expected})"),
                                            {"expected": ", ".join(spec.columns)}, sheet=spec.name, row=1, column=str(h)))
                if name is not None and name in names:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Column appears twice"), {},
                                            sheet=spec.name, row=1, column=name))
                names.append(name)
            for c in spec.required:
                if c not in names:
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Required column is missing"), {},
                                            sheet=spec.name, row=1, column=c))
            self.sheets[spec.name] = (ws, names)  # a sheet given twice: the last one, as before

    def get(self, sheet: str) -> Iterator[tuple[int, Row]]:
        """The rows of a sheet with a value, as ``(excel_row_number, {column: value})``, streamed."""
        if sheet not in self.sheets:
            return
        ws, names = self.sheets[sheet]
        spec = SHEET_BY_NAME[sheet.lower()]
        problems, progress = self.problems, self.progress
        rows = ws.iter_rows(values_only=True, min_row=2)
        if None not in names:  # the usual case: a tight loop
            width = len(names)
            for n, values in enumerate(rows, start=2):
                self.read += 1
                if self.read > MAX_ROWS:
                    raise _too_many_rows(self.path, f"> {MAX_ROWS}")
                row = dict(zip(names, map(_cell, values[:width]), strict=False))
                if len(values) > width and any(_cell(v) is not None for v in values[width:]):
                    problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Value in a column without a header"),
                                            {}, sheet=spec.name, row=n))
                self.done += 1
                if self.done % 2000 == 0:
                    tick(progress, self.done, 0)
                    gc.collect(0)
                if any(v is not None for v in row.values()):
                    yield n, row  # type: ignore[misc]
            return
        for n, values in enumerate(rows, start=2):
            self.read += 1
            if self.read > MAX_ROWS:
                raise _too_many_rows(self.path, f"> {MAX_ROWS}")
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            row: Row = {}
            for name, v in zip(names, values, strict=False):
                v = _cell(v)
                if name is None:
                    if v is not None:
                        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Value in a column without a header"),
                                                {}, sheet=spec.name, row=n))
                    continue
                if name in spec.columns:
                    row[name] = v
            self.done += 1
            if self.done % 2000 == 0:
                tick(progress, self.done, 0)
                gc.collect(0)
            yield n, row
