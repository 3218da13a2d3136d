"""Schema: one Alembic head, no drift from the models, old databases with data upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from grants.models import Base
from grants.services.database import Database
from grants.services.schema import alembic_config, current_revision, head_revision, init_database


def test_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == [], diff


@pytest.mark.sqlite_only("SQLite's own pragmas (foreign keys, WAL); a server has neither to switch on")
def test_foreign_keys_and_wal_are_on(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def _database_at_first_revision(path: Path) -> None:
    """A database as the first release left it, with data in it."""
    db = Database(path, user="old")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO police_zone (code, name_fr, name_nl, short_name) VALUES (5339, 'Bruxelles-Capitale/Ixelles', 'Brussel-Hoofdstad/Elsene', 'PolBru');
        INSERT INTO commune (nis_code, name_fr, name_nl, police_zone_code) VALUES ('21004', 'Bruxelles', 'Brussel', 5339);
        INSERT INTO beneficiary (id, ref, name_fr, name_nl, category, bce, iban, commune_nis, language, active)
            VALUES (1, 'COM-21004', 'Ville de Bruxelles', 'Stad Brussel', 'commune', NULL, NULL, '21004', 'fr', 1);
        INSERT INTO budget_line (id, year, code, label, commitment_credits, payment_credits)
            VALUES (1, 2023, '25.002.63.01', 'PLPP', 30000000, 29000000);
        INSERT INTO grant (id, ref, beneficiary_id, budget_line_id, year, title, initial_amount, advance_share, status,
                           decision_ref, decision_date)
            VALUES (1, 'PLPP-2023-21004', 1, 1, 2023, 'Plan local 2023', 4123456.78, 80, 'committed', 'AR-2023-1', '2023-02-01');
        INSERT INTO commitment (id, grant_id, budget_line_id, date, amount) VALUES (1, 1, 1, '2023-02-02', 4123456.78);
    """)
    con.commit()
    con.close()


def test_old_database_with_data_is_upgraded_and_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    result = init_database(db)
    assert current_revision(db) == head_revision()
    if head_revision() != "0001":  # an upgrade ran: the old file was kept first
        assert result.backup is not None and result.backup.exists()
        con = sqlite3.connect(result.backup)
        assert con.execute("SELECT initial_amount FROM grant WHERE ref = 'PLPP-2023-21004'").fetchone()[0] == 4123456.78
        con.close()
    from decimal import Decimal

    from grants.services import figures

    with db.reading() as s:
        assert figures.amount_of(s, 1) == Decimal("4123456.78")
        # 0004: the records edited in forms carry a version, 1 for those already there
        assert s.execute(text("SELECT version FROM grant WHERE id = 1")).scalar_one() == 1
        assert s.execute(text("SELECT version FROM beneficiary WHERE id = 1")).scalar_one() == 1
        assert figures.committed(s, [1])[1] == Decimal("4123456.78")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    # reference data loaded on top of what was there, nothing duplicated
    from grants.services.schema import table_counts

    counts = table_counts(db)
    assert counts["commune"] == 19 and counts["police_zone"] == 6 and counts["measure"] == 77


def test_init_twice_changes_nothing(db: Database) -> None:
    from grants.services.schema import table_counts

    before = table_counts(db)
    result = init_database(db)
    assert result.backup is None and not result.created
    assert table_counts(db) == before


def test_downgrade_to_base_and_back(db_url: str) -> None:
    db = Database(db_url)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    assert current_revision(db) == head_revision()


def test_downgrade_and_upgrade_a_database_with_data(demo_url: str) -> None:
    """Down past a migration that copies the grant table on SQLite (0013: other tables refer to it),
    on the demo's data, and up again: the records of the older schema are all kept, no reference
    broken (the foreign keys are off during a migration on SQLite and checked whole before commit)."""
    from grants.services.schema import migrate, table_counts

    db = Database(demo_url, user="tester")
    try:
        before = table_counts(db)
        migrate(db, "0012", down=True)
        assert current_revision(db) == "0012"
        migrate(db, "head")
        assert current_revision(db) == head_revision()
        after = table_counts(db)
        # tables of 0013 and later come back empty; the trail only grows (on a server, its trigger
        # records what the migrations changed outside the application)
        left = {"project", "grant_cofunder", "plpp_key", "plpp_activity", "sent_document", "audit_entry"}
        assert {t: n for t, n in before.items() if t not in left} == {t: n for t, n in after.items() if t not in left}
        assert after["audit_entry"] >= before["audit_entry"]
        assert before["grant"] > 100
    finally:
        db.dispose()


def test_old_database_upgraded_takes_indicators(tmp_path: Path) -> None:
    """The indicator table arrives on a database with grants in it; their indicators are then kept."""
    from decimal import Decimal

    from grants.services import indicators

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    init_database(db)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO grant_measure (grant_id, measure_id, share) "
                "SELECT 1, id, 100 FROM measure WHERE code = '1.4' ORDER BY edition_id LIMIT 1")
    con.commit()
    con.close()
    iid = indicators.save_indicator(db, 1, indicators.IndicatorInput("1.4", "Gardiens de la paix", "ETP", Decimal(12),
                                                                     Decimal("11.5"), "Rapport 2023"))
    rows = indicators.indicators(db, 1)
    assert [(r.id, r.measure, r.achieved) for r in rows] == [(iid, "1.4", Decimal("11.50"))]


