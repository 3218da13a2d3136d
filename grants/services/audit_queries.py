"""Reading the audit trail: filters (record, user, dates), pages of entries, field-by-field
changes. The GUI's audit screen calls these and gets plain dataclasses; the Excel export of the
trail is ``grants.reports.audit_trail.export_trail``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from grants.models import AuditEntry

from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError

#: Tables whose records carry a human reference (``ref``): a filter may name a record by it.
_REF_TABLES = ("grant", "beneficiary", "programme", "application")


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None  # table name: grant, payment, ...
    record: str | None = None  # an id ("12") or a reference ("G-2024-00012", "ASBL-TRANSIT")
    user: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    action: str | None = None  # insert | update | delete


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    user: str
    action: str
    entity: str
    entity_id: str
    before: str | None  # canonical JSON, as stored
    after: str | None

    @property
    def changes(self) -> list[FieldChange]:
        """Field by field: for an update only what changed, for an insert or delete every value."""
        b = _loads(self.before)
        a = _loads(self.after)
        keys = list(b) + [k for k in a if k not in b]  # the record's column order, as stored
        return [FieldChange(k, b.get(k), a.get(k)) for k in keys if self.action != "update" or b.get(k) != a.get(k)]

    def summary(self, limit: int = 200) -> str:
        """``field: before -> after; ...`` in one line (values as stored)."""
        parts = []
        for c in self.changes:
            if self.action == "insert":
                parts.append(f"{c.field}={_show(c.after)}")
            elif self.action == "delete":
                parts.append(f"{c.field}={_show(c.before)}")
            else:
                parts.append(f"{c.field}: {_show(c.before)} -> {_show(c.after)}")
        text = "; ".join(parts)
        return text if len(text) <= limit else text[: limit - 1] + "…"


def _loads(value: str | None) -> dict[str, Any]:
    if not value:
        return {}
    try:
        data = json.loads(value)
    except ValueError:
        return {"?": value}
    return data if isinstance(data, dict) else {"?": data}


def _show(value: Any) -> str:
    return "∅" if value is None else str(value)


def _resolve_record(s: Session, f: AuditFilter) -> list[Any]:
    """Conditions for the record filter: its id, or the record(s) holding that reference."""
    text = (f.record or "").strip()
    if not text:
        return []
    from grants.models import Base

    matches = [AuditEntry.entity_id == text]
    tables = [f.entity] if f.entity in _REF_TABLES else ([] if f.entity else list(_REF_TABLES))
    for name in tables:
        table = Base.metadata.tables[name]
        ids = [str(i) for i in s.scalars(select(table.c.id).where(func.upper(table.c.ref) == text.upper()))]
        if ids:
            matches.append((AuditEntry.entity == name) & AuditEntry.entity_id.in_(ids))
    # a deleted record is no longer in its table: look for its reference in what the trail kept
    matches.append(AuditEntry.before.like(f'%"ref":"{_like_escape(text)}"%', escape="\\"))
    matches.append(AuditEntry.after.like(f'%"ref":"{_like_escape(text)}"%', escape="\\"))
    return [or_(*matches)]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('"', '\\\\"')


def _where(s: Session, f: AuditFilter) -> list[Any]:
    if f.date_from and f.date_to and f.date_to < f.date_from:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Dates: the end {end} is before the start {start}"),
                               "date_to", start=f.date_from, end=f.date_to)
    conds: list[Any] = []
    if f.entity:
        conds.append(AuditEntry.entity == f.entity)
    if f.user and f.user.strip():
        conds.append(AuditEntry.user == f.user.strip())
    if f.action:
        conds.append(AuditEntry.action == f.action)
    if f.date_from:
        conds.append(AuditEntry.at >= dt.datetime.combine(f.date_from, dt.time()))
    if f.date_to:
        conds.append(AuditEntry.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()))
    return conds + _resolve_record(s, f)


def _select(s: Session, f: AuditFilter) -> Select[Any]:
    return (select(AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.entity,
                   AuditEntry.entity_id, AuditEntry.before, AuditEntry.after).where(*_where(s, f)))


def search(db: Database, f: AuditFilter, limit: int = 500, offset: int = 0, newest_first: bool = True) -> list[AuditRow]:
    """One page of entries matching ``f`` (newest first by default)."""
    with db.reading() as s:
        order = AuditEntry.id.desc() if newest_first else AuditEntry.id
        return [AuditRow(*r) for r in s.execute(_select(s, f).order_by(order).limit(limit).offset(offset))]


def count(db: Database, f: AuditFilter) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(*_where(s, f))) or 0)


def users(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user)))


def entities(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)))


def iter_entries(db: Database, f: AuditFilter, chunk: int = 5000) -> Iterator[AuditRow]:
    """Every matching entry, oldest first, read in chunks within one consistent read."""
    with db.reading() as s:
        last = 0
        base = _select(s, f)
        while True:
            rows = s.execute(base.where(AuditEntry.id > last).order_by(AuditEntry.id).limit(chunk)).all()
            if not rows:
                return
            for r in rows:
                yield AuditRow(*r)
            last = rows[-1].id


def verify_database_chain(db: Database) -> list[str]:
    """The live database's own audit chain (the audit screen shows it): one line per break."""
    from .audit import verify_chain

    with db.reading() as s:
        return [f"#{b.entry_id}: {b.reason}" for b in verify_chain(s)]


