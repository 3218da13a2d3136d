"""Attachments: files kept with a grant, stored once by SHA-256, audited without their bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from builders import committed_grant
from sqlalchemy import func, select

from grants.cli import main
from grants.models import Attachment, AuditEntry, Blob, Grant
from grants.services import attachments, roles
from grants.services.database import Database
from grants.services.errors import PermissionDenied, ReadOnlyError, RuleError


@pytest.fixture
def grant_ref(db: Database) -> str:
    _, _, gid = committed_grant(db)
    with db.reading() as s:
        return str(s.get(Grant, gid).ref)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_attach_via_cli_prints_the_sha256_and_stores_identical_content_once(
        db: Database, db_url: str, grant_ref: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"%PDF-1.4 convention signee\n" * 100
    conv = _file(tmp_path, "convention.pdf", data)
    copy = _file(tmp_path, "copie.pdf", data)
    assert main(["--db", db_url, "attach", grant_ref, str(conv), "--kind", "signed_convention"]) == 0
    assert capsys.readouterr().out.strip() == hashlib.sha256(data).hexdigest()
    assert main(["--db", db_url, "attach", grant_ref, str(copy)]) == 0
    assert capsys.readouterr().out.strip() == hashlib.sha256(data).hexdigest()
    assert _count(db, Blob) == 1 and _count(db, Attachment) == 2
    rows = attachments.attachments(db, attachments.grant_id_by_ref(db, grant_ref))
    assert [(r.file_name, r.kind, r.size, r.media_type, r.added_by) for r in rows] == [
        ("convention.pdf", "signed_convention", len(data), "application/pdf", "tester"),
        ("copie.pdf", "other", len(data), "application/pdf", "tester")]
    row, content = attachments.content(db, rows[1].id)
    assert content == data and row.sha256 == hashlib.sha256(data).hexdigest()


def test_service_dedups_and_the_audit_trail_has_no_bytes(db: Database, grant_ref: str, tmp_path: Path) -> None:
    gid = attachments.grant_id_by_ref(db, grant_ref)
    secret = b"BYTES-THAT-MUST-NOT-BE-IN-THE-TRAIL " * 10
    first = attachments.attach(db, gid, _file(tmp_path, "rapport.docx", secret), "activity_report", note="2024")
    again = attachments.attach(db, gid, _file(tmp_path, "rapport-bis.docx", secret), "activity_report")
    assert first.stored and not again.stored and first.sha256 == again.sha256
    with db.reading() as s:
        entries = list(s.execute(select(AuditEntry.entity, AuditEntry.after).where(
            AuditEntry.entity.in_(("blob", "attachment"))).order_by(AuditEntry.id)))
    assert [e for e, _ in entries] == ["blob", "attachment", "attachment"]
    trail = " ".join(after or "" for _, after in entries)
    assert "BYTES-THAT" not in trail and secret.hex()[:40] not in trail
    assert first.sha256 in entries[0][1] and '"size":360' in entries[0][1]
    assert '"file_name":"rapport.docx"' in entries[1][1] and first.sha256 in entries[1][1]


def test_refusals_name_the_field_and_save_nothing(db: Database, db_url: str, grant_ref: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    good = _file(tmp_path, "ok.txt", b"ok")
    before = _count(db, AuditEntry)
    assert main(["--db", db_url, "attach", grant_ref, str(good), "--kind", "letter"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "letter" in err[0] and "signed_convention" in err[0] and "other" in err[0]
    assert main(["--db", db_url, "attach", "G-1999-99999", str(good)]) == 1
    assert capsys.readouterr().err.strip() == "no grant G-1999-99999"
    missing = tmp_path / "absent.pdf"
    assert main(["--db", db_url, "attach", grant_ref, str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0]
    empty = _file(tmp_path, "empty.pdf", b"")
    assert main(["--db", db_url, "attach", grant_ref, str(empty)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(empty) in err[0] and "empty" in err[0]
    monkeypatch.setenv("GRANTS_ATTACHMENT_MAX_MB", "1")
    big = _file(tmp_path, "scan.pdf", b"x" * (1024 * 1024 + 1))
    assert main(["--db", db_url, "attach", grant_ref, str(big)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(big) in err[0] and "1 MB" in err[0]
    with pytest.raises(RuleError) as e:
        attachments.attach(db, attachments.grant_id_by_ref(db, grant_ref), big)
    assert e.value.problems[0].field == "file"
    assert _count(db, Blob) == 0 and _count(db, Attachment) == 0 and _count(db, AuditEntry) == before


def test_size_limit_is_an_organisation_setting_with_a_default(db: Database) -> None:
    from grants.models import OrganisationSetting

    with db.reading() as s:
        assert attachments.max_mb(s) == attachments.DEFAULT_MAX_MB == 25
    with db.transaction() as s:
        s.add(OrganisationSetting(key="attachment_max_mb", value="5"))
    with db.reading() as s:
        assert attachments.max_mb(s) == 5


def test_auditor_may_read_but_not_attach(db: Database, grant_ref: str, tmp_path: Path) -> None:
    gid = attachments.grant_id_by_ref(db, grant_ref)
    aid = attachments.attach(db, gid, _file(tmp_path, "a.pdf", b"signed"), "signed_convention").id
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "audrey", "auditor")
    auditor = Database(db.url, user="audrey")
    try:
        with pytest.raises((PermissionDenied, ReadOnlyError)):
            attachments.attach(auditor, gid, _file(tmp_path, "b.pdf", b"other"))
        assert [r.id for r in attachments.attachments(auditor, gid)] == [aid]
        assert attachments.content(auditor, aid)[1] == b"signed"
    finally:
        auditor.dispose()
    assert _count(db, Attachment) == 1


def test_save_copy_writes_the_bytes_under_a_safe_name(db: Database, grant_ref: str, tmp_path: Path) -> None:
    gid = attachments.grant_id_by_ref(db, grant_ref)
    aid = attachments.attach(db, gid, _file(tmp_path, "facture.pdf", b"invoice"), "invoice").id
    out = tmp_path / "out"
    out.mkdir()
    assert attachments.save_copy(db, aid, out).read_bytes() == b"invoice"
    assert (out / "facture.pdf").exists()


def test_old_database_upgraded_takes_attachments(tmp_path: Path) -> None:
    """0011 -> 0012: a database with a grant in it gets the blob and attachment tables, then keeps files."""
    from test_migrations import _database_at_first_revision

    from grants.services.schema import init_database

    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = Database(path, user="tester")
    try:
        init_database(db)
        f = _file(tmp_path, "plan.pdf", b"plan local 2023")
        done = attachments.attach(db, attachments.grant_id_by_ref(db, "PLPP-2023-21004"), f, "signed_convention")
        assert [r.sha256 for r in attachments.attachments(db, 1)] == [done.sha256]
    finally:
        db.dispose()


@pytest.mark.pg
def test_a_large_file_round_trips_on_postgresql(tmp_path: Path, os_user: str) -> None:
    """bytea on PostgreSQL: a file near the limit is stored and read back byte for byte."""
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from grants.services.schema import init_database

    server = os.environ.get("GRANTS_TEST_PG_URL")
    if not server:
        pytest.skip("no PostgreSQL server: set GRANTS_TEST_PG_URL (.ci/run starts one)")
    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    name = f"grants_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - a server that is not there is a skip
        admin.dispose()
        pytest.skip(f"PostgreSQL server at GRANTS_TEST_PG_URL not usable: {exc.__class__.__name__}")
    pg = Database(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        init_database(pg)
        _, _, gid = committed_grant(pg)
        data = os.urandom(20 * 1024 * 1024)
        done = attachments.attach(pg, gid, _file(tmp_path, "scan.pdf", data), "justification")
        assert done.sha256 == hashlib.sha256(data).hexdigest()
        assert attachments.content(pg, done.id)[1] == data
    finally:
        pg.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_attachment_size_limit_is_a_setting_from_1_to_500_mb(
        db: Database, db_url: str, grant_ref: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "settings", "attachment_max_mb", "1"]) == 0
    assert capsys.readouterr().out.strip() == "attachment_max_mb: 1"
    big = _file(tmp_path, "big.pdf", b"x" * (1024 * 1024 + 1))
    assert main(["--db", db_url, "attach", grant_ref, str(big)]) == 1
    assert "more than the limit of 1 MB" in capsys.readouterr().err
    for bad in ("0", "501", "2.5", "ten", "-3"):
        assert main(["--db", db_url, "settings", "attachment_max_mb", bad]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "Attachment size limit" in err[0] and "1 to 500" in err[0]
    assert main(["--db", db_url, "settings", "attachment_max_mb", "2"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "attach", grant_ref, str(big)]) == 0
    assert main(["--db", db_url, "settings", "attachment_max_mb"]) == 0
    assert capsys.readouterr().out.strip().endswith("attachment_max_mb: 2")
    assert main(["--db", db_url, "settings", "attachment_max_mb", ""]) == 0  # cleared: the default again
    assert "(not set)" in capsys.readouterr().out
