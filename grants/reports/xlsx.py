"""Excel workbooks for finance: real numbers in euro formats, totals as formulas that carry their
computed values, frozen and filtered headers, widths, A4 landscape print set-up with repeated titles,
and an About sheet saying what was exported, from which database, when and by whom.

Written with XlsxWriter (openpyxl stays the reader, in the import and the tests): a text is always
written as a text cell (``write_string``), so a name or a title starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return never becomes a formula, and such a cell is also marked "quote
prefix" so that Excel keeps it as text when it is edited. A total is a formula *with* its value, so
previews, viewers and tools that read stored values see the figures. The grants list streams
(``constant_memory``): 100 000 rows never sit in memory.

The writers take the dataclasses of ``grants.services.reporting``; they never touch the database.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter  # type: ignore[import-untyped]
from xlsxwriter.utility import xl_col_to_name  # type: ignore[import-untyped]

from grants.i18n import format_datetime, money_format_xlsx
from grants.services.rows import CATEGORY_ORDER, ExportInfo, GrantRow
from grants.vocabulary import GrantNature

from .common import atomic_output
from .labels import enum_label, label, month_name, norm_lang

if TYPE_CHECKING:
    from grants.services.reporting import BudgetReport

#: Euro, two decimals, thousands grouped; negative amounts in red (French: 1 234,56 €; each
#: workbook uses its language's pattern, grants.i18n.money_format_xlsx, like format_money).
EURO = money_format_xlsx("fr")
PERCENT = "0.0%"
DATE = "DD/MM/YYYY"
INTEGER = "#,##0"
DATETIME = "DD/MM/YYYY HH:MM"

BY_CATEGORY = "By category"  # the contract: same sheet name in every language

#: What makes a spreadsheet read a typed text as a formula (or a DDE command).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
            "default_date_format": DATE}
_GREY = "#A6A6A6"
_HEADER_FILL = "#1F4E79"
_TOTAL_FILL = "#DDEBF7"


class _Book:
    """An XlsxWriter workbook and its formats (one per kind of cell, created once)."""

    def __init__(self, path: Path, constant_memory: bool = False, lang: str = "fr", in_memory: bool = False):
        euro = money_format_xlsx(lang)
        # in_memory: each sheet's XML assembled in memory instead of in a temporary file of its own
        # (a small workbook: the budget's); the file written is the same
        self.wb = xlsxwriter.Workbook(str(path), {**_OPTIONS, "constant_memory": constant_memory,
                                                  "in_memory": in_memory})
        add = self.wb.add_format
        total = {"bold": True, "bg_color": _TOTAL_FILL, "pattern": 1, "top": 1, "top_color": _GREY}
        self.formats: dict[str, Any] = {
            "header": add({"bold": True, "font_color": "#FFFFFF", "bg_color": _HEADER_FILL, "pattern": 1,
                           "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1,
                           "border_color": _GREY}),
            "euro": add({"num_format": euro}),
            "percent": add({"num_format": PERCENT}),
            "date": add({"num_format": DATE, "align": "center"}),
            "integer": add({"num_format": INTEGER}),
            "text": None,
            "wrap": add({"text_wrap": True, "valign": "top"}),
            "total": add(total),
            "total_euro": add({**total, "num_format": euro}),
            "total_percent": add({**total, "num_format": PERCENT}),
            "total_integer": add({**total, "num_format": INTEGER}),
            "bold": add({"bold": True}),
            "about": add({"text_wrap": True, "valign": "top"}),
            "about_datetime": add({"num_format": DATETIME, "align": "left"}),
        }
        # the same formats, quote-prefixed: for texts a spreadsheet would read as a formula
        self.quoted: dict[str | None, Any] = {
            None: add({"quote_prefix": True}),
            "wrap": add({"text_wrap": True, "valign": "top", "quote_prefix": True}),
            "total": add({**total, "quote_prefix": True}),
            "about": add({"text_wrap": True, "valign": "top", "quote_prefix": True}),
        }

    def sheet(self, name: str) -> Any:
        return self.wb.add_worksheet(name)

    def abandon(self) -> None:
        """Never write the file (an export cancelled or failed half-way)."""
        self.wb.fileclosed = True
        for ws in self.wb.worksheets():
            fh = getattr(ws, "row_data_fh", None)
            if fh is not None and not fh.closed:
                fh.close()


def put(book: _Book, ws: Any, row: int, col: int, value: Any, kind: str | None = None) -> None:
    """One cell, by the type of ``value``: a text is always written as text (never a formula)."""
    fmt = book.formats.get(kind) if kind else None
    if value is None:
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        if value.startswith(FORMULA_TRIGGERS):
            fmt = book.quoted.get(kind if kind in book.quoted else None)
        ws.write_string(row, col, value, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, (int, float, Decimal)):
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, (dt.datetime, dt.date)):
        ws.write_datetime(row, col, value, fmt or book.formats["date"])
    else:
        put(book, ws, row, col, str(value), kind)


class _Cells:
    """:func:`put` for the rows of a table: each column's formats looked up once, the common types
    (text, number, date, nothing) written straight away; any other value goes through :func:`put`."""

    def __init__(self, book: _Book, ws: Any, kinds: Sequence[str | None]):
        self.book, self.ws, self.kinds = book, ws, list(kinds)
        self.formats = [book.formats.get(k) if k else None for k in kinds]
        self.quoted = [book.quoted.get(k if k in book.quoted else None) for k in kinds]
        self.dates = [f or book.formats["date"] for f in self.formats]

    def row(self, r: int, values: Sequence[Any]) -> None:
        ws, formats = self.ws, self.formats
        for c, value in enumerate(values):
            t = type(value)
            if t is str:
                ws.write_string(r, c, value, self.quoted[c] if value.startswith(FORMULA_TRIGGERS) else formats[c])
            elif value is None:
                if formats[c] is not None:
                    ws.write_blank(r, c, None, formats[c])
            elif t is Decimal or t is int or t is float:
                ws.write_number(r, c, value, formats[c])
            elif t is dt.date or t is dt.datetime:
                ws.write_datetime(r, c, value, self.dates[c])
            else:  # a bool, an enum (a str subclass), anything else: as put() writes it
                put(self.book, ws, r, c, value, self.kinds[c] if c < len(self.kinds) else None)


@dataclass(frozen=True)
class Column:
    key: str  # a labels key ("col.amount") or a literal heading
    width: float
    kind: str = "text"  # text | wrap | euro | percent | date | integer
    total: str | None = None  # "sum" | "subtotal" | None


def _heading(col: Column, lang: str) -> str:
    return label(col.key, lang) if col.key.startswith("col.") else col.key


def _print_setup(ws: Any, title: str, info: ExportInfo, lang: str, header_rows: int | None = 1) -> None:
    """A4 landscape, one page wide, title rows repeated, page x of y in the footer."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    if header_rows:
        ws.repeat_rows(0, header_rows - 1)
    org = label("org", lang).replace("&", "&&")
    ws.set_header(f"&L{org}&R{title.replace('&', '&&')}")
    printed = label("printed_on", lang, date=format_datetime(info.generated_at, lang)).replace("&", "&&")
    ws.set_footer(f"&L{printed}&R{label('page', lang, n='&P', total='&N')}")


