"""Excel workbooks for finance: real numbers in euro formats, totals as formulas, frozen and
filtered headers, widths, A4 landscape print set-up with repeated titles, and an About sheet
saying what was exported, from which database, when and by whom.

The writers take the dataclasses of ``grants.services.reporting``; they never touch the database.
The grants list is written in openpyxl's write-only mode: 100 000 rows stream to disk.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from grants.services.reporting import CATEGORY_ORDER, BudgetReport, ExportInfo, GrantRow

from .common import atomic_output
from .labels import enum_label, label, month_name, norm_lang

#: Euro, two decimals, thousands grouped; negative amounts in red.
EURO = '#,##0.00 "€";[Red]-#,##0.00 "€"'
PERCENT = "0.0%"
DATE = "DD/MM/YYYY"
INTEGER = "#,##0"

BY_CATEGORY = "By category"  # the contract: same sheet name in every language

_THIN = Side(style="thin", color="A6A6A6")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")


def _styles() -> dict[str, NamedStyle]:
    header = NamedStyle("grants_header", font=Font(bold=True, color="FFFFFF"), fill=_HEADER_FILL,
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
                        border=Border(bottom=_THIN, left=_THIN, right=_THIN, top=_THIN))
    euro = NamedStyle("grants_euro", number_format=EURO)
    pct = NamedStyle("grants_percent", number_format=PERCENT)
    date = NamedStyle("grants_date", number_format=DATE, alignment=Alignment(horizontal="center"))
    integer = NamedStyle("grants_integer", number_format=INTEGER)
    text = NamedStyle("grants_text")
    wrap = NamedStyle("grants_wrap", alignment=Alignment(wrap_text=True, vertical="top"))
    total_text = NamedStyle("grants_total", font=Font(bold=True), fill=_TOTAL_FILL, border=Border(top=_THIN))
    total_euro = NamedStyle("grants_total_euro", number_format=EURO, font=Font(bold=True), fill=_TOTAL_FILL,
                            border=Border(top=_THIN))
    total_pct = NamedStyle("grants_total_percent", number_format=PERCENT, font=Font(bold=True), fill=_TOTAL_FILL,
                           border=Border(top=_THIN))
    total_int = NamedStyle("grants_total_integer", number_format=INTEGER, font=Font(bold=True), fill=_TOTAL_FILL,
                           border=Border(top=_THIN))
    return {s.name.removeprefix("grants_"): s for s in
            (header, euro, pct, date, integer, text, wrap, total_text, total_euro, total_pct, total_int)}


def _new_workbook(write_only: bool = False) -> tuple[Workbook, dict[str, str]]:
    wb = Workbook(write_only=write_only)
    names = {}
    for key, style in _styles().items():
        wb.add_named_style(style)
        names[key] = style.name
    if not write_only:
        wb.remove(wb.active)
    return wb, names


@dataclass(frozen=True)
class Column:
    key: str  # a labels key ("col.amount") or a literal heading
    width: float
    kind: str = "text"  # text | wrap | euro | percent | date | integer
    total: str | None = None  # "sum" | "subtotal" | None


def _heading(col: Column, lang: str) -> str:
    return label(col.key, lang) if col.key.startswith("col.") else col.key


def _print_setup(ws: Any, title: str, info: ExportInfo, lang: str, columns: int, header_row: int = 1) -> None:
    """A4 landscape, one page wide, title rows repeated, page x of y in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = f"1:{header_row}"
    ws.oddHeader.left.text = label("org", lang).replace("&", "&&")
    ws.oddHeader.right.text = title.replace("&", "&&")
    ws.oddFooter.left.text = label("printed_on", lang, date=info.generated_at.strftime("%d/%m/%Y %H:%M"))
    ws.oddFooter.right.text = label("page", lang, n="&P", total="&N")


def _prepare_sheet(ws: Any, columns: Sequence[Column]) -> None:
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "B2" if len(columns) > 3 else "A2"


def _header_cells(ws: Any, columns: Sequence[Column], lang: str, styles: dict[str, str]) -> list[Any]:
    cells = []
    for col in columns:
        c = WriteOnlyCell(ws, _heading(col, lang))
        c.style = styles["header"]
        cells.append(c)
    return cells


