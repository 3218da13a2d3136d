"""Snapshots: consistent while another process writes, tamper-evident, read-only to the byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import text

from grants.cli import main
from grants.services import budget, snapshot
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.database import Database, hidden_url, open_snapshot
from grants.services.errors import Cancelled, ReadOnlyError, RuleError


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def writable(path: Path) -> None:
    os.chmod(path, stat.S_IREAD | stat.S_IWRITE)


@pytest.fixture
def snap(db: Database, tmp_path: Path) -> Path:
    budget.save_budget_line(db, 2024, "33.00", "ASBL", D("1000000"), D("800000"))
    save_beneficiary(db, BeneficiaryInput(name_fr="Transit", name_nl="Transit", category="asbl_private",
                                          bce="0403.019.261", ref="ASBL-TRANSIT"))
    out = tmp_path / "audit-2024.grants"
    info = snapshot.take_snapshot(db, out)
    assert info.path == out and info.taken_by == "tester" and info.schema_revision
    assert info.row_counts["budget_line"] == 1 and info.row_counts["audit_entry"] > 0
    return out


def test_snapshot_is_intact_and_carries_its_manifest(snap: Path, db: Database) -> None:
    assert snapshot.verify(snap) == []
    info = snapshot.read_manifest(snap)
    assert info.source == (str(db.path) if db.is_sqlite else hidden_url(db.url)) and len(info.content_sha256) == 64
    assert "snapshot_manifest" not in info.row_counts
    assert not Path(str(snap) + "-wal").exists() and not Path(str(snap) + "-journal").exists()
    assert not os.access(snap, os.W_OK) or os.geteuid() == 0  # written read-only (root ignores it)
    conn = sqlite3.connect(f"file:{snap}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def _flip(path: Path, offset: int) -> None:
    writable(path)
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "middle", "last_byte", "every_page"])
def test_one_flipped_byte_is_detected(snap: Path, where: str) -> None:
    size = snap.stat().st_size
    offsets = {"header": [70], "middle": [size // 2], "last_byte": [size - 1],
               "every_page": list(range(100, size, 4096))}[where]
    original = snap.read_bytes()
    for off in offsets:
        snap.write_bytes(original) if os.access(snap, os.W_OK) else None
        _flip(snap, off)
        problems = snapshot.verify(snap)
        assert problems, f"flipped byte at {off} not detected"
    assert any("File altered" in p or "Damaged" in p for p in problems)


def test_flipped_byte_in_content_names_content_and_file(snap: Path) -> None:
    data = snap.read_bytes()
    at = data.find(b"Transit")
    assert at > 0
    writable(snap)
    snap.write_bytes(data[:at] + b"Trensit" + data[at + 7:])
    problems = snapshot.verify(snap)
    assert any(p.startswith("File altered") for p in problems)
    assert any(p.startswith("Content altered") for p in problems)


def test_edited_manifest_is_detected(snap: Path) -> None:
    writable(snap)
    conn = sqlite3.connect(snap)
    conn.execute("UPDATE snapshot_manifest SET value = 'someone-else' WHERE key = 'taken_by'")
    conn.commit()
    conn.close()
    problems = snapshot.verify(snap)
    assert any(p.startswith("Manifest altered") for p in problems)


def test_audit_row_changed_with_sqlite3_is_detected(snap: Path) -> None:
    writable(snap)
    conn = sqlite3.connect(snap)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_entry SET user = 'ghost' WHERE id = 1")
    conn.execute("DROP TRIGGER trg_audit_entry_no_update")  # as a tamperer would
    conn.execute("UPDATE audit_entry SET after = replace(after, '800000', '900000') WHERE entity = 'budget_line'")
    conn.execute("UPDATE budget_line SET payment_credits = 900000")
    conn.commit()
    conn.close()
    problems = snapshot.verify(snap)
    assert any(p.startswith("Audit chain broken at entry") for p in problems), problems
    assert any(p.startswith("Content altered") for p in problems)


def test_deleted_audit_row_breaks_the_chain_even_if_every_hash_is_forged(snap: Path) -> None:
    """A forger who also rewrites the content hash, the manifest hash and the seal is still
    caught by the chain, and by the content hash sent separately."""
    sent = snapshot.read_manifest(snap).snapshot_sha256
    writable(snap)
    conn = sqlite3.connect(snap)
    conn.execute("DROP TRIGGER trg_audit_entry_no_delete")
    conn.execute("DELETE FROM audit_entry WHERE id = 3")
    content, counts = snapshot._content_digest(conn)
    values = dict(conn.execute("SELECT key, value FROM snapshot_manifest"))
    values.update(content_sha256=content, row_counts=__import__("json").dumps(counts, sort_keys=True, separators=(",", ":")))
    values["manifest_sha256"] = snapshot._manifest_digest(values)
    conn.executemany("UPDATE snapshot_manifest SET value = ? WHERE key = ?", [(v, k) for k, v in values.items()])
    placeholder = "f" * 64
    conn.execute("UPDATE snapshot_manifest SET value = ? WHERE key = 'file_seal'", (placeholder,))
    conn.commit()
    conn.close()
    snapshot._seal(snap, placeholder.encode())
    problems = snapshot.verify(snap)
    assert [p for p in problems if not p.startswith("Audit chain broken")] == []
    assert any("entry 4" in p for p in problems)
    assert any("not the" in p for p in snapshot.verify(snap, expect=sent))


def test_damaged_files(tmp_path: Path, snap: Path) -> None:
    junk = tmp_path / "junk.grants"
    junk.write_bytes(b"not a database at all" * 100)
    assert snapshot.verify(junk)[0].startswith("Damaged file")
    truncated = tmp_path / "cut.grants"
    truncated.write_bytes(snap.read_bytes()[: snap.stat().st_size // 2])
    assert snapshot.verify(truncated)
    assert snapshot.verify(tmp_path / "missing.grants")[0].startswith("Damaged file")


@pytest.mark.sqlite_only("a live SQLite file checked as a snapshot; a server database is no file")
def test_live_database_is_not_a_snapshot(db: Database) -> None:
    assert snapshot.verify(db.path)[0].startswith("Not a snapshot")
    assert snapshot.detect(db.path) is None


def test_snapshot_refuses_every_write_and_keeps_its_bytes(snap: Path) -> None:
    before = sha(snap)
    for opened in (open_snapshot(snap), Database(snap), Database(f"sqlite:///{snap}")):
        assert opened.read_only and opened.read_only_reason == "snapshot"
        assert opened.snapshot.taken_by == "tester"
        with pytest.raises(ReadOnlyError, match="read-only"):
            budget.save_budget_line(opened, 2025, "33.00", "ASBL", D("1"), D("1"))
        with pytest.raises(ReadOnlyError):
            save_beneficiary(opened, BeneficiaryInput(name_fr="X", category="asbl_private"))
        from grants.services.schema import init_database

        with pytest.raises(ReadOnlyError):
            init_database(opened)
        # even a raw write, past every service, is refused by SQLite itself
        with pytest.raises(Exception, match="readonly|read-only|read only"), opened.engine.begin() as conn:
            conn.execute(text("UPDATE budget_line SET label = 'x'"))
        with opened.reading() as s:
            assert s.execute(text("SELECT count(*) FROM budget_line")).scalar() == 1
        opened.dispose()
    assert sha(snap) == before
    assert not Path(str(snap) + "-wal").exists() and not Path(str(snap) + "-shm").exists()
    assert snapshot.verify(snap) == []


def test_cli_snapshot_verify_and_read_only_db(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "snap.grants"
    assert main(["--db", db.url, "snapshot", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    content = snapshot.read_manifest(out).snapshot_sha256
    assert content in printed
    assert main(["--db", db.url, "snapshot", "--out", str(out)]) == 1  # never overwrites silently
    assert "already exists" in capsys.readouterr().err
    assert main(["verify", str(out)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["verify", str(out), "--expect", content]) == 0
    assert main(["verify", str(out), "--expect", "0" * 64]) == 1
    before = sha(out)
    assert main(["--db", str(out), "roles", "set", "tester", "admin"]) == 1
    assert "read-only (snapshot)" in capsys.readouterr().err
    assert main(["--db", str(out), "init"]) == 1
    assert sha(out) == before
    _flip(out, out.stat().st_size // 2)
    assert main(["verify", str(out)]) == 1
    err = capsys.readouterr().err
    # a byte flipped in the middle: caught by the seal ("altered") or, when it lands on the schema's
    # pages (where depends on the schema's size), already by SQLite's integrity check
    assert str(out) in err and ("altered" in err or "integrity check failed" in err)
    assert main(["verify", str(tmp_path / "nothing.grants")]) == 1


def test_cancelled_snapshot_leaves_nothing(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "snap.grants"
    with pytest.raises(Cancelled):
        snapshot.take_snapshot(db, out, progress=lambda done, total: done < total // 2)
    assert list(tmp_path.iterdir()) == [db.path] or not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.sqlite_only("the live database's own file as the snapshot's target")
def test_snapshot_refuses_bad_targets(db: Database, tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot replace the database"):
        snapshot.take_snapshot(db, db.path)
    with pytest.raises(RuleError, match="does not exist"):
        snapshot.take_snapshot(db, tmp_path / "no" / "such" / "dir.grants")


WRITER = textwrap.dedent("""
    import sys, datetime as dt
    from decimal import Decimal
    from grants.services.database import Database
    from grants.services.budget import save_budget_line
    db = Database(sys.argv[1], user="writer")
    i = 0
    while True:
        i += 1
        # one user action: a line and its audit entry, committed together or not at all
        save_budget_line(db, 2000 + i % 90, f"W.{i}", f"written while copying {i}", Decimal(i), Decimal(i))
        if i == 20:
            open(sys.argv[2], "w").close()