def _prepare_sheet(ws: Any, columns: Sequence[Column], freeze: tuple[int, int] | None = None) -> None:
    for i, col in enumerate(columns):
        ws.set_column(i, i, col.width)
    if freeze is None:
        freeze = (1, 1) if len(columns) > 3 else (1, 0)
    ws.freeze_panes(*freeze)


_TOTAL_KIND = {"euro": "total_euro", "percent": "total_percent", "integer": "total_integer"}


def _total_formula(col: Column, letter: str, first: int, last: int) -> str | None:
    if col.total == "sum":
        return f"=SUM({letter}{first}:{letter}{last})"
    if col.total == "subtotal":  # follows the filters
        return f"=SUBTOTAL(109,{letter}{first}:{letter}{last})"
    return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


class _Sums:
    """The running sums of the totalled columns: the values the total formulas carry."""

    def __init__(self, columns: Sequence[Column]):
        self.index = [i for i, c in enumerate(columns) if c.total]
        self.sums = {i: Decimal(0) for i in self.index}

    def add(self, values: Sequence[Any]) -> None:
        for i in self.index:
            n = _number(values[i])
            if n is not None:
                self.sums[i] += n


def _cached(value: Decimal) -> float | int:
    return int(value) if value == value.to_integral_value() else float(value)


