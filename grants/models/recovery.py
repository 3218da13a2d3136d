"""Recovery claims: what a beneficiary must pay back, with a structured communication."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import RecoveryStatus, enum_column


class RecoveryClaim(Base):
    __tablename__ = "recovery_claim"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    date: Mapped[dt.date]
    amount: Mapped[Decimal]
    communication: Mapped[str] = mapped_column(String(12), unique=True)  # 12 digits
    due_date: Mapped[dt.date | None]
    status: Mapped[RecoveryStatus] = mapped_column(enum_column(RecoveryStatus, "recovery_status"), index=True)
    reminders_sent: Mapped[int] = mapped_column(default=0)
    last_reminder_on: Mapped[dt.date | None]
    closed_on: Mapped[dt.date | None]
    reason: Mapped[str | None] = mapped_column(Text)
