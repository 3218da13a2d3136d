"""The import workbook: its sheets and columns (the contract of interfaces.md), and the template."""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SheetSpec:
    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    help: str

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


#: In dependency order: what a later sheet refers to comes first.
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("BudgetLines", ("year", "code", "label", "commitment_credits", "payment_credits"), (),
              "A budget line (allocation de base) in a fiscal year, with its commitment (CE) and payment (CL) credits."),
    SheetSpec("Beneficiaries", ("ref", "name", "category"),
              ("bce", "iban", "commune_nis", "language", "name_nl", "bic", "police_zone_code", "address"),
              "category: commune, police_zone, training_school, regional_body, asbl_communal, asbl_private."),
    SheetSpec("Programmes", ("ref", "title", "kind", "year"), ("envelope", "opens", "closes"),
              "kind: call_for_projects, local_plan, police_fund, direct_grant."),
    SheetSpec("Grants", ("ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount"),
              ("programme_ref", "measures", "decision_ref", "decision_date", "advance_share", "period_start",
               "period_end", "justification_deadline", "nature", "project_budget"),
              "measures: '1.4; 2.1' (equal shares) or '1.4:60; 2.1:40'. A grant with a decision date is committed "
              "on its budget line at that date."),
    SheetSpec("Cofunding", ("grant_ref", "name", "amount"), ("status",),
              "Another funder of a grant's co-financed project: importing the same grant_ref and name again updates it. "
              "status: requested (default), granted, refused."),
    SheetSpec("Payments", ("grant_ref", "date", "amount", "kind"), ("reference",),
              "kind: advance, balance, other, recovery (money paid back). Paid from the payment credits of the "
              "grant's budget code in the year of the payment."),
    SheetSpec("Indicators", ("grant_ref", "measure", "name", "achieved"), ("unit", "target", "source", "comment"),
              "A key figure of a grant's project (people accompanied, kg of laundry, activities...) under one of the "
              "grant's PGSP measures: importing the same grant_ref and name again updates it."),
)
SHEET_BY_NAME = {s.name.lower(): s for s in SHEETS}
#: Sheets a workbook may carry for people, ignored by the import.
IGNORED_SHEETS = {"instructions", "readme", "lisez-moi", "leesmij"}

EXAMPLES: dict[str, list[tuple[object, ...]]] = {
    "BudgetLines": [(2024, "25.002.33.01", "Appel à projets ASBL", 3000000, 2900000)],
    "Beneficiaries": [("ASBL-001", "GAMS Belgique", "asbl_private", "0403.019.261", "BE54 0000 0000 0097", "21004",
                       "fr", "GAMS België", None, None, None)],
    "Programmes": [("AAP-2024", "Appel à projets 2024", "call_for_projects", 2024, 2938500, "2023-09-01", "2023-11-30")],
    "Grants": [("G-2024-001", "ASBL-001", "25.002.33.01", 2024, "Prévention des mutilations génitales", 65000,
                "AAP-2024", "1.4", "AR-2024-017", "2024-02-15", 75, "2024-01-01", "2024-12-31", "2025-03-31",
                "operating", 90000)],
    "Cofunding": [("G-2024-001", "Fédération Wallonie-Bruxelles", 15000, "granted")],
    "Payments": [("G-2024-001", "2024-03-20", 48750, "advance", "LIQ-2024-0001")],
    "Indicators": [("G-2024-001", "1.4", "Personnes accompagnées", 207, "personnes", 200, "Rapport d'activités 2024",
                    None)],
}


#: Sheet order of the template: the order of the contract's table (interfaces.md).
TEMPLATE_ORDER = ("Beneficiaries", "BudgetLines", "Programmes", "Grants", "Payments", "Indicators")

