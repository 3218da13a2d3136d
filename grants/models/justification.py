"""Justifications received for a grant, by expense category."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import ExpenseCategory, enum_column


class Justification(Base):
    __tablename__ = "justification"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    received_on: Mapped[dt.date]
    checked_on: Mapped[dt.date | None]
    admissible: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str | None] = mapped_column(Text)


class JustificationLine(Base):
    __tablename__ = "justification_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    justification_id: Mapped[int] = mapped_column(ForeignKey("justification.id", ondelete="CASCADE"), index=True)
    category: Mapped[ExpenseCategory] = mapped_column(enum_column(ExpenseCategory, "expense_category"))
    claimed: Mapped[Decimal]
    accepted: Mapped[Decimal]
    #: The supplier's invoice or payslip reference: the same expense may count only once.
    evidence_ref: Mapped[str | None] = mapped_column(String(80), index=True)
    description: Mapped[str | None] = mapped_column(String(255))
