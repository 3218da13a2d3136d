"""Moving a team to a server: copy a SQLite database into an empty PostgreSQL database, verified.

How :func:`migrate_to` works (README "A team on one server"):
    1. The source is a SQLite file at the latest schema; it is read in one read transaction (the
       copy and its hash come from one instant, even if somebody writes meanwhile).
    2. On the target, in **one transaction**: Alembic brings the schema to the latest revision
       (PostgreSQL's DDL is transactional), every table must then be empty (else refused), each
       table is copied in dependency order, in batches of Core inserts keeping the primary keys,
       and the sequences are set past the highest key.
    3. Verified inside that same transaction: the row count of every table, the content hash
       (:func:`content_digest`, computed the same way on both sides from the typed values) and the
       audit chain (its head and its breaks, if any, the same as the source's). Any difference:
       the transaction is rolled back, the target is left as it was, and the refusal says why.

The audit trail is copied row for row (ids, times, users, hashes): its chain stays intact. The
append-only trigger (migration 0006) refuses only UPDATE, DELETE and TRUNCATE, so the copy's
INSERTs pass; Core inserts are not audited again (the entries *are* the trail).

The snapshot's content hash (:mod:`.snapshot`) reads SQLite's raw storage and its schema text, which
a server does not have: here the digest is over each table's typed values, rendered canonically.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from . import audit
from .copying import BATCH, ordered, tables
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError


@dataclass(frozen=True)
class MigrationSummary:
    source: str
    target: str  # the URL, password hidden
    revision: str
    row_counts: dict[str, int]
    content_sha256: str
    audit_head: str  # "ID:HASH", "" when the trail is empty
    audit_breaks: int  # as many in the source as in the target (0: the chain is intact)

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


def _refuse(message: str, field: str | None, **params: Any) -> RuleError:
    return RuleError.single(message, field, **params)


def hidden(url: str) -> str:
    """The URL with its password hidden (for messages and the log)."""
    return make_url(url).render_as_string(hide_password=True)


def _canonical(value: Any) -> Any:
    """One text for one value, whichever database returned it."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"blob": bytes(value).hex()}
    return str(value)


_tables = tables
_ordered = ordered


def content_digest(conn: Connection) -> tuple[str, dict[str, int]]:
    """(SHA-256 over every table's name, columns and rows in primary-key order, row counts).

    Values are read through the models' types (Decimal, date, enum...) and written canonically,
    so a SQLite file and a server holding the same records give the same hash."""
    h = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in sorted(_tables(), key=lambda t: t.name):
        columns = [c.name for c in table.columns]
        h.update(json.dumps(["table", table.name, columns], ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        n = 0
        for part in conn.execute(_ordered(conn, table).execution_options(yield_per=BATCH)).partitions():
            for row in part:
                h.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False,
                                    separators=(",", ":")).encode("utf-8") + b"\n")
            n += len(part)
        counts[table.name] = n
    return h.hexdigest(), counts


def _chain(conn: Connection) -> tuple[list[tuple[int, str]], str]:
    """(the breaks of the audit chain, the head "ID:HASH")."""
    session = Session(bind=conn)
    try:
        breaks = [(b.entry_id, b.reason) for b in audit.verify_chain(session, limit=1000)]
        head = audit.chain_head(session)
    finally:
        session.close()
    return breaks, head.text() if head else ""


def _reset_sequences(conn: Connection) -> None:
    """Each serial/identity key's sequence continues after the highest copied key."""
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": f'"{table.name}"', "c": pk[0].name}).scalar()
        if seq is None:
            continue
        conn.execute(text(f'SELECT setval(:seq, COALESCE(MAX("{pk[0].name}"), 1), MAX("{pk[0].name}") IS NOT NULL) '  # noqa: S608
                          f'FROM "{table.name}"'), {"seq": seq})


def _upgrade(conn: Connection) -> str:
    from alembic import command

    from grants.migrations import alembic_config, head_revision

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    return head_revision()


