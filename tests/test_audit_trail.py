"""The audit trail screen's queries and exports, and the audit checks report files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from grants.cli import main
from grants.models import AuditEntry, Beneficiary
from grants.reports import audit_trail
from grants.services import audit_checks, audit_queries, budget
from grants.services.audit_queries import AuditFilter
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.database import Database
from grants.services.errors import Cancelled, RuleError


@pytest.fixture
def trail(db: Database) -> Database:
    line = budget.save_budget_line(db, 2024, "33.00", "ASBL", D("1000"), D("800"))
    budget.save_budget_line(db, 2024, "33.00", "ASBL (corrected)", D("1500"), D("800"), line_id=line)
    other = Database(db.url, user="bob")
    save_beneficiary(other, BeneficiaryInput(name_fr="Transit", name_nl="Transit", category="asbl_private",
                                             ref="ASBL-TRANSIT"))
    other.dispose()
    return db


def test_filters_by_record_user_and_dates(trail: Database) -> None:
    rows = audit_queries.search(trail, AuditFilter(entity="budget_line"))
    assert [r.action for r in rows] == ["update", "insert"]  # newest first
    upd = rows[0]
    assert {c.field: (c.before, c.after) for c in upd.changes} == {
        "commitment_credits": ("1000.00", "1500.00"), "label": ("ASBL", "ASBL (corrected)")}
    assert "commitment_credits: 1000.00 -> 1500.00" in upd.summary()
    by_ref = audit_queries.search(trail, AuditFilter(record="asbl-transit"))
    assert [(r.entity, r.user) for r in by_ref] == [("beneficiary", "bob")]
    assert audit_queries.count(trail, AuditFilter(user="bob")) == 1
    assert "bob" in audit_queries.users(trail) and "budget_line" in audit_queries.entities(trail)
    today = dt.datetime.now(dt.UTC).date()
    assert audit_queries.count(trail, AuditFilter(entity="budget_line", date_from=today, date_to=today)) == 2
    assert audit_queries.count(trail, AuditFilter(date_to=today - dt.timedelta(days=1))) == 0
    with pytest.raises(RuleError, match="before the start"):
        audit_queries.count(trail, AuditFilter(date_from=today, date_to=today - dt.timedelta(days=1)))


def test_deleted_record_is_found_by_its_reference(trail: Database) -> None:
    with trail.transaction() as s:
        b = s.query(Beneficiary).one()
        s.delete(b)
    rows = audit_queries.search(trail, AuditFilter(record="ASBL-TRANSIT"))
    assert [r.action for r in rows] == ["delete", "insert"]


def test_export_trail_to_excel(trail: Database, tmp_path: Path) -> None:
    out = tmp_path / "trail.xlsx"
    seen: list[tuple[int, int]] = []
    n = audit_trail.export_trail(trail, AuditFilter(entity="budget_line"), out, lang="en",
                                 progress=lambda d, t: seen.append((d, t)) or True)
    assert n == 2 and seen[-1][0] == seen[-1][1]
    wb = load_workbook(out)
    ws = wb["Audit trail"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("No.", "When", "User", "Action")
    assert [r[3] for r in rows[1:]] == ["Created", "Changed"]
    assert [r[4] for r in rows[1:]] == ["Budget line", "Budget line"]
    assert rows[2][5] == "2024 33.00" and "→" in rows[2][6]  # the line's reference, labelled changes
    assert isinstance(rows[1][1], dt.datetime)
    with pytest.raises(Cancelled):
        audit_trail.export_trail(trail, AuditFilter(), tmp_path / "x.xlsx", progress=lambda d, t: False)
    assert not (tmp_path / "x.xlsx").exists()


def test_live_chain_check(trail: Database) -> None:
    assert audit_queries.verify_database_chain(trail) == []
    with trail.engine.begin() as conn:
        if trail.is_sqlite:  # on a server the table's owner may (migration 0006)
            conn.exec_driver_sql("DROP TRIGGER trg_audit_entry_no_update")
        conn.execute(update(AuditEntry).where(AuditEntry.id == 2).values(user="ghost"))
    assert audit_queries.verify_database_chain(trail)[0].startswith("#2:")


def _failing_report(db: Database) -> audit_checks.AuditReport:
    save_beneficiary(db, BeneficiaryInput(name_fr="NoBCE", name_nl="NoBCE", category="asbl_private"))
    with db.engine.begin() as conn:  # a decided grant with nothing else: several checks fail
        conn.exec_driver_sql(
            "INSERT INTO \"grant\" (ref, beneficiary_id, budget_line_id, year, title, initial_amount, advance_share, "
            "status, decision_date) VALUES ('G-X', 1, 1, 2024, 'Purpose', 20000, 0, 'decided', '2024-02-01')")
    return audit_checks.run_checks(db, as_of=dt.date(2025, 1, 1))


def test_report_excel_and_pdf(db: Database, tmp_path: Path) -> None:
    budget.save_budget_line(db, 2024, "33.00", "ASBL", D("100000"), D("100000"))
    report = _failing_report(db)
    assert report.failed >= 2
    from grants.reports.audit_report import write_report

    xlsx = write_report(report, tmp_path / "audit.xlsx", lang="en")
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["Summary", "Records at fault"]
    faults = list(wb["Records at fault"].iter_rows(values_only=True))
    assert faults[0] == ("#", "Check", "Record", "Record type", "Reason")
    assert any(r[2] == "G-X" and r[0] == 2 for r in faults[1:])
    assert any(r[0] == 10 for r in faults[1:])
    pdf = write_report(report, tmp_path / "audit.pdf", lang="en")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Audit checks" in text and "G-X" in text and "FAIL" in text


def test_cli_audit_report_files(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    budget.save_budget_line(db, 2024, "33.00", "ASBL", D("100000"), D("100000"))
    _failing_report(db)
    out = tmp_path / "r.pdf"
    assert main(["--db", db.url, "audit", "--out", str(out), "--details", "--lang", "en"]) == 1  # checks fail: exit 1, the report still written
    printed = capsys.readouterr().out
    assert out.exists() and "G-X: decision incomplete" in printed
    assert main(["--db", db.url, "audit", "--out", str(tmp_path / "r.txt")]) == 1
