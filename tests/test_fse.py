"""FSE specifics (issue 12 item 6): the convention per police zone, payment up to the justified
amount (a domain rule, refused at the act), and `grants export fse` (the zones' contributions by measure)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from grants.cli import main
from grants.domain import checks
from grants.i18n import render_problem
from grants.models import Category, ExpenseCategory, OpinionKind, PaymentKind
from grants.services import grants as G
from grants.services import justifications, payments, programmes
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.budget import save_budget_line
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.fse import synthesis

D = Decimal


def test_paid_up_to_the_justified_amount_both_sides() -> None:
    kw = {"paid": D("750000.00"), "justified": D("960000.00"), "ref": "G-FSE-5339"}
    assert checks.check_paid_up_to_justified(kind=PaymentKind.BALANCE, amount=D("210000.00"), **kw) == []
    found = checks.check_paid_up_to_justified(kind=PaymentKind.BALANCE, amount=D("210000.01"), **kw)
    assert len(found) == 1 and found[0].field == "amount"
    assert found[0].params["available"] == D("210000.00") and found[0].params["total"] == D("960000.01")
    assert "€960,000.00" in render_problem(found[0], "en")
    assert checks.check_paid_up_to_justified(kind=PaymentKind.OTHER, amount=D("300000"), **kw) != []
    # the advance is paid before any justification: not bound
    assert checks.check_paid_up_to_justified(kind=PaymentKind.ADVANCE, amount=D("750000"), paid=D(0),
                                             justified=D(0), ref="x") == []


def fse(db: Database) -> dict[int, int]:
    """Two police zones' FSE conventions of 2024 (decided, committed, advance of 75 % paid); zone 5339
    justified 960 000 of its 1 000 000."""
    line = save_budget_line(db, 2024, "FSE", "Fonds Sommets européens", D("5000000"), D("5000000"))
    save_budget_line(db, 2025, "FSE", "Fonds Sommets européens", D("5000000"), D("5000000"))
    prog = programmes.save_programme(db, programmes.ProgrammeInput("FSE 2024", "police_fund", 2024))
    out = {}
    for zone, name, amount, shares in ((5339, "Zone de police Bruxelles-Capitale Ixelles", "1000000", ("60", "40")),
                                       (5340, "Zone Bruxelles-Ouest", "500000", ("50", "50"))):
        b = save_beneficiary(db, BeneficiaryInput(name_fr=name, name_nl=name, category=Category.POLICE_ZONE,
                                                  police_zone_code=zone))
        gid = G.create_grant(db, G.GrantInput(
            b, line, f"FSE 2024 {zone}", D(amount), measures=[("5.1", D(shares[0])), ("6.1", D(shares[1]))],
            programme_id=prog, advance_share=D(75), period_start=dt.date(2024, 1, 1),
            period_end=dt.date(2024, 12, 31), justification_deadline=dt.date(2025, 3, 31),
            required_documents="Rapport", ref=f"G-2024-FSE-{zone}"))
        for kind in OpinionKind:
            G.add_opinion(db, gid, kind, dt.date(2024, 2, 1), f"AV-{zone}-{kind.value[:3]}")
        G.record_decision(db, gid, f"{'=' if zone == 5340 else ''}AGRBC/2024/FSE/{zone}", dt.date(2024, 3, 21))
        G.commit_grant(db, gid, dt.date(2024, 4, 4), f"ENG-{zone}")
        p = payments.prepare_payment(db, gid, dt.date(2024, 5, 13), D(amount) * D("0.75"), PaymentKind.ADVANCE)
        payments.approve_payment(db, p)
        out[zone] = gid
    justifications.receive_justification(db, out[5339], dt.date(2025, 2, 10), [
        justifications.ExpenseLine(ExpenseCategory.STAFF, D("980000.00"), D("960000.00"), "PAY-1")])
    return out


def test_a_balance_above_the_justified_amount_is_refused(db: Database) -> None:
    g = fse(db)
    with pytest.raises(RuleError) as e:
        payments.prepare_payment(db, g[5339], dt.date(2025, 3, 1), D("210000.01"), PaymentKind.BALANCE)
    assert e.value.problems[0].params["justified"] == D("960000.00")
    payments.prepare_payment(db, g[5339], dt.date(2025, 3, 1), D("210000.00"), PaymentKind.BALANCE)
    # zone 5340 has justified nothing: beyond its advance, nothing can be paid
    with pytest.raises(RuleError) as e:
        payments.prepare_payment(db, g[5340], dt.date(2025, 3, 1), D("1.00"), PaymentKind.OTHER)
    assert e.value.problems[0].params["justified"] == D("0")


def test_export_fse_zones_and_measures(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    g = fse(db)
    s = synthesis(db, 2024)
    assert [(z.zone, z.ref) for z in s.zones] == [(5339, "G-2024-FSE-5339"), (5340, "G-2024-FSE-5340"),
                                                  (5341, ""), (5342, ""), (5343, ""), (5344, "")]
    assert g and [(m.code, m.zone, m.granted, m.justified) for m in s.measures] == [
        ("5.1", 5339, D("600000.00"), D("576000.00")), ("5.1", 5340, D("250000.00"), D("0.00")),
        ("6.1", 5339, D("400000.00"), D("384000.00")), ("6.1", 5340, D("250000.00"), D("0.00"))]
    out = tmp_path / "fse.xlsx"
    assert main(["--db", db_url, "export", "fse", "--year", "2024", "--out", str(out), "--lang", "fr"]) == 0
    assert "2 conventions" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    zones, measures = wb.worksheets[0], wb.worksheets[1]
    assert zones.title == "Conventions 2024" and measures.title == "Par mesure 2024"
    rows = list(zones.iter_rows(values_only=True))
    assert rows[1][:4] == (5339, "Bruxelles-Capitale/Ixelles", "G-2024-FSE-5339", "AGRBC/2024/FSE/5339")
    assert rows[2][3] == "=AGRBC/2024/FSE/5340"  # a text stays text, never a formula
    assert zones.cell(3, 4).data_type == "s"
    assert rows[1][5:8] == (1000000, 960000, 750000)
    total = rows[-1]
    assert total[0] == "Total" and str(total[5]).startswith("=SUM(")
    cached = openpyxl.load_workbook(out, data_only=True).worksheets[0]
    assert [c.value for c in cached[cached.max_row]][5:8] == [1500000, 960000, 1125000]  # totals carry their values
    mrows = list(measures.iter_rows(values_only=True))
    assert [r[0] for r in mrows[1:5]] == ["5.1", "5.1", "6.1", "6.1"] and mrows[1][4] == pytest.approx(0.6)
    assert main(["--db", db_url, "export", "fse", "--year", "2024", "--out", str(tmp_path / "f.pdf")]) in (1, 2)


def test_an_imported_payment_above_the_justified_amount_is_refused_like_one_by_hand(db: Database, tmp_path: Path) -> None:
    """Issue 12 leftover: the FSE rule (checks.check_paid_up_to_justified) runs on the workbook's
    payments too, naming sheet, row and column; nothing is saved."""
    from grants.services.importer import import_workbook

    g = fse(db)
    path = tmp_path / "pay.xlsx"

    def book(rows: list[tuple[object, ...]]) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Payments"
        ws.append(["grant_ref", "date", "amount", "kind", "reference"])
        for row in rows:
            ws.append(list(row))
        wb.save(path)

    book([("G-2024-FSE-5339", "2025-03-01", "210000.01", "balance", "LIQ-1"),
          ("G-2024-FSE-5340", "2025-03-01", "1.00", "other", "LIQ-2")])
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    found = [(p.sheet, p.row, p.column, p.params.get("justified")) for p in e.value.problems]
    assert found == [("Payments", 2, "amount", D("960000.00")), ("Payments", 3, "amount", D("0"))]
    by_hand = pytest.raises(RuleError)
    with by_hand as h:
        payments.prepare_payment(db, g[5339], dt.date(2025, 3, 1), D("210000.01"), PaymentKind.BALANCE)
    # the same refusal; in the workbook its column names the field ("Amount: " is not repeated)
    label, refusal = render_problem(h.value.problems[0], "en").split(": ", 1)
    assert label == "Amount" and render_problem(e.value.problems[0], "en").endswith("column amount: " + refusal)
    with db.reading() as s:
        from sqlalchemy import func, select

        from grants.models import Payment

        assert s.scalar(select(func.count()).select_from(Payment)) == 2  # the two advances only
    # two payments of the workbook that together pass the justified amount: the second is refused
    book([("G-2024-FSE-5339", "2025-03-01", "200000.00", "balance", "LIQ-1"),
          ("G-2024-FSE-5339", "2025-03-02", "10000.01", "other", "LIQ-3")])
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert [(p.row, p.params["available"]) for p in e.value.problems] == [(3, D("10000.00"))]
    book([("G-2024-FSE-5339", "2025-03-01", "210000.00", "balance", "LIQ-1")])
    assert import_workbook(db, path).counts["Payments"]["add"] == 1
