"""What the application sends out in the organisation's name: SEPA files, statements, letters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class OrganisationSetting(Base):
    """One organisation setting (name, address, iban, bic, logo, signatories), set by an admin."""

    __tablename__ = "organisation_setting"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SepaFile(Base):
    """A SEPA credit-transfer file as committed: its payments carry its message id.

    The file's bytes are kept, so that a file whose rename a crash prevented (or a lost file) is
    written again identically (``grants export sepa --reissue MSGID``)."""

    __tablename__ = "sepa_file"

    message_id: Mapped[str] = mapped_column(String(35), primary_key=True)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(80))
    count: Mapped[int]
    total: Mapped[Decimal]
    checksum: Mapped[str] = mapped_column(String(64))  # SHA-256 of the file's bytes
    path: Mapped[str] = mapped_column(Text)
    execution_date: Mapped[dt.date]
    content: Mapped[str] = mapped_column(Text)  # the XML (UTF-8), in the audit trail with the row
