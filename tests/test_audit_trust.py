"""An audit trail an auditor can trust (issue 14, item 8): ``grants audit`` checks the chain; the
hash sent with a snapshot covers its manifest; ``verify NEW --since OLD`` catches any rewrite,
deletion or truncation of the history OLD held."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from grants.cli import main
from grants.services import audit_checks, budget, snapshot
from grants.services.database import Database


def _writable(path: Path) -> None:
    os.chmod(path, stat.S_IREAD | stat.S_IWRITE)


def _history(db: Database, n: int = 6) -> None:
    for i in range(n):
        budget.save_budget_line(db, 2024, f"33.{i:02d}", f"Line {i}", D("1000"), D("800"))


def _raw(db: Database | Path, *sql: str) -> None:
    """Edit a database (or a snapshot file) behind the application's back: on SQLite its append-only
    triggers dropped first; on a server as the audit table's owner (whom migration 0006 lets through)."""
    url = db.url if isinstance(db, Database) else f"sqlite:///{db}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS trg_audit_entry_no_update")
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS trg_audit_entry_no_delete")
            for statement in sql:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _reseal(path: Path, **manifest: str) -> None:
    """What a careful forger does after editing a snapshot: recompute the content hash, the row
    counts, the manifest hash and the seal (everything a local file can carry)."""
    _writable(path)
    conn = sqlite3.connect(path)
    content, counts = snapshot._content_digest(conn)
    values = dict(conn.execute("SELECT key, value FROM snapshot_manifest"))
    values.update(content_sha256=content, row_counts=json.dumps(counts, sort_keys=True, separators=(",", ":")))
    values.update(manifest)
    values["manifest_sha256"] = snapshot._manifest_digest(values)
    placeholder = "e" * 64
    values["file_seal"] = placeholder
    conn.execute("DELETE FROM snapshot_manifest")
    conn.executemany("INSERT INTO snapshot_manifest (key, value) VALUES (?, ?)", sorted(values.items()))
    conn.commit()
    conn.close()
    snapshot._seal(path, placeholder.encode())


def _cut_and_rechain(db: Database, keep: int) -> None:
    """Delete every entry after ``keep``: the remaining chain is intact (a clean truncation)."""
    _raw(db, f"DELETE FROM audit_entry WHERE id > {keep}")