def _write_table(book: _Book, ws: Any, columns: Sequence[Column], rows: Iterable[Sequence[Any]], lang: str,
                 total_label: str | None = None,
                 extra_totals: Callable[[int, dict[int, Decimal]], dict[int, tuple[str, Any]]] | None = None,
                 header: Sequence[Any] | None = None, autofilter: bool = True) -> int:
    """Header, rows and a totals row (formulas with their values); returns the number of data rows."""
    _prepare_sheet(ws, columns)
    for c, value in enumerate(header if header is not None else [_heading(col, lang) for col in columns]):
        put(book, ws, 0, c, value, "header")
    ws.set_row(0, 32)
    cells = _Cells(book, ws, [c.kind for c in columns])
    sums = _Sums(columns)
    n = 0
    for n, values in enumerate(rows, start=1):
        cells.row(n, values if len(values) <= len(columns) else values[:len(columns)])
        sums.add(values)
    last = n + 1  # the last data row, 1-based
    if n and autofilter:
        ws.autofilter(0, 0, n, len(columns) - 1)
    if total_label is not None:
        r = n + 1  # 0-based row of the totals
        extras = extra_totals(r + 1, sums.sums) if extra_totals else {}
        for i, col in enumerate(columns):
            kind = _TOTAL_KIND.get(col.kind, "total")
            formula = _total_formula(col, xl_col_to_name(i), 2, max(last, 2))
            if i in extras:
                ws.write_formula(r, i, extras[i][0], book.formats[kind], extras[i][1])
            elif i == 0:
                put(book, ws, r, i, total_label, "total")
            elif formula is not None:
                ws.write_formula(r, i, formula, book.formats[kind], _cached(sums.sums[i]))
            else:
                ws.write_blank(r, i, None, book.formats[kind])
    return n


def _about_rows(info: ExportInfo, lang: str, note_key: str) -> list[tuple[str, Any]]:
    params = "; ".join(f"{label('param.' + k, lang) if 'param.' + k in _PARAM_KEYS else k} = {v}"
                       for k, v in info.parameters)
    return [
        (label("about.what", lang), label(info.what, lang)),
        (label("about.database", lang), info.database),
        (label("about.generated_at", lang), info.generated_at),
        (label("about.generated_by", lang), info.user),
        (label("about.parameters", lang), params),
        (label("about.application", lang), info.application),
        (label("about.note", lang), label(note_key, lang)),
    ]


def _about_sheet(book: _Book, info: ExportInfo, lang: str, note_key: str) -> None:
    ws = book.sheet(label("sheet.about", lang))
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 100)
    for r, (key, value) in enumerate(_about_rows(info, lang, note_key)):
        put(book, ws, r, 0, key, "bold")
        if isinstance(value, dt.datetime):
            ws.write_datetime(r, 1, value, book.formats["about_datetime"])
        else:
            put(book, ws, r, 1, value, "about")
    _print_setup(ws, label("sheet.about", lang), info, lang, header_rows=None)


_PARAM_KEYS = {"param.from", "param.to", "param.year", "param.lang"}


def _save(book: _Book) -> None:
    book.wb.close()


# --- the budget workbook ------------------------------------------------------------------------

def write_budget_workbook(report: BudgetReport, info: ExportInfo, out: str | os.PathLike[str],
                          lang: str = "fr") -> Path:
    lang = norm_lang(lang)
    with atomic_output(out) as tmp:
        book = _Book(tmp, lang=lang, in_memory=True)  # some thousands of cells
        try:
            _budget_sheets(book, report, info, lang)
        except BaseException:
            book.abandon()
            raise
        _save(book)
    return Path(out)