def _total_formula(col: Column, letter: str, first: int, last: int) -> str | None:
    if col.total == "sum":
        return f"=SUM({letter}{first}:{letter}{last})"
    if col.total == "subtotal":  # follows the filters
        return f"=SUBTOTAL(109,{letter}{first}:{letter}{last})"
    return None


def _write_table(ws: Any, columns: Sequence[Column], rows: Iterable[Sequence[Any]], lang: str,
                 styles: dict[str, str], total_label: str | None = None,
                 extra_totals: Callable[[int, int], dict[int, str]] | None = None) -> int:
    """Header, rows and a totals row on a regular worksheet; returns the number of data rows."""
    _prepare_sheet(ws, columns)
    ws.append([_heading(c, lang) for c in columns])
    for cell in ws[1]:
        cell.style = styles["header"]
    ws.row_dimensions[1].height = 32
    kinds = [c.kind for c in columns]
    n = 0
    for n, values in enumerate(rows, start=1):
        ws.append(list(values))
        for cell, kind in zip(ws[n + 1], kinds, strict=False):
            if kind != "text":
                cell.style = styles[kind]
    last = n + 1
    if n:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    if total_label is not None:
        total_row = last + 1
        extras = extra_totals(total_row, last) if extra_totals else {}
        for i, col in enumerate(columns, start=1):
            letter = get_column_letter(i)
            cell = ws.cell(total_row, i)
            formula = extras.get(i) or _total_formula(col, letter, 2, max(last, 2))
            if i == 1:
                cell.value = total_label
            elif formula is not None:
                cell.value = formula
            cell.style = styles[{"euro": "total_euro", "percent": "total_percent",
                                 "integer": "total_integer"}.get(col.kind, "total")]
    return n


def _about_sheet(wb: Workbook, info: ExportInfo, lang: str, styles: dict[str, str], note_key: str) -> None:
    ws = wb.create_sheet(label("sheet.about", lang))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    params = "; ".join(f"{label('param.' + k, lang) if 'param.' + k in _PARAM_KEYS else k} = {v}"
                       for k, v in info.parameters)
    rows = [
        (label("about.what", lang), label(info.what, lang)),
        (label("about.database", lang), info.database),
        (label("about.generated_at", lang), info.generated_at),
        (label("about.generated_by", lang), info.user),
        (label("about.parameters", lang), params),
        (label("about.application", lang), info.application),
        (label("about.note", lang), label(note_key, lang)),
    ]
    for r, (key, value) in enumerate(rows, start=1):
        ws.cell(r, 1, key).font = Font(bold=True)
        cell = ws.cell(r, 2, value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, dt.datetime):
            cell.number_format = "DD/MM/YYYY HH:MM"
            cell.alignment = Alignment(horizontal="left")
    _print_setup(ws, label("sheet.about", lang), info, lang, 2, header_row=1)
    ws.print_title_rows = None


_PARAM_KEYS = {"param.from", "param.to", "param.year", "param.lang"}


def _save(wb: Workbook, out: str | os.PathLike[str]) -> Path:
    with atomic_output(out) as tmp:
        wb.save(tmp)
    return Path(out)


# --- the budget workbook ------------------------------------------------------------------------

