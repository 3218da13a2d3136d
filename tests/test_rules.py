"""Every rule of the domain, accepted and refused; a refusal saves nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from builders import beneficiary, committed_grant, decide, grant, line
from sqlalchemy import func, select, text

from grants.models import AuditEntry, ExpenseCategory, Grant, GrantStatus, PaymentKind, RecoveryClaim, Role, UserRole
from grants.services import figures, justifications, payments, recoveries
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.schema import table_counts

D = Decimal
J = justifications.ExpenseLine


def status(db: Database, grant_id: int) -> GrantStatus:
    with db.reading() as s:
        return s.get(Grant, grant_id).status  # type: ignore[union-attr]


def refused(db: Database, fn, *args, field: str | None = None, **kw) -> RuleError:  # type: ignore[no-untyped-def]
    """Call fn, expect a RuleError naming ``field``, and check that nothing changed."""
    before = table_counts(db)
    with pytest.raises(RuleError) as e:
        fn(*args, **kw)
    assert table_counts(db) == before, "a refused action must save nothing"
    if field:
        assert field in [p.field for p in e.value.problems], e.value
    return e.value


# -- commitment credits ----------------------------------------------------------------------------

def test_grants_reserve_commitment_credits(db: Database) -> None:
    b, ln = beneficiary(db), line(db, ce="100000")
    grant(db, b, ln, "60000")
    e = refused(db, grant, db, b, ln, "40000.01", field="amount")
    assert "100,000.00" in str(e) and "available €40,000.00" in str(e)  # names the credits and the figures
    grant(db, b, ln, "40000")  # exactly the rest is fine


def test_commitment_within_grant_and_credits(db: Database) -> None:
    b, ln = beneficiary(db), line(db, ce="100000")
    g = grant(db, b, ln, "50000")
    refused(db, G.commit_grant, db, g, dt.date(2024, 3, 1), field="status")  # not decided yet
    decide(db, g)
    refused(db, G.commit_grant, db, g, dt.date(2024, 3, 1), amount=D("50000.01"), field="amount")
    G.commit_grant(db, g, dt.date(2024, 3, 1), amount=D("20000"))
    G.commit_grant(db, g, dt.date(2024, 3, 2))  # the rest
    with db.reading() as s:
        assert figures.line_committed(s, ln) == D("50000.00")
    assert status(db, g) == GrantStatus.COMMITTED


def test_lowering_credits_below_use_refused(db: Database) -> None:
    from grants.services.budget import save_budget_line

    b, ln = beneficiary(db), line(db, ce="100000")
    grant(db, b, ln, "70000")
    refused(db, save_budget_line, db, 2024, "25.002.33.01", "x", D("69999.99"), D("80000"), ln, field="commitment_credits")
    save_budget_line(db, 2024, "25.002.33.01", "x", D("70000"), D("80000"), ln)


# -- order of acts -------------------------------------------------------------------------------------

def test_decision_then_commitment_then_payment(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln)
    decide(db, g, dt.date(2024, 2, 1))
    refused(db, G.commit_grant, db, g, dt.date(2024, 1, 31), field="date")
    G.commit_grant(db, g, dt.date(2024, 2, 10))
    refused(db, payments.prepare_payment, db, g, dt.date(2024, 2, 9), D("1000"), PaymentKind.ADVANCE, field="date")
    payments.prepare_payment(db, g, dt.date(2024, 2, 10), D("1000"), PaymentKind.ADVANCE)


def test_decision_needs_opinions_and_completeness(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "50000")
    e = refused(db, G.record_decision, db, g, "AR-1", dt.date(2024, 2, 1), field="opinions")
    assert len([p for p in e.problems if p.field == "opinions"]) == 3  # IF, Budget, Government above 15 000
    small = grant(db, b, ln, "3000")  # below every threshold
    G.record_decision(db, small, "AR-2", dt.date(2024, 2, 1))
    assert status(db, small) == GrantStatus.DECIDED


# -- measures --------------------------------------------------------------------------------------------

def test_measure_shares_and_codes(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    refused(db, grant, db, b, ln, measures=(("1.4", D(60)), ("2.1", D(30))), field="measures")
    refused(db, grant, db, b, ln, measures=(("1.4", D(50)), ("9.99", D(50))), field="measures")
    g = grant(db, b, ln, measures=(("1.4", D(60)), ("2.1", D(40))))
    with db.reading() as s:
        from grants.models import GrantMeasure

        assert sum(gm.share for gm in s.scalars(select(GrantMeasure).where(GrantMeasure.grant_id == g))) == 100


# -- payments --------------------------------------------------------------------------------------------

def test_payments_within_commitment_advance_share_and_credits(db: Database) -> None:
    _, ln, g = committed_grant(db, "50000", advance_share="75")
    refused(db, payments.prepare_payment, db, g, dt.date(2024, 3, 1), D("37500.01"), PaymentKind.ADVANCE, field="amount")
    payments.prepare_payment(db, g, dt.date(2024, 3, 1), D("37500"), PaymentKind.ADVANCE)
    refused(db, payments.prepare_payment, db, g, dt.date(2024, 3, 2), D("12500.01"), PaymentKind.OTHER, field="amount")


def test_payment_credits_of_the_year_of_payment(db: Database) -> None:
    b = beneficiary(db)
    ln = line(db, ce="100000", cl="10000")
    g = grant(db, b, ln, "50000", advance_share="0")
    decide(db, g)
    G.commit_grant(db, g, dt.date(2024, 2, 2))
    e = refused(db, payments.prepare_payment, db, g, dt.date(2024, 3, 1), D("10000.01"), PaymentKind.ADVANCE, field="amount")
    assert "10,000.00" in str(e)
    payments.prepare_payment(db, g, dt.date(2024, 3, 1), D("10000"), PaymentKind.ADVANCE)
    # 2025: no line 25.002.33.01 in 2025 yet -> refused, then the 2025 credits pay it
    refused(db, payments.prepare_payment, db, g, dt.date(2025, 1, 15), D("100"), PaymentKind.OTHER, field="date")
    line(db, year=2025, ce="0", cl="5000")
    payments.prepare_payment(db, g, dt.date(2025, 1, 15), D("100"), PaymentKind.OTHER)


def test_separation_of_duties(db: Database) -> None:
    _, _, g = committed_grant(db)
    with db.transaction() as s:
        s.add_all([UserRole(username="tester", role=Role.ADMIN), UserRole(username="anna", role=Role.FINANCE),
                   UserRole(username="olivier", role=Role.OFFICER)])
    officer = Database(db.url, user="olivier")
    pid = payments.prepare_payment(officer, g, dt.date(2024, 3, 1), D("1000"), PaymentKind.ADVANCE)
    refused(officer, payments.approve_payment, officer, pid)  # an officer does not approve
    mine = payments.prepare_payment(db, g, dt.date(2024, 3, 1), D("1000"), PaymentKind.ADVANCE)
    refused(db, payments.approve_payment, db, mine, field="approved_by")  # nor approves what one prepared
    payments.approve_payment(Database(db.url, user="anna"), pid)
    assert status(db, g) == GrantStatus.ADVANCE_PAID
    auditor_db = Database(db.url, user="eve")
    with db.transaction() as s:
        s.add(UserRole(username="eve", role=Role.AUDITOR))
    refused(auditor_db, payments.prepare_payment, auditor_db, g, dt.date(2024, 3, 2), D("1"), PaymentKind.ADVANCE)


# -- balance and recovery ------------------------------------------------------------------------------

def _paid_advance(db: Database, amount: str = "50000") -> tuple[int, int]:
    b, _, g = committed_grant(db, amount)
    pid = payments.prepare_payment(db, g, dt.date(2024, 3, 1), D(amount) * D("0.75"), PaymentKind.ADVANCE)
    payments.approve_payment(db, pid)  # single-user mode: allowed (and flagged by the audit checks)
    line(db, year=2025, ce="0", cl="100000")  # the balance is paid from 2025's payment credits
    return b, g


def test_balance_paid_when_accepted_above_advance(db: Database) -> None:
    _, g = _paid_advance(db)  # 37 500 paid
    justifications.receive_justification(db, g, dt.date(2025, 3, 1), [
        J(ExpenseCategory.STAFF, D("40000"), D("39000")), J(ExpenseCategory.RENT, D("15000"), D("14000"))])
    result = justifications.settle(db, g, dt.date(2025, 4, 1))
    # min(53 000 accepted, 50 000 granted) - 37 500 paid
    assert result.outcome == "balance_prepared" and result.balance == D("12500.00")
    payments.approve_payment(db, result.payment_id)
    assert status(db, g) == GrantStatus.BALANCE_PAID
    G.close_grant(db, g, dt.date(2025, 4, 2))
    assert status(db, g) == GrantStatus.CLOSED


def test_negative_balance_raises_recovery_and_blocks_payments(db: Database) -> None:
    b, g = _paid_advance(db)  # 37 500 paid
    justifications.receive_justification(db, g, dt.date(2025, 3, 1), [J(ExpenseCategory.ACTIVITIES, D("30000"), D("30000"))])
    result = justifications.settle(db, g, dt.date(2025, 4, 1))
    assert result.outcome == "recovery_raised" and result.balance == D("-7500.00")
    with db.reading() as s:
        claim = s.get(RecoveryClaim, result.claim_id)
        assert claim.amount == D("7500.00") and len(claim.communication) == 12
    from grants.services.validators import check_communication

    check_communication(result.communication)
    # the beneficiary's other grant cannot be paid while the claim is open
    ln2 = line(db, code="25.002.33.02")
    line(db, year=2025, code="25.002.33.02", ce="0", cl="1000")
    other = grant(db, b, ln2, "3000")
    G.record_decision(db, other, "AR-X", dt.date(2024, 5, 1))
    G.commit_grant(db, other, dt.date(2024, 5, 2))
    refused(db, payments.prepare_payment, db, other, dt.date(2025, 4, 2), D("100"), PaymentKind.ADVANCE, field="beneficiary")
    refused(db, recoveries.record_refund, db, result.claim_id, dt.date(2025, 5, 1), D("7500.01"), field="amount")
    recoveries.record_refund(db, result.claim_id, dt.date(2025, 5, 1), D("7500"))
    assert status(db, g) == GrantStatus.CLOSED
    payments.prepare_payment(db, other, dt.date(2025, 5, 2), D("100"), PaymentKind.ADVANCE)
    with db.reading() as s:
        f = G.summarize(s, [g])[g]
        assert f.paid - f.recovered == D("30000.00") and f.balance == 0
        assert figures.line_reserved(s, f and s.get(Grant, g).budget_line_id) >= D("30000.00")


def test_late_justification_needs_a_derogation(db: Database) -> None:
    _, g = _paid_advance(db)
    justifications.receive_justification(db, g, dt.date(2025, 5, 1),  # deadline 31/03/2025
                                         [J(ExpenseCategory.STAFF, D("50000"), D("50000"))])
    refused(db, justifications.settle, db, g, dt.date(2025, 6, 1), field="derogation")
    result = justifications.settle(db, g, dt.date(2025, 6, 1), derogation="Décision du 30/05/2025: force majeure")
    assert result.outcome == "balance_prepared"


def test_accepted_above_claimed_refused(db: Database) -> None:
    _, g = _paid_advance(db)
    refused(db, justifications.receive_justification, db, g, dt.date(2025, 3, 1),
            [J(ExpenseCategory.STAFF, D("100"), D("101"))], field="lines")


# -- status transitions --------------------------------------------------------------------------------

def test_illegal_status_moves_say_why(db: Database) -> None:
    b, ln = beneficiary(db), line(db)
    g = grant(db, b, ln, "3000")
    e = refused(db, justifications.receive_justification, db, g, dt.date(2024, 3, 1),
                [J(ExpenseCategory.STAFF, D("1"), D("1"))], field="status")
    assert "draft" in str(e)
    with db.transaction() as s:
        gr = s.get(Grant, g)
        with pytest.raises(RuleError) as e2:
            G.move(gr, GrantStatus.CLOSED)
        assert "allowed next: decided" in str(e2.value)


# -- amendments ----------------------------------------------------------------------------------------

def test_amendment_changes_the_derived_amount_never_overwrites(db: Database) -> None:
    _, ln, g = committed_grant(db, "50000")
    refused(db, G.amend_grant, db, g, dt.date(2024, 6, 1), "", D("1000"), field="reason")
    refused(db, G.amend_grant, db, g, dt.date(2024, 6, 1), "Extension", D("50000.01"), field="amount_delta")  # CE 100 000
    G.amend_grant(db, g, dt.date(2024, 6, 1), "Extension de l'activité", D("10000"))
    G.amend_grant(db, g, dt.date(2024, 7, 1), "Réduction", D("-25000"))
    with db.reading() as s:
        assert s.get(Grant, g).initial_amount == D("50000.00")
        assert figures.amount_of(s, g) == D("35000.00")
        assert figures.committed(s, [g])[g] == D("35000.00")  # the cut released the commitment


# -- audit trail -----------------------------------------------------------------------------------------

def test_every_change_is_audited_with_before_and_after(db: Database) -> None:
    from grants.services.audit import verify_chain

    _, ln, g = committed_grant(db)
    with db.reading() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "grant", AuditEntry.entity_id == str(g))
                                 .order_by(AuditEntry.id)))
        assert entries[0].action == "insert" and entries[0].user == "tester"
        moves = [e for e in entries if e.action == "update" and '"status"' in (e.after or "")]
        assert '"draft"' in moves[0].before and '"decided"' in moves[0].after
        assert verify_chain(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEntry)) > 10


@pytest.mark.sqlite_only("on a server the audit table's owner (the tests' login) may change it, by design "
                        "(migration 0006); other logins' refusal is tests/test_postgres_roles.py")
def test_audit_trail_refuses_update_and_delete_in_sql(db: Database) -> None:
    """In plain SQL, bypassing the application (sqlite3 or psql alike)."""
    from sqlalchemy.exc import DBAPIError

    committed_grant(db)
    for statement in ('UPDATE audit_entry SET "user" = \'mallory\'', "DELETE FROM audit_entry"):
        with db.engine.connect() as con, pytest.raises(DBAPIError, match="append-only"):
            con.execute(text(statement))


def test_read_only_database_refuses_writes(db: Database) -> None:
    b = beneficiary(db)
    ro = Database(db.url, read_only=True)
    with pytest.raises(RuleError):
        line(ro)
    with ro.reading() as s:
        from grants.models import Beneficiary

        assert s.get(Beneficiary, b) is not None


def test_reservation_on_a_line_with_many_grants(db: Database) -> None:
    """A line with more grants than SQLite takes bound variables (32 766) still answers, exactly."""
    from grants.models import Grant as GrantModel
    from grants.services.bulk import insert_rows

    b, ln = beneficiary(db), line(db, ce="5000000", cl="1")
    with db.transaction() as s:
        insert_rows(s, GrantModel.__table__, [
            {"ref": f"BULK-{i}", "beneficiary_id": b, "budget_line_id": ln, "year": 2024, "title": "x",
             "initial_amount": D("100.01"), "advance_share": D(0), "status": GrantStatus.DRAFT} for i in range(40_000)])
    with db.reading() as s:
        assert figures.line_reserved(s, ln) == D("4000400.00")
    refused(db, grant, db, b, ln, "999600.01", field="amount")
    grant(db, b, ln, "999600.00")


def test_figures_of_more_grants_than_sqlite_binds(db: Database) -> None:
    from grants.models import Grant as GrantModel
    from grants.services.bulk import insert_rows

    b, ln = beneficiary(db), line(db, ce="5000000", cl="1")
    with db.transaction() as s:
        insert_rows(s, GrantModel.__table__, [
            {"ref": f"BULK-{i}", "beneficiary_id": b, "budget_line_id": ln, "year": 2024, "title": "x",
             "initial_amount": D("1.01"), "advance_share": D(0), "status": GrantStatus.DRAFT} for i in range(40_000)])
    with db.reading() as s:
        ids = list(s.scalars(select(Grant.id)))
        assert sum(figures.amounts(s, ids).values()) == D("40400.00")
        assert figures.paid(s, ids) == {}
        assert len(G.summarize(s, ids)) == 40_000


def test_scoring_grid_is_saved_whole_or_not_at_all(db: Database) -> None:
    from grants.services import programmes as P

    b = beneficiary(db)
    call = P.save_programme(db, P.ProgrammeInput("Appel à projets 2025", "call_for_projects", 2025,
                                                 opens=dt.date(2024, 9, 1), closes=dt.date(2024, 11, 30)))
    apps = [P.register_application(db, call, b, f"Projet {i}", D("10000"), dt.date(2024, 10, 1), "1.4") for i in range(3)]
    for a in apps:
        P.set_admissibility(db, a, True)
    grid = [P.GridRow(apps[0], D(8), D(7), D(9), True), P.GridRow(apps[1], D(11), D(5), D(5), False),  # 11 > 10
            P.GridRow(apps[2], D(6), D(6), D(6), True)]
    e = refused(db, P.save_grid, db, call, grid)
    assert [p.sheet for p in e.problems] == ["A-2025-0002"]  # names the application, nothing saved
    grid[1] = P.GridRow(apps[1], D(10), D(5), D(5), False)
    assert P.save_grid(db, call, grid) == 5  # three scores, two selections
    from grants.models import Application

    with db.reading() as s:
        assert [s.get(Application, a).selected for a in apps] == [True, None, True]


def test_a_second_concurrent_save_is_refused_naming_who_and_when(db: Database) -> None:
    """Two people open the same draft; the one who saves second is told who changed it, and when."""
    import dataclasses

    from grants.services import beneficiaries
    from grants.services import grants as G
    from grants.services.errors import RuleError
    from grants.services.records import grant_detail

    b = beneficiary(db)
    g = grant(db, b, line(db), "40000")
    mine = grant_detail(db, g)
    theirs = grant_detail(db, g)
    base = G.GrantInput(beneficiary_id=b, budget_line_id=mine.budget_line_id, title="Prévention", amount=Decimal("40000"),
                        measures=[("1.4", Decimal(100))], period_start=mine.period_start, period_end=mine.period_end,
                        justification_deadline=mine.justification_deadline, required_documents=mine.required_documents)
    G.update_draft(Database(db.url, user="bob"), g, dataclasses.replace(base, title="Bob's title", version=theirs.version))
    with pytest.raises(RuleError) as refused:
        G.update_draft(db, g, dataclasses.replace(base, title="My title", version=mine.version))
    assert "changed by bob at" in str(refused.value) and grant_detail(db, g).title == "Bob's title"
    G.update_draft(db, g, dataclasses.replace(base, title="My title", version=grant_detail(db, g).version))
    assert grant_detail(db, g).title == "My title"

    view = beneficiaries.get_beneficiary(db, b)
    data = beneficiaries.BeneficiaryInput(name_fr="GAMS", category=view.category, iban="BE54 0000 0000 0097",
                                          commune_nis="21004", version=view.version)
    beneficiaries.save_beneficiary(Database(db.url, user="bob"), data, b)
    with pytest.raises(RuleError):
        beneficiaries.save_beneficiary(db, dataclasses.replace(data, name_fr="Other"), b)