COLUMN_HELP: dict[str, str] = {
    "ref": "Your own key: importing the same ref again updates the record.",
    "category": "commune, police_zone, training_school, regional_body, asbl_communal, asbl_private",
    "bce": "Enterprise number, 10 digits (0412.345.678), checked modulo 97.",
    "iban": "Account number, checked (ISO 13616).",
    "commune_nis": "NIS code of one of the 19 Brussels communes (21001-21019).",
    "language": "fr or nl",
    "kind": "Programmes: call_for_projects, local_plan, police_fund, direct_grant. "
            "Payments: advance, balance, other, recovery (money paid back).",
    "measures": "PGSP measure codes separated by ';', optionally with shares: 1.4:60; 2.1:40 (total 100).",
    "amount": "Euro, at most 2 decimals (never rounded): 1234.56, 1 234,56, 1.234,56 or 1,234.56. "
              "2.000 or 150,000 alone is refused as ambiguous: write 2000 or 2.000,00.",
    "advance_share": "Percent, 0 to 100, at most 2 decimals (never rounded): 80 or 33,33.",
    "decision_date": "Date cell, 2024-03-31 or 31/03/2024. A decided grant is committed on its line at that date.",
    "budget_line_code": "The code of a budget line of the grant's own year.",
    "measure": "Indicators: the code of one of the grant's own PGSP measures (1.4).",
    "achieved": "Indicators: what the project achieved, a number zero or more (at most 2 decimals).",
    "target": "Indicators: the figure aimed at, a number zero or more.",
    "unit": "Indicators: people, kg, activities, hours...",
    "source": "Indicators: where the figure comes from (activity report 2024...).",
    "nature": "Grants: operating or investment; blank: what the budget line's economic class gives "
              "(5x, 6x: investment), or as recorded.",
    "project_budget": "Grants: the co-financed project's total budget; the amount cannot exceed it minus the "
                      "other funders (sheet Cofunding). Blank: as recorded.",
    "status": "Cofunding: requested (default), granted or refused (a refused funding does not count).",
}