def write_budget_workbook(report: BudgetReport, info: ExportInfo, out: str | os.PathLike[str],
                          lang: str = "fr") -> Path:
    lang = norm_lang(lang)
    wb, styles = _new_workbook()
    years = report.years

    # 1. By category (the contract): header "Category" then the years as numbers; Total as formulas.
    ws = wb.create_sheet(BY_CATEGORY)
    cols = [Column("Category", 26)] + [Column(str(y), 18, "euro", "sum") for y in years]
    rows = [[label(f"cat.{cat.value}", lang)] + [report.by_category[cat][y] for y in years] for cat in CATEGORY_ORDER]
    _write_table(ws, cols, rows, lang, styles, total_label=label("total", lang))
    for i, y in enumerate(years, start=2):
        ws.cell(1, i).value = y  # the year as a number
    ws.auto_filter.ref = None
    _print_setup(ws, BY_CATEGORY, info, lang, len(cols))

    # 2. Budget-line execution, one sheet per year.
    exec_cols = [Column("col.code", 16), Column("col.label", 40, "wrap"), Column("col.ce", 18, "euro", "sum"),
                 Column("col.reserved", 18, "euro", "sum"), Column("col.committed", 18, "euro", "sum"),
                 Column("col.available_ce", 18, "euro", "sum"), Column("col.pct_committed", 11, "percent"),
                 Column("col.cl", 18, "euro", "sum"), Column("col.paid", 18, "euro", "sum"),
                 Column("col.to_approve", 18, "euro", "sum"),
                 Column("col.available_cl", 18, "euro", "sum"), Column("col.pct_paid", 11, "percent")]
    for year in years:
        title = label("sheet.execution", lang, year=year)
        ws = wb.create_sheet(title)
        lines = report.execution.get(year, [])
        data = [[ln.code, ln.label, ln.commitment_credits, ln.reserved, ln.committed, ln.available_commitment,
                 _ratio(ln.committed, ln.commitment_credits), ln.payment_credits, ln.paid, ln.to_approve,
                 ln.available_payment,
                 _ratio(ln.paid, ln.payment_credits)] for ln in lines]

        def pct_totals(row: int, _last: int) -> dict[int, str]:
            return {7: f'=IF(C{row}=0,"",E{row}/C{row})', 12: f'=IF(H{row}=0,"",I{row}/H{row})'}

        _write_table(ws, exec_cols, data, lang, styles, total_label=label("total", lang), extra_totals=pct_totals)
        _print_setup(ws, title, info, lang, len(exec_cols))

    # 3. Amounts by PGSP thematic and measure (allocated by the grants' measure shares).
    title = label("sheet.measures", lang)
    ws = wb.create_sheet(title)
    m_cols = [Column("col.year", 8), Column("col.edition", 11), Column("col.thematic", 34, "wrap"),
              Column("col.measure", 9), Column("col.description", 60, "wrap"),
              Column("col.grants", 10, "integer", "subtotal"), Column("col.amount", 18, "euro", "subtotal")]
    m_rows = []
    for m in report.measures:
        if m.code is None:
            m_rows.append([m.year, "", label("not_tied", lang), "", "", m.grants, m.amount])
        else:
            them = m.thematic_nl if lang == "nl" else m.thematic_fr
            desc = m.description_nl if lang == "nl" else m.description_fr
            m_rows.append([m.year, m.edition, f"T{m.thematic_number} {them}", m.code, _clip(desc, 300), m.grants,
                           m.amount])
    _write_table(ws, m_cols, m_rows, lang, styles, total_label=label("total", lang))
    ws.freeze_panes = "A2"
    _print_setup(ws, title, info, lang, len(m_cols))

    # 4. Payments by month.
    title = label("sheet.payments", lang)
    ws = wb.create_sheet(title)
    p_cols = [Column("col.year", 8), Column("col.month", 14), Column("col.paid_out", 18, "euro", "subtotal"),
              Column("col.paid_back", 18, "euro", "subtotal"), Column("col.net", 18, "euro", "subtotal"),
              Column("col.count", 12, "integer", "subtotal")]
    p_rows = [[p.year, month_name(p.month, lang), p.paid_out, p.paid_back, p.net, p.count] for p in report.payments]
    _write_table(ws, p_cols, p_rows, lang, styles, total_label=label("total", lang))
    ws.freeze_panes = "A2"
    _print_setup(ws, title, info, lang, len(p_cols))

    _about_sheet(wb, info, lang, styles, "about.note_budget")
    wb.active = 0
    return _save(wb, out)


def _ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part / whole).quantize(Decimal("0.0001"))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --- the grants list (write-only, streamed) -----------------------------------------------------

GRANT_COLUMNS = (
    Column("col.ref", 15), Column("col.beneficiary", 34), Column("col.beneficiary_ref", 13),
    Column("col.category", 20), Column("col.programme", 14), Column("col.code", 14), Column("col.title", 40),
    Column("col.measures", 20), Column("col.granted", 16, "euro", "subtotal"),
    Column("col.committed", 16, "euro", "subtotal"), Column("col.paid", 16, "euro", "subtotal"),
    Column("col.recovered", 14, "euro", "subtotal"), Column("col.justified", 16, "euro", "subtotal"),
    Column("col.balance", 15, "euro", "subtotal"), Column("col.recovery", 14, "euro", "subtotal"),
    Column("col.status", 16), Column("col.decision_date", 12, "date"), Column("col.notified_on", 12, "date"),
    Column("col.period_start", 12, "date"), Column("col.period_end", 12, "date"), Column("col.deadline", 13, "date"),
)


