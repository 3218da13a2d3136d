"""Budget lines: an allocation de base (code) in a fiscal year, with its CE and CL."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class BudgetLine(Base):
    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("year", "code"),
        CheckConstraint("commitment_credits >= 0", name="ce_positive"),
        CheckConstraint("payment_credits >= 0", name="cl_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str]
    commitment_credits: Mapped[Decimal]  # crédits d'engagement (CE)
    payment_credits: Mapped[Decimal]  # crédits de liquidation (CL)


class BudgetYear(Base):
    """A fiscal year's budget regime: ``provisional`` while no budget is voted (provisional twelfths:
    commitments limited month by month to twelfths of the previous year's credits)."""

    __tablename__ = "budget_year"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    provisional: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
