"""The checks of grants/domain/checks.py, on both sides of each limit (pure functions), and the
refusal at the act: the services refuse, name the field, and save nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal as D

import pytest
from builders import DOCUMENTS, beneficiary, decide, grant, line
from sqlalchemy import select, update
from test_rules import refused

from grants.domain import checks as C
from grants.domain.problems import Problem
from grants.models import Category, Grant, GrantStatus, OpinionKind, PaymentKind, ProgrammeKind
from grants.services import grants as G
from grants.services import payments, programmes
from grants.services.database import Database
from grants.services.errors import Problem as ServicesProblem
from grants.services.errors import RuleError

d = dt.date
TODAY = d(2026, 6, 15)


def fields(problems: list[Problem]) -> list[str | None]:
    return [p.field for p in problems]


def test_problems_is_pure_and_reexported() -> None:
    assert ServicesProblem is Problem
    code = "import sys, grants.domain.checks, grants.domain.problems; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- plausible dates -----------------------------------------------------------------------------

def test_date_window() -> None:
    assert C.date_window(2024, TODAY) == (d(1989, 1, 1), d(2031, 12, 31))
    assert C.date_window(2033, TODAY) == (d(1989, 1, 1), d(2038, 12, 31))  # the grant's year when later
    assert C.date_window(None, TODAY) == (d(1989, 1, 1), d(2031, 12, 31))


@pytest.mark.parametrize(("value", "ok"), [
    (d(1988, 12, 31), False), (d(1989, 1, 1), True), (d(2031, 12, 31), True), (d(2032, 1, 1), False),
    (d(1, 1, 1), False), (d(2099, 1, 1), False), (None, True),
])
def test_check_date_limits(value: dt.date | None, ok: bool) -> None:
    problems = C.check_date(value, "decision_date", "Decision date", 2024, TODAY)
    assert (problems == []) is ok
    if not ok:
        assert fields(problems) == ["decision_date"]
        assert problems[0].render().startswith("Decision date: ")


def test_check_dates_names_each_field() -> None:
    problems = C.check_dates({"period_start": d(1900, 1, 1), "period_end": d(2024, 12, 31),
                              "justification_deadline": d(2099, 3, 31)}, 2024, TODAY)
    assert fields(problems) == ["period_start", "justification_deadline"]


# -- a complete decision -------------------------------------------------------------------------

COMPLETE = dict(title="Prévention", amount=D("1000"), period_start=d(2024, 1, 1), period_end=d(2024, 12, 31),
                budget_line=1, required_documents="Rapport", justification_deadline=d(2025, 3, 31),
                decision_ref="AR-1", decision_date=d(2024, 2, 1))


def test_decision_complete_passes() -> None:
    assert C.check_decision_complete(**COMPLETE) == []


@pytest.mark.parametrize(("change", "field"), [
    ({"title": " "}, "title"), ({"amount": D("0")}, "amount"), ({"amount": None}, "amount"),
    ({"period_end": None}, "period_start"), ({"period_start": None}, "period_start"),
    ({"budget_line": None}, "budget_line"), ({"required_documents": ""}, "required_documents"),
    ({"required_documents": None}, "required_documents"), ({"justification_deadline": None}, "justification_deadline"),
    ({"decision_ref": " "}, "decision_ref"), ({"decision_date": None}, "decision_date"),
])
def test_decision_incomplete(change: dict, field: str) -> None:
    assert fields(C.check_decision_complete(**(COMPLETE | change))) == [field]


def test_decision_amount_limit() -> None:
    assert C.check_decision_complete(**(COMPLETE | {"amount": D("0.01")})) == []
    assert fields(C.check_decision_complete(**(COMPLETE | {"amount": D("-0.01")}))) == ["amount"]


# -- measures and programme kinds ----------------------------------------------------------------

def test_at_least_one_measure() -> None:
    assert fields(C.check_measures([])) == ["measures"]
    assert C.check_measures(["1.4"]) == []
    assert C.check_measures(["7.1"], ProgrammeKind.LOCAL_PLAN) == []


@pytest.mark.parametrize(("codes", "ok"), [
    (["5.1", "6.1"], True), (["5.1", "6.1", "7.1"], True), (["5.1"], False), (["6.1"], False), (["7.1"], False),
])
def test_fse_needs_5_1_and_6_1(codes: list[str], ok: bool) -> None:
    problems = C.check_measures(codes, ProgrammeKind.POLICE_FUND)
    assert (problems == []) is ok
    if not ok:
        assert fields(problems) == ["measures"] and problems[0].render().startswith("PGSP measures: ")


def test_categories_for_every_kind() -> None:
    assert set(C.CATEGORIES_FOR) == set(ProgrammeKind)
    assert C.CATEGORIES_FOR[ProgrammeKind.POLICE_FUND] == {Category.POLICE_ZONE}
    assert C.CATEGORIES_FOR[ProgrammeKind.LOCAL_PLAN] == {Category.COMMUNE}


@pytest.mark.parametrize(("kind", "category", "ok"), [
    (ProgrammeKind.POLICE_FUND, Category.POLICE_ZONE, True),
    (ProgrammeKind.POLICE_FUND, Category.ASBL_PRIVATE, False),
    (ProgrammeKind.POLICE_FUND, Category.COMMUNE, False),
    (ProgrammeKind.LOCAL_PLAN, Category.COMMUNE, True),
    (ProgrammeKind.LOCAL_PLAN, Category.ASBL_PRIVATE, False),
    (ProgrammeKind.CALL_FOR_PROJECTS, Category.ASBL_PRIVATE, True),
    (ProgrammeKind.CALL_FOR_PROJECTS, Category.POLICE_ZONE, False),
    (ProgrammeKind.DIRECT_GRANT, Category.REGIONAL_BODY, True),
    (ProgrammeKind.DIRECT_GRANT, Category.POLICE_ZONE, False),
    (None, Category.ASBL_PRIVATE, True),
])
def test_programme_fits_category(kind: ProgrammeKind | None, category: Category, ok: bool) -> None:
    problems = C.check_programme_fits(kind, category)
    assert (problems == []) is ok
    if not ok:
        assert fields(problems) == ["programme"] and problems[0].render().startswith("Programme: ")


# -- order of acts ---------------------------------------------------------------------------------

def test_order_of_acts_on_both_sides() -> None:
    dec = d(2024, 2, 1)
    assert C.check_order_of_acts(decision_date=dec, committed_on=dec, notified_on=dec, first_payment=dec) == []
    assert C.check_order_of_acts(decision_date=dec, committed_on=d(2024, 2, 2), notified_on=d(2024, 2, 3),
                                 first_payment=d(2024, 2, 4)) == []
    # commitment one day before the decision
    assert fields(C.check_order_of_acts(decision_date=dec, committed_on=d(2024, 1, 31))) == ["date"]
    # notification one day before the commitment, or before the decision
    assert fields(C.check_order_of_acts(decision_date=dec, committed_on=d(2024, 2, 5),
                                        notified_on=d(2024, 2, 4))) == ["notified_on"]
    assert fields(C.check_order_of_acts(decision_date=dec, notified_on=d(2024, 1, 31))) == ["notified_on"]
    # first payment one day before the notification, before the commitment, without commitment
    assert fields(C.check_order_of_acts(decision_date=dec, committed_on=dec, notified_on=d(2024, 2, 5),
                                        first_payment=d(2024, 2, 4))) == ["date"]
    assert fields(C.check_order_of_acts(decision_date=dec, committed_on=d(2024, 2, 5),
                                        first_payment=d(2024, 2, 4))) == ["date"]
    assert "no commitment" in C.check_order_of_acts(decision_date=dec, first_payment=dec)[0].render()
    assert "no decision" in C.check_order_of_acts(decision_date=None, committed_on=dec)[0].render()


# -- payments ----------------------------------------------------------------------------------------

def test_payment_amounts() -> None:
    base = dict(kind=PaymentKind.OTHER, paid=D("0"), committed=D("1000"), granted=D("1000"), ref="G-1")
    assert C.check_payment_amounts(amount=D("1000"), **base) == []
    assert fields(C.check_payment_amounts(amount=D("1000.01"), **base)) == ["amount"]
    assert fields(C.check_payment_amounts(amount=D("0"), **base)) == ["amount"]
    adv = base | {"kind": PaymentKind.ADVANCE, "advance_share": D("75")}
    assert C.check_payment_amounts(amount=D("750"), **adv) == []
    assert fields(C.check_payment_amounts(amount=D("750.01"), **adv)) == ["amount"]


def test_payment_credits() -> None:
    assert C.check_payment_credits(amount=D("10"), used=D("90"), credits=D("100"), code="X", year=2024) == []
    assert fields(C.check_payment_credits(amount=D("10.01"), used=D("90"), credits=D("100"), code="X", year=2024)) == ["amount"]
    assert fields(C.check_payment_credits(amount=D("1"), used=D("0"), credits=None, code="X", year=2024)) == ["date"]
    # the credits themselves lowered (amount None): never below what is paid and to approve
    assert C.check_payment_credits(amount=None, used=D("90"), credits=D("90"), code="X", year=2024) == []
    assert fields(C.check_payment_credits(amount=None, used=D("90.01"), credits=D("90"), code="X", year=2024)) == ["payment_credits"]


def test_commitment_credits_reserved_and_committed() -> None:
    """One rule for the grant forms, the calls, amendments, the import and the budget line form: what
    a line's grants reserve never exceeds its commitment credits; what is committed neither."""
    ok = C.check_commitment_credits(reserved=D("100"), credits=D("100"), code="X", year=2024, amount=D("10"))
    assert ok == []
    over = C.check_commitment_credits(reserved=D("100.01"), credits=D("100"), code="X", year=2024, amount=D("10"))
    assert fields(over) == ["amount"] and over[0].params["available"] == D("9.99")
    assert fields(C.check_commitment_credits(reserved=D("100.01"), credits=D("100"), code="X", year=2024,
                                             field="amount_delta", amount=D("1"))) == ["amount_delta"]
    lowered = C.check_commitment_credits(reserved=D("100.01"), credits=D("100"), code="X", year=2024,
                                         field="commitment_credits")
    assert fields(lowered) == ["commitment_credits"] and lowered[0].params == {"value": D("100"), "used": D("100.01")}
    assert C.check_committed_within_credits(amount=D("10"), committed=D("90"), credits=D("100"), code="X", year=2024) == []
    assert fields(C.check_committed_within_credits(amount=D("10.01"), committed=D("90"), credits=D("100"), code="X",
                                                   year=2024)) == ["amount"]


