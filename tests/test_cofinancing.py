"""Co-financing and the operating/investment split (issue 12 item 8): a grant records its project's
total budget and other funders, the subsidy stays within the budget minus the other funders, and each
grant is operating or investment (by default what its budget line's economic class gives)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import builders as B
import pytest
from sqlalchemy import select

from grants.domain import checks
from grants.domain import figures as F
from grants.i18n import render_problem
from grants.models import AuditEntry, FunderStatus, GrantNature
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.records import grant_detail

D = Decimal
REQ, OK, NO = FunderStatus.REQUESTED, FunderStatus.GRANTED, FunderStatus.REFUSED


def test_economic_class_gives_the_default_nature() -> None:
    assert checks.economic_nature("25.002.63.21") == GrantNature.INVESTMENT  # capital transfer to communes
    assert checks.economic_nature("25.002.52.10") == GrantNature.INVESTMENT  # capital transfer to non-profits
    assert checks.economic_nature("25.002.33.00") == GrantNature.OPERATING  # current transfer to non-profits
    assert checks.economic_nature("25.002.43.22") == GrantNature.OPERATING
    assert checks.economic_nature("PLPP") == GrantNature.OPERATING  # no economic class: operating
    assert checks.economic_nature(None) == GrantNature.OPERATING


def test_ceiling_and_rate_are_figures() -> None:
    assert F.other_funding([(D("30000"), OK), (D("10000"), REQ), (D("5000"), NO)]) == D("40000.00")
    assert F.subsidy_ceiling(D("100000"), D("40000")) == D("60000.00")
    assert F.subsidy_ceiling(None, D("40000")) is None
    assert F.cofinancing_rate(D("60000"), D("100000")) == D("60.00")
    assert F.cofinancing_rate(D("1"), D("3")) == D("33.33")
    assert F.cofinancing_rate(D("60000"), None) is None
    found = checks.check_cofunding(amount=D("60000.01"), project_budget=D("100000"),
                                   funders=[("Commune", D("30000"), OK), ("FWB", D("10000"), REQ),
                                            ("Loterie", D("5000"), NO)])
    assert [p.field for p in found] == ["amount"]
    text = render_problem(found[0], "en")
    assert "€60,000.01" in text and "€100,000.00" in text and "€40,000.00" in text and "€60,000.00" in text
    assert checks.check_cofunding(amount=D("60000"), project_budget=D("100000"),
                                  funders=[("Commune", D("40000"), OK)]) == []
    assert checks.check_cofunding(amount=D("9e9"), project_budget=None, funders=[("Commune", D("40000"), OK)]) == []
    bad = checks.check_cofunding(amount=D("1"), project_budget=D("0"), funders=[(" ", D("0"), REQ)])
    assert sorted(p.field for p in bad) == ["cofunders", "cofunders", "project_budget"]


def _input(bene: int, line: int, amount: str, **kw: object) -> G.GrantInput:
    return G.GrantInput(beneficiary_id=bene, budget_line_id=line, title="Maison de quartier", amount=D(amount),
                        measures=[("1.4", D(100))], period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
                        justification_deadline=dt.date(2025, 3, 31), required_documents=B.DOCUMENTS,
                        **kw)  # type: ignore[arg-type]


def test_grant_records_budget_and_funders_and_refuses_above_the_ceiling(db: Database) -> None:
    bene = B.beneficiary(db)
    ln = B.line(db, code="25.002.33.01")
    inv = B.line(db, code="25.002.52.10")
    funders = [("Commune de Schaerbeek", D("20000"), OK), ("Fédération Wallonie-Bruxelles", D("15000"), REQ)]
    with pytest.raises(RuleError) as e:
        G.create_grant(db, _input(bene, ln, "70000", project_budget=D("100000"), cofunders=funders))
    assert [p.field for p in e.value.problems] == ["amount"]
    assert "€65,000.00" in render_problem(e.value.problems[0], "en")
    gid = G.create_grant(db, _input(bene, ln, "65000", project_budget=D("100000"), cofunders=funders))
    d = grant_detail(db, gid)
    assert d.nature == GrantNature.OPERATING and d.project_budget == D("100000.00")
    assert [(c.name, c.amount, c.status) for c in d.cofunders] == [
        ("Commune de Schaerbeek", D("20000.00"), OK), ("Fédération Wallonie-Bruxelles", D("15000.00"), REQ)]
    assert d.other_funding == D("35000.00") and d.cofinancing_rate == D("65.00")
    # an investment line gives investment by default; the officer may say otherwise
    g2 = G.create_grant(db, _input(bene, inv, "1000"))
    assert grant_detail(db, g2).nature == GrantNature.INVESTMENT
    g3 = G.create_grant(db, _input(bene, inv, "1000", nature=GrantNature.OPERATING))
    assert grant_detail(db, g3).nature == GrantNature.OPERATING
    # edit of the draft: a funder refused frees room; the cofunders are replaced and audited
    G.update_draft(db, gid, _input(bene, ln, "80000", project_budget=D("100000"),
                                   cofunders=[("Commune de Schaerbeek", D("20000"), OK),
                                              ("Fédération Wallonie-Bruxelles", D("15000"), NO)],
                                   version=d.version))
    d = grant_detail(db, gid)
    assert d.other_funding == D("20000.00") and d.figures.amount == D("80000.00")
    # cofunders=None keeps them: the ceiling still counts them
    with pytest.raises(RuleError):
        G.update_draft(db, gid, _input(bene, ln, "80000.01", project_budget=D("100000"), version=d.version))
    with db.reading() as s:
        entities = set(s.scalars(select(AuditEntry.entity)))
    assert "grant_cofunder" in entities
    # an amendment above the ceiling is refused, naming the figures
    B.decide(db, gid)
    with pytest.raises(RuleError) as e:
        G.amend_grant(db, gid, dt.date(2024, 6, 1), "Extension", D("0.01"))
    assert e.value.problems[0].field == "amount_delta"
    G.amend_grant(db, gid, dt.date(2024, 6, 1), "Réduction", D("-1000"))


def _book(path, sheets: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.save(path)


BASE = {
    "BudgetLines": [("year", "code", "label", "commitment_credits", "payment_credits"),
                    (2024, "25.002.33.01", "ASBL fonctionnement", 500000, 400000),
                    (2024, "25.002.52.10", "ASBL investissement", 500000, 400000)],
    "Beneficiaries": [("ref", "name", "category"), ("ASBL-1", "Maison de quartier", "asbl_private")],
}
GRANT_HEAD = ("ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount")


def test_import_without_the_new_columns_is_as_before_and_takes_the_nature_from_the_line(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.services.importer import import_workbook

    path = tmp_path / "a.xlsx"
    _book(path, BASE | {"Grants": [GRANT_HEAD, ("G-1", "ASBL-1", "25.002.33.01", 2024, "Fonctionnement", 10000),
                                   ("G-2", "ASBL-1", "25.002.52.10", 2024, "Camionnette", 20000)]})
    result = import_workbook(db, path)
    assert result.counts["Grants"]["add"] == 2 and "Cofunding" not in result.counts
    with db.reading() as s:
        from grants.models import Grant

        got = {g.ref: (g.nature, g.project_budget) for g in s.scalars(select(Grant))}
    assert got == {"G-1": (GrantNature.OPERATING, None), "G-2": (GrantNature.INVESTMENT, None)}
    assert import_workbook(db, path).counts["Grants"] == {"add": 0, "change": 0, "same": 2}


def test_import_cofunding_sheet_and_columns_refuses_above_the_ceiling(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.services.importer import import_workbook

    path = tmp_path / "b.xlsx"
    head = (*GRANT_HEAD, "nature", "project_budget")
    cof = [("grant_ref", "name", "amount", "status"), ("G-1", "Commune d'Anderlecht", 30000, "granted"),
           ("G-1", "FWB", "15 000", None)]
    _book(path, BASE | {"Grants": [head, ("G-1", "ASBL-1", "25.002.33.01", 2024, "Projet", 60000, "investment", 100000)],
                        "Cofunding": cof})
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    [p] = e.value.problems
    assert (p.sheet, p.row, p.column) == ("Grants", 2, "amount") and p.params["ceiling"] == D("55000.00")
    cof[2] = ("G-1", "FWB", "15 000", "refused")
    _book(path, BASE | {"Grants": [head, ("G-1", "ASBL-1", "25.002.33.01", 2024, "Projet", 60000, "investment", 100000)],
                        "Cofunding": cof})
    result = import_workbook(db, path)
    assert result.counts["Cofunding"] == {"add": 2, "change": 0, "same": 0}
    from grants.models import Grant

    with db.reading() as s:
        gid = s.scalar(select(Grant.id).where(Grant.ref == "G-1"))
        audited = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.entity == "grant_cofunder")))
    assert audited == {"grant_cofunder"}
    d = grant_detail(db, gid)
    assert d.nature == GrantNature.INVESTMENT and d.project_budget == D("100000.00") and d.cofinancing_rate == D("60.00")
    assert [(c.name, c.status) for c in d.cofunders] == [("Commune d'Anderlecht", OK), ("FWB", NO)]
    # a second workbook with only the Cofunding sheet: FWB granted now, which the ceiling refuses
    path2 = tmp_path / "c.xlsx"
    _book(path2, {"Cofunding": [("grant_ref", "name", "amount", "status"), ("G-1", "FWB", 15000, "granted")]})
    with pytest.raises(RuleError) as e:
        import_workbook(db, path2)
    assert [(p.sheet, p.row, p.column) for p in e.value.problems] == [("Cofunding", 2, "amount")]
    _book(path2, {"Cofunding": [("grant_ref", "name", "amount", "status"), ("G-1", "FWB", 10000, "granted"),
                                ("G-9", "X", 1, None)]})
    with pytest.raises(RuleError) as e:
        import_workbook(db, path2)
    assert [(p.sheet, p.row, p.column) for p in e.value.problems] == [("Cofunding", 3, "grant_ref")]


def test_budget_export_splits_operating_and_investment_on_a_sheet_added_last(db: Database, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from grants.cli import main

    bene = B.beneficiary(db)
    G.create_grant(db, _input(bene, B.line(db, code="25.002.33.01"), "10000"))
    G.create_grant(db, _input(bene, B.line(db, code="25.002.52.10"), "2500.50"))
    G.create_grant(db, _input(bene, B.line(db, code="25.002.52.11"), "1000", nature=GrantNature.OPERATING))
    out = tmp_path / "budget.xlsx"
    assert main(["--db", db_url, "export", "budget", "--from", "2024", "--to", "2024",
                 "--out", str(out), "--lang", "fr"]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "By category"
    assert wb.sheetnames[-1] == "Fonct. et investissement" and wb.sheetnames[-2] == "À propos"
    ws = wb[wb.sheetnames[-1]]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["Catégorie", "2024 fonctionnement", "2024 investissement"]
    private = next(r for r in rows if r[0] == "ASBL privées")
    assert private[1:] == [11000, 2500.5]
    assert rows[-1][0] == "Total" and rows[-1][1] == "=SUM(B2:B7)"
    by_cat = wb["By category"]
    assert [c.value for c in by_cat[1]] == ["Category", 2024]
