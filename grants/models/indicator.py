"""Indicators: what a grant's project achieved against its target, tied to one of its PGSP measures.

The annual report's chapter on the PGSP is written from these figures (people accompanied, kg of
laundry, activities held...). Quantities, not money, but exact decimals all the same.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

#: A quantity of an indicator (people, kg, activities, hours...): exact, two decimals at most.
Quantity = Numeric(14, 2, asdecimal=True)


class Indicator(Base):
    """One key figure of a grant's project: its name and unit, the target and what was achieved,
    where the figure comes from (activity report) and a comment."""

    __tablename__ = "indicator"
    __table_args__ = (
        UniqueConstraint("grant_id", "name"),
        CheckConstraint("target IS NULL OR target >= 0", name="target_positive"),
        CheckConstraint("achieved IS NULL OR achieved >= 0", name="achieved_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(40))
    target: Mapped[Decimal | None] = mapped_column(Quantity)
    achieved: Mapped[Decimal | None] = mapped_column(Quantity)
    source: Mapped[str | None] = mapped_column(String(255))
    comment: Mapped[str | None] = mapped_column(Text)