# -- at the act: refused, field named, nothing saved ---------------------------------------------

OPINION_DAY = d(2024, 1, 20)


def _opinions(db: Database, g: int, on: dt.date = OPINION_DAY) -> None:
    for kind in OpinionKind:
        G.add_opinion(db, g, kind, on)


def _status(db: Database, g: int) -> GrantStatus:
    with db.reading() as s:
        return s.scalar(select(Grant.status).where(Grant.id == g))


def test_decision_without_documents_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, documents=None)
    _opinions(db, g)
    e = refused(db, G.record_decision, db, g, "AR-1", d(2024, 2, 1), field="required_documents")
    assert any(p.render().startswith("Required documents: ") for p in e.problems)
    assert _status(db, g) == GrantStatus.DRAFT
    ok = grant(db, b, ln, "3000")
    G.record_decision(db, ok, "AR-2", d(2024, 2, 1))
    assert _status(db, ok) == GrantStatus.DECIDED


def test_decision_without_deadline_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000", deadline=None)
    refused(db, G.record_decision, db, g, "AR-1", d(2024, 2, 1), field="justification_deadline")


def test_decision_without_measures_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000", measures=())
    refused(db, G.record_decision, db, g, "AR-1", d(2024, 2, 1), field="measures")
    assert _status(db, g) == GrantStatus.DRAFT


