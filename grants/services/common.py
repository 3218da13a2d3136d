"""Helpers shared by the services: loading a record or saying it is missing, generated refs."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import RefSequence

from .errors import QT_TRANSLATE_NOOP, NotFound, Word

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


def next_number(s: Session, prefix: str) -> int:
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
