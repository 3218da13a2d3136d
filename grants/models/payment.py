"""Payments (advance, balance, other) and recoveries, prepared and approved by two people."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import PaymentKind, PaymentStatus, enum_column


class Payment(Base):
    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),
                      # the budget tables: payments of a date range by status and kind, covered (0010)
                      Index("ix_payment_date_cover", "date", "id", "status", "kind", "grant_id", "amount"))

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    date: Mapped[dt.date] = mapped_column(index=True)
    #: Always positive; a recovery (money paid back) is a negative flow by its kind.
    amount: Mapped[Decimal] = mapped_column(index=True)  # lists sort by it (200 000 payments)
    kind: Mapped[PaymentKind] = mapped_column(enum_column(PaymentKind, "payment_kind"))
    status: Mapped[PaymentStatus] = mapped_column(
        enum_column(PaymentStatus, "payment_status"), default=PaymentStatus.APPROVED
    )
    reference: Mapped[str | None] = mapped_column(String(80))
    communication: Mapped[str | None] = mapped_column(String(12))  # structured, 12 digits
    recovery_claim_id: Mapped[int | None] = mapped_column(ForeignKey("recovery_claim.id"))
    derogation: Mapped[str | None] = mapped_column(Text)  # why paid on a late justification
    prepared_by: Mapped[str | None] = mapped_column(String(80))
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[dt.datetime | None]
    origin: Mapped[str] = mapped_column(String(10), default="app")  # app | import | demo
    #: The SEPA credit-transfer file (pain.001 message id) the payment was sent to the bank in.
    sepa_message_id: Mapped[str | None] = mapped_column(String(35), index=True)
    sepa_exported_at: Mapped[dt.datetime | None]
