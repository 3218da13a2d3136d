"""The demonstration dataset: the published 2024 figures, every rule respected, idempotent."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grants.demo import load_demo
from grants.models import (
    Amendment,
    Application,
    Beneficiary,
    BudgetLine,
    Category,
    Commitment,
    Contact,
    Grant,
    GrantMeasure,
    GrantStatus,
    Justification,
    JustificationLine,
    Measure,
    Opinion,
    Payment,
    PaymentKind,
    PaymentStatus,
    Programme,
    RecoveryClaim,
    RecoveryStatus,
)
from grants.services import figures
from grants.services.audit import verify_chain
from grants.services.database import Database
from grants.services.errors import ReadOnlyError
from grants.services.grants import required_opinions
from grants.services.schema import init_database, table_counts
from grants.services.validators import check_bce, check_communication, check_iban

#: Subsidies granted in 2024 by category, thousand euro (annual report 2024, table 8.4.2).
PUBLISHED_K = {Category.COMMUNE: 27_617, Category.POLICE_ZONE: 35_000, Category.TRAINING_SCHOOL: 10_528,
               Category.REGIONAL_BODY: 5_304, Category.ASBL_COMMUNAL: 0, Category.ASBL_PRIVATE: 8_855}
#: The exact euros the dataset uses for them.
EXACT = {Category.COMMUNE: Decimal("27616883.00"), Category.POLICE_ZONE: Decimal("35000000.00"),
         Category.TRAINING_SCHOOL: Decimal("10528150.00"), Category.REGIONAL_BODY: Decimal("5304200.00"),
         Category.ASBL_COMMUNAL: Decimal("0.00"), Category.ASBL_PRIVATE: Decimal("8854850.00")}


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A read whose records stay readable after it (detached, not expired by the rollback)."""
    with db.reading() as s:
        yield s
        s.expunge_all()