def write_template(path: Path, *, with_examples: bool = False) -> None:
    """An empty import workbook: exactly the contract's sheets, each with its header row
    (required columns in bold, a comment on each header explaining it)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    fill = PatternFill("solid", fgColor="DDE6F0")
    by_name = {s.name: s for s in SHEETS}
    for name in TEMPLATE_ORDER:
        spec = by_name[name]
        ws = wb.create_sheet(spec.name)
        for col, column in enumerate(spec.columns, start=1):
            cell = ws.cell(row=1, column=col, value=column)
            cell.font = Font(bold=column in spec.required)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center")
            text = ("Required. " if column in spec.required else "Optional. ") + COLUMN_HELP.get(column, "")
            if col == 1:
                text += "\n\n" + spec.help
            cell.comment = Comment(text.strip(), "grants")
            ws.column_dimensions[get_column_letter(col)].width = max(14, len(column) + 4)
        ws.freeze_panes = "A2"
        if with_examples:
            for row in EXAMPLES.get(spec.name, []):
                ws.append(list(row))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)


# -- reading: python-calamine, streamed sheet by sheet -------------------------------------------

#: The extensions openpyxl accepted (the import's reader before calamine): the same files are read.
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Za-z]+\d+:)?[A-Za-z]+(\d+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTR_R = re.compile(rb"\br=\"([A-Za-z]+)(\d+)\"")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")


def release_freed_memory() -> None:
    """Give the pages a loaded sheet used back to the system (glibc keeps the freed small blocks
    of calamine's cells in the heap, where Python's objects, kept in their own arenas, do not reuse
    them: ~40 MB of the import's peak at 200 000 rows). Elsewhere than glibc: nothing to do."""
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = _no_trim
        if sys.platform.startswith("linux"):
            import contextlib
            import ctypes

            with contextlib.suppress(OSError, AttributeError):  # musl has no malloc_trim
                _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
    _malloc_trim(0)


def _no_trim(pad: int) -> int:
    return 0


_malloc_trim: Callable[[int], int] | None = None


class NotAWorkbook(Exception):
    """Not an .xlsx package the import reads (named by its cause in the refusal)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n - 1


class XlsxReader:
    """An .xlsx workbook read with python-calamine (Rust: several times faster than openpyxl
    read-only), one sheet at a time: a sheet is loaded when its rows are asked for and let go
    once they are read.

    Rows come as openpyxl read-only gave them (``values_only``): one list per row from row 1
    (blank rows in the middle included), cell positions absolute (a sheet whose column A is empty
    still starts at column A), error cells (``#N/A``) as their text, which calamine leaves empty.
    Cell values are calamine's (``""`` for an empty cell, a ``float`` for every number, a ``date``
    for a date cell without time): the importer normalises them in one place (``importer._cell``).
    """

    def __init__(self, path: Path):
        import zipfile

        from python_calamine import CalamineWorkbook

        path = Path(path)
        if path.suffix.lower() not in XLSX_SUFFIXES:
            raise NotAWorkbook("InvalidFileException")
        self.path = path
        self._zip = zipfile.ZipFile(path)
        try:
            self.parts = self._worksheet_parts()
            self._wb: Any = CalamineWorkbook.from_path(str(path))
        except BaseException:
            self._zip.close()
            raise
        #: Cells of the sheet loaded last (its height x width).
        self.loaded_cells = 0
        #: The worksheets (not chartsheets), in the workbook's order.
        self.sheet_names: list[str] = [n for n in self._wb.sheet_names if n in self.parts]

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()
            self._zip.close()
        self._wb = None

    def _worksheet_parts(self) -> dict[str, str]:
        """Sheet name -> its worksheet part in the package (xl/worksheets/sheetN.xml)."""
        import posixpath
        import xml.etree.ElementTree as ET

        book = ET.fromstring(self._zip.read("xl/workbook.xml"))
        rels = ET.fromstring(self._zip.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target", "") for r in rels.iter()
                   if _local(r.tag) == "Relationship" and r.get("Type", "").endswith("/worksheet")}
        parts: dict[str, str] = {}
        for sheet in book.iter():
            if _local(sheet.tag) != "sheet":
                continue
            rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), None)
            target = targets.get(rid)
            if target is None:
                continue  # a chartsheet, a dialog sheet: no rows
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            parts[sheet.get("name", "")] = part
        return parts

    def declared_rows(self) -> int:
        """Rows of the worksheets, blank rows included, told before any sheet is loaded (calamine
        loads a whole sheet): the size a sheet declares up front (its ``<dimension>``, what Excel,
        XlsxWriter and openpyxl write), or else its ``<row>`` elements counted in the unpacked XML."""
        total = 0
        for part in self.parts.values():
            with self._zip.open(part) as f:
                head = f.read(4096)
                m = _DIMENSION.search(head)
                if m:
                    total += int(m.group(1))
                    continue
                chunk, tail = head, b""
                while chunk:
                    data = tail + chunk
                    total += data.count(b"<row ") + data.count(b"<row>")
                    tail = data[-4:]  # a tag cut between two chunks is counted once
                    chunk = f.read(1 << 20)
        return total

    def _errors(self, part: str) -> dict[int, dict[int, str]]:
        """Error cells of a worksheet (row -> column -> ``#N/A``...), 0-based; empty in the usual
        case, found by a scan of the unpacked XML for ``t="e"`` (~0.2 s for 90 MB)."""
        found, tail = False, b""
        with self._zip.open(part) as f:
            while chunk := f.read(1 << 20):
                if b't="e"' in tail + chunk[:8] or b't="e"' in chunk:
                    found = True
                    break
                tail = chunk[-8:]
        if not found:
            return {}
        errors: dict[int, dict[int, str]] = {}
        for m in _CELL.finditer(self._zip.read(part)):
            attrs = m.group(1)
            if b't="e"' not in attrs:
                continue
            where, value = _ATTR_R.search(attrs), _VALUE.search(m.group(2) or b"")
            if where is None or value is None:
                continue
            text = html.unescape(value.group(1).decode("utf-8"))
            errors.setdefault(int(where.group(2)) - 1, {})[_column_index(where.group(1))] = text
        return errors

    def rows(self, name: str) -> Iterator[list[Any]]:
        """The rows of a worksheet from row 1, as lists of cell values (see the class)."""
        sheet = self._wb.get_sheet_by_name(name)
        self.loaded_cells = sheet.height * sheet.width
        start = sheet.start
        pad: list[Any] = [None] * start[1] if start is not None and start[1] else []
        errors = self._errors(self.parts[name])
        rows = sheet.iter_rows()
        del sheet  # the rows' iterator holds the loaded sheet; gone with it
        try:
            for i, values in enumerate(rows):
                if pad:
                    values = pad + values
                if errors and i in errors:
                    for col, text in errors[i].items():
                        if col >= len(values):
                            values.extend([None] * (col + 1 - len(values)))
                        values[col] = text
                yield values
        finally:
            del rows
            release_freed_memory()