def _check_target_empty(conn: Connection, url: str) -> None:
    names = set(inspect(conn).get_table_names())
    for table in _tables():
        if table.name in names and conn.execute(select(func.count()).select_from(table)).scalar_one():
            raise _refuse(QT_TRANSLATE_NOOP(
                "rules", "Target: {url} already holds data (table {table}); give an empty database"),
                "url", url=url, table=table.name)


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    n = 0
    for part in src.execute(_ordered(src, table).execution_options(yield_per=BATCH)).partitions():
        dst.execute(table.insert(), [row._asdict() for row in part])
        n += len(part)
    return n


def check_source(url: str) -> None:
    """Refuse a source that is not a SQLite file (before anything opens it)."""
    from .database import sqlite_path

    if sqlite_path(url) is None:
        raise _refuse(QT_TRANSLATE_NOOP("rules", "Source: only a database file (SQLite) can be copied to a server, "
                                                 "not {url}"), "db", url=hidden(url))


def migrate_to(source: Database, target_url: str) -> MigrationSummary:
    """Copy ``source`` (SQLite, latest schema) into the empty database ``target_url``; verified,
    all or nothing. Raises :class:`RuleError` (nothing written to the target) when refused."""
    from grants.migrations import head_revision

    from .schema import check_schema_known, current_revision

    check_source(source.url)
    assert source.path is not None
    if not source.path.is_file():
        raise _refuse(QT_TRANSLATE_NOOP("rules", "Source: no database at {path}"), "db", path=str(source.path))
    head = head_revision()
    if current_revision(source) != head:
        raise _refuse(QT_TRANSLATE_NOOP("rules", "Source: {path} is not at the latest schema ({revision}); run grants "
                                                 "init on it first"), "db", path=str(source.path), revision=head)
    try:
        backend = make_url(target_url).get_backend_name()
    except Exception:  # noqa: BLE001 - any unreadable URL is the user's mistake
        backend = ""
    shown = hidden(target_url) if backend else target_url
    if backend != "postgresql":
        raise _refuse(QT_TRANSLATE_NOOP("rules", "Target: give a PostgreSQL URL (postgresql://USER@HOST:PORT/DB), "
                                                 "not {url}"), "url", url=shown)
    target = Database(target_url)
    try:
        check_schema_known(target)
        with source.engine.connect() as src, target.engine.connect() as dst:
            src_hash, src_counts = content_digest(src)
            src_breaks, src_head = _chain(src)
            with dst.begin():
                # writers take turns on the server (Database.transaction): nobody writes meanwhile
                from .database import APP_SETTING, WRITER_LOCK

                dst.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
                # the copied trail is the record: the trigger for changes made outside the
                # application (migration 0011) must not add entries for the copy
                dst.execute(text(f"SELECT set_config('{APP_SETTING}', 'on', true)"))
                _upgrade(dst)
                _check_target_empty(dst, shown)
                copied = {table.name: _copy_table(src, dst, table) for table in _tables()}
                _reset_sequences(dst)
                # -- verified in the same transaction: any difference rolls everything back --
                dst_hash, dst_counts = content_digest(dst)
                for name, n in src_counts.items():
                    if copied.get(name) != n or dst_counts.get(name) != n:
                        raise _refuse(QT_TRANSLATE_NOOP(
                            "rules", "Verification: table {table} has {source} rows in the source but {target} on the "
                                     "server; nothing was kept"), "url",
                            table=name, source=n, target=dst_counts.get(name, 0))
                if dst_hash != src_hash:
                    raise _refuse(QT_TRANSLATE_NOOP(
                        "rules", "Verification: the content hash differs (source {source}, server {target}); nothing "
                                 "was kept"), "url", source=src_hash, target=dst_hash)
                dst_breaks, dst_head = _chain(dst)
                if dst_breaks != src_breaks or dst_head != src_head:
                    raise _refuse(QT_TRANSLATE_NOOP(
                        "rules", "Verification: the audit chain on the server differs from the source's (head {source} "
                                 "and {target}); nothing was kept"), "url", source=src_head or "-",
                        target=dst_head or "-")
            src.rollback()
    finally:
        target.dispose()
    return MigrationSummary(source=str(source.path), target=shown, revision=head, row_counts=src_counts,
                            content_sha256=src_hash, audit_head=src_head, audit_breaks=len(src_breaks))
