"""Selected, not granted: an application the jury selected waits with its reason (e.g. no budget
validation), shown in the work lists, left out when the call's selection becomes grants, and is
granted later in one action."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from builders import beneficiary, line
from sqlalchemy import select

from grants.models import Application, AuditEntry, Grant, GrantStatus
from grants.services import programmes as P
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.figures import line_reserved
from grants.services.worklists import work_list

D = Decimal


def _call(db: Database) -> tuple[int, list[int]]:
    b = beneficiary(db)
    call = P.save_programme(db, P.ProgrammeInput("Antennes LISA 2024", "call_for_projects", 2024,
                                                 opens=dt.date(2024, 4, 15), closes=dt.date(2024, 6, 14)))
    apps = [P.register_application(db, call, b, f"Antenne {i}", D("400000"), dt.date(2024, 5, 27), "5.1:50; 7.1:50")
            for i in range(2)]
    for a in apps:
        P.set_admissibility(db, a, True)
        P.score_application(db, a, D(8), D(8), D(8))
        P.select_application(db, a, True)
    return call, apps


def test_a_selected_application_waits_then_is_granted_in_one_action(db: Database) -> None:
    call, (waiting, other) = _call(db)
    ln = line(db, 2024, ce="1000000")
    with pytest.raises(RuleError) as e:
        P.hold_application(db, waiting, "  ", dt.date(2024, 9, 19))
    assert e.value.problems[0].field == "waiting_reason"
    P.hold_application(db, waiting, "Pas de validation budgétaire", dt.date(2024, 9, 19))
    rows = work_list(db, "waiting", "fr", dt.date(2024, 12, 31))
    assert [(r.title, r.extra, r.days, r.entity, r.id) for r in rows] == [
        ("Antenne 0", "Pas de validation budgétaire", 103, "programme", call)]
    # the call's selection becomes grants: the waiting one stays waiting
    ids = P.applications_to_grants(db, call, ln)
    assert len(ids) == 1
    with db.reading() as s:
        assert s.get(Application, other).grant_id == ids[0]
        assert s.get(Application, waiting).grant_id is None
    # credits exist: granted in one action, it no longer waits
    gid = P.grant_waiting(db, waiting, ln)
    with db.reading() as s:
        a = s.get(Application, waiting)
        g = s.get(Grant, gid)
        assert a.grant_id == gid and a.waiting_reason is None and a.waiting_since is None
        assert g.status == GrantStatus.DRAFT and g.initial_amount == D("400000.00")
        assert line_reserved(s, ln) == D("800000.00")
        audited = s.scalar(select(AuditEntry.after).where(AuditEntry.entity == "application",
                                                          AuditEntry.entity_id == str(waiting),
                                                          AuditEntry.action == "update")
                           .order_by(AuditEntry.id.desc()).limit(1))
    assert work_list(db, "waiting", "fr", dt.date(2024, 12, 31)) == []
    assert audited is not None and "grant_id" in audited
    with pytest.raises(RuleError):  # granted once only
        P.grant_waiting(db, waiting, ln)


def test_granting_a_waiting_application_is_refused_whole_without_credits(db: Database) -> None:
    _, (waiting, _) = _call(db)
    ln = line(db, 2024, ce="100000")
    P.hold_application(db, waiting, "Pas de validation budgétaire", dt.date(2024, 9, 19))
    with pytest.raises(RuleError):
        P.grant_waiting(db, waiting, ln)
    with db.reading() as s:
        a = s.get(Application, waiting)
        assert a.grant_id is None and a.waiting_reason == "Pas de validation budgétaire"  # still waiting


def test_only_a_selected_application_can_wait(db: Database) -> None:
    _, (a, _) = _call(db)
    P.select_application(db, a, False)
    with pytest.raises(RuleError):
        P.hold_application(db, a, "Pas de validation budgétaire", dt.date(2024, 9, 19))


def test_the_calls_pdf_lists_what_waits_with_its_reason(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from grants.models import Programme
    from grants.reports import exports

    call, (waiting, _) = _call(db)
    P.hold_application(db, waiting, "Pas de validation budgétaire", dt.date(2024, 9, 19))
    with db.reading() as s:
        ref = s.get(Programme, call).ref
    path = exports.call_pdf(db, ref, tmp_path / "call.pdf", "en")
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Selected, not granted" in text and "Pas de validation budgétaire" in text and "Antenne 0" in text


def test_command_line_holds_then_grants(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    from grants.cli import main

    _, (waiting, _) = _call(db)
    line(db, 2024, ce="1000000")
    with db.reading() as s:
        ref = s.get(Application, waiting).ref
    assert main(["--db", db.url, "application", "hold", ref, "--reason", "Pas de validation budgétaire"]) == 0
    assert [r.title for r in work_list(db, "waiting")] == ["Antenne 0"]
    assert main(["--db", db.url, "application", "grant", ref, "--line", "NOPE"]) == 1
    assert main(["--db", db.url, "application", "grant", ref, "--line", "25.002.33.01"]) == 0
    assert "granted as draft grant G-2024-" in capsys.readouterr().out
    assert work_list(db, "waiting") == []
