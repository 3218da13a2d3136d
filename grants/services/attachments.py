"""Files kept with a grant: signed convention, justification, activity report, invoice, other.

Contents are stored in the database (table ``blob``), keyed by their SHA-256: identical content is
stored once, so a snapshot carries every file and ``grants verify`` re-hashes them. The audit trail
records the attachment (name, kind, size, SHA-256) and the blob's key and size, never its bytes.

Every function is one user action in one transaction; auditors (read-only role) may list and open
files, never add one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import Attachment, Blob, Grant, Justification, OrganisationSetting, Payment

from .common import get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, RuleError, Word
from .security import require

#: The kinds of file, in the order they are offered.
KINDS: tuple[str, ...] = ("signed_convention", "justification", "activity_report", "invoice", "other")
DEFAULT_KIND = "other"
QT_TRANSLATE_NOOP("rules", "attachment")

#: Size limit per file, in MB (1 MB = 1 048 576 bytes), unless the organisation setting
#: ``attachment_max_mb`` (or the environment variable GRANTS_ATTACHMENT_MAX_MB) says otherwise.
DEFAULT_MAX_MB = 25
MAX_MB_SETTING = "attachment_max_mb"
_MB = 1024 * 1024


@dataclass(frozen=True)
class Attached:
    """What ``attach`` did: the attachment's id, the content's SHA-256 and whether the bytes
    were new (False: identical content was already stored, it is not stored twice)."""

    id: int
    sha256: str
    size: int
    stored: bool


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    grant_id: int
    kind: str
    file_name: str
    size: int
    media_type: str
    sha256: str
    added_by: str
    added_at: dt.datetime
    note: str | None
    justification_id: int | None
    payment_id: int | None


def max_mb(s: Session) -> int:
    """The size limit per file in MB: the organisation setting, else GRANTS_ATTACHMENT_MAX_MB, else 25."""
    row = s.get(OrganisationSetting, MAX_MB_SETTING)
    for text in (row.value if row is not None else None, os.environ.get("GRANTS_ATTACHMENT_MAX_MB")):
        if text and text.strip().isdigit() and int(text) > 0:
            return int(text)
    return DEFAULT_MAX_MB


def check_kind(kind: str | None) -> str:
    k = (kind or DEFAULT_KIND).strip().lower()
    if k not in KINDS:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Kind: {kind} is not one of {kinds}"), "kind",
                               kind=kind, kinds=", ".join(KINDS))
    return k


def read_file(path: str | os.PathLike[str], limit_mb: int) -> bytes:
    """The file's bytes; refused with one line naming the path when it is missing, unreadable,
    empty or larger than the limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise IsADirectoryError(21, "not a file")
        if size > limit_mb * _MB:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "{path}: {size} MB, more than the limit of {limit} MB per file"), "file",
                path=str(p), size=f"{size / _MB:.1f}", limit=limit_mb)
        with open(p, "rb") as fh:
            data = fh.read(limit_mb * _MB + 1)
    except OSError as e:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "{path}: cannot be read ({reason})"), "file",
                               path=str(p), reason=e.strerror or str(e)) from None
    if not data:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "{path}: the file is empty"), "file", path=str(p))
    if len(data) > limit_mb * _MB:  # grew while being read
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "{path}: {size} MB, more than the limit of {limit} MB per file"), "file",
            path=str(p), size=f"{len(data) / _MB:.1f}", limit=limit_mb)
    return data


def media_type_of(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def grant_id_by_ref(db: Database, ref: str) -> int:
    """The grant's id, or refused: "no grant REF"."""
    with db.reading() as s:
        gid = s.scalar(select(Grant.id).where(Grant.ref == ref.strip()))
    if gid is None:
        raise NotFound.single(QT_TRANSLATE_NOOP("rules", "no grant {ref}"), "grant", ref=ref)
    return int(gid)


def attach(db: Database, grant_id: int, path: str | os.PathLike[str], kind: str | None = None, *,
           note: str | None = None, justification_id: int | None = None, payment_id: int | None = None,
           file_name: str | None = None) -> Attached:
    """Keep the file at ``path`` with the grant, in one transaction (identical content stored once)."""
    k = check_kind(kind)
    with db.reading() as s:
        require(s, db.user, "write")
        limit = max_mb(s)
    data = read_file(path, limit)
    digest = hashlib.sha256(data).hexdigest()
    name = (file_name or Path(path).name).strip()[-255:] or "file"
    with db.transaction() as s:
        require(s, db.user, "write")
        get_or_missing(s, Grant, grant_id, "grant")
        if justification_id is not None:
            j = get_or_missing(s, Justification, justification_id, "justification")
            if j.grant_id != grant_id:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Justification {id} is not one of this grant's"),
                                       "justification", id=justification_id)
        if payment_id is not None:
            pay = get_or_missing(s, Payment, payment_id, "payment")
            if pay.grant_id != grant_id:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Payment {id} is not one of this grant's"),
                                       "payment", id=payment_id)
        stored = s.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is None
        if stored:
            s.add(Blob(sha256=digest, size=len(data), content=data))
            s.flush()
        a = Attachment(grant_id=grant_id, justification_id=justification_id, payment_id=payment_id, kind=k,
                       file_name=name, sha256=digest, size=len(data), media_type=media_type_of(name),
                       added_by=db.user, added_at=dt.datetime.now().replace(microsecond=0),
                       note=(note or "").strip() or None)
        s.add(a)
        s.flush()
        return Attached(int(a.id), digest, len(data), stored)


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.grant_id, a.kind, a.file_name, a.size, a.media_type, a.sha256, a.added_by,
                         a.added_at, a.note, a.justification_id, a.payment_id)


def attachments(db: Database, grant_id: int) -> list[AttachmentRow]:
    """The grant's files, oldest first (their bytes are not loaded)."""
    with db.reading() as s:
        return [_row(a) for a in s.scalars(select(Attachment).where(Attachment.grant_id == grant_id)
                                           .order_by(Attachment.added_at, Attachment.id))]


def content(db: Database, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """An attachment and its bytes."""
    with db.reading() as s:
        a = get_or_missing(s, Attachment, attachment_id, "attachment")
        data = s.scalar(select(Blob.content).where(Blob.sha256 == a.sha256))
        if data is None:
            raise NotFound.single(QT_TRANSLATE_NOOP("rules", "No {what} with identifier {key}"), None,
                                  what=Word("attachment"), key=attachment_id)
        return _row(a), bytes(data)


def save_copy(db: Database, attachment_id: int, out: str | os.PathLike[str]) -> Path:
    """Write the attachment's bytes to ``out`` (a file, or a folder: then under its own name)."""
    row, data = content(db, attachment_id)
    target = Path(out)
    if target.is_dir():
        target = target / safe_name(row.file_name)
    target.write_bytes(data)
    return target


def safe_name(name: str) -> str:
    """A file name safe to write in a folder (no folder part, no reserved characters)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in Path(name).name).strip(" .")
    return cleaned or "file"


__all__ = ["DEFAULT_KIND", "DEFAULT_MAX_MB", "KINDS", "Attached", "AttachmentRow", "attach",
           "attachments", "check_kind", "content", "grant_id_by_ref", "max_mb", "read_file", "save_copy"]
