"""The import reads workbooks with python-calamine (speed4, issue 11): the importer gets exactly the
rows (``(excel_row, {column: value})``) and header problems openpyxl read-only gave it, for the
test workbooks and for workbooks full of edge cases written by openpyxl and by XlsxWriter; the
import's outcome (problems, amounts, changes) is the same through either reader."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl_reader import OpenpyxlWorkbook
from test_import_bounds import beneficiaries, beneficiaries_declared
from workbooks import make_workbook

from grants.services import importer
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.workbook import write_template

Rows = dict[str, list[tuple[int, dict[str, Any]]]]

BUDGET = ["year", "code", "label", "commitment_credits", "payment_credits"]
BENEFICIARIES = ["ref", "name", "category", "bce", "iban", "commune_nis", "language", "name_nl", "address"]
PROGRAMMES = ["ref", "title", "kind", "year", "envelope", "opens", "closes"]
GRANTS = ["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "programme_ref", "measures",
          "decision_ref", "decision_date", "advance_share", "period_start", "period_end", "project_budget"]
PAYMENTS = ["grant_ref", "date", "amount", "kind", "reference"]

DATE = dt.date(2024, 3, 31)
STAMP = dt.datetime(2024, 3, 31, 14, 5)
ERROR = object()  # an error cell (#N/A)
FORMULA = object()  # =1+1 with its cached value 2 (openpyxl writes no cached value: it reads None)
DATE_NUMBER = object()  # the number 45382 formatted as a date (31/03/2024)
PERCENT = object()  # 0.75 formatted as 0%
BLANK_STYLED = object()  # a formatted cell that holds nothing
#: Neither library writes 0.1 + 0.2 with its 17 digits (Excel does): written as this number, then
#: the XML is patched to hold 0.30000000000000004.
FLOAT_SUM = 777.777

# Every kind of value a person leaves in a sheet, in the columns the import reads.
BENEFICIARY_ROWS: list[list[Any]] = [
    ["B-1", "  GAMS Belgique  ", "asbl_private", "0403019261", "BE54 0000 0000 0097", "21004", "fr", "GAMS België", None],
    ["B-2", "Commune d'Ixelles – Elsene", "commune", 403019261, " be54000000000097 ", 21009, "NL", None, "Chaussée 1"],
    None,  # an empty row in the middle
    ["B-3", "Zone de police Bruxelles-Capitale Ixelles", "police_zone", "0403.019.261", None, 21004, "fr", None,
     True],
    ["b-4", "Ünïcødé ASBL ✓", "asbl_private", 1234567890123456, ERROR, "21001", " nl ", None, FLOAT_SUM],
    ["B-5", FORMULA, "asbl_private", None, None, "21001", "fr", None, STAMP],
    ["B-6", "Trailing", "asbl_private", None, None, None, "fr", None, None, BLANK_STYLED],
]
GRANT_ROWS: list[list[Any]] = [
    ["G-1", "B-1", "25.002.33.01", 2024, "Prévention", 65000, "AAP", "1.4", "AR-1", DATE, 75, "2024-01-01",
     "31/12/2024", 90000],
    ["G-2", "B-2", "25.002.33.01", 2024.0, "Float year", 1234.0, None, "1.4:60; 2.1:40", None, STAMP, PERCENT,
     DATE_NUMBER, None, None],
    ["G-3", "B-3", "25.002.33.01", "2024", "Text amounts", "1 234,56", None, "2.1", "AR-3", "31.03.2024", "33,33",
     None, None, "€ 2.000,00"],
    ["G-4", "B-1", "25.002.33.01", 2024, "Three decimals", 12.345, None, "1.4", "AR-4", "2024-03-31", 50.001,
     None, None, None],
    ["G-5", "B-1", "25.002.33.01", 2024, "Float sum", FLOAT_SUM, None, "1.4", "AR-5", DATE_NUMBER, None, None,
     None, None],
    ["G-6", "B-1", "25.002.33.01", 2024, "Ambiguous", "2.000", None, "1.4", None, None, None, None, None, None],
    ["G-7", "B-9", "25.002.33.01", 2024, "Error amount", ERROR, None, "1.4", None, None, None, None, None, None],
    ["G-8", "B-1", "25.002.33.01", 2024, FORMULA, 99999999999.99, None, "1.4", None, dt.time(14, 5), True,
     None, None, None],
    ["G-9", "B-1", "25.002.33.01", 2024, "  spaces  ", "  4 321,10 € ", None, " 1.4 ", None, None, None, None,
     None, -5],
]
PAYMENT_ROWS: list[list[Any]] = [
    ["G-1", DATE, 48750, "advance", "LIQ-1"],
    ["G-1", "2024-06-30", "1000,01", "balance", 1234],
    ["G-3", DATE_NUMBER, 0.1, "advance", None],
    ["G-3", STAMP, "0,015", "advance", None],
]


def _xlsxwriter_book(path: Path) -> Path:
    import xlsxwriter  # type: ignore[import-untyped]

    wb = xlsxwriter.Workbook(str(path))
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    stamp_fmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    time_fmt = wb.add_format({"num_format": "hh:mm"})
    pct_fmt = wb.add_format({"num_format": "0%"})
    text_fmt = wb.add_format({"num_format": "@"})

    def sheet(name: str, header: list[str], rows: list[list[Any]], header_case: Callable[[str], str] = str) -> None:
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, [header_case(h) for h in header])
        for r, values in enumerate(rows, start=1):
            for c, v in enumerate(values or []):
                if v is None:
                    continue
                if v is ERROR:
                    ws.write_formula(r, c, "=NA()", None, "#N/A")
                elif v is FORMULA:
                    ws.write_formula(r, c, "=1+1", None, 2)
                elif v is DATE_NUMBER:
                    ws.write_number(r, c, 45382, date_fmt)
                elif v is PERCENT:
                    ws.write_number(r, c, 0.75, pct_fmt)
                elif v is BLANK_STYLED:
                    ws.write_blank(r, c, None, text_fmt)
                elif isinstance(v, dt.datetime):
                    ws.write_datetime(r, c, v, stamp_fmt)
                elif isinstance(v, dt.date):
                    ws.write_datetime(r, c, v, date_fmt)
                elif isinstance(v, dt.time):
                    ws.write_datetime(r, c, v, time_fmt)
                elif isinstance(v, str):
                    ws.write_string(r, c, v)
                else:
                    ws.write(r, c, v)

    sheet("BudgetLines", BUDGET, [[2024, "25.002.33.01", "Appel", 3000000, 2900000]], str.upper)
    sheet("Beneficiaries", BENEFICIARIES, BENEFICIARY_ROWS, str.title)
    sheet("Programmes", PROGRAMMES, [["AAP", "Appel 2024", "call_for_projects", 2024, 2938500, DATE, STAMP]])
    sheet("Grants", GRANTS, GRANT_ROWS)
    sheet("Payments", PAYMENTS, PAYMENT_ROWS)
    wb.add_worksheet("Lisez-moi").write(0, 0, "Instructions")
    wb.close()
    return _excel_float(path)


def _openpyxl_book(path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(name: str, header: list[str], rows: list[list[Any]], header_case: Callable[[str], str] = str) -> None:
        ws = wb.create_sheet(name)
        ws.append([header_case(h) for h in header])
        for r, values in enumerate(rows, start=2):
            for c, v in enumerate(values or [], start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if v is ERROR:
                    cell.value = "#N/A"  # openpyxl writes it as an error cell
                elif v is FORMULA:
                    cell.value = "=1+1"
                elif v is DATE_NUMBER:
                    cell.value, cell.number_format = 45382, "dd/mm/yyyy"
                elif v is PERCENT:
                    cell.value, cell.number_format = 0.75, "0%"
                elif v is BLANK_STYLED:
                    cell.number_format = "@"
                else:
                    cell.value = v
        ws.cell(row=1, column=len(header) + 2).number_format = "0.00"  # a formatted cell beyond the header

    sheet("BudgetLines", BUDGET, [[2024, "25.002.33.01", "Appel", 3000000, 2900000]], str.upper)
    sheet("Beneficiaries", BENEFICIARIES, BENEFICIARY_ROWS, str.title)
    sheet("Programmes", PROGRAMMES, [["AAP", "Appel 2024", "call_for_projects", 2024, 2938500, DATE, STAMP]])
    sheet("Grants", GRANTS, GRANT_ROWS)
    sheet("Payments", PAYMENTS, PAYMENT_ROWS)
    wb.create_sheet("Lisez-moi")["A1"] = "Instructions"
    wb.save(path)
    return _excel_float(path)


def _excel_float(path: Path) -> Path:
    """The FLOAT_SUM cells hold 0.30000000000000004, as Excel writes 0.1 + 0.2."""
    out = path.with_name("patched_" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<v>777.777</v>", b"<v>0.30000000000000004</v>")
            dst.writestr(item, data)
    return out


def _odd_layout(path: Path) -> Path:
    """Column A empty (the header starts in B), blank rows before the data, a value outside the
    header, an unknown column, a column given twice, an unknown sheet, a chart-less empty sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Beneficiaries"
    ws["B1"], ws["C1"], ws["D1"], ws["E1"], ws["F1"] = "ref", "Name", "category", "colour", "name"
    ws["B5"], ws["C5"], ws["D5"] = "B-1", "A", "asbl_private"
    ws["B7"], ws["C7"], ws["D7"], ws["H7"] = "B-2", "B", "commune", "stray"
    wb.create_sheet("Payments")
    wb.create_sheet("Other")["A1"] = "x"
    ws = wb.create_sheet("BudgetLines")
    ws.append(BUDGET)
    ws.append([2024, "25.002.33.01", "Appel", 3000000, 2900000])
    ws.append([None, None, "#DIV/0!", None, "   "])
    wb.save(path)
    return path