def _budget_sheets(book: _Book, report: BudgetReport, info: ExportInfo, lang: str) -> None:
    years = report.years
    total = label("total", lang)

    # 1. By category (the contract): header "Category" then the years as numbers; Total as formulas.
    ws = book.sheet(BY_CATEGORY)
    cols = [Column("Category", 26)] + [Column(str(y), 18, "euro", "sum") for y in years]
    rows = [[label(f"cat.{cat.value}", lang)] + [report.by_category[cat][y] for y in years] for cat in CATEGORY_ORDER]
    _write_table(book, ws, cols, rows, lang, total_label=total, header=["Category", *years], autofilter=False)
    _print_setup(ws, BY_CATEGORY, info, lang)

    # 2. Budget-line execution, one sheet per year.
    exec_cols = [Column("col.code", 16), Column("col.label", 40, "wrap"), Column("col.ce", 18, "euro", "sum"),
                 Column("col.reserved", 18, "euro", "sum"), Column("col.committed", 18, "euro", "sum"),
                 Column("col.available_ce", 18, "euro", "sum"), Column("col.pct_committed", 11, "percent"),
                 Column("col.cl", 18, "euro", "sum"), Column("col.paid", 18, "euro", "sum"),
                 Column("col.to_approve", 18, "euro", "sum"),
                 Column("col.available_cl", 18, "euro", "sum"), Column("col.pct_paid", 11, "percent")]

    def pct_totals(row: int, sums: dict[int, Decimal]) -> dict[int, tuple[str, Any]]:
        def share(part: int, whole: int) -> Any:
            return "" if not sums[whole] else float(_ratio(sums[part], sums[whole]) or 0)

        return {6: (f'=IF(C{row}=0,"",E{row}/C{row})', share(4, 2)),
                11: (f'=IF(H{row}=0,"",I{row}/H{row})', share(8, 7))}

    for year in years:
        title = label("sheet.execution", lang, year=year)
        ws = book.sheet(title)
        lines = report.execution.get(year, [])
        data = [[ln.code, ln.label, ln.commitment_credits, ln.reserved, ln.committed, ln.available_commitment,
                 _ratio(ln.committed, ln.commitment_credits), ln.payment_credits, ln.paid, ln.to_approve,
                 ln.available_payment,
                 _ratio(ln.paid, ln.payment_credits)] for ln in lines]
        _write_table(book, ws, exec_cols, data, lang, total_label=total, extra_totals=pct_totals)
        _print_setup(ws, title, info, lang)

    # 3. Amounts by PGSP thematic and measure (allocated by the grants' measure shares).
    title = label("sheet.measures", lang)
    ws = book.sheet(title)
    m_cols = [Column("col.year", 8), Column("col.edition", 11), Column("col.thematic", 34, "wrap"),
              Column("col.measure", 9), Column("col.description", 60, "wrap"),
              Column("col.grants", 10, "integer", "subtotal"), Column("col.amount", 18, "euro", "subtotal")]
    m_rows: list[list[Any]] = []
    for m in report.measures:
        if m.code is None:
            m_rows.append([m.year, "", label("not_tied", lang), "", "", m.grants, m.amount])
        else:
            them = m.thematic_nl if lang == "nl" else m.thematic_fr
            desc = m.description_nl if lang == "nl" else m.description_fr
            m_rows.append([m.year, m.edition, f"T{m.thematic_number} {them}", m.code, _clip(desc, 300), m.grants,
                           m.amount])
    _write_table(book, ws, m_cols, m_rows, lang, total_label=total)
    ws.freeze_panes(1, 0)
    _print_setup(ws, title, info, lang)

    # 4. Payments by month.
    title = label("sheet.payments", lang)
    ws = book.sheet(title)
    p_cols = [Column("col.year", 8), Column("col.month", 14), Column("col.paid_out", 18, "euro", "subtotal"),
              Column("col.paid_back", 18, "euro", "subtotal"), Column("col.net", 18, "euro", "subtotal"),
              Column("col.count", 12, "integer", "subtotal")]
    p_rows = [[p.year, month_name(p.month, lang), p.paid_out, p.paid_back, p.net, p.count] for p in report.payments]
    _write_table(book, ws, p_cols, p_rows, lang, total_label=total)
    ws.freeze_panes(1, 0)
    _print_setup(ws, title, info, lang)

    _about_sheet(book, info, lang, "about.note_budget")

    # 6. (added after the others: no existing sheet moves) Granted amounts by category, split
    # operating / investment per year, as report 8.4.2 presents the subsidies.
    title = label("sheet.nature", lang)
    ws = book.sheet(title)
    n_cols = [Column("col.category", 26)]
    for y in years:
        n_cols += [Column(label("col.operating_year", lang, year=y), 18, "euro", "sum"),
                   Column(label("col.investment_year", lang, year=y), 18, "euro", "sum")]
    n_rows = []
    for cat in CATEGORY_ORDER:
        per = report.by_nature.get(cat, {})
        row: list[Any] = [label(f"cat.{cat.value}", lang)]
        for y in years:
            split = per.get(y, {})
            row += [split.get(GrantNature.OPERATING, Decimal("0.00")), split.get(GrantNature.INVESTMENT, Decimal("0.00"))]
        n_rows.append(row)
    _write_table(book, ws, n_cols, n_rows, lang, total_label=total, autofilter=False)
    ws.freeze_panes(1, 1)
    _print_setup(ws, title, info, lang)