# -- references: records by what a person calls them ---------------------------------------------

#: Tables whose own columns name the record; the others are named by their parent's reference.
_NAMED_BY = {
    "grant": ("ref",), "beneficiary": ("ref",), "programme": ("ref",), "application": ("ref",),
    "budget_line": ("year", "code"), "plan_edition": ("code",), "thematic": ("number",), "measure": ("code",),
    "police_zone": ("short_name",), "commune": ("name_fr",), "user_role": ("username",),
    "ref_sequence": ("prefix",), "opinion_threshold": ("kind",),
}
_PARENTS = (("grant_id", "grant"), ("justification_id", "justification"), ("beneficiary_id", "beneficiary"))


def _fetch(s: Session, table_name: str, ids: set[str]) -> dict[str, dict[str, Any]]:
    from grants.models import Base

    table = Base.metadata.tables.get(table_name)
    if table is None or "id" not in table.c or not ids:
        return {}
    keys = [int(i) for i in ids if i.isdigit()]
    if not keys:
        return {}
    return {str(r["id"]): dict(r) for r in s.execute(select(table).where(table.c.id.in_(keys))).mappings()}


def references(db: Database, rows: list[AuditRow]) -> dict[tuple[str, str], str]:
    """The reference of each entry's record and of the records its fields name, by (table, id):
    ``G-2024-00012`` for a grant and for its payments, ``2024 25.002.33.00`` for a budget line."""
    from .audit_labels import LINKS

    known: dict[tuple[str, str], dict[str, Any]] = {}  # what the trail kept of each record
    wanted: dict[str, set[str]] = {}
    for r in rows:
        values = {**_loads(r.before), **_loads(r.after)}
        key = (r.entity, r.entity_id)
        known[key] = {**known.get(key, {}), **values}
        wanted.setdefault(r.entity, set()).add(r.entity_id)
        for change in r.changes:
            for v in (change.before, change.after):
                if change.field in LINKS and v is not None:
                    wanted.setdefault(LINKS[change.field], set()).add(str(v))
    with db.reading() as s:
        records: dict[tuple[str, str], dict[str, Any]] = {}
        for _round in range(3):  # a payment -> its grant; a justified expense -> justification -> grant
            for table, ids in list(wanted.items()):
                missing = {i for i in ids if (table, i) not in records}
                for i, values in _fetch(s, table, missing).items():
                    records[(table, i)] = values
                for i in missing:
                    records.setdefault((table, i), {})
            wanted = {}
            for (table, i), values in list(records.items()):
                merged = {**known.get((table, i), {}), **values}
                if table not in _NAMED_BY:
                    for column, parent in _PARENTS:
                        if merged.get(column) is not None and (parent, str(merged[column])) not in records:
                            wanted.setdefault(parent, set()).add(str(merged[column]))
            if not wanted:
                break

    def name(table: str, i: str, depth: int = 0) -> str | None:
        values = {**known.get((table, i), {}), **records.get((table, i), {})}
        columns = _NAMED_BY.get(table)
        if columns:
            parts = [str(values[c]) for c in columns if values.get(c) not in (None, "")]
            return " ".join(parts) or None
        if depth < 3:
            for column, parent in _PARENTS:
                if values.get(column) is not None:
                    return name(parent, str(values[column]), depth + 1)
        return None

    out: dict[tuple[str, str], str] = {}
    for table, i in set(known) | set(records):
        ref = name(table, i)
        if ref:
            out[(table, i)] = ref
    return out
