"""The append-only audit trail: who, when, what, before and after, chained by SHA-256.

ORM changes are captured in the session's ``after_flush`` (same transaction as the change).
Bulk writers (the workbook import) call :func:`record_many` with the rows they insert/update.
Each entry's hash covers the previous entry's hash, so an edit or a deletion made outside the
application breaks the chain (see :func:`verify_chain`).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, LargeBinary, String, cast, event, exists, func, inspect, literal, select
from sqlalchemy.orm import Session

from grants.domain.chain import CONTENT_ALTERED, GENESIS, LINK_BROKEN, ChainBreak, entry_hash
from grants.domain.chain import SEP as _SEP
from grants.domain.chain import at_text as _at_text
from grants.domain.problems import QT_TRANSLATE_NOOP, Word
from grants.models import AuditEntry, Base

__all__ = ["CONTENT_ALTERED", "GENESIS", "LINK_BROKEN", "ChainBreak", "entry_hash"]
_NOT_AUDITED = {"audit_entry"}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# Key order is the record's column order: the hash covers the stored text, never a re-encoding.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_plain).encode


def to_json(values: dict[str, Any] | None) -> str | None:
    """Compact JSON of a record's values (Decimal as text with 2 decimals, dates ISO)."""
    if values is None:
        return None
    return _dumps(values)


@dataclass
class Change:
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _last_hash(session: Session) -> str:
    cached = session.info.get("audit_last_hash")
    if cached is None:
        cached = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    return cached


def record_many(session: Session, user: str, changes: Iterable[Change], at: dt.datetime | None = None) -> int:
    """Append audit entries for ``changes`` in the session's transaction; returns how many."""
    at = at or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    at_text = _at_text(at)
    prev = _last_hash(session)
    rows = []
    sha = hashlib.sha256
    for c in changes:
        before, after = to_json(c.before), to_json(c.after)
        h = sha(_SEP.join((prev, at_text, user, c.action, c.entity, c.entity_id, "\x00" if before is None else before,
                           "\x00" if after is None else after)).encode("utf-8")).hexdigest()  # = entry_hash(...)
        rows.append({"action": c.action, "entity": c.entity, "entity_id": c.entity_id, "before": before,
                     "after": after, "prev_hash": prev, "hash": h})
        prev = h
    if rows:
        from .bulk import insert_rows

        insert_rows(session, AuditEntry.__table__, rows, constants={"at": at, "user": user})
        session.info["audit_last_hash"] = prev
    return len(rows)


def _pk_text(obj: Any) -> str:
    identity = inspect(obj).identity or tuple(getattr(obj, c.key) for c in inspect(type(obj)).primary_key)
    return "/".join(str(v) for v in identity)


def _binary(attr: Any) -> bool:
    """A file's bytes (``blob.content``) never enter the trail: its key (SHA-256) and size do."""
    return any(isinstance(c.type, LargeBinary) for c in attr.columns)


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs if not _binary(attr)}


def _changes_in(session: Session) -> Iterator[Change]:
    for obj in session.new:
        if isinstance(obj, Base) and obj.__tablename__ not in _NOT_AUDITED:
            yield Change("insert", obj.__tablename__, _pk_text(obj), None, _column_values(obj))
    for obj in session.dirty:
        if not isinstance(obj, Base) or obj.__tablename__ in _NOT_AUDITED:
            continue
        state = inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for attr in inspect(type(obj)).column_attrs:
            if _binary(attr):
                continue
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if to_json({"v": old}) != to_json({"v": new}):
                    before[attr.key], after[attr.key] = old, new
        if after:
            yield Change("update", obj.__tablename__, _pk_text(obj), before, after)
    for obj in session.deleted:
        if isinstance(obj, Base) and obj.__tablename__ not in _NOT_AUDITED:
            yield Change("delete", obj.__tablename__, _pk_text(obj), _column_values(obj), None)


def install(session: Session, user: str) -> None:
    """Audit every ORM flush of ``session`` as ``user``."""

    @event.listens_for(session, "after_flush")
    def _after_flush(sess: Session, _ctx: Any) -> None:
        changes = list(_changes_in(sess))
        if changes:
            record_many(sess, user, changes)


#: Why the chain breaks at an entry (English source texts, context "rules").
@dataclass(frozen=True)
class ChainHead:
    """The last entry of the audit trail: with the chain intact, its hash pins every entry before it."""

    entry_id: int
    hash: str
    count: int

    def text(self) -> str:
        return f"{self.entry_id}:{self.hash}"


def _chain_rows(session: Session) -> Iterator[Any]:
    result = session.execute(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.entity,
               AuditEntry.entity_id, AuditEntry.before, AuditEntry.after, AuditEntry.prev_hash, AuditEntry.hash)
        .order_by(AuditEntry.id).execution_options(yield_per=5000)
    )
    yield from result


