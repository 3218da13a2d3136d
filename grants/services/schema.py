"""Creating and upgrading a database (Alembic), dated backups, and loading the reference data."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DBAPIError

from grants.migrations import alembic_config, head_revision, plain_head_revision
from grants.models import Commune, Measure, OpinionKind, OpinionThreshold, PlanEdition, PoliceZone, Thematic

from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError

# The first 16 bytes of every SQLite 3 file.
SQLITE_HEADER = b"SQLite format 3\x00"


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_database_file(path: Path) -> None:
    """Refuse, before any connection touches it, a path that is a folder or a file that is not SQLite."""
    if path.is_dir():
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Database: {path} is a folder, not a database file"),
                               "db", path=str(path))
    if not path.exists():
        return
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER:  # an empty file is an empty SQLite database
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Database: {path} is not a grants database (not an SQLite file); it was left untouched"),  # noqa: E501
            "db", path=str(path))


def at_head(db: Database) -> bool:
    """True when the database is at the head revision, read plainly (no Alembic import: what every
    command checks at start-up, see :func:`grants.migrations.plain_head_revision`); False when it is
    not, or when that cannot be told plainly (the callers then ask Alembic)."""
    head = plain_head_revision()
    if head is None:
        return False
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:
        return False
    return [r[0] for r in rows] == [head]


def check_schema_known(db: Database) -> None:
    """Refuse a database written by a newer version of the application (a schema this one does not know)."""
    if at_head(db):
        return
    revision = current_revision(db)
    if revision is not None and revision not in known_revisions():
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one"),  # noqa: E501
            "db", path=str(db.path or db.url), revision=revision)


def holds_data(db: Database) -> bool:
    """True when the database has any table with rows (beyond Alembic's own)."""
    with db.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        for name in names:
            if conn.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first():
                return True
    return False


def backup_sqlite(path: Path, when: dt.datetime | None = None) -> Path:
    """A consistent copy (SQLite online backup) next to the file: grants.db.20261121-230455.bak."""
    when = when or dt.datetime.now()
    target = path.with_name(f"{path.name}.{when:%Y%m%d-%H%M%S}.bak")
    src = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@dataclass
class InitResult:
    created: bool
    upgraded_from: str | None
    revision: str
    backup: Path | None


def init_database(db: Database) -> InitResult:
    """Create the database or upgrade it to the latest schema, then load the reference data.

    When the database already holds data and its schema is behind, it is first copied to a
    dated backup beside it.
    """
    db.check_writable()
    if db.path is not None:
        check_database_file(db.path)
    check_schema_known(db)
    before = current_revision(db)
    head = head_revision()
    backup = None
    if before != head and db.path is not None and db.path.exists() and holds_data(db):
        backup = backup_sqlite(db.path)
    if before != head:
        migrate(db, "head")
    load_reference_data(db)
    return InitResult(created=before is None, upgraded_from=before if before not in (None, head) else None,
                      revision=head, backup=backup)


def migrate(db: Database, target: str, *, down: bool = False) -> None:
    """Run the Alembic migrations up (or ``down``) to ``target`` in one transaction.

    On SQLite the foreign keys are switched off meanwhile, as Alembic's batch mode needs when it
    copies a table others refer to (dropping the old copy would otherwise fail, or cascade), and
    checked whole before the commit: a migration leaving one broken reference is rolled back."""
    from alembic import command

    cfg = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or SQLite ignores it
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(cfg, target)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration to {target} leaves broken references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _reference_rows(name: str) -> list[dict[str, str]]:
    with (files("grants.resources") / "reference" / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_reference_data(db: Database) -> None:
    """Insert or update PGSP editions, thematics, measures, police zones, communes, thresholds."""
    with db.transaction() as s:
        zones = {z.code: z for z in s.scalars(select(PoliceZone))}
        for r in _reference_rows("police_zones.csv"):
            z = zones.get(int(r["code"])) or PoliceZone(code=int(r["code"]))
            z.name_fr, z.name_nl, z.short_name = r["name_fr"], r["name_nl"], r["short_name"]
            s.add(z)
        s.flush()
        communes = {c.nis_code: c for c in s.scalars(select(Commune))}
        for r in _reference_rows("communes.csv"):
            c = communes.get(r["nis_code"]) or Commune(nis_code=r["nis_code"])
            c.name_fr, c.name_nl, c.police_zone_code = r["name_fr"], r["name_nl"], int(r["police_zone_code"])
            s.add(c)
        thematic_rows = _reference_rows("pgsp_thematics.csv")
        for r in _reference_rows("pgsp_editions.csv"):
            ed = s.scalar(select(PlanEdition).where(PlanEdition.code == r["code"])) or PlanEdition(code=r["code"])
            ed.start_year, ed.end_year = int(r["start_year"]), int(r["end_year"])
            ed.title_fr, ed.title_nl = r["title_fr"], r["title_nl"]
            s.add(ed)
            s.flush()
            thematics = {t.number: t for t in s.scalars(select(Thematic).where(Thematic.edition_id == ed.id))}
            for t in (t for t in thematic_rows if t["edition"] == ed.code):
                th = thematics.get(int(t["number"])) or Thematic(edition_id=ed.id, number=int(t["number"]))
                th.label_fr, th.label_nl = t["label_fr"], t["label_nl"]
                s.add(th)
                thematics[th.number] = th
            s.flush()
            measures = {m.code: m for m in s.scalars(select(Measure).where(Measure.edition_id == ed.id))}
            for m in _reference_rows(r["measures_file"]):
                me = measures.get(m["code"]) or Measure(edition_id=ed.id, code=m["code"])
                me.thematic_id = thematics[int(m["thematic"])].id
                me.description_fr = m["description_fr"]
                # a shipped working translation fills or refreshes a working (or missing) Dutch text,
                # never an official one loaded by ``grants reference load``
                nl = m.get("description_nl") or None
                if nl and (me.description_nl is None or me.description_nl_working):
                    me.description_nl = nl
                    me.description_nl_working = m.get("description_nl_status") == "working"
                s.add(me)
        known = {(t.kind, t.valid_from) for t in s.scalars(select(OpinionThreshold))}
        for r in _reference_rows("opinion_thresholds.csv"):
            key = (OpinionKind(r["kind"]), dt.date.fromisoformat(r["valid_from"]))
            if key not in known:
                s.add(OpinionThreshold(kind=key[0], amount=Decimal(r["amount"]), valid_from=key[1]))


def ensure_ready(db: Database) -> None:
    """Create the database on first use (a missing database is created, per the contract), and
    bring an older one to the latest schema (init_database backs it up first)."""
    if at_head(db):
        return
    if current_revision(db) != head_revision():
        init_database(db)


def table_counts(db: Database) -> dict[str, int]:
    from grants.models import Base

    with db.reading() as s:
        return {name: s.scalar(select(func.count()).select_from(t)) or 0 for name, t in Base.metadata.tables.items()}