""")


@pytest.mark.sqlite_only("a second process writing the same SQLite file (WAL); on a server: tests/test_postgres_snapshot.py")
def test_snapshot_while_another_process_writes_is_consistent(db: Database, tmp_path: Path) -> None:
    # bulk so that the copy takes many steps (rows inserted without audit: filler only)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE filler (id INTEGER PRIMARY KEY, blob TEXT)"))
        conn.execute(text("INSERT INTO filler (blob) VALUES (:b)"), [{"b": os.urandom(400).hex()} for _ in range(6000)])
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db.path), str(ready)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.05)
        seen: list[int] = []
        probe = sqlite3.connect(db.path, timeout=30)

        def progress(done: int, total: int) -> bool:
            if done < total // 2:  # during the copy: watch the writer go on
                seen.append(probe.execute("SELECT count(*) FROM budget_line").fetchone()[0])
                time.sleep(0.01)
            return True

        out = tmp_path / "live.grants"
        info = snapshot.take_snapshot(db, out, progress=progress)
        probe.close()
    finally:
        proc.kill()
        proc.wait()
    assert seen[-1] > seen[0], "the writer should have written during the copy"
    assert snapshot.verify(out) == []
    conn = sqlite3.connect(f"file:{out}?mode=ro&immutable=1", uri=True)
    lines = conn.execute("SELECT count(*) FROM budget_line WHERE code LIKE 'W.%'").fetchone()[0]
    audited = conn.execute("SELECT count(*) FROM audit_entry WHERE entity = 'budget_line' AND user = 'writer'").fetchone()[0]
    conn.close()
    assert lines == audited == info.row_counts["budget_line"] >= 20
    assert seen[0] <= lines <= seen[-1]


def test_snapshot_taken_before_a_schema_upgrade_opens_in_todays_schema(tmp_path):
    """An auditor opens an old snapshot with today's application: an upgraded copy is read, the
    mailed file's bytes stay as they were."""
    import hashlib

    from alembic import command

    from grants.services.database import Database
    from grants.services.schema import alembic_config, head_revision
    from grants.services.snapshot import take_snapshot, verify

    old = tmp_path / "old.db"
    db = Database(old, user="finance")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO police_zone (code, name_fr, name_nl, short_name) VALUES (5339, 'a', 'b', 'c')")
    snap = tmp_path / "old-snapshot.db"
    info = take_snapshot(db, snap)
    db.dispose()
    assert info.schema_revision == "0001" and head_revision() != "0001"
    before = hashlib.sha256(snap.read_bytes()).hexdigest()
    opened = open_snapshot(snap)
    from grants.services.schema import current_revision, table_counts

    assert current_revision(opened) == head_revision()
    assert table_counts(opened)["payment"] == 0  # every model's columns are there
    assert table_counts(opened)["police_zone"] == 1
    opened.dispose()
    assert hashlib.sha256(snap.read_bytes()).hexdigest() == before
    assert verify(snap) == []


