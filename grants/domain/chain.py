"""The audit trail's hash chain, written once: what an entry's hash covers, and the two ways a chain
breaks. Pure (hashlib only): the trail's writer (services.audit), the audit checks, the snapshot's
verification and ``grants verify`` (which imports no SQLAlchemy for it) all hash through here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from .problems import QT_TRANSLATE_NOOP, Word

#: The "previous hash" of the first entry.
GENESIS = "0" * 64
#: Between the hashed fields (a character no field holds).
SEP = "\x1f"

LINK_BROKEN = Word(QT_TRANSLATE_NOOP("rules", "the previous hash does not match (an entry was removed or altered)"))
CONTENT_ALTERED = Word(QT_TRANSLATE_NOOP("rules", "the content does not match its hash (the entry was altered)"))


def entry_hash(prev_hash: str, at: str, user: str, action: str, entity: str, entity_id: str,
               before: str | None, after: str | None) -> str:
    """SHA-256 over the previous hash and every field of the entry (None written as NUL)."""
    payload = SEP.join((prev_hash, at, user, action, entity, entity_id,
                        "\x00" if before is None else before, "\x00" if after is None else after))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def at_text(at: dt.datetime) -> str:
    """An entry's time as hashed: to the second, ISO."""
    return at.replace(microsecond=0).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str  # LINK_BROKEN or CONTENT_ALTERED
