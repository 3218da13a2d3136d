"""Workbooks read back with openpyxl: values, number formats, formulas; totals agree with the
services' figures to the cent."""

from __future__ import annotations

from decimal import Decimal

import backends
import openpyxl
import pytest
from test_reports_data import YEAR, build_dataset

from grants.i18n import money_format_xlsx
from grants.models import Category
from grants.reports import exports
from grants.reports.xlsx import BY_CATEGORY, EURO
from grants.services import budget, figures
from grants.services.errors import Cancelled, RuleError
from grants.services.grants import summarize


def dec(v: object) -> Decimal:
    return Decimal(str(v)).quantize(Decimal("0.01"))


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    return build_dataset(db)


def service_totals(db) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        from sqlalchemy import select

        from grants.models import Grant

        ids = list(s.scalars(select(Grant.id).where(Grant.year == YEAR)))
        f = summarize(s, ids)
    return {k: sum((getattr(x, k) for x in f.values()), Decimal("0.00"))
            for k in ("amount", "committed", "paid", "recovered", "accepted")}


def test_budget_by_category_contract(db, data, tmp_path):  # type: ignore[no-untyped-def]
    out = exports.budget_workbook(db, YEAR, YEAR + 1, tmp_path / "budget.xlsx", "fr")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == BY_CATEGORY
    ws = wb[BY_CATEGORY]
    assert ws["A1"].value == "Category"
    assert [ws.cell(1, c).value for c in (2, 3)] == [YEAR, YEAR + 1]
    assert isinstance(ws["B1"].value, int)
    labels = [ws.cell(r, 1).value for r in range(2, 9)]
    assert labels == ["Communes", "Zones de police", "ERIP/ERAP/Brusafe", "OAA", "ASBL communales", "ASBL privées",
                      "Total"]
    values = {ws.cell(r, 1).value: dec(ws.cell(r, 2).value) for r in range(2, 8)}
    assert values["Communes"] == Decimal("1234567.89")
    assert values["Zones de police"] == Decimal("2000000.00")
    assert values["ASBL privées"] == Decimal("45000.00") + Decimal("12345.67")
    assert values["OAA"] == Decimal("300000.10")
    assert ws["B8"].value == "=SUM(B2:B7)" and ws["C8"].value == "=SUM(C2:C7)"
    assert ws["B2"].number_format == EURO and ws["B8"].number_format == EURO
    # the figures agree with the services' to the cent
    assert sum(values.values()) == service_totals(db)["amount"]
    assert all(dec(ws.cell(r, 3).value) == 0 for r in range(2, 8))
    # frozen header, print set-up
    assert ws.freeze_panes == "A2"
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert ws.print_title_rows == "$1:$1"


@pytest.mark.parametrize("lang, communes, total", [("nl", "Gemeenten", "Totaal"), ("en", "Municipalities", "Total")])
def test_budget_other_languages_keep_the_sheet_name(db, data, tmp_path, lang, communes, total):  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(exports.budget_workbook(db, YEAR, YEAR, tmp_path / "b.xlsx", lang))
    ws = wb[BY_CATEGORY]
    assert ws["A1"].value == "Category" and ws["A2"].value == communes and ws["A8"].value == total
    assert ws["B2"].number_format == money_format_xlsx(lang) != EURO  # € before the amount in nl and en