def grant_values(r: GrantRow, lang: str, cat_labels: dict[Any, str], status_labels: dict[Any, str]) -> list[Any]:
    """The cells of one grant row, in GRANT_COLUMNS order (plain values)."""
    return [r.ref, r.beneficiary_nl if lang == "nl" else r.beneficiary_fr, r.beneficiary_ref, cat_labels[r.category],
            r.programme_ref, r.budget_code, r.title, r.measures, r.amount, r.committed, r.paid, r.recovered,
            r.accepted, r.balance, r.recovery, status_labels[r.status], r.decision_date, r.notified_on,
            r.period_start, r.period_end, r.justification_deadline]


def write_grants_workbook(rows: Iterable[GrantRow], year: int, info: ExportInfo, out: str | os.PathLike[str],
                          lang: str = "fr") -> Path:
    """The year's grants, one row each, streamed (write-only mode), totals as SUBTOTAL formulas."""
    from grants.models import Category, GrantStatus

    lang = norm_lang(lang)
    wb, styles = _new_workbook(write_only=True)
    title = label("sheet.grants", lang, year=year)
    ws = wb.create_sheet(title)
    columns = GRANT_COLUMNS
    _prepare_sheet(ws, columns)
    ws.freeze_panes = "C2"
    _print_setup(ws, title, info, lang, len(columns))
    ws.append(_header_cells(ws, columns, lang, styles))
    cat_labels = {c: enum_label("cat", c, lang) for c in Category}
    status_labels = {s: enum_label("status", s, lang) for s in GrantStatus}
    # One style array per formatted column, shared by its cells: write-only cells are serialised
    # as soon as they are appended and never changed, so there is no need to resolve the named
    # style again for each of 100 000 rows (that lookup costs as much as writing the cell).
    styled = [(i, _style_array(ws, styles[c.kind])) for i, c in enumerate(columns) if c.kind != "text"]
    n = 0
    try:
        for n, r in enumerate(rows, start=1):
            values: list[Any] = grant_values(r, lang, cat_labels, status_labels)
            for i, style in styled:
                v = values[i]
                if v is not None:
                    cell = WriteOnlyCell(ws, v)
                    cell._style = style
                    values[i] = cell
            ws.append(values)
    except BaseException:
        _discard(ws)
        raise
    last = n + 1
    totals: list[Any] = []
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        formula = _total_formula(col, letter, 2, max(last, 2))
        value = label("total", lang) if i == 1 else formula
        cell = WriteOnlyCell(ws, value)
        cell.style = styles["total_euro" if col.kind == "euro" else "total"]
        totals.append(cell)
    ws.append(totals)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    _about_sheet_write_only(wb, info, lang, "about.note_grants")
    return _save(wb, out)


def _style_array(ws: Any, style_name: str) -> Any:
    template = WriteOnlyCell(ws)
    template.style = style_name
    return template._style


def _discard(ws: Any) -> None:
    """Close a write-only sheet abandoned half-way and remove its temporary file."""
    writer = getattr(ws, "_writer", None)
    try:
        ws.close()
    except Exception:  # noqa: BLE001 - best effort: we are already failing
        pass
    out = getattr(writer, "out", None)
    if isinstance(out, str) and os.path.exists(out):
        try:
            writer.cleanup()  # also forgets it in openpyxl's list of temporary files
        except Exception:  # noqa: BLE001
            os.remove(out)


def _about_sheet_write_only(wb: Workbook, info: ExportInfo, lang: str, note_key: str) -> None:
    ws = wb.create_sheet(label("sheet.about", lang))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    params = "; ".join(f"{label('param.' + k, lang) if 'param.' + k in _PARAM_KEYS else k} = {v}"
                       for k, v in info.parameters)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for key, value in ((label("about.what", lang), label(info.what, lang)), (label("about.database", lang), info.database),
                       (label("about.generated_at", lang), info.generated_at),
                       (label("about.generated_by", lang), info.user), (label("about.parameters", lang), params),
                       (label("about.application", lang), info.application),
                       (label("about.note", lang), label(note_key, lang))):
        k = WriteOnlyCell(ws, key)
        k.font = bold
        v = WriteOnlyCell(ws, value)
        v.alignment = wrap
        if isinstance(value, dt.datetime):
            v.number_format = "DD/MM/YYYY HH:MM"
        ws.append([k, v])
    _print_setup(ws, label("sheet.about", lang), info, lang, 2)
    ws.print_title_rows = None
