"""The ten audit checks: each passes on clean data built through the services, and fails, naming
the record, on data built to break it (through the services, or with Core updates where the rules
would rightly refuse it, as a bug or an outside edit would leave it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

import pytest
from sqlalchemy import insert, text, update

from grants.models import (
    Amendment,
    Beneficiary,
    Commitment,
    Grant,
    JustificationLine,
    Opinion,
    OpinionKind,
    OpinionThreshold,
    Payment,
    PaymentKind,
    PaymentStatus,
    RecoveryClaim,
)
from grants.services import audit_checks, budget, grants, justifications, payments, recoveries, roles
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.database import Database
from grants.services.justifications import ExpenseLine

YEAR = 2024
AS_OF = dt.date(2025, 12, 31)


@dataclass
class World:
    db: Database
    fin: Database
    line_id: int
    beneficiary_id: int
    grant_id: int  # closed, settled with a balance
    grant2_id: int  # closed after a recovery claim refunded
    ref: str
    ref2: str


def _grant(db: Database, line_id: int, beneficiary_id: int, amount: D, title: str) -> int:
    gid = grants.create_grant(db, grants.GrantInput(
        beneficiary_id=beneficiary_id, budget_line_id=line_id, title=title, amount=amount,
        advance_share=D("80"), period_start=dt.date(YEAR, 1, 1), period_end=dt.date(YEAR, 12, 31),
        justification_deadline=dt.date(YEAR + 1, 3, 31), required_documents="activity report; accounts",
        measures=[("1.4", D(100))]))
    for kind in grants.OpinionKind:
        grants.add_opinion(db, gid, kind, dt.date(YEAR, 2, 1), f"OP-{kind.value}")
    grants.record_decision(db, gid, f"AR-{title}", dt.date(YEAR, 2, 10), notified_on=dt.date(YEAR, 2, 20))
    grants.commit_grant(db, gid, dt.date(YEAR, 2, 15))
    return gid


def _pay(db: Database, fin: Database, gid: int, date: dt.date, amount: D, kind: PaymentKind) -> int:
    pid = payments.prepare_payment(db, gid, date, amount, kind)
    payments.approve_payment(fin, pid)
    return pid


@pytest.fixture
def world(db: Database) -> World:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "fin", "finance")
    fin = Database(db.url, user="fin")
    line_id = budget.save_budget_line(fin, YEAR, "25.002.33.00", "AAP ASBL", D("500000"), D("400000"))
    budget.save_budget_line(fin, YEAR + 1, "25.002.33.00", "AAP ASBL", D("500000"), D("400000"))
    bid = save_beneficiary(db, BeneficiaryInput(name_fr="Transit", name_nl="Transit", category="asbl_private",
                                                bce="0403.019.261", ref="ASBL-TRANSIT"))
    # Grant 1: advance 80 %, justified on time at 95 %, balance paid, closed.
    g1 = _grant(db, line_id, bid, D("20000.00"), "Outreach")
    _pay(db, fin, g1, dt.date(YEAR, 3, 1), D("16000.00"), PaymentKind.ADVANCE)
    justifications.receive_justification(db, g1, dt.date(YEAR + 1, 3, 1), [
        ExpenseLine(justifications.ExpenseCategory.STAFF, D("15000"), D("15000"), "PAY-2024-01"),
        ExpenseLine(justifications.ExpenseCategory.ACTIVITIES, D("4500"), D("4000"), "INV-77"),
    ])
    settled = justifications.settle(db, g1, dt.date(YEAR + 1, 4, 1))
    assert settled.outcome == "balance_prepared" and settled.payment_id
    payments.approve_payment(fin, settled.payment_id)
    grants.close_grant(db, g1, dt.date(YEAR + 1, 4, 2))
    # Grant 2: advance 80 %, justified at 50 %: recovery claim, refunded, closed.
    g2 = _grant(db, line_id, bid, D("10000.00"), "Mediation")
    _pay(db, fin, g2, dt.date(YEAR, 3, 1), D("8000.00"), PaymentKind.ADVANCE)
    justifications.receive_justification(db, g2, dt.date(YEAR + 1, 3, 15), [
        ExpenseLine(justifications.ExpenseCategory.STAFF, D("5000"), D("5000"), "PAY-2024-02")])
    settled = justifications.settle(db, g2, dt.date(YEAR + 1, 4, 1))
    assert settled.outcome == "recovery_raised" and settled.claim_id
    recoveries.record_refund(db, settled.claim_id, dt.date(YEAR + 1, 4, 20), D("3000.00"))
    with db.reading() as s:
        r1, r2 = s.get(Grant, g1).ref, s.get(Grant, g2).ref
        assert s.get(Grant, g2).status.value == "closed"
    yield World(db, fin, line_id, bid, g1, g2, r1, r2)
    fin.dispose()


def run(w: World, year: int | None = None) -> dict[int, audit_checks.CheckResult]:
    report = audit_checks.run_checks(w.db, year=year, as_of=AS_OF)
    return {c.number: c for c in report.checks}


def core(w: World, *stmts) -> None:  # type: ignore[no-untyped-def]
    """Change data behind the rules' back (what a bug or an outside edit would leave)."""
    with w.db.engine.begin() as conn:
        for st in stmts:
            conn.execute(st)