def verify_chain(session: Session, limit: int = 20) -> list[ChainBreak]:
    """Recompute every hash in order; report the first ``limit`` entries where the chain breaks."""
    return check_chain(session, limit)[0]


def check_chain(session: Session, limit: int = 20) -> tuple[list[ChainBreak], int]:
    """(the first ``limit`` breaks, the number of entries read)."""
    prev = GENESIS
    breaks: list[ChainBreak] = []
    n = 0
    for r in _chain_rows(session):
        n += 1
        if len(breaks) >= limit:
            continue  # keep counting
        if r.prev_hash != prev:
            breaks.append(ChainBreak(r.id, LINK_BROKEN))
        expected = entry_hash(r.prev_hash, _at_text(r.at), r.user, r.action, r.entity, r.entity_id, r.before, r.after)
        if expected != r.hash:
            breaks.append(ChainBreak(r.id, CONTENT_ALTERED))
        prev = r.hash
    return breaks[:limit], n


def chain_head(session: Session) -> ChainHead | None:
    """The last entry (None: the trail is empty)."""
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return None
    count = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return ChainHead(row.id, row.hash, int(count))


def find_entry(session: Session, entry_hash_: str) -> tuple[int, str] | None:
    """(id, hash) of the entry whose hash is ``entry_hash_``, if the trail holds it."""
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.hash == entry_hash_)).first()
    return (row.id, row.hash) if row else None


# -- records and their trail -----------------------------------------------------------------------

#: The tables of the money and the acts: each record's creation must be in the trail. A trail cut
#: short (its last entries deleted) leaves records whose insert is missing; a record deleted
#: behind the application's back leaves an insert with no record and no recorded deletion.
#: (A grant's measure shares are recorded with the grant by the import, not as records of their own.)
TRACED_TABLES = ("beneficiary", "contact", "budget_line", "programme", "application", "grant",
                 "amendment", "commitment", "opinion", "justification", "justification_line", "payment",
                 "recovery_claim")

NO_INSERT = Word(QT_TRANSLATE_NOOP(
    "rules", "no entry of the audit trail records its creation (the trail was cut short, or the record was written "
             "outside the application)"))
GONE = Word(QT_TRANSLATE_NOOP(
    "rules", "the audit trail records its creation, but the record is gone and no deletion was recorded"))


@dataclass(frozen=True)
class Untraced:
    entity: str
    entity_id: str
    reason: str  # NO_INSERT or GONE


def untraced_records(session: Session, limit: int = 200) -> tuple[list[Untraced], int]:
    """(the first ``limit`` records of :data:`TRACED_TABLES` that disagree with the trail, how many
    records were checked). Each lookup goes through an index: bounded work per record."""
    found: list[Untraced] = []
    checked = 0
    for name in TRACED_TABLES:
        table = Base.metadata.tables.get(name)
        if table is None:
            continue
        checked += session.execute(select(func.count()).select_from(table)).scalar_one()
        found += lacking_insert(session, table, limit - len(found))
        found += gone_without_delete(session, table, limit - len(found))
    return found[:limit], checked


def lacking_insert(session: Session, table: Any, limit: int) -> list[Untraced]:
    """The first ``limit`` records of ``table`` whose creation is not in the trail (its key, the
    primary key's columns as text joined by '/', named by no insert entry)."""
    if limit <= 0:
        return []
    a = AuditEntry.__table__.alias("a")
    pk = list(table.primary_key.columns)
    key: Any = cast(pk[0], String)
    for col in pk[1:]:
        key = key + literal("/") + cast(col, String)
    inserted = exists().where(a.c.entity == table.name, a.c.action == "insert", a.c.entity_id == key)
    return [Untraced(table.name, str(ident), NO_INSERT)
            for (ident,) in session.execute(select(key).where(~inserted).limit(limit))]


def gone_without_delete(session: Session, table: Any, limit: int) -> list[Untraced]:
    """The first ``limit`` records the trail created in ``table`` that are gone without a later
    delete entry (tables keyed by one integer only; others: none)."""
    pk = list(table.primary_key.columns)
    if limit <= 0 or len(pk) != 1 or not isinstance(pk[0].type, Integer):
        return []
    a = AuditEntry.__table__.alias("a")
    d = AuditEntry.__table__.alias("d")
    present = exists().where(pk[0] == cast(a.c.entity_id, Integer))
    deleted = exists().where(d.c.entity == table.name, d.c.action == "delete", d.c.entity_id == a.c.entity_id,
                             d.c.id > a.c.id)
    rows = session.execute(select(a.c.entity_id).where(a.c.entity == table.name, a.c.action == "insert",
                                                       ~present, ~deleted).limit(limit))
    return [Untraced(table.name, str(ident), GONE) for (ident,) in rows]