def _read(reader: type, path: Path) -> tuple[Rows, list[tuple[Any, ...]]]:
    with reader(path) as wb:
        rows = {name: list(wb.get(name)) for name in wb.sheets}
        problems = [(p.message, p.params, p.sheet, p.row, p.column) for p in wb.problems]
    return rows, problems


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("reader")
    make_workbook(d / "five.xlsx")
    make_workbook(d / "no_payments.xlsx", years=range(2023, 2025), grants_per_year=30, payments=False, seed=3)
    write_template(d / "template.xlsx")
    write_template(d / "examples.xlsx", with_examples=True)
    return {
        "five": d / "five.xlsx",
        "no_payments": d / "no_payments.xlsx",
        "template": d / "template.xlsx",
        "examples": d / "examples.xlsx",
        "bounds": beneficiaries(d / "bounds.xlsx", 40, bad=True, blank=5),
        "declared": beneficiaries_declared(d / "declared.xlsx", 30),
        "edge_xlsxwriter": _xlsxwriter_book(d / "edge_xw.xlsx"),
        "edge_openpyxl": _openpyxl_book(d / "edge_op.xlsx"),
        "odd_layout": _odd_layout(d / "odd.xlsx"),
    }


@pytest.mark.parametrize("name", ["five", "no_payments", "template", "examples", "bounds", "declared",
                                  "edge_xlsxwriter", "edge_openpyxl", "odd_layout"])