def failing(w: World, number: int) -> audit_checks.CheckResult:
    results = run(w)
    bad = {n for n, r in results.items() if not r.passed}
    assert number in bad, f"check {number} should fail: {results[number]}"
    return results[number]


def test_clean_data_passes_all_ten(world: World) -> None:
    results = run(world)
    assert sorted(results) == list(range(1, 12))  # the ten, and the audit chain
    for n, r in results.items():
        assert r.passed, f"check {n} fails on clean data: {[f.render('en') for f in r.faults]}"
        assert r.checked > 0 or n == 4, n
    assert results[9].checked == 3  # two advances and a balance, each approved by another person
    assert "PASS" in results[1].line("en")


def test_1_payment_before_commitment(world: World) -> None:
    core(world, update(Payment).where(Payment.grant_id == world.grant_id, Payment.kind == PaymentKind.ADVANCE)
         .values(date=dt.date(YEAR, 2, 12)))
    r = failing(world, 1)
    assert {f.ref for f in r.faults} == {world.ref}
    reasons = [f.render("en") for f in r.faults]
    assert any("before the commitment of 15/02/2024" in x and "12/02/2024" in x for x in reasons)
    assert any("before the notification of 20/02/2024" in x for x in reasons)


def test_1_commitment_before_decision(world: World) -> None:
    core(world, update(Commitment).where(Commitment.grant_id == world.grant2_id, Commitment.amount > 0)
         .values(date=dt.date(YEAR, 2, 1)))
    r = failing(world, 1)
    assert world.ref2 in {f.ref for f in r.faults}
    assert any("before the decision" in f.render("en") for f in r.faults)


def test_2_decision_without_required_documents(world: World) -> None:
    core(world, update(Grant).where(Grant.id == world.grant_id).values(required_documents=None, period_end=None))
    r = failing(world, 2)
    assert r.faults[0].ref == world.ref
    assert "required documents" in r.faults[0].render("en") and "period" in r.faults[0].render("en")


def test_3_missing_opinion(world: World) -> None:
    core(world, Opinion.__table__.delete().where(Opinion.grant_id == world.grant_id,
                                                 Opinion.kind == OpinionKind.GOVERNMENT))
    r = failing(world, 3)
    assert [f.ref for f in r.faults] == [world.ref]
    assert "Government decision" in r.faults[0].render("en") and "20,000.00" in r.faults[0].render("en")


def test_3_opinion_after_decision(world: World) -> None:
    core(world, update(Opinion).where(Opinion.grant_id == world.grant2_id, Opinion.kind == OpinionKind.INSPECTION)
         .values(date=dt.date(YEAR, 5, 1)))
    r = failing(world, 3)
    assert "after the decision" in r.faults[0].render("en")


def test_3_dated_thresholds_apply_from_their_date(world: World) -> None:
    """A threshold dated after a decision does not apply to it; one dated on or before does (the
    set-based check reads them through domain.checks.threshold_on, by period)."""
    core(world,
         Opinion.__table__.delete().where(Opinion.grant_id.in_([world.grant_id, world.grant2_id]),
                                          Opinion.kind == OpinionKind.GOVERNMENT),
         # Government decision above 50 000 until the day before grant decisions, then above 15 000
         # only from the day after: both grants (20 000 and 10 000, decided 10/02) need none.
         update(OpinionThreshold).where(OpinionThreshold.kind == OpinionKind.GOVERNMENT).values(amount=D("50000")),
         insert(OpinionThreshold).values(kind=OpinionKind.GOVERNMENT, amount=D("15000"),
                                         valid_from=dt.date(YEAR, 2, 11)))
    assert run(world)[3].passed
    core(world, insert(OpinionThreshold).values(kind=OpinionKind.GOVERNMENT, amount=D("12000"),
                                                valid_from=dt.date(YEAR, 2, 10)))
    r = failing(world, 3)
    assert [f.ref for f in r.faults] == [world.ref]  # 20 000 > 12 000 on 10/02; 10 000 is not
    assert "Government decision" in r.faults[0].render("en")