def _scalar(db: Database, sql: str) -> int:
    engine = create_engine(db.url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def _last_budget_entry(db: Database) -> int:
    return _scalar(db, "SELECT max(id) FROM audit_entry WHERE entity = 'budget_line'")


# -- grants audit ------------------------------------------------------------------------------------

def test_audit_checks_the_chain_and_fails_on_an_edited_entry(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _history(db, 3)
    report = audit_checks.run_checks(db)
    chain = next(c for c in report.checks if c.key == "audit_chain")
    assert chain.passed and chain.checked >= 3
    assert main(["--db", db.url, "audit"]) == 0
    out = capsys.readouterr().out
    assert "11. PASS" in out and "11 passed, 0 failed" in out

    db.dispose()
    edited = _last_budget_entry(db)
    _raw(db, f"UPDATE audit_entry SET after = replace(after, '800', '900') WHERE id = {edited}")
    chain = next(c for c in audit_checks.run_checks(db).checks if c.key == "audit_chain")
    assert not chain.passed and chain.faults[0].record_id == edited
    assert "content does not match its hash" in chain.faults[0].render("en")
    assert main(["--db", db.url, "audit"]) == 1
    out = capsys.readouterr().out
    assert "11. FAIL" in out and "10 passed, 1 failed" in out


@pytest.mark.sqlite_only("the chain's own pass collects the 'sql-%' entries on SQLite; on a server the query "
                         "finds them, with the trigger of migration 0011 writing them (test_postgres_outside.py)")
def test_audit_finds_entries_changed_outside_in_the_chains_pass(db: Database) -> None:
    """On SQLite, check 11 collects the 'sql-%' entries (what a server's trigger records) in the
    chain's own pass: the same findings, in the same order, as the LIKE query it replaces (ASCII
    case ignored, as SQLite's LIKE), also when the chain stops at its 200th break."""
    from sqlalchemy import select

    from grants.models import AuditEntry

    _history(db, 2)
    db.dispose()
    _raw(db, *(f"INSERT INTO audit_entry (at, user, action, entity, entity_id, before, after, prev_hash, hash) "
                    f"VALUES ('2024-05-0{i} 10:00:00', 'psql', '{action}', 'budget_line', '{i}', NULL, NULL, 'x', 'y{i}')"
                    for i, action in enumerate(["sql-update", "update", "SQL-delete", "sql_insert", "sqlx-"], start=1)))

    def outside(chain: audit_checks.CheckResult) -> list[str]:
        return [f.render("en") for f in chain.faults if "outside the application" in f.render("en")]

    with db.reading() as s:
        expected = [(r.id, r.action) for r in s.execute(
            select(AuditEntry.id, AuditEntry.action).where(AuditEntry.action.like("sql-%")).order_by(AuditEntry.id))]
    assert [a for _, a in expected] == ["sql-update", "SQL-delete"]
    chain = audit_checks.run_checks(db, only=[11]).checks[0]
    found = outside(chain)
    assert len(found) == 2 and "sql-update of budget_line 1 by psql" in found[0] and "SQL-delete" in found[1]
    assert [f.record_id for f in chain.faults if "outside" in f.render("en")] == [i for i, _ in expected]
    # 200 breaks and more: the pass stops early, the query finds them
    _raw(db, *(f"INSERT INTO audit_entry (at, user, action, entity, entity_id, before, after, prev_hash, hash) "
                    f"VALUES ('2024-06-01 10:00:00', 'x', 'update', 'budget_line', '1', NULL, NULL, 'a', 'b{i}')"
                    for i in range(205)),
         "INSERT INTO audit_entry (at, user, action, entity, entity_id, before, after, prev_hash, hash) "
         "VALUES ('2024-06-02 10:00:00', 'psql', 'sql-insert', 'budget_line', '9', NULL, NULL, 'a', 'c')")
    chain = audit_checks.run_checks(db, only=[11]).checks[0]
    found = outside(chain)
    assert len(found) == 3 and "sql-insert of budget_line 9" in found[2]


def test_audit_fails_on_a_deleted_entry_in_the_middle(db: Database) -> None:
    _history(db, 3)
    db.dispose()
    _raw(db, "DELETE FROM audit_entry WHERE id = 2")
    chain = audit_checks.run_checks(db, only=[11]).checks[0]
    assert not chain.passed and chain.faults[0].record_id == 3 and len(chain.faults) == 1
    assert "previous hash does not match" in chain.faults[0].render("en")


def test_audit_fails_when_the_last_entries_are_cut(db: Database) -> None:
    """The measured defect: the last entries deleted on the live database. The chain that remains
    is intact, but records whose creation is no longer in the trail are named."""
    _history(db, 5)
    assert audit_checks.run_checks(db, only=[11]).checks[0].passed
    db.dispose()
    last = _scalar(db, "SELECT max(id) FROM audit_entry")
    _cut_and_rechain(db, last - 3)
    chain = audit_checks.run_checks(db, only=[11]).checks[0]
    assert not chain.passed
    assert {f.ref for f in chain.faults} == {"budget_line 3", "budget_line 4", "budget_line 5"}
    assert all("no entry of the audit trail records its creation" in f.render("en") for f in chain.faults)


@pytest.mark.sqlite_only("on a server the trigger of migration 0011 records a change made outside the "
                        "application (tests/test_postgres_outside.py)")
def test_audit_fails_when_a_record_is_deleted_behind_its_back(db: Database) -> None:
    _history(db, 2)
    db.dispose()
    _raw(db, "DELETE FROM budget_line WHERE id = 1")
    chain = audit_checks.run_checks(db, only=[11]).checks[0]
    assert [f.ref for f in chain.faults] == ["budget_line 1"]
    assert "no deletion was recorded" in chain.faults[0].render("en")


# -- the hash sent with a snapshot covers its manifest ----------------------------------------------

@pytest.mark.parametrize("field, value", [("taken_by", "someone else"), ("taken_at", "2020-01-01T00:00:00Z"),
                                          ("source", "/elsewhere/grants.db")])
def test_rewritten_and_resealed_manifest_fails_expect(db: Database, tmp_path: Path, field: str, value: str) -> None:
    _history(db, 2)
    out = tmp_path / "snap.grants"
    info = snapshot.take_snapshot(db, out)
    sent = info.snapshot_sha256
    assert len(sent) == 64 and sent != info.content_sha256
    assert snapshot.verify(out, expect=sent) == []
    _reseal(out, **{field: value})
    assert snapshot.verify(out) == []  # the file alone cannot tell: it was resealed
    assert getattr(snapshot.read_manifest(out), field.replace("taken_at", "taken_by")) is not None
    problems = snapshot.verify(out, expect=sent)
    assert len(problems) == 1 and problems[0].startswith("Snapshot altered"), problems


def test_rewritten_content_and_resealed_fails_expect(db: Database, tmp_path: Path) -> None:
    _history(db, 2)
    out = tmp_path / "snap.grants"
    sent = snapshot.take_snapshot(db, out).snapshot_sha256
    _writable(out)
    conn = sqlite3.connect(out)
    conn.execute("UPDATE budget_line SET label = 'forged' WHERE id = 1")
    conn.commit()
    conn.close()
    _reseal(out)
    assert snapshot.verify(out) == []
    assert any(p.startswith("Snapshot altered") for p in snapshot.verify(out, expect=sent))


# -- verify NEW --since OLD --------------------------------------------------------------------------

@pytest.fixture
def old_and_new(db: Database, tmp_path: Path) -> tuple[Database, Path, Path]:
    _history(db, 4)
    old = tmp_path / "old.grants"
    snapshot.take_snapshot(db, old)
    _history_more(db)
    new = tmp_path / "new.grants"
    snapshot.take_snapshot(db, new)
    return db, old, new


def _history_more(db: Database) -> None:
    budget.save_budget_line(db, 2025, "34.00", "Later", D("5"), D("5"))


def _old_head(old: Path) -> tuple[int, str]:
    head = snapshot.read_manifest(old).audit_head
    entry, _, h = head.partition(":")
    return int(entry), h


def test_since_passes_on_an_intact_history(old_and_new: tuple[Database, Path, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _db, old, new = old_and_new
    entry, h = _old_head(old)
    assert snapshot.verify(new, since=old) == []
    assert snapshot.verify(new, since=f"{entry}:{h}") == []
    assert snapshot.verify(new, since=h) == []
    assert main(["verify", str(new), "--since", str(old)]) == 0
    assert "history since" in capsys.readouterr().out


def test_snapshot_prints_the_hash_to_send_and_the_head(db: Database, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    _history(db, 2)
    out = tmp_path / "s.grants"
    assert main(["--db", db.url, "snapshot", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    info = snapshot.read_manifest(out)
    assert f"snapshot SHA-256: {info.snapshot_sha256}" in printed
    assert f"audit head: {info.audit_head}" in printed and info.audit_head.count(":") == 1
    assert main(["verify", str(out), "--expect", info.snapshot_sha256]) == 0
    assert main(["verify", str(out), "--expect", info.content_sha256]) == 1  # the content alone is not enough


def test_since_catches_truncation_of_the_live_trail(old_and_new: tuple[Database, Path, Path], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The last entries deleted on the live database, then a new snapshot: its own chain is intact,
    only the earlier snapshot can tell."""
    db, old, _new = old_and_new
    entry, h = _old_head(old)
    db.dispose()
    _cut_and_rechain(db, entry - 2)
    later = tmp_path / "later.grants"
    snapshot.take_snapshot(Database(db.url, user="tester"), later)
    assert snapshot.verify(later) == []  # intact on its own
    problems = snapshot.verify(later, since=old)
    assert len(problems) == 1 and "cut short" in problems[0], problems
    assert any("cut short" in p for p in snapshot.verify(later, since=f"{entry}:{h}"))
    assert any("no entry" in p for p in snapshot.verify(later, since=h))
    assert main(["verify", str(later), "--since", str(old)]) == 1
    assert "cut short" in capsys.readouterr().err


def test_since_catches_a_rewritten_and_rechained_history(old_and_new: tuple[Database, Path, Path]) -> None:
    """An old entry edited, and every hash after it recomputed: the chain of NEW is intact, the
    manifest and seal are redone; the head held from OLD no longer matches."""
    _db, old, new = old_and_new
    _writable(new)
    conn = sqlite3.connect(new)
    conn.execute("DROP TRIGGER trg_audit_entry_no_update")
    rows = conn.execute("SELECT id, at, user, action, entity, entity_id, before, after FROM audit_entry "
                        "ORDER BY id").fetchall()
    from grants.services.audit import GENESIS, entry_hash

    prev = GENESIS
    for i, (eid, at, user, action, entity, entity_id, before, after) in enumerate(rows):
        if i == 1:
            user = "forger"
        h = entry_hash(prev, at.replace(" ", "T")[:19], user, action, entity, entity_id, before, after)
        conn.execute("UPDATE audit_entry SET user = ?, prev_hash = ?, hash = ? WHERE id = ?", (user, prev, h, eid))
        prev = h
    conn.commit()
    conn.close()
    _reseal(new)
    assert snapshot.verify(new) == []  # a perfect forgery, on its own
    problems = snapshot.verify(new, since=old)
    assert len(problems) == 1 and "rewritten" in problems[0], problems


def test_since_catches_deleted_history_renumbered(old_and_new: tuple[Database, Path, Path]) -> None:
    _db, old, new = old_and_new
    entry, _h = _old_head(old)
    _writable(new)
    _raw(new, "DELETE FROM audit_entry WHERE id = 1")
    _reseal(new)
    problems = snapshot.verify(new, since=old)
    assert any(p.startswith("Audit chain broken") for p in problems)
    assert entry > 1


def test_since_refuses_a_damaged_earlier_snapshot_and_bad_heads(old_and_new: tuple[Database, Path, Path]) -> None:
    _db, old, new = old_and_new
    _writable(old)
    _raw(old, "UPDATE budget_line SET label = 'x'")
    problems = snapshot.verify(new, since=old)
    assert problems and all(p.startswith("Earlier snapshot") for p in problems)
    assert snapshot.verify(new, since="not-a-head")[0].startswith("Since:")
