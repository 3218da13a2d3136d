"""Auditors' snapshots: a consistent, read-only, checksummed copy of the database in one file.

How a snapshot is made (:func:`take_snapshot`)
    1. SQLite online backup of the live database, inside one read transaction on the source, so
       the copy is the database as it was at one instant even while another process writes (WAL).
       A server database (PostgreSQL) has no file to back up: the SQLite schema is made by Alembic
       in the new file and every table is copied from the server inside one ``REPEATABLE READ READ
       ONLY`` transaction (one instant of the server), in :mod:`.migrate`'s order and batches; the
       manifest's ``source`` is then the URL without its password.
    2. In the copy: ``journal_mode=DELETE`` (opened later with ``immutable=1``, no -wal/-shm files)
       and ``VACUUM`` (no free pages: nothing deleted survives in the file that is mailed).
    3. The manifest, a table that exists only in snapshots (:data:`MANIFEST_TABLE`): when, by whom,
       from which database, the schema revision, row counts per table and the SHA-256 of a
       canonical dump of the content (schema included, so a dropped trigger shows), then the
       SHA-256 of the manifest itself.
    4. The seal: the SHA-256 of every byte of the file (with the seal's own 64 characters read as
       zeros), written in place. One flipped byte anywhere breaks it.

The snapshot hash (SHA-256 of the manifest, which holds the content hash) is printed so that it can
be sent by another channel: with it (``verify --expect``) even a forger who rewrote content,
manifest (author, date, source) and seal together is caught. The manifest also keeps the audit
trail's head (last entry and its hash): ``verify NEW --since OLD`` checks that the history an
earlier snapshot held is still whole, unaltered, in a newer one.

:func:`verify` names what is wrong: damaged file, file altered (seal), manifest altered, content
altered, audit chain broken. ``database.open_snapshot`` opens one read-only at the SQLite level
(``mode=ro&immutable=1``): its bytes never change.

This module knows nothing of :class:`~grants.services.database.Database` (which uses it to detect a
snapshot): :func:`take_snapshot` reads only the few attributes of :class:`SnapshotSource`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mmap
import os
import re
import secrets
import sqlite3
import stat
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import QT_TRANSLATE_NOOP, Cancelled, Problem, RuleError, tick

MANIFEST_TABLE = "snapshot_manifest"
#: /2: rows hashed as their Python repr (a canonical, unambiguous encoding of SQLite's five value
#: types, computed in C); /1 (JSON per row) is still verified.
FORMAT = "grants-snapshot/2"
FORMAT_1 = "grants-snapshot/1"
_SEAL_KEY = "file_seal"
_MANIFEST_HASH_KEY = "manifest_sha256"
_SEAL_ZERO = b"0" * 64
_HEADER = b"SQLite format 3\x00"
#: Units of progress: the copy counts for the first half, hashing for the second.
_SCALE = 1000


class SnapshotSource(Protocol):
    """What :func:`take_snapshot` needs of the database it copies (a ``Database`` has it)."""

    @property
    def url(self) -> str: ...
    @property
    def path(self) -> Path | None: ...
    @property
    def user(self) -> str: ...


@dataclass(frozen=True)
class SnapshotInfo:
    """What a snapshot's manifest says (shown in the GUI banner and by ``grants verify``)."""

    path: Path
    taken_at: dt.datetime  # UTC
    taken_by: str
    source: str
    schema_revision: str | None
    row_counts: dict[str, int] = field(default_factory=dict)
    content_sha256: str = ""
    app_version: str = ""
    #: SHA-256 of the manifest, which holds the content hash: the hash to send separately.
    snapshot_sha256: str = ""
    #: The audit trail's last entry when the snapshot was taken, "ID:HASH" ("" when empty or unknown).
    audit_head: str = ""

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


# -- helpers ---------------------------------------------------------------------------------------

def _ro_uri(path: Path, immutable: bool = True) -> str:
    quoted = urllib.parse.quote(Path(path).resolve().as_posix(), safe="/:")
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def _connect_ro(path: Path, immutable: bool = True) -> sqlite3.Connection:
    return sqlite3.connect(_ro_uri(path, immutable), uri=True, isolation_level=None)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "AND name != ? ORDER BY name", (MANIFEST_TABLE,)).fetchall()
    return [r[0] for r in rows]


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"blob": bytes(value).hex()}
    return value