def test_3_amendment_crossing_a_threshold(world: World) -> None:
    core(world, Opinion.__table__.delete().where(Opinion.grant_id == world.grant2_id,
                                                 Opinion.kind == OpinionKind.GOVERNMENT),
         update(OpinionThreshold).where(OpinionThreshold.kind == OpinionKind.GOVERNMENT).values(amount=D("12000")),
         insert(Amendment).values(grant_id=world.grant2_id, date=dt.date(YEAR, 6, 1), reason="more", amount_delta=D("5000")))
    r = failing(world, 3)
    assert [f.ref for f in r.faults] == [world.ref2]
    assert "amended to" in r.faults[0].render("en") and "15,000.00" in r.faults[0].render("en")


def test_2_whitespace_only_purpose_is_blank(world: World) -> None:
    core(world, update(Grant).where(Grant.id == world.grant2_id).values(title="\t \u00a0"))
    r = failing(world, 2)
    assert [f.ref for f in r.faults] == [world.ref2] and "purpose" in r.faults[0].render("en")


def test_checks_leave_the_cycle_collector_as_they_found_it(world: World) -> None:
    import gc

    assert gc.isenabled()
    run(world)
    assert gc.isenabled()
    gc.disable()
    try:
        run(world)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threshold_periods_read_through_threshold_on() -> None:
    from grants.domain.checks import threshold_on, threshold_periods

    steps = [(dt.date(2020, 1, 1), D("100")), (dt.date(2023, 1, 1), D("50")), (dt.date(2021, 6, 1), D("80"))]
    periods = threshold_periods(steps)
    assert periods == [(dt.date(2020, 1, 1), dt.date(2021, 6, 1), D("100")),
                       (dt.date(2021, 6, 1), dt.date(2023, 1, 1), D("80")), (dt.date(2023, 1, 1), None, D("50"))]
    for start, until, amount in periods:
        for day in (start, (until or dt.date(2030, 1, 1)) - dt.timedelta(days=1)):
            assert threshold_on(steps, day) == amount
    assert threshold_periods([]) == []


def test_4_balance_on_late_justification_without_derogation(world: World) -> None:
    # the justification arrived after the deadline, and the balance was paid without derogation
    core(world, text("UPDATE justification SET received_on = '2025-05-02' WHERE grant_id = :g").bindparams(g=world.grant_id))
    r = failing(world, 4)
    assert len(r.faults) == 1 and r.faults[0].entity == "payment"
    assert r.faults[0].ref.startswith(world.ref) and "31/03/2025" in r.faults[0].render("en")
    # with a recorded derogation, the same payment passes
    core(world, update(Payment).where(Payment.grant_id == world.grant_id).values(derogation="Minister's letter 12/05"))
    assert run(world)[4].passed


def test_4_through_the_services_derogation_is_kept(world: World) -> None:
    g = _grant(world.db, world.line_id, world.beneficiary_id, D("3000.00"), "Late")
    justifications.receive_justification(world.db, g, dt.date(YEAR + 1, 6, 1), [
        ExpenseLine(justifications.ExpenseCategory.STAFF, D("3000"), D("3000"))])
    with pytest.raises(justifications.RuleError):
        justifications.settle(world.db, g, dt.date(YEAR + 1, 6, 10))
    s = justifications.settle(world.db, g, dt.date(YEAR + 1, 6, 10), derogation="Decision of 05/06")
    payments.approve_payment(world.fin, s.payment_id)
    assert run(world)[4].passed


def test_5_overpayment_without_recovery_claim(world: World) -> None:
    core(world, Payment.__table__.delete().where(Payment.grant_id == world.grant2_id, Payment.kind == PaymentKind.RECOVERY),
         RecoveryClaim.__table__.delete().where(RecoveryClaim.grant_id == world.grant2_id))
    r = failing(world, 5)
    assert {f.ref for f in r.faults} == {world.ref2}
    assert any("overpaid by €3,000.00" in f.render("en") for f in r.faults)