def test_snapshot_of_the_first_format_still_verifies(snap: Path) -> None:
    """Snapshots taken before the cheaper canonical form (format /1, JSON per row) stay verifiable:
    the content hash is computed the way the snapshot's own format says."""
    import json

    writable(snap)
    conn = sqlite3.connect(snap)
    content, counts = snapshot._content_digest(conn, fmt=snapshot.FORMAT_1)
    values = dict(conn.execute("SELECT key, value FROM snapshot_manifest"))
    assert values["format"] == snapshot.FORMAT and values["content_sha256"] != content
    values.update(format=snapshot.FORMAT_1, content_sha256=content,
                  row_counts=json.dumps(counts, sort_keys=True, separators=(",", ":")))
    values["manifest_sha256"] = snapshot._manifest_digest(values)
    values["file_seal"] = "e" * 64
    conn.executemany("UPDATE snapshot_manifest SET value = ? WHERE key = ?", [(v, k) for k, v in values.items()])
    conn.commit()
    conn.close()
    snapshot._seal(snap, b"e" * 64)
    assert snapshot.verify(snap) == []
    # and the content is still checked in that format: one changed value is caught
    writable(snap)
    conn = sqlite3.connect(snap)
    conn.execute("UPDATE budget_line SET label = 'changed'")
    conn.commit()
    conn.close()
    assert any(p.message.startswith("Content altered") for p in snapshot.verify_problems(snap))


