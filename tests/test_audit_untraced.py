"""Audit check 11's records against the trail, on SQLite: the ids the chain's own pass saw inserted
and deleted are compared with each table's ids, and ``audit.untraced_records``' queries run only
where a finding may be. The findings (and their order, and the number of records checked) must be
those of ``audit.untraced_records`` itself, on a sound trail and on every kind of damage."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from grants.services import audit_checks
from grants.services.audit import GONE, NO_INSERT, untraced_records
from grants.services.database import Database, sqlite_path

pytestmark = pytest.mark.sqlite_only("the chain's own pass notes the trail's inserts on SQLite only; a server "
                                     "runs audit.untraced_records itself")

_ENTRY = ("INSERT INTO audit_entry (at, user, action, entity, entity_id, before, after, prev_hash, hash) "
          "VALUES ('2024-12-31 10:00:00', 'x', ?, ?, ?, NULL, NULL, 'p', ?)")


def _both(db: Database, limit: int = 200) -> tuple[tuple[list[object], int], tuple[list[object], int], bool]:
    """(audit.untraced_records, the chain-pass version, whether that version could run)."""
    with db.reading() as s:
        reference = untraced_records(s, limit=limit)
        seen = audit_checks._TrailRecords(s)
        audit_checks._check_chain(s, 200, records=seen)
        if not seen.complete:
            return reference, reference, False
        return reference, audit_checks._untraced_records(s, seen, limit=limit), True


def _edit(path: Path, *steps: tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TRIGGER IF EXISTS trg_audit_entry_no_update")
    conn.execute("DROP TRIGGER IF EXISTS trg_audit_entry_no_delete")
    for sql, params in steps:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def _entry(action: str, entity: str, entity_id: str) -> tuple[str, tuple[object, ...]]:
    return _ENTRY, (action, entity, entity_id, f"h-{random.random()}")


def test_sound_demo_trail_has_no_finding_and_counts_the_same(demo_url: str) -> None:
    db = Database(demo_url, user="tester")
    try:
        reference, fast, ran = _both(db)
        assert ran and fast == reference and reference[0] == [] and reference[1] > 500
    finally:
        db.dispose()


def test_every_kind_of_damage_found_as_the_queries_find_it(demo_url: str) -> None:
    db = Database(demo_url, user="tester")
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    _edit(path,
          # deleted behind the application's back, no deletion recorded: gone
          ("DELETE FROM payment WHERE id IN (3, 5)", ()),
          # deleted with a recorded deletion after its insert: not a finding
          ("DELETE FROM payment WHERE id = 8", ()), _entry("delete", "payment", "8"),
          # a deletion recorded, then the id inserted again, and the record gone: the later insert is gone
          ("DELETE FROM payment WHERE id = 9", ()), _entry("delete", "payment", "9"), _entry("insert", "payment", "9"),
          # an insert naming the record in another form ('07'): the record lacks its insert, nothing is gone
          ("UPDATE audit_entry SET entity_id = '07' WHERE entity = 'payment' AND action = 'insert' "
           "AND entity_id = '7'", ()),
          # inserts naming no record at all, or not an integer's plain text
          _entry("insert", "grant", "abc"), _entry("insert", "grant", " 12"), _entry("insert", "grant", "99999"),
          _entry("insert", "grant", "99999999999999999999"), _entry("insert", "opinion", "-1"),
          # twice the same insert of a record that is gone
          ("DELETE FROM commitment WHERE id = 4", ()), _entry("insert", "commitment", "4"),
          # a delete recorded for a record that exists (and no later insert): the record still has its insert
          _entry("delete", "grant", "2"),
          # a second insert of a record that is there: neither finding
          _entry("insert", "grant", "5"),
          # a record whose every insert entry was cut
          ("DELETE FROM audit_entry WHERE entity = 'beneficiary' AND entity_id = '6'", ()),
          ("DELETE FROM audit_entry WHERE entity = 'amendment' AND action = 'insert'", ()))
    db = Database(demo_url, user="tester")
    try:
        for limit in (200, 1, 2, 3, 5, 8, 13):
            reference, fast, ran = _both(db, limit)
            assert ran
            assert fast == reference, limit
        found = {(u.entity, u.entity_id, u.reason) for u in reference[0]}  # type: ignore[attr-defined]
        assert ("payment", "3", GONE) in found
        assert ("payment", "9", GONE) in found
        assert ("payment", "7", NO_INSERT) in found
        assert not any(e == "payment" and i == "8" for e, i, _ in found)
    finally:
        db.dispose()


@pytest.mark.parametrize("seed", range(4))
def test_random_damage_found_as_the_queries_find_it(demo_url: str, seed: int) -> None:
    rnd = random.Random(seed)
    db = Database(demo_url, user="tester")
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    conn = sqlite3.connect(path)
    tables = ["payment", "grant", "commitment", "opinion", "justification_line", "contact", "beneficiary"]
    ids = {t: [i for (i,) in conn.execute(f'SELECT id FROM "{t}"')] for t in tables}
    entries = [i for (i,) in conn.execute("SELECT id FROM audit_entry WHERE action IN ('insert', 'delete')")]
    conn.close()
    steps: list[tuple[str, tuple[object, ...]]] = []
    for _ in range(rnd.randint(1, 25)):
        t = rnd.choice(tables)
        if not ids[t]:
            continue
        i = rnd.choice(ids[t])
        what = rnd.randrange(6)
        if what == 0:
            steps.append((f'DELETE FROM "{t}" WHERE id = ?', (i,)))
        elif what == 1:
            steps += [(f'DELETE FROM "{t}" WHERE id = ?', (i,)), _entry("delete", t, str(i))]
        elif what == 2:
            steps.append(("DELETE FROM audit_entry WHERE id = ?", (rnd.choice(entries),)))
        elif what == 3:
            steps.append(_entry(rnd.choice(["insert", "delete"]), t,
                                rnd.choice([str(i), f"0{i}", f"{i + 100000}", "x", ""])))
        elif what == 4:
            steps.append(("UPDATE audit_entry SET entity_id = ? WHERE id = ?", (f"{i} ", rnd.choice(entries))))
        else:
            steps.append(("DELETE FROM audit_entry WHERE id > ?", (entries[-rnd.randint(1, 40)],)))
    _edit(path, *steps)
    db = Database(demo_url, user="tester")
    try:
        for limit in (200, 3):
            reference, fast, ran = _both(db, limit)
            assert ran and fast == reference
    finally:
        db.dispose()


def test_check_11_uses_the_chain_pass_only_when_it_read_the_whole_trail(demo_url: str) -> None:
    """Past its 200th break the chain's pass stops: the records are then checked by the queries."""
    db = Database(demo_url, user="tester")
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    _edit(path, ("UPDATE audit_entry SET hash = 'broken-' || id WHERE id <= 300", ()),
          ("DELETE FROM payment WHERE id = 3", ()))
    db = Database(demo_url, user="tester")
    try:
        with db.reading() as s:
            seen = audit_checks._TrailRecords(s)
            breaks, _ = audit_checks._check_chain(s, 200, records=seen)
            assert len(breaks) == 200 and not seen.complete
        chain = audit_checks.run_checks(db, only=[11]).checks[0]
        assert any(f.ref == "payment 3" for f in chain.faults)
    finally:
        db.dispose()


def test_many_extra_inserts_left_to_the_queries(demo_url: str) -> None:
    """Past 1 000 inserts naming no pending id in one table, the queries decide (the same findings)."""
    from grants.services.audit import Change, record_many

    db = Database(demo_url, user="tester")
    with db.transaction() as s:  # chained as the application chains them: the pass reads the whole trail
        record_many(s, "tester", [Change("insert", "payment", "1", None, {"n": i}) for i in range(1001)])
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    _edit(path, ("DELETE FROM payment WHERE id = 2", ()))
    db = Database(demo_url, user="tester")
    try:
        reference, fast, ran = _both(db)
        assert ran and fast == reference
        assert [(u.entity, u.entity_id) for u in reference[0]] == [("payment", "2")]  # type: ignore[attr-defined]
    finally:
        db.dispose()