def _ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part / whole).quantize(Decimal("0.0001"))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --- the grants list (streamed) -----------------------------------------------------

GRANT_COLUMNS = (
    Column("col.ref", 15), Column("col.beneficiary", 34), Column("col.beneficiary_ref", 13),
    Column("col.category", 20), Column("col.programme", 14), Column("col.code", 14), Column("col.title", 40),
    Column("col.measures", 20), Column("col.granted", 16, "euro", "subtotal"),
    Column("col.committed", 16, "euro", "subtotal"), Column("col.paid", 16, "euro", "subtotal"),
    Column("col.recovered", 14, "euro", "subtotal"), Column("col.justified", 16, "euro", "subtotal"),
    Column("col.balance", 15, "euro", "subtotal"), Column("col.recovery", 14, "euro", "subtotal"),
    Column("col.status", 16), Column("col.decision_date", 12, "date"), Column("col.notified_on", 12, "date"),
    Column("col.period_start", 12, "date"), Column("col.period_end", 12, "date"), Column("col.deadline", 13, "date"),
    # co-financing, added last (no column before them moves): nature, project budget, other funders, rate
    Column("col.nature", 16), Column("col.project_budget", 16, "euro"),
    Column("col.other_funding", 16, "euro", "subtotal"), Column("col.cofinancing_rate", 12, "percent"),
)


def grant_values(r: GrantRow, lang: str, cat_labels: dict[Any, str], status_labels: dict[Any, str],
                 nature_labels: dict[Any, str] | None = None) -> list[Any]:
    """The cells of one grant row, in GRANT_COLUMNS order (plain values; the rate as a fraction)."""
    nature = nature_labels[r.nature] if nature_labels is not None else label(f"nature.{r.nature.value}", lang)
    return [r.ref, r.beneficiary_nl if lang == "nl" else r.beneficiary_fr, r.beneficiary_ref, cat_labels[r.category],
            r.programme_ref, r.budget_code, r.title, r.measures, r.amount, r.committed, r.paid, r.recovered,
            r.accepted, r.balance, r.recovery, status_labels[r.status], r.decision_date, r.notified_on,
            r.period_start, r.period_end, r.justification_deadline, nature,
            r.project_budget, r.other_funding, None if r.cofinancing_rate is None else r.cofinancing_rate / 100]


def write_grants_workbook(rows: Iterable[GrantRow], year: int, info: ExportInfo, out: str | os.PathLike[str],
                          lang: str = "fr") -> Path:
    """The year's grants, one row each, streamed (constant memory), totals as SUBTOTAL formulas
    carrying their values."""
    from grants.vocabulary import Category, GrantStatus

    lang = norm_lang(lang)
    columns = GRANT_COLUMNS
    cat_labels = {c: enum_label("cat", c, lang) for c in Category}
    status_labels = {s: enum_label("status", s, lang) for s in GrantStatus}
    nature_labels = {n: label(f"nature.{n.value}", lang) for n in GrantNature}
    with atomic_output(out) as tmp:
        book = _Book(tmp, constant_memory=True, lang=lang)
        try:
            title = label("sheet.grants", lang, year=year)
            ws = book.sheet(title)
            _prepare_sheet(ws, columns, freeze=(1, 2))
            _print_setup(ws, title, info, lang)
            for c, col in enumerate(columns):
                put(book, ws, 0, c, _heading(col, lang), "header")
            cells = _Cells(book, ws, [c.kind for c in columns])
            sums = _Sums(columns)
            n = 0
            for n, r in enumerate(rows, start=1):
                values = grant_values(r, lang, cat_labels, status_labels, nature_labels)
                cells.row(n, values)
                sums.add(values)
            last = n + 1
            ws.autofilter(0, 0, n, len(columns) - 1)
            t = n + 1
            for i, col in enumerate(columns):
                kind = "total_euro" if col.kind == "euro" else "total"
                formula = _total_formula(col, xl_col_to_name(i), 2, max(last, 2))
                if i == 0:
                    put(book, ws, t, i, label("total", lang), "total")
                elif formula is not None:
                    ws.write_formula(t, i, formula, book.formats[kind], _cached(sums.sums[i]))
                else:
                    ws.write_blank(t, i, None, book.formats[kind])
            _about_sheet(book, info, lang, "about.note_grants")
        except BaseException:
            book.abandon()
            raise
        _save(book)
    return Path(out)