def test_budget_execution_measures_and_payments(db, data, tmp_path):  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(exports.budget_workbook(db, YEAR, YEAR + 1, tmp_path / "budget.xlsx", "fr"))
    ws = wb[f"Exécution {YEAR}"]
    lines = budget.execution(db, YEAR)
    assert [ws.cell(r, 1).value for r in range(2, 2 + len(lines))] == [ln.code for ln in lines]
    for r, ln in enumerate(lines, start=2):
        assert dec(ws.cell(r, 3).value) == ln.commitment_credits
        assert dec(ws.cell(r, 5).value) == ln.committed
        assert dec(ws.cell(r, 6).value) == ln.available_commitment
        assert dec(ws.cell(r, 9).value) == ln.paid  # approved only
        assert dec(ws.cell(r, 10).value) == ln.to_approve  # prepared
        assert dec(ws.cell(r, 11).value) == ln.available_payment == ln.payment_credits - ln.paid - ln.to_approve
        assert ws.cell(r, 7).number_format == "0.0%"
        assert Decimal(str(ws.cell(r, 7).value)) == (ln.committed / ln.commitment_credits).quantize(Decimal("0.0001"))
    total_row = 2 + len(lines)
    assert ws.cell(total_row, 1).value == "Total"
    assert ws.cell(total_row, 3).value == f"=SUM(C2:C{total_row - 1})"
    assert ws.cell(total_row, 7).value.startswith("=IF(")
    assert ws.auto_filter.ref == f"A1:L{total_row - 1}"

    ws = wb["Mesures PGSP"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    data_rows = [r for r in rows if r[0] != "Total" and r[0] is not None]
    by_code = {r[3]: dec(r[6]) for r in data_rows if r[3]}
    # G-IXL 1 234 567,89 at 60/40 on 7.1 and 1.4: shared to the cent
    assert by_code["7.1"] + by_code["1.4"] - Decimal("45000.00") - Decimal("6172.84") == Decimal("1234567.89")
    assert sum(dec(r[6]) for r in data_rows) == service_totals(db)["amount"]
    assert any(r[2] == "Sans mesure PGSP" and dec(r[6]) == Decimal("300000.10") for r in data_rows)
    assert rows[len(data_rows)][6].startswith("=SUBTOTAL(109,G2:G")

    ws = wb["Paiements par mois"]
    months = {(r[0], r[1]): r for r in ws.iter_rows(min_row=2, values_only=True) if isinstance(r[0], int)}
    assert dec(months[(YEAR, "mars")][2]) == Decimal("987654.31") + Decimal("36000.00")
    assert dec(months[(YEAR, "décembre")][3]) == Decimal("1000.00")
    paid_out = sum(dec(r[2]) for r in months.values())
    t = service_totals(db)
    assert paid_out == t["paid"]  # every payment of the dataset is made in YEAR
    about = wb["À propos"]
    assert about["A4"].value == "Exporté par" and about["B4"].value == "tester"
    assert backends.location(db) in about["B2"].value


def test_grants_workbook(db, data, tmp_path):  # type: ignore[no-untyped-def]
    path, count = exports.grants_workbook(db, YEAR, tmp_path / "grants.xlsx", "nl")
    assert count == 5
    wb = openpyxl.load_workbook(path)
    ws = wb[f"Subsidies {YEAR}"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Referentie", "Begunstigde", "Ref. begunstigde", "Categorie"]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:Y6"  # the co-financing columns come last (V:Y)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, max_row=6, values_only=True)}
    assert rows["G-SCHAKEL"][1] == "Jeugdhuis De Schakel vzw"  # the Dutch name
    assert rows["G-IXL"][3] == "Gemeenten" and rows["G-IXL"][7] == "1.4 (40 %); 7.1 (60 %)"
    gams = rows["G-GAMS"]
    assert dec(gams[8]) == Decimal("45000.00") and dec(gams[10]) == Decimal("36000.00")
    assert dec(gams[11]) == Decimal("1000.00") and dec(gams[12]) == Decimal("30000.55")
    assert dec(gams[13]) == Decimal("-4999.45") and dec(gams[14]) == Decimal("5999.45")
    assert gams[15] == "In terugvordering"
    assert rows["G-PZ"][13] is None  # no balance before the justification
    # a Dutch workbook writes € before the amount (€ 45.000,00), like grants.i18n.format_money
    assert ws["I2"].number_format == money_format_xlsx("nl") == '"€" #,##0.00;[Red]"€" -#,##0.00'
    assert ws["Q2"].number_format == "DD/MM/YYYY"
    assert ws["A7"].value == "Totaal" and ws["I7"].value == "=SUBTOTAL(109,I2:I6)"
    t = service_totals(db)
    for col, key in ((8, "amount"), (9, "committed"), (10, "paid"), (11, "recovered"), (12, "accepted")):
        assert sum(dec(r[col]) for r in rows.values()) == t[key]
    assert "Over" in wb.sheetnames


def test_cancelled_export_leaves_no_file(db, data, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "old.xlsx").write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        exports.grants_workbook(db, YEAR, folder / "grants.xlsx", "fr", progress=lambda done, total: done < 1)
    with pytest.raises(Cancelled):  # cancelled while rows are being written
        exports.grants_workbook(db, YEAR, folder / "old.xlsx", "fr", progress=lambda done, total: done < total)
    assert [p.name for p in folder.iterdir()] == ["old.xlsx"]
    assert (folder / "old.xlsx").read_bytes() == b"previous export"


def test_refusals(db, data, tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError):
        exports.budget_workbook(db, YEAR + 1, YEAR, tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


def test_category_totals_match_figures(db, data):  # type: ignore[no-untyped-def]
    from grants.services.reporting import granted_by_category

    with db.reading() as s:
        got = granted_by_category(s, [YEAR])
        amounts = figures.amounts(s)
    assert sum(v[YEAR] for v in got.values()) == sum(amounts.values())
    assert got[Category.TRAINING_SCHOOL][YEAR] == 0
