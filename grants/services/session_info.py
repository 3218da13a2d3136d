"""Who is working on which database, with which rights: what the status bar and banner show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .database import Database


@dataclass(frozen=True)
class SessionInfo:
    location: str  # file path, or the URL without password
    user: str
    role: str | None  # officer | finance | auditor | admin; None: no role in this database
    single_user: bool
    read_only: bool
    read_only_reason: str | None  # option | snapshot | auditor | ...
    snapshot_taken_at: dt.datetime | None = None
    snapshot_taken_by: str | None = None
    demo_as_of: dt.date | None = None  # the demonstration's day (services/as_of.py), read with the rest


def session_info(db: Database) -> SessionInfo:
    from .as_of import demo_as_of_in
    from .security import role_of, single_user_mode

    with db.reading() as s:
        role = role_of(s, db.user)
        single = single_user_mode(s)
        as_of = demo_as_of_in(s)
    taken_at = taken_by = None
    if db.read_only_reason == "snapshot" and db.path is not None:
        try:
            from .snapshot import detect

            info = detect(db.path)
        except ImportError:  # pragma: no cover - snapshots not shipped
            info = None
        if info is not None:
            taken_at, taken_by = info.taken_at, info.taken_by
    location = str(db.path) if db.path is not None else db.url.split("@")[-1]
    return SessionInfo(location, db.user, role.value if role else None, single, bool(db.read_only),
                       db.read_only_reason, taken_at, taken_by, as_of)


def open_for_gui(path: str | None, read_only: bool) -> Database:
    """Open what the user chose: a snapshot (read-only), or a database (created on first use
    unless read-only). An auditor's session is read-only whatever the file."""
    from pathlib import Path

    from .schema import ensure_ready

    db: Database | None = None
    if path and "://" not in str(path) and Path(path).is_file():
        from .database import open_snapshot
        from .snapshot import detect

        if detect(path) is not None:
            db = open_snapshot(path)
    if db is None:
        db = Database(path, read_only=read_only)
        if not read_only:
            ensure_ready(db)
    make_read_only_for_auditors(db)
    return db


def make_read_only_for_auditors(db: Database) -> None:
    from grants.models import Role

    from .security import role_of

    if db.read_only:
        return
    with db.reading() as s:
        role = role_of(s, db.user)
    if role == Role.AUDITOR:
        db.refuse_writes("auditor")