def test_5_accepted_above_claimed(world: World) -> None:
    core(world, update(JustificationLine).where(JustificationLine.evidence_ref == "INV-77").values(accepted=D("4600")))
    r = failing(world, 5)
    assert any("accepted €4,600.00 is above claimed €4,500.00" in f.render("en") for f in r.faults)


def test_6_open_recovery_overdue_without_reminder(world: World) -> None:
    g = _grant(world.db, world.line_id, world.beneficiary_id, D("4000.00"), "Claimed")
    _pay(world.db, world.fin, g, dt.date(YEAR, 3, 5), D("3200.00"), PaymentKind.ADVANCE)
    justifications.receive_justification(world.db, g, dt.date(YEAR + 1, 3, 1), [
        ExpenseLine(justifications.ExpenseCategory.STAFF, D("1000"), D("1000"))])
    claim = justifications.settle(world.db, g, dt.date(YEAR + 1, 4, 1), due_date=dt.date(YEAR + 1, 5, 1))
    r = failing(world, 6)
    assert len(r.faults) == 1 and r.faults[0].record_id == claim.claim_id
    assert "no reminder sent" in r.faults[0].render("en") and "2,200.00" in r.faults[0].render("en")
    recoveries.remind(world.db, claim.claim_id, dt.date(YEAR + 1, 5, 10))
    r = run(world)[6]
    assert not r.passed and "after 1 reminder (last on" in r.faults[0].render("en")
    # not yet due: nothing at fault
    assert audit_checks.run_checks(world.db, as_of=dt.date(YEAR + 1, 4, 15), only=[6]).checks[0].passed


def test_6_paid_claim_whose_refunds_do_not_add_up(world: World) -> None:
    core(world, update(RecoveryClaim).where(RecoveryClaim.grant_id == world.grant2_id).values(amount=D("3500")))
    r = failing(world, 6)
    assert "3,000.00" in r.faults[0].render("en")


def test_7_same_invoice_accepted_on_two_grants(world: World) -> None:
    g = _grant(world.db, world.line_id, world.beneficiary_id, D("5000.00"), "Second")
    justifications.receive_justification(world.db, g, dt.date(YEAR + 1, 3, 1), [
        ExpenseLine(justifications.ExpenseCategory.ACTIVITIES, D("900"), D("900"), "inv-77 ")])
    r = failing(world, 7)
    assert len(r.faults) == 1
    text_ = r.faults[0].render("en")
    assert "accepted 2 times" in text_ and world.ref in text_ and "4,900.00" in text_


def test_8_commitments_above_credits_and_payments_above_credits(world: World) -> None:
    core(world, text("UPDATE budget_line SET commitment_credits = 20000, payment_credits = 20000 WHERE year = 2024"))
    r = failing(world, 8)
    reasons = [f.render("en") for f in r.faults]
    assert any("25.002.33.00 (2024): commitments" in x and "above the commitment credits €20,000.00" in x for x in reasons)
    assert any("payments €24,000.00 above the payment credits €20,000.00" in x for x in reasons)


def test_8_payment_in_a_year_with_no_line(world: World) -> None:
    core(world, update(Payment).where(Payment.grant_id == world.grant_id, Payment.kind == PaymentKind.BALANCE)
         .values(date=dt.date(YEAR + 2, 1, 5)))
    r = failing(world, 8)
    assert "no budget line that year" in r.faults[0].render("en")


def test_9_same_person_prepared_and_approved(world: World) -> None:
    core(world, update(Payment).where(Payment.grant_id == world.grant_id, Payment.kind == PaymentKind.ADVANCE)
         .values(approved_by="tester"))
    r = failing(world, 9)
    assert len(r.faults) == 1 and "same person, tester" in r.faults[0].render("en")


def test_9_single_user_mode_is_allowed_but_flagged(db: Database) -> None:
    """In single-user mode the service lets one person approve their own payment (a one-person
    office); the audit check still names it."""
    fin = Database(db.url, user="tester")
    line = budget.save_budget_line(db, YEAR, "X.1", "Line", D("100000"), D("100000"))
    bid = save_beneficiary(db, BeneficiaryInput(name_fr="A", name_nl="A", category="asbl_private", bce="0403.019.261"))
    g = _grant(db, line, bid, D("1000.00"), "Solo")
    pid = payments.prepare_payment(db, g, dt.date(YEAR, 3, 1), D("800.00"), PaymentKind.ADVANCE)
    payments.approve_payment(fin, pid)
    r = audit_checks.run_checks(db, as_of=AS_OF, only=[9]).checks[0]
    assert not r.passed and r.faults[0].record_id == pid
    fin.dispose()


