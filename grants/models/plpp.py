"""The local prevention plans (PLPP): the allocation key of a year's envelope among the communes."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Percent


class PlppKey(Base):
    """A commune's share (percent) of a year's PLPP envelope, and the derogation (its reason) that
    lets its subsidy move outside -1 % / +2 % from the previous year's."""

    __tablename__ = "plpp_key"
    __table_args__ = (
        UniqueConstraint("year", "commune_nis"),
        CheckConstraint("share >= 0 AND share <= 100", name="share_percent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    commune_nis: Mapped[str] = mapped_column(String(5), ForeignKey("commune.nis_code"))
    share: Mapped[Decimal] = mapped_column(Percent)
    derogation: Mapped[str | None] = mapped_column(Text)
