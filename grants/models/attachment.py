"""Files kept with a grant (signed convention, activity report, invoices...) and multi-year projects.

(The ``project`` table lives here too: both came with issue 10, items 4-5.)

File contents live in ``blob``, keyed by their SHA-256: identical content is stored once, whatever
the number of attachments naming it. ``attachment`` says which grant (and, optionally, which
justification or payment) a file belongs to, its kind, name, size and who added it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Blob(Base):
    """A file's content, stored once: its key is the SHA-256 (hex) of the bytes."""

    __tablename__ = "blob"
    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    #: Deferred: listing attachments never loads their bytes.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class Attachment(Base):
    """A file kept with a grant: its kind, name, media type, who added it and when."""

    __tablename__ = "attachment"
    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    justification_id: Mapped[int | None] = mapped_column(ForeignKey("justification.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime]
    note: Mapped[str | None] = mapped_column(Text)


class Project(Base):
    """A multi-year project: the yearly grants of one beneficiary's project, renewed year after year
    (a call for projects renewed, e.g. the 2021 call and its three renewals)."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), index=True)
    first_year: Mapped[int] = mapped_column(Integer)