def test_the_importer_reads_what_openpyxl_gave_it(books: dict[str, Path], name: str) -> None:
    new_rows, new_problems = _read(importer._Workbook, books[name])
    old_rows, old_problems = _read(OpenpyxlWorkbook, books[name])
    assert new_problems == old_problems
    assert new_rows.keys() == old_rows.keys()
    for sheet, rows in old_rows.items():
        assert [n for n, _ in new_rows[sheet]] == [n for n, _ in rows], sheet
        for (n, new), (_, old) in zip(new_rows[sheet], rows, strict=True):
            # the same values of the same types (1234 an int, a date cell a datetime...)
            assert {k: (type(v), v) for k, v in new.items()} == {k: (type(v), v) for k, v in old.items()}, \
                (sheet, n)


@pytest.mark.parametrize("name", ["five", "edge_openpyxl", "odd_layout"])
def test_a_sheet_let_go_after_its_header_reads_the_same_when_loaded_again(
        books: dict[str, Path], name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _read(importer._Workbook, books[name])
    monkeypatch.setattr(importer._Workbook, "KEEP_CELLS", 0)
    assert _read(importer._Workbook, books[name]) == kept


def test_the_edge_cases_read_as_openpyxl_read_them(books: dict[str, Path]) -> None:
    """What the equivalence above covers, spelt out on the XlsxWriter workbook."""
    rows, _ = _read(importer._Workbook, books["edge_xlsxwriter"])
    b = {row["ref"]: row for _, row in rows["Beneficiaries"]}
    assert [n for n, _ in rows["Beneficiaries"]] == [2, 3, 5, 6, 7, 8]  # the empty row 4 skipped, rows as in Excel
    assert b["B-1"]["name"] == "GAMS Belgique" and b["B-1"]["bce"] == "0403019261"  # text kept, stripped
    assert b["B-2"]["bce"] == 403019261 and type(b["B-2"]["commune_nis"]) is int  # numbers: int when whole
    assert b["b-4"]["bce"] == 1234567890123456 and type(b["b-4"]["bce"]) is int
    assert b["b-4"]["iban"] == "#N/A" and b["b-4"]["address"] == 0.1 + 0.2  # an error cell: its text
    assert b["B-5"]["name"] == 2 and b["B-5"]["address"] == STAMP  # a formula: its cached value
    g = {row["ref"]: row for _, row in rows["Grants"]}
    assert g["G-1"]["decision_date"] == dt.datetime(2024, 3, 31) and g["G-2"]["period_start"] == dt.datetime(2024, 3, 31)
    assert g["G-2"]["advance_share"] == 0.75 and g["G-4"]["amount"] == 12.345 and g["G-4"]["advance_share"] == 50.001
    assert g["G-8"]["amount"] == 99999999999.99 and g["G-8"]["decision_date"] == dt.time(14, 5)
    assert g["G-8"]["advance_share"] is True


@pytest.mark.parametrize("name", ["edge_xlsxwriter", "edge_openpyxl", "five"])
def test_the_import_decides_the_same_through_either_reader(db: Database, books: dict[str, Path], name: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Amounts reach the parsers as they did: more than 2 decimals refused (never rounded), 2.000
    refused as ambiguous, an error cell refused, naming sheet, row and column as before."""
    def outcome() -> tuple[list[str], list[tuple[str, int, str, str]]]:
        result = importer.preview_workbook(db, books[name])
        return ([p.render() for p in result.problems],
                [(c.sheet, c.row, c.action, repr(sorted(c.after.items()))) for c in result.changes])

    new = outcome()
    monkeypatch.setattr(importer, "_Workbook", OpenpyxlWorkbook)
    old = outcome()
    assert new == old
    if name != "five":
        text = "\n".join(new[0])
        assert "Grants" in text and "12.345" in text and "2.000" in text
        assert len(new[0]) > 5
    else:
        assert new[0] == [] and len(new[1]) > 200


def test_amounts_with_more_than_two_decimals_are_refused_as_before(db: Database, books: dict[str, Path]) -> None:
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, books["edge_xlsxwriter"])
    located = {(p.sheet, p.row, p.column) for p in e.value.problems}
    assert ("Grants", 5, "amount") in located  # 12.345
    assert ("Grants", 6, "amount") in located  # 0.1 + 0.2 = 0.30000000000000004
    assert ("Grants", 5, "advance_share") in located  # 50.001 %
    assert ("Payments", 5, "amount") in located  # "0,015"
    assert ("Grants", 8, "amount") in located  # #N/A
    assert importer.count_rows(db).get("grant", 0) == 0


def test_a_whole_import_gives_the_same_amounts(db: Database, books: dict[str, Path]) -> None:
    result = importer.import_workbook(db, books["examples"])
    assert result.applied
    from sqlalchemy import select

    from grants.models import Grant, Payment
    with db.reading() as s:
        assert s.scalar(select(Grant.initial_amount).where(Grant.ref == "G-2024-001")) == Decimal("65000.00")
        assert s.scalar(select(Payment.amount)) == Decimal("48750.00")


def test_not_an_xlsx_is_refused_as_before(db: Database, tmp_path: Path) -> None:
    for name, content in (("fake.xlsx", b"not a zip"), ("old.xls", b"\xd0\xcf\x11\xe0 not really"),
                          ("sheet.ods", b"PK\x03\x04")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(RuleError) as e:
            importer.import_workbook(db, path)
        assert e.value.problems[0].field == "file" and name in e.value.problems[0].render()


@pytest.mark.parametrize("sheet_xml", [b"not xml at all <<<", b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>"])
def test_a_sheet_that_cannot_be_read_is_refused_not_a_traceback(db: Database, tmp_path: Path,
                                                                 sheet_xml: bytes) -> None:
    good = beneficiaries(tmp_path / "good.xlsx", 5)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, sheet_xml if item.filename.startswith("xl/worksheets/") else data)
    with pytest.raises(RuleError) as e:
        importer.import_workbook(db, bad)
    assert e.value.problems[0].field == "file" and "bad.xlsx" in e.value.problems[0].render()
    assert "not a readable Excel workbook" in e.value.problems[0].render()
