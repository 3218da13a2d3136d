"""Helpers shared by the services: loading a record or saying it is missing, generated refs."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from grants.models import AuditEntry, BudgetLine, RefSequence

from .errors import QT_TRANSLATE_NOOP, NotFound, RuleError, Word

T = TypeVar("T")

QT_TRANSLATE_NOOP("rules", "grant")
QT_TRANSLATE_NOOP("rules", "beneficiary")
QT_TRANSLATE_NOOP("rules", "budget line")
QT_TRANSLATE_NOOP("rules", "payment")
QT_TRANSLATE_NOOP("rules", "programme")
QT_TRANSLATE_NOOP("rules", "application")
QT_TRANSLATE_NOOP("rules", "recovery claim")
QT_TRANSLATE_NOOP("rules", "justification")


def get_or_missing(s: Session, model: type[T], key: Any, what: str) -> T:
    obj = s.get(model, key)
    if obj is None:
        raise NotFound.single(QT_TRANSLATE_NOOP("rules", "No {what} with identifier {key}"), None, what=Word(what), key=key)
    return obj


def by_ref(s: Session, model: Any, ref: str, what: str) -> Any:
    obj = s.scalar(select(model).where(model.ref == ref))
    if obj is None:
        raise NotFound.single(QT_TRANSLATE_NOOP("rules", "No {what} with reference {key}"), None, what=Word(what), key=ref)
    return obj


def check_version(s: Session, obj: Any, expected: int | None, what: str, key: str) -> None:
    """Refuse to save ``obj`` from a form opened on an older version of it (somebody saved it in
    between): one line naming who changed it and when, never a silent overwrite."""
    if expected is None or obj.version == expected:
        return
    last = s.execute(select(AuditEntry.user, AuditEntry.at)
                     .where(AuditEntry.entity == obj.__tablename__, AuditEntry.entity_id == str(obj.id))
                     .order_by(AuditEntry.id.desc()).limit(1)).first()
    user, at = (last[0], last[1]) if last is not None else ("?", "?")
    raise RuleError.single(
        QT_TRANSLATE_NOOP("rules", "The {what} {key} was changed by {user} at {when} (UTC) after you opened it: nothing was saved; reopen it to see the change, then save again"),
        None, what=Word(what), key=key, user=user, when=at)


def on_server(s: Session) -> bool:
    """Whether the session runs on a database server (PostgreSQL), where writers run at once."""
    return s.get_bind().dialect.name == "postgresql"


def lock_line(s: Session, line: BudgetLine) -> None:
    """Hold the budget line until the transaction ends, before summing what uses its credits: two
    people reserving, committing or preparing on one line at once are taken one after the other, and
    the second sees what the first did (SQLite serializes every writer with ``BEGIN IMMEDIATE``; a
    server locks the row, ``SELECT ... FOR UPDATE``, and reloads its credits)."""
    if on_server(s):
        s.refresh(line, with_for_update=True)


def lock_lines(s: Session) -> None:
    """Hold every budget line until the transaction ends (the import: it reserves on many lines)."""
    if on_server(s):
        s.execute(text("LOCK TABLE budget_line IN EXCLUSIVE MODE"))  # readers go on reading


def next_number(s: Session, prefix: str) -> int:
    """The next number of the counter ``prefix``, safe when many people create records at once
    (SQLite: writers are serialized by ``BEGIN IMMEDIATE``; a server: the counter's row is
    created if missing without a duplicate-key error, then locked until the transaction ends)."""
    if on_server(s):
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        s.execute(pg_insert(RefSequence).values(prefix=prefix, last=0).on_conflict_do_nothing())
        seq = s.get(RefSequence, prefix, with_for_update=True, populate_existing=True)
    else:
        seq = s.get(RefSequence, prefix)
    if seq is None:
        seq = RefSequence(prefix=prefix, last=0)
        s.add(seq)
    seq.last += 1
    s.flush()
    return seq.last


def next_ref(s: Session, model: Any, prefix: str, width: int = 5) -> str:
    """A new reference like ``G-2024-00001`` that no record of ``model`` holds yet."""
    while True:
        ref = f"{prefix}-{next_number(s, prefix):0{width}d}"
        if s.scalar(select(model.id).where(model.ref == ref)) is None:
            return ref
