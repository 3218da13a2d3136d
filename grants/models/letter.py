"""Documents sent: every letter produced for a grant (README "Letters"), with its file's SHA-256."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SentDocument(Base):
    """A letter produced for a grant: its kind and language, the day it is dated, whom it is sent
    to, the file written and its SHA-256, who produced it and when (UTC)."""

    __tablename__ = "sent_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(2))
    date: Mapped[dt.date]
    recipient: Mapped[str] = mapped_column(String(255))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime]
