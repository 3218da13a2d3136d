"""The auditors' screens, driven as a user would: filter the trail, read an entry's before/after,
export it; run the checks off the GUI thread, read the records at fault, save the report."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from grants.services import budget, grants
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.database import Database
from grants.ui.audit_page import AuditChecksPage, AuditTrailPage
from grants.ui.context import AppContext
from grants.ui.tasks import wait_idle

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENS / f"audit_{name}.png"))


@pytest.fixture
def data(db: Database) -> Database:
    line = budget.save_budget_line(db, 2024, "25.002.33.00", "Appel à projets — ASBL", D("500000"), D("400000"))
    budget.save_budget_line(db, 2024, "25.002.33.00", "Appel à projets — ASBL", D("650000"), D("400000"), line_id=line)
    bob = Database(db.url, user="marie.dubois")
    b1 = save_beneficiary(bob, BeneficiaryInput(name_fr="Transit", name_nl="Transit", category="asbl_private",
                                                bce="0403.019.261", ref="ASBL-TRANSIT"))
    b2 = save_beneficiary(bob, BeneficiaryInput(name_fr="Infor Jeunes", name_nl="Infor Jeugd", category="asbl_private",
                                                ref="ASBL-INFOR"))
    g = grants.create_grant(bob, grants.GrantInput(
        beneficiary_id=b2, budget_line_id=line, title="Permanences jeunesse", amount=D("18000"),
        period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
        justification_deadline=dt.date(2025, 3, 31)))
    grants.add_opinion(bob, g, grants.OpinionKind.INSPECTION, dt.date(2024, 2, 1))
    grants.add_opinion(bob, g, grants.OpinionKind.BUDGET, dt.date(2024, 2, 1))
    with db.engine.begin() as conn:  # decided without the Government's decision (bypassing the rule)
        conn.exec_driver_sql("UPDATE \"grant\" SET status = 'decided', decision_ref = 'AR-2024-7', "
                             "decision_date = '2024-02-10' WHERE id = :g".replace(":g", str(g)))
    bob.dispose()
    assert b1
    return db


@pytest.fixture
def ctx(data: Database) -> AppContext:
    return AppContext(data, lang="en")


def test_audit_trail_filters_and_before_after(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = AuditTrailPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    assert wait_idle()  # the entries are read in the task runner
    assert page.total == page.model.rowCount() > 100  # reference data, lines, beneficiaries...
    page.entity_box.setCurrentIndex(page.entity_box.findData("budget_line"))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 3)) == "Changed"
    # the newest entry is selected: its fields before and after
    assert page.detail.rowCount() == 1
    assert [page.detail.item(0, c).text() for c in range(3)] == ["Commitment credits", "€500,000.00",
                                                                  "€650,000.00"]
    assert page.model.data(page.model.index(0, 5)) == "2024 25.002.33.00"  # the line, not its id
    assert page.model.data(page.model.index(0, 6)) == "Commitment credits: €500,000.00 → €650,000.00"
    shot(page, "trail_line")
    # a record by its reference, and a user
    page.clear_filters()
    page.record_edit.setText("ASBL-TRANSIT")
    qtbot.keyClick(page.record_edit, Qt.Key.Key_Return)
    assert wait_idle()
    assert page.model.rowCount() == 1 and page.model.rows[0].user == "marie.dubois"
    page.clear_filters()
    page.user_box.setCurrentIndex(page.user_box.findData("marie.dubois"))
    page.search()
    assert wait_idle()
    assert page.total == page.model.rowCount() >= 5
    assert "entries" in page.status.text()
    shot(page, "trail")
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    page.from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert wait_idle()
    assert page.model.rowCount() == 0 and not page.export_button.isEnabled()


def test_audit_trail_export_runs_off_the_gui_thread(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = AuditTrailPage(ctx)
    qtbot.addWidget(page)
    assert wait_idle()
    page.user_box.setCurrentIndex(page.user_box.findData("marie.dubois"))
    page.search()
    assert wait_idle()
    task = page.export(str(tmp_path / "trail"))
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    path, n = page.last_export
    assert path.endswith(".xlsx") and n == page.total
    rows = list(load_workbook(path)["Audit trail"].iter_rows(values_only=True))
    assert len(rows) == n + 1 and {r[2] for r in rows[1:]} == {"marie.dubois"}
    assert "exported" in page.status.text()


def test_audit_trail_verify_chain(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = AuditTrailPage(ctx)
    qtbot.addWidget(page)
    assert page.verify_chain() == []


def test_audit_checks_page_runs_off_thread_and_shows_faults(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = AuditChecksPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    assert "Press Run" in page.summary.text() and not page.export_button.isEnabled()
    with qtbot.waitSignal(page.checks_done, timeout=30_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    tree = page.tree
    assert tree.topLevelItemCount() == 11  # the ten, and the audit chain
    results = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): tree.topLevelItem(i).text(1)
               for i in range(10)}
    assert results[3] == "FAIL" and results[2] == "FAIL" and results[10] == "FAIL"
    assert results[9] == "pass" and results[8] == "pass"
    opinions = tree.topLevelItem(2)
    assert opinions.childCount() == 1
    assert "Government decision" in opinions.child(0).text(0) and "G-2024-00001" in opinions.child(0).text(0)
    assert "checks fail" in page.summary.text()
    shot(page, "checks")
    # the report, off the GUI thread
    for name in ("audit.xlsx", "audit.pdf"):
        task = page.export(str(tmp_path / name))
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
        assert (tmp_path / name).stat().st_size > 0
    assert "Report saved" in page.summary.text()
    # a year with nothing in it: everything passes
    page.year_box.setCurrentIndex(page.year_box.findData(2024))
    with qtbot.waitSignal(page.checks_done, timeout=30_000):
        page.run_checks()
    assert page.report.year == 2024 and not page.report.passed


def test_pages_on_a_snapshot_leave_its_bytes(qtbot, data: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from grants.services.database import open_snapshot
    from grants.services.snapshot import take_snapshot

    take_snapshot(data, tmp_path / "s.grants")
    before = hashlib.sha256((tmp_path / "s.grants").read_bytes()).hexdigest()
    snap = open_snapshot(tmp_path / "s.grants")
    ctx = AppContext(snap, lang="fr")
    assert ctx.read_only
    trail = AuditTrailPage(ctx)
    checks = AuditChecksPage(ctx)
    qtbot.addWidget(trail)
    qtbot.addWidget(checks)
    checks.resize(1280, 760)
    checks.show()
    with qtbot.waitSignal(checks.checks_done, timeout=30_000):
        checks.run_checks()
    assert "tester" in checks.summary.text()  # the snapshot's author
    assert wait_idle()
    assert trail.total > 0
    shot(checks, "checks_snapshot")
    snap.dispose()
    assert hashlib.sha256((tmp_path / "s.grants").read_bytes()).hexdigest() == before


def test_audit_trail_reads_like_a_history_in_french(qtbot, data: Database) -> None:  # type: ignore[no-untyped-def]
    """Labels, references, statuses in words, Belgian money: no database words on the screen."""
    page = AuditTrailPage(AppContext(data, lang="fr"))
    qtbot.addWidget(page)
    assert wait_idle()
    page.entity_box.setCurrentIndex(page.entity_box.findData("budget_line"))
    page.search()
    assert wait_idle()
    assert page.entity_box.currentText() == "Allocation de base"
    cells = [page.model.data(page.model.index(0, c)) for c in range(7)]
    assert cells[3:6] == ["Modification", "Allocation de base", "2024 25.002.33.00"]
    assert cells[6] == "Crédits d'engagement\u00a0: 500\u202f000,00\u00a0€ → 650\u202f000,00\u00a0€"
    page.entity_box.setCurrentIndex(page.entity_box.findData("grant"))
    page.search()
    assert wait_idle()
    assert page.model.rows[-1].action == "insert"
    assert page.model.data(page.model.index(len(page.model.rows) - 1, 5)).startswith("G-2024-")
    page.view.selectRow(len(page.model.rows) - 1)
    fields = {page.detail.item(i, 0).text(): page.detail.item(i, 2).text() for i in range(page.detail.rowCount())}
    assert fields["Bénéficiaire"] == "ASBL-INFOR" and fields["Statut"] == "Brouillon"
    assert fields["Montant initial"] == "18\u202f000,00\u00a0€" and fields["Date limite de justification"] == "31/03/2025"
    assert "status" not in " ".join(fields) and "amount" not in " ".join(fields)


def test_an_organisation_setting_is_named_by_its_label_in_the_users_language(qtbot, data: Database) -> None:  # type: ignore[no-untyped-def]
    from grants.services import organisation

    organisation.set_settings(data, iban="BE71 0961 2345 6769")
    ctx = AppContext(data, lang="fr")
    page = AuditTrailPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert wait_idle()
    page.entity_box.setCurrentIndex(page.entity_box.findData("organisation_setting"))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert page.model.rowCount() >= 1
    assert page.model.data(page.model.index(0, 5)) == "IBAN (compte qui paie les subsides)"
    assert "IBAN (compte qui paie les subsides)" in page.detail_title.text()
