"""Excel exports a finance officer can open safely (issue 14, item 2): a text typed by a user comes
back as a text, never a formula; totals carry their values for viewers that read stored values."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import update
from test_reports_data import YEAR, build_dataset

from grants.cli import main
from grants.models import Beneficiary, Grant

HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "=cmd|' /C calc'!A0"
OTHERS = ["+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def dec(v: object) -> Decimal:
    return Decimal(str(v)).quantize(Decimal("0.01"))


@pytest.fixture
def hostile(db):  # type: ignore[no-untyped-def]
    build_dataset(db)
    db.dispose()
    # straight in the tables, as a hostile import or another tool could leave them
    with db.engine.begin() as conn:
        for ref, name in (("B-GAMS", HYPERLINK), ("B-PZ", OTHERS[0]), ("B-IXL", OTHERS[4])):
            conn.execute(update(Beneficiary).where(Beneficiary.ref == ref).values(name_fr=name))
        for ref, title in (("G-GAMS", DDE), *zip(("G-IXL", "G-SCHAKEL", "G-PZ"), OTHERS[1:], strict=False)):
            conn.execute(update(Grant).where(Grant.ref == ref).values(title=title))
    return db


def test_user_text_comes_back_as_text(hostile, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "g.xlsx"
    assert main(["--db", hostile.url, "export", "grants", "--year", str(YEAR), "--out", str(out),
                 "--lang", "fr"]) == 0
    ws = openpyxl.load_workbook(out).worksheets[0]
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    for text in (HYPERLINK, DDE, *OTHERS[:4]):
        assert text in cells, (text, sorted(cells))
        cell = cells[text]
        assert cell.data_type == "s" and cell.value == text
        assert cell.quotePrefix  # Excel keeps it as text when the cell is edited
    # a leading \r is kept (escaped as _x000D_ in the file, as Excel does), and still a text
    cr = next(c for v, c in cells.items() if v.endswith("CR"))
    assert cr.data_type == "s" and cr.quotePrefix  # openpyxl shows the escape: _x000D_CR
    assert all(c.data_type != "f" for row in ws.iter_rows(min_row=2, max_row=ws.max_row - 1) for c in row)


def test_grants_totals_carry_their_values(hostile, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "g.xlsx"
    assert main(["--db", hostile.url, "export", "grants", "--year", str(YEAR), "--out", str(out)]) == 0
    formulas = openpyxl.load_workbook(out).worksheets[0]
    values = openpyxl.load_workbook(out, data_only=True).worksheets[0]
    total_row = formulas.max_row
    assert str(formulas.cell(total_row, 9).value).startswith("=SUBTOTAL(109,I2:I")
    for col in range(9, 16):  # granted ... recovery
        data = [values.cell(r, col).value for r in range(2, total_row)]
        cached = values.cell(total_row, col).value
        assert isinstance(cached, (int, float)), (col, cached)
        assert dec(cached) == sum((dec(v) for v in data if v is not None), Decimal("0.00"))


def test_budget_totals_carry_their_values(hostile, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "b.xlsx"
    assert main(["--db", hostile.url, "export", "budget", "--from", str(YEAR), "--to", str(YEAR + 1),
                 "--out", str(out), "--lang", "fr"]) == 0
    wb_f = openpyxl.load_workbook(out)
    wb_v = openpyxl.load_workbook(out, data_only=True)
    ws, vs = wb_f["By category"], wb_v["By category"]
    assert ws["B8"].value == "=SUM(B2:B7)"  # the contract: totals are formulas
    for col in (2, 3):
        cached = vs.cell(8, col).value
        assert isinstance(cached, (int, float))
        assert dec(cached) == sum((dec(vs.cell(r, col).value) for r in range(2, 8)), Decimal("0.00"))
    assert dec(vs["B8"].value) > 0
    execution = wb_v[f"Exécution {YEAR}"]
    last = execution.max_row
    assert isinstance(execution.cell(last, 3).value, (int, float))
    ratio = execution.cell(last, 7).value
    assert ratio == "" or ratio is None or isinstance(ratio, float)
    for name in ("Mesures PGSP", "Paiements par mois"):
        sheet = wb_v[name]
        assert all(isinstance(sheet.cell(sheet.max_row, c).value, (int, float))
                   for c in range(1, sheet.max_column + 1) if wb_f[name].cell(sheet.max_row, c).data_type == "f")


def test_audit_report_and_trail_keep_text_as_text(tmp_path):  # type: ignore[no-untyped-def]
    """The openpyxl writers too: a reference or a user that starts with "=" stays a text."""
    import datetime as dt
    import json

    from grants.reports.audit_report import write_xlsx
    from grants.reports.audit_trail import write_trail_workbook
    from grants.services.audit_checks import AuditReport, CheckResult, Fault

    fault = Fault("grant", 1, HYPERLINK, "decision incomplete: no {fields}", {"fields": "purpose"})
    report = AuditReport((CheckResult(2, "decision_complete", "Decisions complete", 1, (fault,)),), None,
                         dt.date(2024, 1, 1), dt.datetime(2024, 1, 1), DDE, "db")
    out = write_xlsx(report, tmp_path / "r.xlsx", "en")
    cells = [c for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    assert {c.value for c in cells if c.data_type == "s"} >= {HYPERLINK, DDE}
    assert not [c.coordinate for c in cells if c.data_type == "f"]

    from grants.services.audit_queries import AuditRow

    trail = tmp_path / "t.xlsx"
    row = AuditRow(1, dt.datetime(2024, 1, 1), DDE, "insert", "grant", "1", None, json.dumps({"title": HYPERLINK}))
    write_trail_workbook([row], trail, None, lang="en", database="=db", user=DDE)
    cells = [c for ws in openpyxl.load_workbook(trail).worksheets for row in ws.iter_rows() for c in row]
    assert {c.value for c in cells if c.data_type == "s"} >= {DDE, "=db"}
    assert any(HYPERLINK in str(c.value) for c in cells)  # the change, shown as text
    assert not [c.coordinate for c in cells if c.data_type == "f"]