def thousands(amount: Decimal) -> int:
    return int((amount / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, backend):  # type: ignore[no-untyped-def]
    """One database with the demo loaded (once for the module: loading takes a few seconds)."""
    url = backend.initialised(tmp_path_factory.mktemp("demo"))
    db = Database(url, user="tester")
    summary = load_demo(db)
    yield db, summary
    db.dispose()
    backend.drop(url)


def grants_of(s, programme_ref: str) -> list[Grant]:  # type: ignore[no-untyped-def]
    return list(s.scalars(select(Grant).join(Programme, Programme.id == Grant.programme_id)
                          .where(Programme.ref == programme_ref)))


def test_summary_says_what_was_loaded(demo) -> None:  # type: ignore[no-untyped-def]
    _, summary = demo
    assert summary.startswith("Demonstration dataset loaded")
    assert "19 communes, 6 police zones, 2 regional bodies, 2 training schools, 38 ASBL" in summary
    assert "87,304,083.00" in summary


def test_category_totals_2024_match_the_published_table(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        rows = s.execute(select(Grant.id, Beneficiary.category)
                         .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                         .where(Grant.year == 2024)).all()
        amounts = figures.amounts(s, [gid for gid, _ in rows])
    totals: dict[Category, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for gid, category in rows:
        totals[category] += amounts[gid]
    assert {c: totals[c] for c in Category} == EXACT
    assert {c: thousands(totals[c]) for c in Category} == PUBLISHED_K
    assert sum(totals.values()) == Decimal("87304083.00")
    assert thousands(sum(totals.values())) == 87_304


def test_plpp_2024_is_one_grant_per_commune_for_the_published_total(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        plpp = grants_of(s, "PLPP-2024")
        total = sum(figures.amounts(s, [g.id for g in plpp]).values(), Decimal(0))
        communes = {s.get(Beneficiary, g.beneficiary_id).commune_nis for g in plpp}  # type: ignore[union-attr]
    assert len(plpp) == 19 and len(communes) == 19
    assert total == Decimal("27616883.00")


def test_call_2024_has_45_grants_from_38_asbl(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        call = grants_of(s, "AAP-2024")
        total = sum(figures.amounts(s, [g.id for g in call]).values(), Decimal(0))
        carriers = {g.beneficiary_id for g in call}
        categories = set(s.scalars(select(Beneficiary.category).where(Beneficiary.id.in_(carriers))))
        measured = set(s.scalars(select(GrantMeasure.grant_id).where(GrantMeasure.grant_id.in_([g.id for g in call]))))
        apps = list(s.scalars(select(Application).where(Application.grant_id.in_([g.id for g in call]))))
        n_asbl = s.scalar(select(func.count()).select_from(Beneficiary)
                          .where(Beneficiary.category == Category.ASBL_PRIVATE))
        examples: dict[str, set[str]] = {}
        for name, code in s.execute(
                select(Beneficiary.name_fr, Measure.code)
                .join(Grant, Grant.beneficiary_id == Beneficiary.id).join(GrantMeasure, GrantMeasure.grant_id == Grant.id)
                .join(Measure, Measure.id == GrantMeasure.measure_id)
                .where(Grant.id.in_([g.id for g in call]))):
            examples.setdefault(name, set()).add(code)
    assert len(call) == 45 and total == Decimal("2938500.00")
    assert len(carriers) == 38 == n_asbl and categories == {Category.ASBL_PRIVATE}
    assert measured == {g.id for g in call}  # every project is tied to PGSP measures
    assert len(apps) == 45 and all(a.selected and a.admissible and a.score_relevance is not None for a in apps)
    for name, codes in {"GAMS Belgique": {"1.4"}, "PREFER": {"2.1", "2.5"}, "Projet LAMA": {"3.1", "3.8"},
                        "PAG-ASA": {"4.3", "4.9"}, "DIOGENES": {"6.9"}, "Bulle": {"7.4"},
                        "Croix-Rouge de Belgique": {"9.3"}}.items():
        assert codes <= examples[name], name


def test_call_2024_also_has_applications_that_were_not_funded(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        apps = list(s.scalars(select(Application).join(Programme, Programme.id == Application.programme_id)
                              .where(Programme.ref == "AAP-2024", Application.grant_id.is_(None))))
    assert any(a.admissible is False and a.admissibility_note for a in apps)
    assert any(a.admissible and a.score_relevance is not None and a.selected is False for a in apps)


def test_fse_lisa_and_direct_grants(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        fse = grants_of(s, "FSE-2024")
        fse_total = sum(figures.amounts(s, [g.id for g in fse]).values(), Decimal(0))
        fse_measures = {g.id: set(s.scalars(select(Measure.code)
                                            .join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
                                            .where(GrantMeasure.grant_id == g.id))) for g in fse}
        lisa = s.scalar(select(Programme).where(Programme.ref == "LISA-2024"))
        assert lisa is not None
        lisa_apps = list(s.scalars(select(Application).where(Application.programme_id == lisa.id)))
        direct = {s.get(Beneficiary, g.beneficiary_id).ref  # type: ignore[union-attr]
                  for g in grants_of(s, "DIR-2024")}
    assert len(fse) == 6 and fse_total == Decimal("35000000.00")
    assert all({"5.1", "6.1"} <= codes for codes in fse_measures.values())
    assert lisa is not None and lisa.envelope == Decimal("1266000.00")
    chosen = [a for a in lisa_apps if a.selected]
    assert len(chosen) == 3 and sum(a.requested_amount for a in chosen) == Decimal("1266000.00")
    assert all(a.score_relevance is not None and a.grant_id is None for a in lisa_apps)  # scored, not granted
    # selected, not granted: they wait with their reason, in the work list
    assert all(a.waiting_reason and "validation budgétaire" in a.waiting_reason for a in chosen)
    assert not any(a.waiting_reason for a in lisa_apps if not a.selected)
    from grants.services.worklists import work_list

    waiting = work_list(db, "waiting", "fr", dt.date(2024, 12, 31))
    assert sorted(r.title for r in waiting) == sorted(a.title for a in chosen)
    assert all(r.entity == "programme" and r.id == lisa.id and r.status == "selected_not_granted" for r in waiting)
    assert direct == {"OAA-STIB", "OAA-PARADIGM", "ERIP-ARPB", "ERIP-ERAP", "ASBL-TRANSIT", "ASBL-INFORJEUNES",
                      "ASBL-INTERSECTION"}


def test_beneficiaries_have_valid_identifiers_and_contacts(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        people = list(s.scalars(select(Beneficiary)))
        with_contacts = set(s.scalars(select(Contact.beneficiary_id)))
    by_cat: dict[Category, list[Beneficiary]] = defaultdict(list)
    for b in people:
        by_cat[b.category].append(b)
        assert b.bce and check_bce(b.bce) == b.bce
        assert b.iban and check_iban(b.iban) == b.iban and b.iban.startswith("BE") and b.bic
        assert b.id in with_contacts
        assert b.name_fr and b.name_nl
    assert len(by_cat[Category.COMMUNE]) == 19
    assert {b.ref for b in by_cat[Category.COMMUNE]} == {f"COM-{21000 + n}" for n in range(1, 20)}
    assert all(b.commune_nis == b.ref[4:] for b in by_cat[Category.COMMUNE])
    assert len(by_cat[Category.POLICE_ZONE]) == 6 and all(b.police_zone_code for b in by_cat[Category.POLICE_ZONE])
    assert len(by_cat[Category.REGIONAL_BODY]) == 2 and len(by_cat[Category.TRAINING_SCHOOL]) == 2
    assert len(by_cat[Category.ASBL_PRIVATE]) == 38
    assert len({b.bce for b in people}) == len(people)


def test_budget_lines_have_headroom_and_cover_what_is_used(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        lines = list(s.scalars(select(BudgetLine)))
        for line in lines:
            reserved = figures.line_reserved(s, line.id)
            committed = figures.line_committed(s, line.id)
            paid = figures.cl_used(s, line.year, line.code)
            assert committed <= reserved <= line.commitment_credits, line.code
            assert paid <= line.payment_credits, (line.year, line.code)
            if line.year == 2024:
                assert reserved < line.commitment_credits <= reserved * Decimal("1.05")
                assert paid < line.payment_credits
    assert {(ln.year) for ln in lines} == {2023, 2024} and len(lines) == 14
    assert all(len(ln.code.split(".")) == 4 for ln in lines)


def test_demo_has_investment_grants_and_co_financed_projects(demo) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 8: the OAA investment line (61.40) carries investment grants; three direct
    grants to ASBL are co-financed projects, each within its budget minus its other funders."""
    from grants.models import GrantCofunder, GrantNature

    db, _ = demo
    with reading(db) as s:
        investment = set(s.scalars(select(Grant.ref).where(Grant.nature == GrantNature.INVESTMENT)))
        budgeted = {g.ref: g for g in s.scalars(select(Grant).where(Grant.project_budget.is_not(None)))}
        funders = s.execute(select(Grant.ref, GrantCofunder.name).join(Grant, Grant.id == GrantCofunder.grant_id)).all()
    assert investment == {"G-2024-DIR-PARADIGM", "G-2023-DIR-PARADIGM"}
    assert set(budgeted) == {"G-2024-DIR-TRANSIT", "G-2024-DIR-INFORJEUNES", "G-2024-DIR-INTERSECTION"}
    assert len(funders) == 6 and {ref for ref, _ in funders} == set(budgeted)


def test_paid_in_2024_counts_approved_payments_only(demo) -> None:  # type: ignore[no-untyped-def]
    """Prepared payments are 'to approve', not 'paid': the execution sheet, the payments by month
    and the dashboard agree on 2024's paid (issue 8: 85 013 019,16 counted 178 400 prepared)."""
    from grants.services import budget, dashboard, reporting

    db, _ = demo
    lines = budget.execution(db, 2024)
    assert sum((ln.paid for ln in lines), Decimal(0)) == Decimal("84834619.16")
    assert sum((ln.to_approve for ln in lines), Decimal(0)) == Decimal("178400.00")
    with reading(db) as s:
        by_month = reporting.payments_by_month(s, [2024])
    assert sum((m.paid_out for m in by_month), Decimal(0)) == Decimal("84834619.16")
    assert dashboard.dashboard(db, 2024, today=dt.date(2024, 12, 31)).paid == Decimal("84834619.16")


def test_every_act_respects_the_rules(demo) -> None:  # type: ignore[no-untyped-def]
    """Order of acts, opinions, completeness, payment limits and separation of duties."""
    db, _ = demo
    with reading(db) as s:
        grants = list(s.scalars(select(Grant)))
        ids = [g.id for g in grants]
        committed, paid, recovered = figures.committed(s, ids), figures.paid(s, ids), figures.recovered(s, ids)
        first_commit = dict(s.execute(select(Commitment.grant_id, func.min(Commitment.date))
                                      .where(Commitment.amount > 0).group_by(Commitment.grant_id)).all())
        payments = list(s.scalars(select(Payment)))
        opinions: dict[int, dict] = defaultdict(dict)  # type: ignore[type-arg]
        for o in s.scalars(select(Opinion)):
            opinions[o.grant_id][o.kind] = o.date
        needed = {g.id: required_opinions(s, figures.amount_of(s, g.id), g.decision_date) for g in grants}
        amounts = figures.amounts(s, ids)
        received = dict(s.execute(select(Justification.grant_id, func.min(Justification.received_on))
                                  .group_by(Justification.grant_id)).all())
    by_grant = {g.id: g for g in grants}
    for g in grants:
        assert g.status != GrantStatus.DRAFT and g.decision_date and g.decision_ref
        assert g.period_start and g.period_end and g.justification_deadline and g.required_documents
        for kind in needed[g.id]:
            assert opinions[g.id].get(kind) is not None and opinions[g.id][kind] <= g.decision_date, (g.ref, kind)
        assert first_commit[g.id] >= g.decision_date
        assert g.notified_on is not None and g.notified_on >= first_commit[g.id]
        net_paid = paid.get(g.id, Decimal(0)) - recovered.get(g.id, Decimal(0))
        assert net_paid <= committed.get(g.id, Decimal(0)) <= amounts[g.id]
        if g.status != GrantStatus.CLOSED:
            assert committed[g.id] == amounts[g.id]
    for p in payments:
        g = by_grant[p.grant_id]
        if p.kind == PaymentKind.RECOVERY:
            assert p.recovery_claim_id is not None and p.communication
            continue
        assert p.date >= first_commit[g.id] >= g.decision_date
        assert g.notified_on is not None and p.date >= g.notified_on
        assert p.prepared_by == "demo.officer"
        if p.status == PaymentStatus.APPROVED:
            assert p.approved_by == "demo.finance" and p.approved_at is not None
            assert p.approved_at.date() >= p.date
        if p.kind == PaymentKind.ADVANCE:
            assert p.amount == (amounts[g.id] * g.advance_share / 100).quantize(Decimal("0.01"))
            assert g.advance_share in (Decimal(75), Decimal(80), Decimal(85))
        if p.kind == PaymentKind.BALANCE:
            assert p.amount <= amounts[g.id] and g.id in received
            if received[g.id] > g.justification_deadline:  # type: ignore[operator]
                assert p.derogation, g.ref  # no payment on a late justification without a derogation
    assert all(recovered.get(gid, 0) <= paid.get(gid, 0) for gid in ids)


def test_life_stages_are_spread_realistically(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        stages = dict(s.execute(select(Grant.year, func.count()).group_by(Grant.year)).all())
        status_2023 = {st for st, in s.execute(select(Grant.status).where(Grant.year == 2023))}
        status_2024 = [st for st, in s.execute(select(Grant.status).where(Grant.year == 2024))]
        amendments = s.scalar(select(func.count()).select_from(Amendment))
        late = s.scalars(select(Payment).where(Payment.derogation.is_not(None))).all()
        categories = set(s.scalars(select(JustificationLine.category)))
    assert stages[2024] == 77 and stages[2023] >= 30
    assert {GrantStatus.CLOSED, GrantStatus.BALANCE_PAID, GrantStatus.RECOVERY, GrantStatus.JUSTIFIED,
            GrantStatus.ADVANCE_PAID} <= status_2023
    assert sum(st == GrantStatus.ADVANCE_PAID for st in status_2024) > 0.9 * len(status_2024)
    assert amendments == 1
    assert len(late) == 1  # a balance paid on a late justification, with its derogation
    assert len(categories) >= 6


def test_recoveries_overdue_and_work_list(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with reading(db) as s:
        claims = list(s.scalars(select(RecoveryClaim)))
        refunds = list(s.scalars(select(Payment).where(Payment.kind == PaymentKind.RECOVERY)))
        overdue = list(s.scalars(select(Grant).where(
            Grant.justification_deadline == dt.date(2024, 3, 31),
            ~select(Justification.id).where(Justification.grant_id == Grant.id).exists())))
        prepared = list(s.scalars(select(Payment).where(Payment.status == PaymentStatus.PREPARED)))
    open_claims = [c for c in claims if c.status == RecoveryStatus.OPEN]
    assert len(open_claims) >= 1 and all(check_communication(c.communication) for c in open_claims)
    assert open_claims[0].reminders_sent >= 1
    paid = [c for c in claims if c.status == RecoveryStatus.PAID]
    assert len(paid) >= 1 and refunds
    assert refunds[0].recovery_claim_id == paid[0].id and refunds[0].amount == paid[0].amount
    assert len(overdue) >= 1 and all(g.status == GrantStatus.ADVANCE_PAID for g in overdue)
    assert len(prepared) >= 2 and {p.kind for p in prepared} >= {PaymentKind.ADVANCE, PaymentKind.BALANCE}


def test_audit_trail_is_complete_and_verifies(demo) -> None:  # type: ignore[no-untyped-def]
    from grants.models import AuditEntry

    db, _ = demo
    with reading(db) as s:
        assert verify_chain(s) == []
        users = set(s.scalars(select(AuditEntry.user).distinct()))
        entities = set(s.scalars(select(AuditEntry.entity).distinct()))
    assert {"demo.officer", "demo.finance"} <= users
    assert {"beneficiary", "budget_line", "grant", "payment", "commitment", "opinion", "justification",
            "recovery_claim", "application", "programme", "amendment"} <= entities


def test_second_run_changes_nothing(demo, capsys) -> None:  # type: ignore[no-untyped-def]
    from grants.cli import main

    db, _ = demo
    before = table_counts(db)
    assert main(["--db", db.url, "demo"]) == 0
    out = capsys.readouterr().out
    assert "already loaded: nothing changed" in out
    assert table_counts(db) == before
    with reading(db) as s:
        assert verify_chain(s) == []


def test_read_only_database_is_refused(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    ro = Database(db.url, read_only=True)
    try:
        with pytest.raises(ReadOnlyError):
            load_demo(ro)
    finally:
        ro.dispose()


def test_an_interrupted_run_resumes_where_it_stopped(demo, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A run stopped half-way (here: the first settlement fails) leaves whole actions behind;
    the next run completes the dataset to exactly what one uninterrupted run gives."""
    import grants.demo.scenario as demo_module

    full_db, _ = demo

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut")

    monkeypatch.setattr(demo_module, "settle", broken)
    with pytest.raises(RuntimeError):
        load_demo(db)
    partial = table_counts(db)
    assert partial["grant"] > 0 and partial["recovery_claim"] == 0
    monkeypatch.undo()
    summary = load_demo(db)
    assert summary.startswith("Demonstration dataset loaded")
    assert table_counts(db) == table_counts(full_db)
    with reading(db) as s:
        assert verify_chain(s) == []


def test_an_in_memory_database_is_refused_clearly() -> None:
    from grants.services.errors import RuleError

    memory = Database("sqlite://", user="tester")
    with pytest.raises(RuleError) as err:
        load_demo(memory)
    assert "database file" in err.value.problems[0].render()


def test_call_projects_carry_their_indicators(demo) -> None:  # type: ignore[no-untyped-def]
    """The figures of the annual report's chapter 4.1 (207 people accompanied by GAMS, 19 220 kg of
    laundry, 269 communal activities), each under one of its grant's measures."""
    from grants.models import GrantMeasure, Indicator

    db, _ = demo
    with reading(db) as s:
        rows = s.execute(select(Grant.year, Indicator.name, Indicator.achieved, Indicator.target, Indicator.measure_id,
                                Indicator.grant_id).join(Grant, Grant.id == Indicator.grant_id)).all()
        pairs = set(s.execute(select(GrantMeasure.grant_id, GrantMeasure.measure_id)).all())
    by_2024 = {(name): achieved for year, name, achieved, *_ in rows if year == 2024}
    assert by_2024["Personnes accompagnées"] == Decimal(207)
    assert by_2024["Linge lavé"] == Decimal(19220)
    assert by_2024["Activités communautaires"] == Decimal(269)
    assert {year for year, *_ in rows} == {2023, 2024}
    assert all((gid, mid) in pairs for *_, mid, gid in rows)


def test_history_is_sent_and_the_organisation_is_set(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first SEPA export after the demo sends none of its historic payments."""
    from grants.demo import data as demo_data
    from grants.services import organisation, sepa
    from grants.services.errors import RuleError

    db, summary = demo
    assert "historic ones marked as already sent to the bank" in summary
    with reading(db) as s:
        approved = list(s.scalars(select(Payment).where(Payment.status == PaymentStatus.APPROVED,
                                                        Payment.kind != PaymentKind.RECOVERY)))
    assert len(approved) > 100
    assert {p.sepa_message_id for p in approved} == {demo_data.HISTORY_MESSAGE_ID}
    assert all(p.sepa_exported_at is not None for p in approved)
    assert sepa.pending_transfers(db) == []
    with pytest.raises(RuleError, match="no approved payment"):
        sepa.export_sepa(db, tmp_path / "first.xml")
    settings = organisation.get_settings(db)
    assert settings.iban == "BE71096123456769" and settings.bic == "GKCCBEBB"
    assert settings.name and settings.address and settings.signatories
    assert organisation.debtor_account(db).name.startswith("safe.brussels")


def test_demo_keeps_settings_already_set(db_url: str) -> None:
    from grants.demo.scenario import organisation_defaults
    from grants.services import organisation

    db = Database(db_url, user="tester")
    init_database(db)
    try:
        organisation.set_settings(db, iban="BE88363000000141")
        assert organisation_defaults(db) == 4  # name, address, bic, signatories
        assert organisation.get_settings(db).iban == "BE88363000000141"
        assert organisation_defaults(db) == 0
    finally:
        db.dispose()


def test_the_demo_is_counted_as_of_the_day_its_story_stops(demo) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 9: years after 2024, the dashboard showed all 77 2024 grants overdue and the
    work lists 79 late justifications. The demo stores its day; work lists, dashboard and audit count at it."""
    from grants.demo.scenario import AS_OF
    from grants.services import as_of, audit_checks, dashboard, worklists

    db, summary = demo
    assert dt.date(2024, 12, 31) == AS_OF
    assert as_of.demo_as_of(db) == AS_OF
    assert as_of.today(db) == AS_OF
    assert "counted as of 31/12/2024" in summary
    # without a day given: the demo's day, an office at the end of 2024
    counted = worklists.counts(db)
    assert counted == worklists.counts(db, AS_OF)
    assert counted == {"overdue": 2, "balances": 3, "approvals": 3, "recoveries": 1, "decisions": 0, "waiting": 3}
    assert [r.days for r in worklists.work_list(db, "approvals")] == [15, 15, 15]  # prepared 16/12/2024
    assert worklists.counts(db, dt.date(2026, 12, 7))["overdue"] == 79  # what the real day would show
    board = dashboard.dashboard(db, 2024)
    assert board.overdue.count == 0
    assert dashboard.dashboard(db, 2024, today=dt.date(2026, 12, 7)).overdue.count == 77
    assert dashboard.default_year(db) == 2024
    assert audit_checks.run_checks(db, only=[6]).as_of == AS_OF


def test_a_database_without_the_demo_counts_at_the_real_today(db) -> None:  # type: ignore[no-untyped-def]
    from grants.services import as_of

    assert as_of.demo_as_of(db) is None
    assert as_of.today(db) == dt.date.today()


def test_the_demo_day_is_stored_once_and_audited(demo) -> None:  # type: ignore[no-untyped-def]
    from grants.demo.scenario import AS_OF, FINANCE, mark_as_of
    from grants.models import AuditEntry, OrganisationSetting
    from grants.services import organisation

    db, _ = demo
    finance = Database(db.url, user=FINANCE)
    try:
        assert mark_as_of(finance) is False  # a second load never moves it
    finally:
        finance.dispose()
    with reading(db) as s:
        row = s.get(OrganisationSetting, "demo_as_of")
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "organisation_setting",
                                                          AuditEntry.entity_id == "demo_as_of")))
    assert row is not None and row.value == AS_OF.isoformat()
    assert [e.user for e in entries] == [FINANCE]
    assert "demo_as_of" not in dict(organisation.get_settings(db).items())  # not a setting an admin edits


def test_the_window_says_the_demo_is_counted_as_of_its_day(demo, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings

    db, _ = demo
    window = MainWindow(Settings(tmp_path / "settings.ini"), "en")
    qtbot.addWidget(window)
    window.set_database(db)
    window.show()
    assert window.status_as_of.isVisible()
    assert window.status_as_of.text() == "Demonstration data as of 31/12/2024"
    other = Database(tmp_path / "real.db", user="tester")
    init_database(other)
    window.set_database(other)
    assert not window.status_as_of.isVisible()


def test_the_audit_checks_page_dates_overdue_at_the_demo_day(demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    from grants.ui.audit_page import AuditChecksPage
    from grants.ui.context import AppContext

    db, _ = demo
    ctx = AppContext(db, lang="en")
    page = AuditChecksPage(ctx)
    qtbot.addWidget(page)
    # read with the years, in the task runner (no query on the GUI thread)
    qtbot.waitUntil(lambda: page.as_of_edit.date().toPython() == dt.date(2024, 12, 31), timeout=10000)

def test_budget_execution_set_based_equals_the_per_line_figures(demo) -> None:  # type: ignore[no-untyped-def]
    """budget.executions (one query per table, payment dates as ranges, several years at once)
    gives, line by line, exactly the figures the per-line definitions give."""
    from grants.models import BudgetLine
    from grants.services import budget

    db, _ = demo
    years = [2022, 2023, 2024, 2025]
    by_year = budget.executions(db, years)
    assert set(by_year) == set(years)
    with reading(db) as s:
        for y in years:
            lines = list(s.scalars(select(BudgetLine).where(BudgetLine.year == y).order_by(BudgetLine.code)))
            assert [ln.id for ln in by_year[y]] == [ln.id for ln in lines]
            for ex, line in zip(by_year[y], lines, strict=True):
                assert (ex.reserved, ex.committed, ex.paid, ex.to_approve) == (
                    figures.line_reserved(s, line.id), figures.line_committed(s, line.id),
                    figures.line_paid(s, y, line.code), figures.line_to_approve(s, y, line.code))
            assert budget.execution(db, y) == by_year[y]
    assert sum(ln.paid for ln in by_year[2024]) == Decimal("84834619.16")
