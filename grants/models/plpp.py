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


class PlppActivity(Base):
    """An activity of a commune's local plan (entered on its PLPP grant): its title, the PGSP
    thematic it serves (1..9) and the staff the plan funds for it (counts of people)."""

    __tablename__ = "plpp_activity"
    __table_args__ = (
        CheckConstraint("thematic >= 1 AND thematic <= 9", name="thematic_range"),
        CheckConstraint("peace_guardians >= 0 AND street_educators >= 0 AND mediators >= 0", name="staff_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    thematic: Mapped[int]
    peace_guardians: Mapped[int] = mapped_column(default=0)  # gardiens de la paix / gemeenschapswachten
    street_educators: Mapped[int] = mapped_column(default=0)  # éducateurs de rue / straathoekwerkers
    mediators: Mapped[int] = mapped_column(default=0)  # médiateurs / bemiddelaars