def test_upgrade_to_sepa_files_and_organisation_settings_keeps_sent_payments(tmp_path: Path) -> None:
    """0003 -> 0004: payments already sent stay sent; no file recorded, no setting invented."""
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="old")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO payment (id, grant_id, date, amount, kind, status, prepared_by, approved_by, origin,
                             sepa_message_id, sepa_exported_at)
            VALUES (1, 1, '2023-03-01', 3298765.42, 'advance', 'approved', 'a', 'b', 'app', 'MSG-OLD', '2023-03-02 10:00:00'),
                   (2, 1, '2023-09-01', 100000.00, 'balance', 'approved', 'a', 'b', 'app', NULL, NULL);
    """)
    con.commit()
    con.close()
    db = Database(path, user="tester")
    result = init_database(db)
    assert result.upgraded_from == "0003" and result.backup is not None
    from grants.services import organisation, sepa

    assert organisation.get_settings(db) == organisation.OrganisationSettings()
    assert sepa.files(db) == []
    assert [t.payment_id for t in sepa.pending_transfers(db)] == [2]  # the one sent before stays sent
    db.dispose()


def test_old_database_upgraded_takes_the_plpp_key(tmp_path: Path) -> None:
    """0016: the plpp_key table arrives on a database with a PLPP grant; a key and a derogation are then kept."""
    from decimal import Decimal

    from grants.services import plpp

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    init_database(db)
    plpp.set_key(db, 2023, {"21004": Decimal("100")})
    plpp.set_derogation(db, 2023, "21004", "Décision du Gouvernement")
    assert [(k.share, k.derogation) for k in plpp.key(db, 2023) if k.nis == "21004"] == [
        (Decimal("100.00"), "Décision du Gouvernement")]


def test_old_database_upgraded_takes_plpp_activities(tmp_path: Path) -> None:
    """0017: the plpp_activity table arrives on a database with grants; an activity then sits on the
    old commune's grant once it belongs to a local plan programme."""
    from grants.services import plpp

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    init_database(db)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO programme (id, ref, title, kind, year) VALUES (1, 'PLPP-2023', 'PLPP 2023', 'local_plan', 2023)")
    con.execute("UPDATE grant SET programme_id = 1 WHERE id = 1")
    con.commit()
    con.close()
    aid = plpp.save_activity(db, 1, plpp.ActivityInput("Gardiens de la paix", 7, 10, 0, 0))
    assert [(a.id, a.thematic, a.peace_guardians) for a in plpp.activities_of(db, 1)] == [(aid, 7, 10)]


def test_upgrade_from_0015_brings_dutch_measures_and_keeps_an_official_text(tmp_path: Path) -> None:
    """A 0015 database with French-only measures (and one official Dutch text) upgraded by init:
    every measure has a Dutch description marked as a working translation, the official one kept."""
    path = tmp_path / "old.db"
    db = Database(path, user="old")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0015")
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO plan_edition (id, code, start_year, end_year, title_fr, title_nl)
            VALUES (1, '2021-2024', 2021, 2024, 'Plan global de sécurité et de prévention 2021-2024', 'GVPP');
        INSERT INTO thematic (id, edition_id, number, label_fr, label_nl) VALUES (1, 1, 1, 'Intégrité', 'Integriteit');
        INSERT INTO measure (id, edition_id, thematic_id, code, description_fr, description_nl)
            VALUES (1, 1, 1, '1.1', 'Assurer la sensibilisation', NULL),
                   (2, 1, 1, '1.4', 'En matière de violences', 'Officiële tekst 1.4');
    """)
    con.commit()
    con.close()
    db = Database(path, user="tester")
    init_database(db)
    con = sqlite3.connect(path)
    rows = dict(con.execute("SELECT code, description_nl_working FROM measure").fetchall())
    official = con.execute("SELECT description_nl FROM measure WHERE code = '1.4'").fetchone()[0]
    first = con.execute("SELECT description_nl FROM measure WHERE code = '1.1'").fetchone()[0]
    empty = con.execute("SELECT count(*) FROM measure WHERE description_nl IS NULL OR description_nl = ''").fetchone()[0]
    audited = con.execute("SELECT count(*) FROM audit_entry WHERE entity = 'measure' AND action = 'update'").fetchone()[0]
    con.close()
    assert len(rows) == 77 and empty == 0
    assert official == "Officiële tekst 1.4" and rows["1.4"] == 0
    assert first.startswith("De sensibilisering en opleiding verzekeren") and rows["1.1"] == 1
    assert sum(rows.values()) == 76
    assert audited >= 1  # the Dutch text filled in is in the audit trail
    init_database(db)  # twice: nothing changes
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM audit_entry WHERE entity = 'measure' AND action = 'update'"
                       ).fetchone()[0] == audited
    con.close()


def test_old_database_upgraded_takes_cofinancing(tmp_path: Path) -> None:
    """0019: an old grant on an investment line (63.01: a capital transfer) becomes an investment
    grant, with no project budget; its project's other funders can then be recorded, audited."""
    from decimal import Decimal

    from grants.models import AuditEntry, FunderStatus, GrantCofunder, GrantNature
    from grants.services.records import grant_detail

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    init_database(db)
    d = grant_detail(db, 1)
    assert d.nature == GrantNature.INVESTMENT and d.project_budget is None and d.cofunders == ()
    assert d.figures.amount == Decimal("4123456.78")  # the data kept
    with db.transaction() as s:
        s.add(GrantCofunder(grant_id=1, name="Fédération Wallonie-Bruxelles", amount=Decimal("1000"),
                            status=FunderStatus.GRANTED))
    d = grant_detail(db, 1)
    assert [(c.name, c.status) for c in d.cofunders] == [("Fédération Wallonie-Bruxelles", FunderStatus.GRANTED)]
    with db.reading() as s:
        assert s.query(AuditEntry).filter(AuditEntry.entity == "grant_cofunder").count() == 1
    con = sqlite3.connect(path)
    try:  # the CHECK constraints came with the columns
        import pytest

        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE grant SET nature = 'other' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE grant SET project_budget = -1 WHERE id = 1")
    finally:
        con.close()
