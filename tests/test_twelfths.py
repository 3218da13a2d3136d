"""Provisional twelfths: in a year with no voted budget, commitments on a code reach at most
(month/12) x the previous year's commitment credits of the same code; refused beyond, naming the
month and the figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import builders as B
import pytest

from grants.domain import checks
from grants.services import budget
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.figures import line_committed

D = Decimal


def test_the_rule_on_both_sides_of_the_limit() -> None:
    kw = {"year": 2024, "code": "25.002.33.01", "previous_credits": D("120000.00")}
    # February: 2/12 of 120 000 = 20 000
    assert checks.check_provisional_twelfths(amount=D("20000.00"), committed=D(0), on=dt.date(2024, 2, 29), **kw) == []
    found = checks.check_provisional_twelfths(amount=D("0.01"), committed=D("20000.00"), on=dt.date(2024, 2, 1), **kw)
    assert len(found) == 1 and found[0].field == "amount"
    assert found[0].params["month"] == 2 and found[0].params["limit"] == D("20000.00")
    assert found[0].params["credits"] == D("120000.00") and found[0].params["total"] == D("20000.01")
    assert found[0].params["available"] == D(0)
    assert checks.check_provisional_twelfths(amount=D("0.01"), committed=D("20000.00"), on=dt.date(2024, 3, 1), **kw) == []
    # the cent below: 1/12 of 100 000,00 is 8 333,33
    assert checks.twelfths_limit(D("100000.00"), 1) == D("8333.33")
    assert checks.twelfths_month(dt.date(2025, 1, 10), 2024) == 12
    no_line = checks.check_provisional_twelfths(amount=D(1), committed=D(0), on=dt.date(2024, 6, 1), year=2024,
                                                code="X", previous_credits=None)
    assert no_line[0].params == {"year": 2024, "code": "X", "previous": 2023}


def test_a_provisional_year_refuses_the_commitment_beyond_its_twelfth(db: Database) -> None:
    B.line(db, 2023, ce="120000", cl="100000")
    ln = B.line(db, 2024, ce="200000", cl="150000")
    b = B.beneficiary(db)
    g = B.grant(db, b, ln, "30000")
    B.decide(db, g)
    budget.set_provisional(db, 2024, True, "Budget 2024 non voté au 1er janvier")
    with pytest.raises(RuleError) as e:
        G.commit_grant(db, g, dt.date(2024, 2, 15), "ENG-1")
    p = e.value.problems[0]
    assert p.params["month"] == 2 and p.params["limit"] == D("20000.00") and p.params["total"] == D("30000.00")
    with db.reading() as s:
        assert line_committed(s, ln) == 0  # nothing saved
    G.commit_grant(db, g, dt.date(2024, 2, 15), "ENG-1", D("20000"))  # exactly the February twelfths
    with pytest.raises(RuleError):
        G.commit_grant(db, g, dt.date(2024, 2, 28), "ENG-2", D("0.01"))
    G.commit_grant(db, g, dt.date(2024, 3, 1), "ENG-2")  # March: 30 000
    with db.reading() as s:
        assert line_committed(s, ln) == D("30000.00")


def test_a_voted_year_is_not_limited(db: Database) -> None:
    B.line(db, 2023, ce="120000", cl="100000")
    ln = B.line(db, 2024, ce="200000", cl="150000")
    g = B.grant(db, B.beneficiary(db), ln, "30000")
    B.decide(db, g)
    budget.set_provisional(db, 2024, True)
    budget.set_provisional(db, 2024, False)  # the budget is voted
    G.commit_grant(db, g, dt.date(2024, 2, 15), "ENG-1")
    with db.reading() as s:
        assert line_committed(s, ln) == D("30000.00")


def test_marking_a_year_provisional_is_audited(db: Database) -> None:
    from sqlalchemy import select

    from grants.models import AuditEntry

    budget.set_provisional(db, 2025, True, "Pas de budget voté")
    budget.set_provisional(db, 2025, False)
    with db.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity_id).where(AuditEntry.entity == "budget_year")).all()
        assert not budget.is_provisional(s, 2025)
    assert [tuple(r) for r in rows] == [("insert", "2025"), ("update", "2025")]


def test_the_import_commits_within_the_twelfths_too(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    from grants.services.importer import import_workbook

    B.line(db, 2023, ce="120000", cl="100000")
    B.line(db, 2024, ce="200000", cl="150000")
    budget.set_provisional(db, 2024, True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Beneficiaries"
    ws.append(["ref", "name", "category"])
    ws.append(["ASBL-1", "ASBL Un", "asbl_private"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "decision_ref", "decision_date"])
    ws.append(["G-1", "ASBL-1", "25.002.33.01", 2024, "Projet un", 10000, "AR-1", "2024-01-20"])  # January: 10 000
    ws.append(["G-2", "ASBL-1", "25.002.33.01", 2024, "Projet deux", 10000, "AR-2", "2024-02-10"])  # Feb: 20 000
    path = tmp_path / "ok.xlsx"
    wb.save(path)
    assert import_workbook(db, path, dry_run=True).counts["Grants"]["add"] == 2
    ws.append(["G-3", "ASBL-1", "25.002.33.01", 2024, "Projet trois", 5000, "AR-3", "2024-02-20"])
    wb.save(path)
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert [(p.sheet, p.row, p.column, p.params["month"]) for p in e.value.problems] == [("Grants", 4, "amount", 2)]


def test_command_line_marks_the_year(db: Database) -> None:
    from grants.cli import main

    assert main(["--db", db.url, "budget-year", "2024", "--provisional", "--note", "non voté"]) == 0
    with db.reading() as s:
        assert budget.is_provisional(s, 2024)
    assert main(["--db", db.url, "budget-year", "2024", "--voted"]) == 0
    with db.reading() as s:
        assert not budget.is_provisional(s, 2024)