def _content_digest(conn: sqlite3.Connection, progress: Callable[[int, int], bool] | None = None,
                    base: int = 0, span: int = _SCALE, fmt: str = FORMAT,
                    chain: _Chain | None = None) -> tuple[str, dict[str, int]]:
    """SHA-256 of a canonical dump (schema, then every table's rows in rowid order) and row counts.

    The manifest table is left out: it describes the content, it is not part of it. ``fmt`` is the
    snapshot's format: /2 writes each row as the ``repr`` of its tuple (None, int, float, str,
    bytes: each type reads back unambiguously, so two different contents never give the same dump),
    /1 as JSON.
    """
    h = hashlib.sha256()
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                          "AND tbl_name != ? ORDER BY type, name", (MANIFEST_TABLE,)).fetchall()
    for row in schema:
        h.update(json.dumps(["schema", *row], ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    tables = _user_tables(conn)
    counts = {t: int(conn.execute(f"SELECT count(*) FROM {_quote(t)}").fetchone()[0]) for t in tables}
    total = max(sum(counts.values()), 1)
    done = 0
    legacy = fmt == FORMAT_1
    for t in tables:
        if _blob_columns(conn, t):
            done = _stream_table(conn, t, h, done, total, progress, base, span)
            continue
        cur = conn.execute(f"SELECT * FROM {_quote(t)} ORDER BY rowid")  # noqa: S608 - names from sqlite_master
        columns = [d[0] for d in cur.description]
        h.update(json.dumps(["table", t, columns], ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        feed = chain if chain is not None and t == "audit_entry" else None
        if feed is not None:
            feed.columns(columns)
        while True:
            rows = cur.fetchmany(2000)
            if not rows:
                if feed is not None:
                    feed.done = True
                break
            if feed is not None:
                feed.feed(rows)
            if legacy:
                for r in rows:
                    h.update(json.dumps([_plain(v) for v in r], ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
                    h.update(b"\n")
            else:
                h.update("\n".join(map(repr, rows)).encode("utf-8", "surrogatepass"))
                h.update(b"\n")
            done += len(rows)
            tick(progress, base + span * done // total, _SCALE)
    return h.hexdigest(), counts


_CHUNK = 1 << 20


def _blob_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The table's columns declared BLOB (files kept with grants: ``blob.content``)."""
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(table)})") if "BLOB" in str(r[2] or "").upper()]


def _stream_blob(conn: sqlite3.Connection, table: str, column: str, rowid: int, update: Callable[[bytes], None],
                 hexed: bool) -> int:
    """Feed a stored blob to ``update`` 1 MB at a time (never the whole file in memory); its size."""
    n = 0
    with conn.blobopen(table, column, rowid, readonly=True) as b:
        while chunk := b.read(_CHUNK):
            n += len(chunk)
            update(chunk.hex().encode("ascii") if hexed else chunk)
    return n


def _stream_table(conn: sqlite3.Connection, t: str, h: Any, done: int, total: int,
                  progress: Callable[[int, int], bool] | None, base: int, span: int) -> int:
    """The rows of a table with BLOB columns, hashed exactly as :func:`_content_digest` hashes any
    other row (``{"blob": "<hex>"}``), each blob streamed from the file rather than loaded."""
    columns = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(t)})")]
    blobs = set(_blob_columns(conn, t))
    parts = []
    for c in columns:
        q = _quote(c)
        parts.append(f"CASE WHEN typeof({q}) = 'blob' THEN NULL ELSE {q} END, typeof({q}) = 'blob'" if c in blobs else q)
    h.update(json.dumps(["table", t, columns], ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    cur = conn.execute(f"SELECT rowid, {', '.join(parts)} FROM {_quote(t)} ORDER BY rowid")  # noqa: S608 - names from sqlite_master
    while True:
        rows = cur.fetchmany(200)
        if not rows:
            break
        for r in rows:
            rowid, i = r[0], 1
            h.update(b"[")
            for k, c in enumerate(columns):
                if k:
                    h.update(b",")
                if c in blobs:
                    value, is_blob = r[i], r[i + 1]
                    i += 2
                    if is_blob:
                        h.update(b'{"blob":"')
                        _stream_blob(conn, t, c, rowid, h.update, hexed=True)
                        h.update(b'"}')
                        continue
                else:
                    value = r[i]
                    i += 1
                h.update(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            h.update(b"]\n")
        done += len(rows)
        tick(progress, base + span * done // total, _SCALE)
    return done


def _blob_problems(conn: sqlite3.Connection) -> list[Problem]:
    """Every stored file whose bytes no longer hash to their key (streamed, one at a time), named
    by its attachments (file name and grant)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blob'").fetchone():
        return []
    has_attachments = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'").fetchone()
    problems: list[Problem] = []
    for rowid, key in conn.execute("SELECT rowid, sha256 FROM blob ORDER BY rowid").fetchall():
        h = hashlib.sha256()
        try:
            _stream_blob(conn, "blob", "content", rowid, h.update, hexed=False)
            found = h.hexdigest()
        except sqlite3.Error:  # not a blob any more (NULL or text written over it)
            found = "-"
        if found == key:
            continue
        named = conn.execute(
            'SELECT a.file_name, g.ref FROM attachment a JOIN "grant" g ON g.id = a.grant_id WHERE a.sha256 = ? '
            "ORDER BY a.id", (key,)).fetchall() if has_attachments else []
        for file_name, ref in named:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "rules", "Attachment altered: {file} of grant {grant} no longer has its SHA-256 {expected} (found {found})"),
                {"file": file_name, "grant": ref, "expected": key, "found": found}))
        if not named:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "rules", "Stored file altered: its SHA-256 should be {expected} (found {found})"),
                {"expected": key, "found": found}))
    return problems


def _manifest_digest(values: dict[str, str]) -> str:
    """SHA-256 of the manifest's entries, the seal and the manifest hash itself aside."""
    body = {k: v for k, v in values.items() if k not in (_SEAL_KEY, _MANIFEST_HASH_KEY)}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8")).hexdigest()


def _file_digest(path: Path, seal: bytes) -> tuple[str | None, int]:
    """SHA-256 of the file with the seal's bytes read as zeros; (None, n) when the seal is found
    ``n`` != 1 times."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            return None, 0
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            at = mm.find(seal)
            if at < 0:
                return None, 0
            if mm.find(seal, at + 1) >= 0:
                return None, 2
            h = hashlib.sha256()
            chunk = 1 << 20
            view = memoryview(mm)  # slices of a view: no copy of the file in memory
            try:
                for start, end in ((0, at), (at + len(seal), size)):
                    if start == at + len(seal):
                        h.update(_SEAL_ZERO)
                    for pos in range(start, end, chunk):
                        h.update(view[pos:min(pos + chunk, end)])
            finally:
                view.release()
            return h.hexdigest(), 1


def _audit_head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the last audit entry; None when there is no audit trail or it is empty."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entry'").fetchone():
        return None
    row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _read_manifest_values(conn: sqlite3.Connection) -> dict[str, str] | None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MANIFEST_TABLE,)).fetchone()
    if not has:
        return None
    return {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {MANIFEST_TABLE}")}


def _info(path: Path, values: dict[str, str]) -> SnapshotInfo:
    try:
        taken_at = dt.datetime.fromisoformat(values.get("taken_at", "").removesuffix("Z"))
    except ValueError:
        taken_at = dt.datetime(1970, 1, 1)
    try:
        counts = {str(k): int(v) for k, v in json.loads(values.get("row_counts") or "{}").items()}
    except (ValueError, AttributeError):
        counts = {}
    return SnapshotInfo(path=Path(path), taken_at=taken_at, taken_by=values.get("taken_by", ""),
                        source=values.get("source", ""), schema_revision=values.get("schema_revision") or None,
                        row_counts=counts, content_sha256=values.get("content_sha256", ""),
                        app_version=values.get("app_version", ""), snapshot_sha256=_manifest_digest(values),
                        audit_head=values.get("audit_head", ""))


# -- taking a snapshot -----------------------------------------------------------------------------

def take_snapshot(db: SnapshotSource, out: str | os.PathLike[str], *, progress: Callable[[int, int], bool] | None = None,
                  overwrite: bool = False) -> SnapshotInfo:
    """Copy ``db`` (which others may be writing) into the snapshot file ``out``.

    The file appears only when complete (written beside it, then renamed); cancelling through
    ``progress`` (:class:`Cancelled`) leaves nothing behind.
    """
    from grants import __version__

    if db.path is None and not _is_server(db.url):
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Snapshot: only a database file (SQLite) can be copied, not {url}"),
                               "db", url=db.url)
    if db.path is not None and not db.path.is_file():
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Snapshot: the database {path} does not exist"), "db",
                               path=str(db.path))
    out = Path(out).expanduser().resolve()
    if db.path is not None and out == db.path.resolve():
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the snapshot cannot replace the database itself"), "out")
    if out.exists() and not overwrite:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: {path} already exists; choose another file name"),
                               "out", path=str(out))
    if not out.parent.is_dir():
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the folder {path} does not exist"), "out",
                               path=str(out.parent))
    _remove_stale_parts(out.parent)
    part = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        info = _write(db, out, part, progress, __version__)
        if out.exists():
            os.chmod(out, stat.S_IWRITE | stat.S_IREAD)
        os.replace(part, out)
        return SnapshotInfo(**{**info.__dict__, "path": out})
    except BaseException:
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


#: ``.NAME.PID-RANDOM.part`` (and its rollback journal): a snapshot being written by process PID.
_PART = re.compile(r"^\..+\.(?:(\d+)-)?[0-9a-f]{8}\.part(?:-journal)?$")
_STARTED = time.time()  # this process's start (near enough: when it first imported this module)


def _alive(pid: int) -> bool | None:
    """Whether process ``pid`` runs; None where that cannot be asked safely (Windows: os.kill with
    0 would send CTRL_C_EVENT; there a file still being written cannot be removed anyway)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _remove_stale_parts(folder: Path) -> None:
    """Remove what killed snapshots left in ``folder``: ``.part`` files of a process that no longer
    runs, or (older naming, without the process id) written before this process started."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for p in entries:
        m = _PART.match(p.name)
        if m is None or not p.is_file():
            continue
        try:
            pid = int(m.group(1)) if m.group(1) else None
            alive = _alive(pid) if pid is not None and pid != os.getpid() else None
            if pid is not None and alive is not None:
                stale = not alive
            else:  # older naming, or the process cannot be asked: written before this process began
                stale = pid != os.getpid() and p.stat().st_mtime < _STARTED
            if stale:
                if os.name == "nt":  # pragma: no cover - a read-only file cannot be removed there
                    os.chmod(p, stat.S_IWRITE | stat.S_IREAD)
                p.unlink()
        except (OSError, ValueError):
            continue


def _is_server(url: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:  # noqa: BLE001 - not a URL: not a server
        return False


def _hidden(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _copy_server(url: str, part: Path, progress: Callable[[int, int], bool] | None) -> None:
    """Write the server database ``url`` into the new SQLite file ``part``, as of one instant.

    The SQLite schema is made by Alembic (the same migrations as any database file); every table
    is then read from the server inside one ``REPEATABLE READ READ ONLY`` transaction (one
    snapshot of the server: writers go on meanwhile, the copy does not see them), in the order and
    batches :mod:`.migrate` uses to copy the other way."""
    from alembic import command
    from sqlalchemy import create_engine, func, select, text

    from grants.migrations import alembic_config, head_revision

    from .copying import BATCH, ordered, tables

    server = create_engine(url)
    local = create_engine(f"sqlite:///{part.as_posix()}")
    try:
        with server.connect().execution_options(isolation_level="REPEATABLE READ",
                                                postgresql_readonly=True) as src, src.begin():
            row = src.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = row[0] if row else None
            if revision != head_revision():
                raise RuleError.single(QT_TRANSLATE_NOOP(
                    "rules", "Snapshot: the server database {url} is not at the latest schema ({revision}); run "
                             "grants init on it first"), "db", url=_hidden(url), revision=head_revision())
            every = tables()
            total = sum(src.execute(select(func.count()).select_from(t)).scalar_one() for t in every) or 1
            done = 0
            with local.begin() as dst:
                cfg = alembic_config()
                cfg.attributes["connection"] = dst
                command.upgrade(cfg, "head")
                for table in every:
                    for batch in src.execute(ordered(src, table).execution_options(yield_per=BATCH)).partitions():
                        dst.execute(table.insert(), [r._asdict() for r in batch])
                        done += len(batch)
                        tick(progress, (_SCALE // 2) * min(done, total) // total, _SCALE)
    finally:
        local.dispose()
        server.dispose()


def _write(db: SnapshotSource, out: Path, part: Path, progress: Callable[[int, int], bool] | None,
           app_version: str) -> SnapshotInfo:
    if db.path is None:  # a server: its tables copied into a new file, which is then the source
        tick(progress, 0, _SCALE)
        _copy_server(db.url, part, progress)
        src = sqlite3.connect(":memory:")
        source = _hidden(db.url)
    else:
        src = sqlite3.connect(f"file:{urllib.parse.quote(db.path.as_posix(), safe='/:')}?mode=ro",
                              uri=True, isolation_level=None, timeout=30)
        source = str(db.path)
    dst = sqlite3.connect(part, isolation_level=None)
    try:
        if db.path is not None:
            src.execute("PRAGMA busy_timeout = 30000")
            tick(progress, 0, _SCALE)
            # One read transaction over the whole copy: every page comes from the same instant, and
            # in WAL mode the writers go on meanwhile without restarting the backup.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def step(_status: int, remaining: int, total: int) -> None:
                if total:
                    tick(progress, (_SCALE // 2) * (total - remaining) // total, _SCALE)

            src.backup(dst, pages=256, progress=step)
            src.execute("COMMIT")
        revision = None
        if dst.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone():
            row = dst.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if dst.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (MANIFEST_TABLE,)).fetchone():
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Snapshot: {path} is already a snapshot; copy the file itself"),
                                   "db", path=source)
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.execute("VACUUM")
        tick(progress, _SCALE // 2, _SCALE)
        content, counts = _content_digest(dst, progress, _SCALE // 2, _SCALE // 2 - 10)
        head = _audit_head(dst)
        values = {
            "format": FORMAT,
            "taken_at": dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z",
            "taken_by": db.user,
            "source": source,
            "schema_revision": revision or "",
            "row_counts": json.dumps(counts, sort_keys=True, separators=(",", ":")),
            "content_sha256": content,
            "app_version": app_version,
            "audit_head": f"{head[0]}:{head[1]}" if head else "",
        }
        values[_MANIFEST_HASH_KEY] = _manifest_digest(values)
        placeholder = secrets.token_hex(32)
        values[_SEAL_KEY] = placeholder
        dst.execute("BEGIN")
        dst.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
        dst.executemany(f"INSERT INTO {MANIFEST_TABLE} (key, value) VALUES (?, ?)", sorted(values.items()))
        dst.execute("COMMIT")
    finally:
        dst.close()
        src.close()
    _seal(part, placeholder.encode("ascii"))
    tick(progress, _SCALE, _SCALE)
    return _info(out, values)


def _seal(path: Path, placeholder: bytes) -> None:
    digest, found = _file_digest(path, placeholder)
    if digest is None or found != 1:  # pragma: no cover - a 256-bit random value is unique
        raise RuntimeError("snapshot seal placeholder not found exactly once")
    with open(path, "r+b") as fh:
        with mmap.mmap(fh.fileno(), 0) as mm:
            at = mm.find(placeholder)
            mm[at:at + len(placeholder)] = digest.encode("ascii")
            mm.flush()
        os.fsync(fh.fileno())
    os.chmod(path, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)


# -- reading and checking --------------------------------------------------------------------------

def detect(path: str | os.PathLike[str]) -> SnapshotInfo | None:
    """The manifest when ``path`` is a snapshot, else None (never writes, never raises for a
    file that is not one)."""
    p = Path(path)
    try:
        if not p.is_file():
            return None
        with open(p, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(_HEADER) or header[18] != 1 or header[19] != 1:
        return None  # not SQLite, or in WAL mode: a snapshot never is
    try:
        conn = _connect_ro(p, immutable=False)
        try:
            values = _read_manifest_values(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if values is None else _info(p, values)


def read_manifest(path: str | os.PathLike[str]) -> SnapshotInfo:
    info = detect(path)
    if info is None:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Not a snapshot: {path} has no manifest"), None, path=str(path))
    return info


def _migrations_digest() -> str:
    """12 hex digits of the SHA-256 of this build's migration scripts (names and contents)."""
    from grants.migrations import versions

    h = hashlib.sha256()
    for script in sorted(Path(versions.__file__).parent.glob("*.py")):
        h.update(script.name.encode("utf-8") + b"\0" + script.read_bytes())
    return h.hexdigest()[:12]


def current_schema_copy(path: Path, info: SnapshotInfo) -> Path:
    """The file to read for snapshot ``path``: itself when its schema is current; else an upgraded
    copy in the temporary folder (made once per snapshot content), so that today's application
    reads a snapshot taken before a schema upgrade. The snapshot's own bytes never change."""
    import shutil
    import tempfile

    from sqlalchemy import create_engine, pool

    from grants.migrations import alembic_config, head_revision

    head = head_revision()
    if not info.schema_revision or info.schema_revision == head:
        return path
    folder = Path(tempfile.gettempdir()) / "grants-snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    # The name also holds a digest of the migration scripts: a copy upgraded by another build whose
    # head has the same revision id (branches developed in parallel) is never taken for this one's.
    copy = folder / f"{info.content_sha256[:16]}-{head}-{_migrations_digest()}.db"
    if copy.exists():
        return copy
    part = copy.with_suffix(".part")
    shutil.copyfile(path, part)
    from alembic import command

    engine = create_engine(f"sqlite:///{part.as_posix()}", poolclass=pool.NullPool)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    part.replace(copy)
    return copy


def verify_problems(path: str | os.PathLike[str], expect: str | None = None) -> list[Problem]:
    """Everything wrong with the snapshot ``path`` (empty: intact)."""
    p = Path(path)
    if not p.is_file():
        return [Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: {path} does not exist or is not a file"), {"path": str(p)})]
    with open(p, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(_HEADER):
        return [Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: {path} is not a SQLite database"), {"path": str(p)})]
    problems: list[Problem] = []
    chain = _Chain()
    try:
        conn = _connect_ro(p)
    except sqlite3.Error as e:
        return [Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: {path} cannot be opened ({detail})"),
                        {"path": str(p), "detail": str(e)})]
    try:
        try:  # the manifest first: with it, the seal tells whether any byte changed
            values = _read_manifest_values(conn)
        except sqlite3.Error as e:
            values, manifest_error = None, str(e)
        else:
            manifest_error = None
        if values is not None:
            seal = values.get(_SEAL_KEY, "")
            digest, _found = _file_digest(p, seal.encode("utf-8")) if len(seal) == 64 else (None, 0)
            if digest != seal:
                problems.append(Problem(QT_TRANSLATE_NOOP(
                    "rules", "File altered: its bytes no longer match the seal written when the snapshot was taken")))
        try:
            checks = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.Error as e:
            checks = [str(e)]
        if checks != ["ok"]:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: the SQLite integrity check failed ({detail})"),
                                    {"detail": "; ".join(checks[:5])}))
            return problems
        if manifest_error is not None:
            return [*problems, Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: the manifest cannot be read ({detail})"),
                                       {"detail": manifest_error})]
        if values is None:
            return [Problem(QT_TRANSLATE_NOOP("rules", "Not a snapshot: {path} has no manifest (take one with grants snapshot)"),
                            {"path": str(p)})]
        if values.get(_MANIFEST_HASH_KEY) != _manifest_digest(values):
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "rules", "Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash")))
        try:
            content, counts = _content_digest(conn, fmt=values.get("format", FORMAT_1), chain=chain)
        except sqlite3.Error as e:
            return [*problems, Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: the content cannot be read ({detail})"),
                                       {"detail": str(e)})]
        stated = values.get("content_sha256", "")
        if content != stated:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Content altered: the content hash is {found}, the manifest says {expected}"),
                                    {"found": content, "expected": stated}))
            info = _info(p, values)
            for table in sorted(set(counts) | set(info.row_counts)):
                if counts.get(table) != info.row_counts.get(table):
                    problems.append(Problem(
                        QT_TRANSLATE_NOOP("rules", "Content altered: table {table} has {found} rows, the manifest says {expected}"),
                        {"table": table, "found": counts.get(table, 0), "expected": info.row_counts.get(table, 0)}))
        try:
            problems.extend(_blob_problems(conn))
        except sqlite3.Error as e:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: the content cannot be read ({detail})"),
                                    {"detail": str(e)}))
        if expect and expect.strip().lower() != _manifest_digest(values):
            # The hash sent covers the manifest (who, when, from where, the content hash): a
            # manifest rewritten and resealed, or content rewritten with it, no longer matches.
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "rules", "Snapshot altered: its hash (manifest and content) is {found}, not the {expected} sent with it"),
                {"found": _manifest_digest(values), "expected": expect.strip().lower()}))
    finally:
        conn.close()
    # the chain was recomputed in the content pass (rowid order is id order); else read it now
    problems.extend(chain.problems() if chain.done else _chain_problems(p))
    return problems