def test_canonical_rows_tell_types_apart(db: Database, tmp_path: Path) -> None:
    """The /2 dump keeps the guarantee of /1: a value changed only in its type changes the hash."""
    digests = set()
    for value in ("1", 1, 1.0, b"1", None, "1\n2"):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (a, b)")
        conn.execute("INSERT INTO t VALUES (?, 'x')", (value,))
        digests.add(snapshot._content_digest(conn)[0])
        conn.close()
    assert len(digests) == 6


def test_stale_parts_of_killed_snapshots_are_removed(db: Database, tmp_path: Path) -> None:
    """A snapshot killed mid-way (no cleanup could run) leaves a hidden .part file: the next
    snapshot in that folder removes it, and leaves alone the part of a process still running and
    other files."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".snap.grants.{dead_pid}-0123abcd.part"
    stale_journal = tmp_path / f".snap.grants.{dead_pid}-0123abcd.part-journal"
    old_naming = tmp_path / ".other.grants.89abcdef.part"
    running = tmp_path / f".live.grants.{os.getppid()}-fedcba98.part"
    keep = tmp_path / "notes.part"
    for p in (stale, stale_journal, old_naming, running, keep):
        p.write_bytes(b"partial")
    past = time.time() - 3600
    os.utime(old_naming, (past, past))
    snapshot.take_snapshot(db, tmp_path / "next.grants")
    assert not stale.exists() and not stale_journal.exists() and not old_naming.exists()
    assert running.exists() and keep.exists()
    assert snapshot.verify(tmp_path / "next.grants") == []


def test_failed_snapshot_removes_its_part(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(snapshot, "_seal", boom)
    with pytest.raises(OSError):
        snapshot.take_snapshot(db, tmp_path / "x.grants")
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]
