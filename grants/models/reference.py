"""Reference data: PGSP plan editions, thematics and measures; communes and police zones.

Loaded from ``resources/reference`` by ``grants init``. A new plan edition (2025-2030) is just
more rows: nothing here is specific to one edition.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class PlanEdition(Base):
    __tablename__ = "plan_edition"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # "2021-2024"
    start_year: Mapped[int]
    end_year: Mapped[int]
    title_fr: Mapped[str]
    title_nl: Mapped[str]

    thematics: Mapped[list[Thematic]] = relationship(back_populates="edition", lazy="raise")


class Thematic(Base):
    __tablename__ = "thematic"
    __table_args__ = (UniqueConstraint("edition_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("plan_edition.id"))
    number: Mapped[int]
    label_fr: Mapped[str]
    label_nl: Mapped[str]

    edition: Mapped[PlanEdition] = relationship(back_populates="thematics", lazy="raise")


class Measure(Base):
    __tablename__ = "measure"
    __table_args__ = (UniqueConstraint("edition_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("plan_edition.id"))
    thematic_id: Mapped[int] = mapped_column(ForeignKey("thematic.id"))
    code: Mapped[str] = mapped_column(String(10))  # "1.4"
    description_fr: Mapped[str] = mapped_column(Text)
    description_nl: Mapped[str | None] = mapped_column(Text)
    #: the Dutch description is a working translation shipped with the application, pending the
    #: official text (a ``grants reference load`` of the edition's workbook clears it)
    description_nl_working: Mapped[bool] = mapped_column(default=False, server_default=false())


class PoliceZone(Base):
    __tablename__ = "police_zone"

    code: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # 5339
    name_fr: Mapped[str]
    name_nl: Mapped[str]
    short_name: Mapped[str] = mapped_column(String(40))


class Commune(Base):
    __tablename__ = "commune"

    nis_code: Mapped[str] = mapped_column(String(5), primary_key=True)  # "21001"
    name_fr: Mapped[str]
    name_nl: Mapped[str]
    police_zone_code: Mapped[int] = mapped_column(ForeignKey("police_zone.code"))
