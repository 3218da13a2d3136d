"""Programmes (calls for projects, local plans, police fund, direct grants) and applications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import ProgrammeKind, enum_column

Score = Numeric(5, 2, asdecimal=True)


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str]
    kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind, "programme_kind"))
    year: Mapped[int] = mapped_column(index=True)
    envelope: Mapped[Decimal | None]
    opens: Mapped[dt.date | None]
    closes: Mapped[dt.date | None]
    edition_id: Mapped[int | None] = mapped_column(ForeignKey("plan_edition.id"))


class Application(Base):
    """An application (candidature) to a call for projects."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    title: Mapped[str]
    requested_amount: Mapped[Decimal]
    received_on: Mapped[dt.date]
    measures: Mapped[str | None] = mapped_column(String(255))  # "1.4:60; 2.1:40"
    admissible: Mapped[bool | None] = mapped_column(Boolean)
    admissibility_note: Mapped[str | None] = mapped_column(Text)
    score_relevance: Mapped[Decimal | None] = mapped_column(Score)
    score_efficiency: Mapped[Decimal | None] = mapped_column(Score)
    score_effectiveness: Mapped[Decimal | None] = mapped_column(Score)
    selected: Mapped[bool | None] = mapped_column(Boolean)
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("grant.id"))
    #: Selected by the jury but not granted yet (e.g. no budget validation): why, and since when.
    waiting_reason: Mapped[str | None] = mapped_column(Text)
    waiting_since: Mapped[dt.date | None]