@pytest.mark.parametrize(("on", "ok"), [(d(1, 1, 1), False), (d(1988, 12, 31), False), (d(1989, 1, 1), True),
                                         (d(2099, 1, 1), False)])
def test_implausible_decision_date_refused(db: Database, on: dt.date, ok: bool) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000")
    if ok:
        G.record_decision(db, g, "AR-1", on)
        assert _status(db, g) == GrantStatus.DECIDED
    else:
        refused(db, G.record_decision, db, g, "AR-1", on, field="decision_date")


def test_decision_date_upper_limit(db: Database) -> None:
    last = C.date_window(2024)[1]
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000")
    refused(db, G.record_decision, db, g, "AR-1", last + dt.timedelta(days=1), field="decision_date")
    G.record_decision(db, g, "AR-1", last)


def test_implausible_period_refused_at_creation(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    with pytest.raises(RuleError) as e:
        G.create_grant(db, G.GrantInput(beneficiary_id=b, budget_line_id=ln, title="T", amount=D("1000"),
                                        measures=[("1.4", D(100))], period_start=d(1900, 1, 1),
                                        period_end=d(2024, 12, 31), justification_deadline=d(2025, 3, 31),
                                        required_documents=DOCUMENTS))
    assert "period_start" in fields(e.value.problems)
    with db.reading() as s:
        assert s.scalar(select(Grant.id)) is None


def _fse(db: Database) -> tuple[int, int, int]:
    zone = beneficiary(db, "Zone de police Midi", category=Category.POLICE_ZONE)
    asbl = beneficiary(db, "Une ASBL")
    prog = programmes.save_programme(db, programmes.ProgrammeInput("FSE 2024", ProgrammeKind.POLICE_FUND, 2024))
    return zone, asbl, prog


def _grant_in(db: Database, b: int, ln: int, prog: int, measures: list[tuple[str, D]]) -> int:
    return G.create_grant(db, G.GrantInput(
        beneficiary_id=b, budget_line_id=ln, title="FSE", amount=D("3000"), measures=measures, programme_id=prog,
        period_start=d(2024, 1, 1), period_end=d(2024, 12, 31), justification_deadline=d(2025, 3, 31),
        required_documents=DOCUMENTS))


def test_fse_needs_5_1_and_6_1_at_decision(db: Database) -> None:
    zone, _asbl, prog = _fse(db)
    ln = line(db)
    only_71 = _grant_in(db, zone, ln, prog, [("7.1", D(100))])
    e = refused(db, G.record_decision, db, only_71, "AR-1", d(2024, 2, 1), field="measures")
    assert "5.1, 6.1" in str(e)
    only_51 = _grant_in(db, zone, ln, prog, [("5.1", D(100))])
    refused(db, G.record_decision, db, only_51, "AR-2", d(2024, 2, 1), field="measures")
    both = _grant_in(db, zone, ln, prog, [("5.1", D(50)), ("6.1", D(50))])
    G.record_decision(db, both, "AR-3", d(2024, 2, 1))
    assert _status(db, both) == GrantStatus.DECIDED


def test_fse_to_an_asbl_refused(db: Database) -> None:
    _zone, asbl, prog = _fse(db)
    ln = line(db)
    with pytest.raises(RuleError) as e:
        _grant_in(db, asbl, ln, prog, [("5.1", D(50)), ("6.1", D(50))])
    assert fields(e.value.problems) == ["programme"]
    with db.reading() as s:
        assert s.scalar(select(Grant.id)) is None


def test_fse_to_an_asbl_refused_at_decision(db: Database) -> None:
    """A draft that escaped the rule (an outside edit) is still refused at the decision."""
    zone, asbl, prog = _fse(db)
    ln = line(db)
    g = _grant_in(db, zone, ln, prog, [("5.1", D(50)), ("6.1", D(50))])
    with db.engine.begin() as conn:
        conn.execute(update(Grant).where(Grant.id == g).values(beneficiary_id=asbl))
    refused(db, G.record_decision, db, g, "AR-1", d(2024, 2, 1), field="programme")


def test_commitment_after_notification_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln)
    decide(db, g, d(2024, 2, 1), notified=d(2024, 2, 5))
    refused(db, G.commit_grant, db, g, d(2024, 2, 6), field="notified_on")
    refused(db, G.commit_grant, db, g, d(2099, 2, 6), field="date")
    G.commit_grant(db, g, d(2024, 2, 5))