def test_9_imported_payments_are_a_note_not_a_fault(world: World) -> None:
    core(world, insert(Payment).values(grant_id=world.grant_id, date=dt.date(YEAR, 6, 1), amount=D("1"),
                                       kind=PaymentKind.OTHER, status=PaymentStatus.APPROVED, origin="import"))
    r = run(world)[9]
    assert r.passed and r.notes and "1 payment was imported" in r.notes[0].reason("en")


def test_10_beneficiary_without_enterprise_number(world: World) -> None:
    core(world, update(Beneficiary).where(Beneficiary.id == world.beneficiary_id).values(bce=None, name_nl=""))
    r = failing(world, 10)
    assert r.faults[0].ref == "ASBL-TRANSIT"
    assert "name in Dutch, enterprise number (BCE)" in r.faults[0].render("en")


def test_10_invalid_enterprise_number(world: World) -> None:
    core(world, update(Beneficiary).where(Beneficiary.id == world.beneficiary_id).values(bce="0403019262"))
    assert "not valid" in failing(world, 10).faults[0].render("en")


def test_year_scope(world: World) -> None:
    core(world, update(Payment).where(Payment.grant_id == world.grant_id, Payment.kind == PaymentKind.ADVANCE)
         .values(approved_by="tester"))
    assert not run(world, year=YEAR)[9].passed  # the advance was paid in 2024
    assert run(world, year=YEAR + 1)[9].passed
    assert run(world, year=2030)[2].checked == 0


def test_checks_read_only_snapshot(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.services.database import open_snapshot
    from grants.services.snapshot import take_snapshot

    take_snapshot(world.db, tmp_path / "snap.grants")
    snap = open_snapshot(tmp_path / "snap.grants")
    report = audit_checks.run_checks(snap, as_of=AS_OF)
    assert report.passed and report.snapshot_taken_by == "tester"
    snap.dispose()


def test_cli_audit_prints_a_line_per_check(world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    from grants.cli import main

    core(world, update(Payment).where(Payment.grant_id == world.grant_id, Payment.kind == PaymentKind.ADVANCE)
         .values(approved_by="tester"))
    assert main(["--db", world.db.url, "audit", "--year", "2024"]) == 1  # a check fails
    out = capsys.readouterr().out.splitlines()
    assert len([line for line in out if line[:3].strip().endswith(".") and line[:2].strip().isdigit()]) == 11
    assert any(line.startswith(" 9. FAIL") and world.ref in line for line in out)
    assert main(["--db", world.db.url, "audit", "--year", "20x4"]) == 1


def test_summary_counts_every_fault_and_builds_only_the_first(world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    """``run_checks(limit=1)`` (what ``grants audit`` without --details prints: a count and the first
    reference) counts the same faults as the full run and builds the same first one; the summary
    lines are byte for byte those of --details."""
    from grants.cli import main

    core(world,
         update(Grant).values(required_documents=None),  # check 2: both grants
         Opinion.__table__.delete(),  # check 3: several opinions on both grants
         insert(Amendment).values(grant_id=world.grant2_id, date=dt.date(YEAR, 6, 1), reason="more",
                                  amount_delta=D("90000")),
         text("UPDATE justification SET received_on = '2025-05-02'"),  # check 4
         update(Payment).where(Payment.kind != PaymentKind.RECOVERY).values(approved_by="tester", prepared_by="tester",
                                                                          origin="app"))  # check 9
    full = audit_checks.run_checks(world.db, as_of=AS_OF)
    short = audit_checks.run_checks(world.db, as_of=AS_OF, limit=1)
    several = 0
    for f, s in zip(full.checks, short.checks, strict=True):
        assert (s.number, s.checked, s.total, s.passed, s.notes) == (f.number, f.checked, len(f.faults), f.passed, f.notes)
        assert s.faults == f.faults[:1] and f.total == len(f.faults)
        assert s.line("nl") == f.line("nl") and s.line("en") == f.line("en")
        several += len(f.faults) > 1
    assert several >= 3  # checks 3, 4 and 9 at least: the count is not the faults built
    assert main(["--db", world.db.url, "audit", "--lang", "fr"]) == 1
    summary = capsys.readouterr().out
    assert main(["--db", world.db.url, "audit", "--lang", "fr", "--details"]) == 1
    details = capsys.readouterr().out
    assert summary == "".join(line for line in details.splitlines(keepends=True) if not line.startswith("    "))
