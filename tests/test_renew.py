"""Multi-year projects: a grant renewed for next year, in the same project."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import builders as B
import pytest
from sqlalchemy import select

from grants.cli import main
from grants.models import Grant, GrantMeasure, GrantStatus, Measure, Project
from grants.services import grants as G
from grants.services import projects, roles
from grants.services.database import Database
from grants.services.errors import PermissionDenied, ReadOnlyError, RuleError


def _ref(db: Database, gid: int) -> str:
    with db.reading() as s:
        return str(s.get(Grant, gid).ref)


def _measures(db: Database, gid: int) -> list[tuple[str, D]]:
    with db.reading() as s:
        return [(c, sh) for c, sh in s.execute(select(Measure.code, GrantMeasure.share).join(
            Measure, Measure.id == GrantMeasure.measure_id).where(GrantMeasure.grant_id == gid).order_by(Measure.code))]


def test_renewal_is_next_years_draft_in_the_same_project(db: Database) -> None:
    _, _, gid = B.committed_grant(db, "40000", measures=(("1.4", D(60)), ("2.1", D(40))))
    G.amend_grant(db, gid, dt.date(2024, 6, 1), "Extension of the activities", D("2500"))
    B.line(db, 2025, ce="100000")
    done = projects.renew(db, gid)
    assert (done.year, done.amount, done.ref) == (2025, D("42500.00"), "G-2025-00001")
    with db.reading() as s:
        old, new = s.get(Grant, gid), s.get(Grant, done.grant_id)
        assert new.status == GrantStatus.DRAFT and new.year == 2025
        assert (new.beneficiary_id, new.title, new.advance_share) == (old.beneficiary_id, old.title, old.advance_share)
        assert new.period_start == dt.date(2025, 1, 1) and new.period_end == dt.date(2025, 12, 31)
        assert new.justification_deadline == dt.date(2026, 3, 31)
        assert new.required_documents == old.required_documents
        assert old.project_id == new.project_id == done.project_id
        p = s.get(Project, done.project_id)
        assert (p.ref, p.title, p.first_year, p.beneficiary_id) == (done.project_ref, old.title, 2024, old.beneficiary_id)
    assert _measures(db, done.grant_id) == _measures(db, gid) == [("1.4", D("60.00")), ("2.1", D("40.00"))]
    view = projects.project_view(db, gid)
    assert view is not None and [(g.ref, g.year, g.amount) for g in view.grants] == [
        (_ref(db, gid), 2024, D("42500.00")), ("G-2025-00001", 2025, D("42500.00"))]
    assert projects.project_view(db, done.grant_id) == view


def test_renewal_refusals_name_the_year_and_save_nothing(db: Database) -> None:
    _, _, gid = B.committed_grant(db, "50000")
    with pytest.raises(RuleError) as e:  # no 2025 line with the code
        projects.renew(db, gid)
    p = e.value.problems[0]
    assert p.field == "budget_line" and "2025" in p.render() and "25.002.33.01" in p.render()
    with db.reading() as s:
        assert s.scalar(select(Project.id)) is None and s.get(Grant, gid).project_id is None
    B.line(db, 2025, ce="60000")
    with pytest.raises(RuleError, match="commitment credits"):  # more than the 2025 line holds
        projects.renew(db, gid, D("70000"))
    done = projects.renew(db, gid, D("55000"))
    assert done.amount == D("55000")
    with pytest.raises(RuleError, match="already has its 2025 grant G-2025-00001") as e:
        projects.renew(db, gid)
    assert e.value.problems[0].field == "year"
    with pytest.raises(RuleError, match="only a decided grant, not closed, is renewed"):  # the 2025 draft is not decided yet
        projects.renew(db, done.grant_id)


def test_renew_via_cli(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, gid = B.committed_grant(db, "50000")
    ref = _ref(db, gid)
    assert main(["--db", db_url, "renew", ref]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "2025" in err[0]
    B.line(db, 2025)
    assert main(["--db", db_url, "renew", ref, "--amount", "2.000"]) == 1
    assert "ambiguous" in capsys.readouterr().err
    assert main(["--db", db_url, "renew", "G-1999-00001"]) == 1
    assert capsys.readouterr().err.strip() == "no grant G-1999-00001"
    assert main(["--db", db_url, "renew", ref, "--amount", "45 000,00"]) == 0
    out = capsys.readouterr().out
    assert "G-2025-00001" in out and "2025" in out
    with db.reading() as s:
        assert s.scalar(select(Grant.initial_amount).where(Grant.ref == "G-2025-00001")) == D("45000.00")


def test_auditor_may_not_renew(db: Database) -> None:
    _, _, gid = B.committed_grant(db)
    B.line(db, 2025)
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "audrey", "auditor")
    auditor = Database(db.url, user="audrey")
    try:
        with pytest.raises((PermissionDenied, ReadOnlyError)):
            projects.renew(auditor, gid)
    finally:
        auditor.dispose()
    with db.reading() as s:
        assert s.scalar(select(Project.id)) is None


def test_old_database_upgraded_takes_projects(tmp_path: Path) -> None:
    """0012 -> 0013: grants of an old database have no project; a renewal then creates one."""
    from test_migrations import _database_at_first_revision

    from grants.services import budget
    from grants.services.schema import init_database

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    try:
        init_database(db)
        with db.reading() as s:
            assert s.scalar(select(Grant.project_id).where(Grant.ref == "PLPP-2023-21004")) is None
        budget.save_budget_line(db, 2024, "25.002.63.01", "PLPP", D("30000000"), D("29000000"))
        done = projects.renew(db, 1)
        assert (done.year, done.amount) == (2024, D("4123456.78"))
    finally:
        db.dispose()


def test_demo_links_the_calls_recurring_projects(demo_url: str) -> None:
    """The 2024 call renews the 2021 call's projects: each 2023 grant and its 2024 successor are one project."""
    from grants.demo import load_demo

    db = Database(demo_url, user="tester")
    try:
        with db.reading() as s:
            rows = list(s.execute(select(Project.id, Project.first_year, Grant.year, Grant.ref)
                                  .join(Grant, Grant.project_id == Project.id).order_by(Project.id, Grant.year)))
        by_project: dict[int, list[int]] = {}
        for pid, first, year, _ref in rows:
            assert first == 2021
            by_project.setdefault(pid, []).append(year)
        assert len(by_project) == 45 and all(years == [2023, 2024] for years in by_project.values())
        with db.reading() as s:
            gid = s.scalar(select(Grant.id).where(Grant.year == 2023, Grant.project_id.is_not(None),
                                                  Grant.status == GrantStatus.BALANCE_PAID).limit(1))
        with pytest.raises(RuleError, match="already has its 2024 grant"):
            projects.renew(db, gid)
        assert "nothing changed" in load_demo(db)
    finally:
        db.dispose()