def test_payment_before_notification_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln)
    decide(db, g, d(2024, 2, 1), notified=d(2024, 2, 5))
    G.commit_grant(db, g, d(2024, 2, 2))
    refused(db, payments.prepare_payment, db, g, d(2024, 2, 4), D("1000"), PaymentKind.ADVANCE, field="date")
    payments.prepare_payment(db, g, d(2024, 2, 5), D("1000"), PaymentKind.ADVANCE)


# -- the import runs the same checks, batched ----------------------------------------------------

def _workbook(tmp_path, grants_rows: list[list]) -> object:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    ws.append([2024, "33.001", "FSE", 1000000, 1000000])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category"])
    ws.append(["ZP", "Zone Midi", "police_zone"])
    ws.append(["ASBL", "Une ASBL", "asbl_private"])
    ws = wb.create_sheet("Programmes")
    ws.append(["ref", "title", "kind", "year"])
    ws.append(["FSE-2024", "FSE 2024", "police_fund", 2024])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "programme_ref", "measures",
               "decision_ref", "decision_date"])
    for row in grants_rows:
        ws.append(row)
    path = tmp_path / "checks.xlsx"
    wb.save(path)
    return path


def test_import_refuses_what_the_act_refuses(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.services.importer import import_workbook

    path = _workbook(tmp_path, [
        ["G1", "ZP", "33.001", 2024, "FSE", 1000, "FSE-2024", "5.1:50; 6.1:50", "AR-1", "2024-02-01"],  # fine
        ["G2", "ASBL", "33.001", 2024, "FSE", 1000, "FSE-2024", "5.1:50; 6.1:50", "AR-2", "2024-02-01"],  # not a zone
        ["G3", "ZP", "33.001", 2024, "FSE", 1000, "FSE-2024", "7.1", "AR-3", "2024-02-01"],  # no 5.1 and 6.1
        ["G4", "ZP", "33.001", 2024, "FSE", 1000, "FSE-2024", "5.1:50; 6.1:50", "AR-4", "2099-01-01"],  # implausible
    ])
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert sorted((p.row, p.column) for p in e.value.problems) == [
        (3, "programme_ref"), (4, "measures"), (5, "decision_date")]
    with db.reading() as s:
        assert s.scalar(select(Grant.id)) is None
    ok = _workbook(tmp_path, [["G1", "ZP", "33.001", 2024, "FSE", 1000, "FSE-2024", "5.1:50; 6.1:50", "AR-1", "2024-02-01"]])
    assert import_workbook(db, ok).applied


def test_decided_grant_keeps_its_measures(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000")
    G.set_measures(db, g, [])  # a draft may be left without measures until its decision
    G.set_measures(db, g, [("1.4", D(100))])
    G.record_decision(db, g, "AR-1", d(2024, 2, 1))
    refused(db, G.set_measures, db, g, [], field="measures")
    G.set_measures(db, g, [("2.1", D(100))])


def test_implausible_amendment_dates_refused(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000")
    G.record_decision(db, g, "AR-1", d(2024, 2, 1))
    refused(db, G.amend_grant, db, g, d(2024, 6, 1), "longer", new_period_end=d(2099, 12, 31), field="new_period_end")
    refused(db, G.amend_grant, db, g, d(1970, 6, 1), "longer", new_period_end=d(2025, 6, 30), field="date")
    G.amend_grant(db, g, d(2024, 6, 1), "longer", new_period_end=d(2025, 6, 30))
