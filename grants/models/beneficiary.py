"""Beneficiaries (communes, police zones, regional bodies, schools, ASBL) and their contacts."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import Category, Language, enum_column


class Beneficiary(Base):
    __tablename__ = "beneficiary"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name_fr: Mapped[str]
    name_nl: Mapped[str]
    category: Mapped[Category] = mapped_column(enum_column(Category, "category"))
    bce: Mapped[str | None] = mapped_column(String(10))  # 10 digits, no separators
    iban: Mapped[str | None] = mapped_column(String(34))  # compact form
    bic: Mapped[str | None] = mapped_column(String(11))
    commune_nis: Mapped[str | None] = mapped_column(ForeignKey("commune.nis_code"))
    police_zone_code: Mapped[int | None] = mapped_column(ForeignKey("police_zone.code"))
    language: Mapped[Language] = mapped_column(enum_column(Language, "language"), default=Language.FR)
    address: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Raised by every change: a form saved from an older version is refused (services.common.check_version).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once by SQLAlchemy's mapper


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    function: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(40))
