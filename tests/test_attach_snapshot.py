"""Snapshots carry the files kept with grants; verify re-hashes every stored file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from builders import committed_grant

from grants.cli import main
from grants.models import Grant
from grants.services import attachments, snapshot
from grants.services.database import Database, open_snapshot


@pytest.fixture
def snap(db: Database, tmp_path: Path) -> tuple[Path, str, str]:
    _, _, gid = committed_grant(db)
    with db.reading() as s:
        ref = str(s.get(Grant, gid).ref)
    conv = tmp_path / "convention signée.pdf"
    conv.write_bytes(b"%PDF signed convention " + bytes(range(256)) * 50)
    report = tmp_path / "rapport.pdf"
    report.write_bytes(b"%PDF activity report")
    done = attachments.attach(db, gid, conv, "signed_convention")
    attachments.attach(db, gid, report, "activity_report")
    out = tmp_path / "audit.grants"
    info = snapshot.take_snapshot(db, out)
    assert info.row_counts["blob"] == 2 and info.row_counts["attachment"] == 2
    return out, ref, done.sha256


def test_snapshot_carries_the_files_and_verifies_intact(snap: tuple[Path, str, str], db_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, ref, _sha = snap
    assert snapshot.verify(path) == []
    capsys.readouterr()
    assert main(["verify", str(path)]) == 0
    assert "2 attachments verified" in capsys.readouterr().out.splitlines()
    copy = open_snapshot(path)
    try:
        rows = attachments.attachments(copy, attachments.grant_id_by_ref(copy, ref))
        assert [r.file_name for r in rows] == ["convention signée.pdf", "rapport.pdf"]
        assert attachments.content(copy, rows[0].id)[1].startswith(b"%PDF signed")
    finally:
        copy.dispose()


def test_streamed_content_hash_equals_the_row_by_row_one(snap: tuple[Path, str, str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Blobs are hashed from the file 1 MB at a time, to the very same content hash as before."""
    path, _, _ = snap
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        # a table holding files is dumped as JSON rows (blobs as hex) in every format: the streamed dump
        # equals the JSON dump of the rows loaded whole (format /1 writes every table that way)
        streamed = snapshot._content_digest(conn, fmt=snapshot.FORMAT_1)
        monkeypatch.setattr(snapshot, "_blob_columns", lambda _conn, _t: [])
        assert snapshot._content_digest(conn, fmt=snapshot.FORMAT_1) == streamed
    finally:
        conn.close()


def test_a_tampered_file_in_a_snapshot_is_named(snap: tuple[Path, str, str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path, ref, sha = snap
    os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE blob SET content = ? WHERE sha256 = ?", (b"%PDF forged convention", sha))
    conn.commit()
    conn.close()
    problems = snapshot.verify(path)
    named = [p for p in problems if p.startswith("Attachment altered")]
    assert len(named) == 1 and "convention signée.pdf" in named[0] and ref in named[0] and sha in named[0]
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "convention signée.pdf" in err and "rapport.pdf" not in err
