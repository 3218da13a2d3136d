"""Opening a database: engine, sessions, one transaction per user action, read-only mode.

Nothing outside this module knows it is SQLite: the pragmas (foreign keys, WAL, busy timeout,
``BEGIN IMMEDIATE`` for writers) are applied only when the URL is a SQLite one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from . import audit
from .errors import QT_TRANSLATE_NOOP, ReadOnlyError
from .local import current_user, default_db_path, os_account, resolve_url

#: Re-exported from :mod:`grants.services.local` (defined there, without SQLAlchemy).
__all__ = ["current_user", "default_db_path", "os_account", "resolve_url"]

#: The server-side advisory lock every writing transaction holds until it ends (PostgreSQL).
WRITER_LOCK = 0x6772616E  # "gran"
#: The transaction-local setting that marks the application's own writes on a server (migration 0011).
APP_SETTING = "grants.app"


def session_user(engine: Engine) -> str:
    """The user of a server database: the login the server authenticated (``session_user``)."""
    with engine.connect() as conn:
        name = conn.exec_driver_sql("SELECT session_user").scalar_one()
    return str(name)


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    db = u.database
    if db.startswith("file:"):
        db = db[5:]
    return Path(db)


class Database:
    """A connection to one grants database, as one user, possibly read-only."""

    #: How long a write waits for another writer before it is refused as busy (nothing saved, the
    #: user told to try again): SQLite's busy timeout, PostgreSQL's lock_timeout, the same on both.
    busy_timeout_s: float = 30

    def __init__(self, db: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 user: str | None = None, create_dirs: bool = True, echo: bool = False):
        self.url = resolve_url(db)
        self.read_only = read_only
        self.read_only_reason: str | None = "option" if read_only else None
        self.path = sqlite_path(self.url)
        self.is_sqlite = make_url(self.url).get_backend_name() == "sqlite"
        #: The manifest (``snapshot.SnapshotInfo``) when the file is an auditor's snapshot.
        self.snapshot: Any = None
        connect_url = self.url
        connect_args: dict[str, Any] = {}
        if self.is_sqlite and self.path is not None:
            from .snapshot import detect

            self.snapshot = detect(self.path)
            readable = self.path
            if self.snapshot is not None:  # a snapshot is always read-only, and immutable
                read_only = self.read_only = True
                self.read_only_reason = "snapshot"
                from .snapshot import current_schema_copy

                # taken before a schema upgrade: read an upgraded copy, never the mailed file
                readable = current_schema_copy(self.path, self.snapshot)
            if read_only:
                # Opened read-only at the SQLite level: nothing can change the file's bytes.
                immutable = "&immutable=1" if self.snapshot is not None else ""
                connect_url = f"sqlite:///file:{readable.as_posix()}?mode=ro{immutable}&uri=true"
            elif create_dirs:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.is_sqlite:
            connect_args["timeout"] = self.busy_timeout_s
        self.engine: Engine = create_engine(connect_url, echo=echo, connect_args=connect_args)
        if self.is_sqlite:
            self._sqlite_pragmas(self.engine, read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._roles_table = False
        #: Who acts: on a server always the authenticated login (``user`` cannot change it); on
        #: SQLite the OS account, or ``user`` when a program (a test) names one explicitly.
        self.user = user or current_user() if self.is_sqlite else session_user(self.engine)

    def _sqlite_pragmas(self, engine: Engine, read_only: bool) -> None:
        busy_ms = int(self.busy_timeout_s * 1000)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cur.execute("PRAGMA cache_size = -65536")  # 64 MiB: big imports stay in memory
            if not read_only:
                mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
                if mode != "wal" and mode != "memory":
                    cur.execute("PRAGMA journal_mode = WAL")
                cur.execute("PRAGMA synchronous = NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get("grants_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    # -- sessions ------------------------------------------------------------------------------
    def refuse_writes(self, reason: str) -> None:
        """Turn this connection read-only for the rest of its life (snapshot, auditor role)."""
        self.read_only = True
        self.read_only_reason = reason

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError.single(
                QT_TRANSLATE_NOOP("rules", "This database is open read-only ({reason}): nothing can be changed"),
                None, reason=self.read_only_reason or "read-only",
            )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in the block is committed together, or nothing is."""
        self.check_writable()
        bind = self.engine.execution_options(grants_write=True) if self.is_sqlite else self.engine
        session = Session(bind=bind, expire_on_commit=False, autoflush=False)
        audit.install(session, self.user)
        try:
            with session.begin():
                if not self.is_sqlite:
                    # the application's own write, audited by it: the server's trigger for changes
                    # made outside the application (migration 0011) leaves it alone; a lock held by
                    # another writer longer than the busy timeout refuses this write ("lock timeout")
                    session.execute(text(f"SELECT set_config('{APP_SETTING}', 'on', true), "
                                         "set_config('lock_timeout', :wait, true)"),
                                    {"wait": f"{int(self.busy_timeout_s * 1000)}ms"})
                    # Writers take turns, as SQLite's BEGIN IMMEDIATE makes them: the audit chain
                    # has one last entry to follow, and no lock taken later can deadlock.
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
                self._refuse_auditor(session)
                yield session
        finally:
            session.close()

    def _refuse_auditor(self, session: Session) -> None:
        """Defence in depth: an auditor writes nothing, even along a path that forgot ``require``."""
        if not self._roles_table:
            self._roles_table = inspect(session.connection()).has_table("user_role")
            if not self._roles_table:  # a database being created: no roles yet
                return
        from .security import Role, role_of

        if role_of(session, self.user) == Role.AUDITOR:
            self.refuse_writes("auditor")
            self.check_writable()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read: one transaction, rolled back at the end."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url!r}, read_only={self.read_only})"


def open_snapshot(path: str | os.PathLike[str], user: str | None = None) -> Database:
    """Open an auditor's snapshot for reading: read-only at the SQLite level, every write refused."""
    from .snapshot import read_manifest

    p = Path(path).expanduser().resolve()
    read_manifest(p)
    db = Database(p, read_only=True, user=user, create_dirs=False)
    db.refuse_writes("snapshot")
    return db


def needs_password(exc: BaseException) -> bool:
    """Whether connecting failed because the server asked for a password none of libpq's places
    (PGPASSWORD, the pgpass file) gave: then the user is asked (CLI prompt, connect dialog)."""
    text_ = str(getattr(exc, "orig", None) or exc)
    return "no password supplied" in text_


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (for this process's connection only: never written anywhere)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def server_url(host: str, port: int, database: str, user: str, password: str | None = None) -> str:
    """The SQLAlchemy URL of a grants database on a PostgreSQL server (driver psycopg)."""
    from sqlalchemy.engine import URL

    return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=host or None,
                      port=port or None, database=database).render_as_string(hide_password=False)


def hidden_url(db: str | None) -> str | None:
    """A database's name for the log and messages: a server URL without its password."""
    if db is None or "://" not in db:
        return db
    return make_url(db).render_as_string(hide_password=True)
