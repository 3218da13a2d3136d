"""The grant aggregate: decision, measures with shares, amendments, opinions, commitments.

The current amount and period are derived from the initial values and the amendments, never
overwritten.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Percent
from .enums import FunderStatus, GrantNature, GrantStatus, OpinionKind, enum_column


class Grant(Base):
    __tablename__ = "grant"
    __table_args__ = (
        CheckConstraint("initial_amount >= 0", name="amount_positive"),
        CheckConstraint("advance_share >= 0 AND advance_share <= 100", name="advance_share_range"),
        CheckConstraint("project_budget IS NULL OR project_budget > 0", name="project_budget_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), index=True)
    edition_id: Mapped[int | None] = mapped_column(ForeignKey("plan_edition.id"))
    year: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(255))  # purpose (objet)
    initial_amount: Mapped[Decimal]
    advance_share: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0"))
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    justification_deadline: Mapped[dt.date | None]
    required_documents: Mapped[str | None] = mapped_column(Text)
    decision_ref: Mapped[str | None] = mapped_column(String(80))
    decision_date: Mapped[dt.date | None]
    notified_on: Mapped[dt.date | None]
    status: Mapped[GrantStatus] = mapped_column(enum_column(GrantStatus, "grant_status"), index=True)
    #: The multi-year project this yearly grant belongs to (set when a grant is renewed).
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id"), index=True)
    #: Operating or investment subsidy (report 8.4.2); defaults from the budget line's economic class.
    nature: Mapped[GrantNature] = mapped_column(enum_column(GrantNature, "grant_nature"),
                                                default=GrantNature.OPERATING, server_default="operating")
    #: The co-financed project's total budget (blank: not given, no ceiling).
    project_budget: Mapped[Decimal | None]
    #: Raised by every change: a form saved from an older version is refused (services.common.check_version).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once by SQLAlchemy's mapper


class GrantMeasure(Base):
    """A grant's link to a PGSP measure, with its share of the amount in percent."""

    __tablename__ = "grant_measure"
    __table_args__ = (CheckConstraint("share > 0 AND share <= 100", name="share_range"),)

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id", ondelete="CASCADE"), primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"), primary_key=True)
    share: Mapped[Decimal] = mapped_column(Percent)


class GrantCofunder(Base):
    """Another funder of a grant's project (co-financing): its name, amount and status."""

    __tablename__ = "grant_cofunder"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal]
    status: Mapped[FunderStatus] = mapped_column(enum_column(FunderStatus, "funder_status"),
                                                 default=FunderStatus.REQUESTED)


class Amendment(Base):
    """A dated, reasoned change of a grant's amount and/or period (avenant)."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    date: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(Text)
    amount_delta: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    new_period_start: Mapped[dt.date | None]
    new_period_end: Mapped[dt.date | None]
    decision_ref: Mapped[str | None] = mapped_column(String(80))


class Opinion(Base):
    """An opinion or agreement required by the amount (IF, Budget minister, Government)."""

    __tablename__ = "opinion"
    __table_args__ = (UniqueConstraint("grant_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    kind: Mapped[OpinionKind] = mapped_column(enum_column(OpinionKind, "opinion_kind"))
    date: Mapped[dt.date]
    reference: Mapped[str | None] = mapped_column(String(80))


class OpinionThreshold(Base):
    """Amount above which an opinion is required, valid from a date (rules change)."""

    __tablename__ = "opinion_threshold"
    __table_args__ = (UniqueConstraint("kind", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OpinionKind] = mapped_column(enum_column(OpinionKind, "opinion_kind"))
    amount: Mapped[Decimal]
    valid_from: Mapped[dt.date]


class Commitment(Base):
    """An engagement on the commitment credits of a budget line (negative: a release)."""

    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grant.id"), index=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id"), index=True)
    date: Mapped[dt.date]
    amount: Mapped[Decimal]
    reference: Mapped[str | None] = mapped_column(String(80))


class RefSequence(Base):
    """Counters for references generated by the application (G-2024-00001...)."""

    __tablename__ = "ref_sequence"

    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