_CHAIN_COLUMNS = ("id", "at", "user", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")


class _Chain:
    """The audit chain recomputed over raw rows in id order, fed batch by batch (by the content
    hash's own pass over ``audit_entry`` in verify: the trail is read once), exactly as
    :func:`grants.services.audit.check_chain` does: the first ``limit`` breaks."""

    def __init__(self, limit: int = 20) -> None:
        from grants.domain.chain import GENESIS

        self.limit = limit
        self.prev = GENESIS
        self.breaks: list[Any] = []
        self.error: str | None = None
        self.done = False
        self._index: list[int] | None = None

    def columns(self, names: list[str]) -> None:
        self._index = [names.index(c) for c in _CHAIN_COLUMNS] if set(_CHAIN_COLUMNS) <= set(names) else None
        if self._index is None:
            self.error = "audit_entry: missing columns"

    def feed(self, rows: list[Any]) -> None:
        from operator import itemgetter

        from grants.domain.chain import CONTENT_ALTERED, LINK_BROKEN, SEP, ChainBreak, at_text, entry_hash

        if self.error is not None or self._index is None or len(self.breaks) >= self.limit:
            return
        fields = itemgetter(*self._index)
        parse = dt.datetime.fromisoformat
        sha, join, nul = hashlib.sha256, SEP.join, "\x00"
        prev, breaks, limit = self.prev, self.breaks, self.limit
        try:
            for r in rows:
                eid, at, user, action, entity, entity_id, before, after, prev_hash, h = fields(r)
                if prev_hash != prev:
                    breaks.append(ChainBreak(eid, LINK_BROKEN))
                if at.__class__ is str and len(at) in (19, 26) and at[10] == " ":  # as SQLAlchemy stores it
                    # audit.entry_hash inline (a call per entry was a third of the chain's time): the same bytes
                    digest = sha(join((prev_hash, at[:10] + "T" + at[11:19], user, action, entity, entity_id,
                                       nul if before is None else before, nul if after is None else after))
                                 .encode("utf-8")).hexdigest()
                else:
                    when = at_text(at if isinstance(at, dt.datetime) else parse(str(at)))
                    digest = entry_hash(prev_hash, when, user, action, entity, entity_id, before, after)
                if digest != h:
                    breaks.append(ChainBreak(eid, CONTENT_ALTERED))
                prev = h
                if len(breaks) >= limit:
                    break
        except (TypeError, ValueError, AttributeError) as e:
            self.error = str(e)
        finally:
            self.prev = prev

    def problems(self) -> list[Problem]:
        if self.error is not None:
            return [Problem(QT_TRANSLATE_NOOP("rules", "Audit chain broken: the audit trail cannot be read ({detail})"),
                            {"detail": self.error.splitlines()[0] if self.error else ""})]
        return [Problem(QT_TRANSLATE_NOOP("rules", "Audit chain broken at entry {id}: {reason}"),
                        {"id": b.entry_id, "reason": b.reason}) for b in self.breaks[:self.limit]]


def _chain_breaks(conn: sqlite3.Connection, limit: int = 20) -> _Chain:
    """The chain of the snapshot read on its own (when the content pass did not read it)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entry'").fetchone():
        raise sqlite3.OperationalError("no such table: audit_entry")
    chain = _Chain(limit)
    cur = conn.execute("SELECT * FROM audit_entry ORDER BY id")
    chain.columns([d[0] for d in cur.description])
    while rows := cur.fetchmany(5000):
        chain.feed(rows)
    chain.done = True
    return chain


def _chain_problems(p: Path) -> list[Problem]:
    try:
        conn = _connect_ro(p)
        try:
            chain = _chain_breaks(conn)
        finally:
            conn.close()
    except Exception as e:  # a row so altered it cannot even be read (bad date, missing table)
        return [Problem(QT_TRANSLATE_NOOP("rules", "Audit chain broken: the audit trail cannot be read ({detail})"),
                        {"detail": str(e).splitlines()[0]})]
    return chain.problems()


# -- history since an earlier snapshot -------------------------------------------------------------

_HEX = set("0123456789abcdef")


def _parse_head(text: str) -> tuple[int | None, str] | None:
    """"ID:HASH" or "HASH" (64 hexadecimal digits) as printed by ``grants snapshot``; else None."""
    text = text.strip().lower()
    entry: int | None = None
    if ":" in text:
        left, _, text = text.partition(":")
        if not left.strip().isdigit():
            return None
        entry = int(left)
    text = text.strip()
    if len(text) != 64 or not set(text) <= _HEX:
        return None
    return entry, text


def since_problems(path: str | os.PathLike[str], since: str | os.PathLike[str],
                   lang: str | None = None) -> list[Problem]:
    """What says that the history held by ``since`` is no longer intact in the snapshot ``path``.

    ``since`` is an earlier snapshot (itself verified first) or the audit head it printed
    ("ID:HASH", or the hash alone). The audit chain of ``path`` is checked whole by
    :func:`verify_problems`; here, its entry with the earlier head's hash must exist, at the same
    number: with the chain intact, that one hash pins every entry before it, so any entry of the
    earlier history rewritten, removed, or cut from the end is caught.
    """
    old = Path(since)
    head: tuple[int | None, str] | None
    if old.is_file():
        earlier = verify_problems(old)
        if earlier:
            from grants.i18n import render_problem

            return [Problem(QT_TRANSLATE_NOOP("rules", "Earlier snapshot {path}: {problem}"),
                            {"path": str(old), "problem": render_problem(p, lang)}) for p in earlier]
        conn = _connect_ro(old)
        try:
            found = _audit_head(conn)
        finally:
            conn.close()
        if found is None:
            return []  # an empty history: nothing to lose
        head = found
    else:
        head = _parse_head(str(since))
        if head is None:
            return [Problem(QT_TRANSLATE_NOOP(
                "rules", "Since: {value} is neither a snapshot file nor an audit head (ID:HASH) printed by grants snapshot"),
                {"value": str(since)})]
    entry, wanted = head
    p = Path(path)
    try:
        conn = _connect_ro(p)
    except sqlite3.Error as e:  # verify_problems already said it
        return [Problem(QT_TRANSLATE_NOOP("rules", "Damaged file: {path} cannot be opened ({detail})"),
                        {"path": str(p), "detail": str(e)})]
    try:
        try:
            row = conn.execute("SELECT id FROM audit_entry WHERE hash = ?", (wanted,)).fetchone()
            last = _audit_head(conn)
            same_id = (conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (entry,)).fetchone()
                       if entry is not None else None)
        except sqlite3.Error as e:
            return [Problem(QT_TRANSLATE_NOOP("rules", "Audit chain broken: the audit trail cannot be read ({detail})"),
                            {"detail": str(e)})]
    finally:
        conn.close()
    shown = f"{entry}:{wanted}" if entry is not None else wanted
    if row is not None and (entry is None or int(row[0]) == entry):
        return []
    if row is not None:
        return [Problem(QT_TRANSLATE_NOOP(
            "rules", "History rewritten since {head}: that entry is now number {found}, entries were removed or inserted before it"),
            {"head": shown, "found": int(row[0])})]
    if entry is not None and (last is None or last[0] < entry):
        return [Problem(QT_TRANSLATE_NOOP(
            "rules", "History cut short since {head}: the audit trail now ends at entry {last}"),
            {"head": shown, "last": last[0] if last else 0})]
    if same_id is not None:
        return [Problem(QT_TRANSLATE_NOOP(
            "rules", "History rewritten since {head}: entry {id} no longer has that hash"), {"head": shown, "id": entry})]
    return [Problem(QT_TRANSLATE_NOOP(
        "rules", "History rewritten or removed since {head}: no entry of the audit trail has that hash"), {"head": shown})]


def verify(path: str | os.PathLike[str], expect: str | None = None, lang: str | None = None,
           since: str | os.PathLike[str] | None = None) -> list[str]:
    """What is wrong with the snapshot, one line each in the user's language (empty: intact);
    with ``since``, also what was lost of the history held by an earlier snapshot or head."""
    from grants.i18n import render_problem

    problems = verify_problems(path, expect)
    if since is not None and not any(p.message.startswith("Damaged file") for p in problems):
        problems += since_problems(path, since, lang)
    return [render_problem(p, lang) for p in problems]


__all__ = ["MANIFEST_TABLE", "Cancelled", "SnapshotInfo", "SnapshotSource", "detect", "read_manifest",
           "since_problems", "take_snapshot", "verify", "verify_problems"]
