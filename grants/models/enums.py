"""Closed vocabularies stored as short strings (with a CHECK constraint): the enums themselves live in
:mod:`grants.vocabulary` (no SQLAlchemy), re-exported here for the models."""

from __future__ import annotations

import enum

import sqlalchemy as sa

from grants.vocabulary import (
    Category,
    ExpenseCategory,
    FunderStatus,
    GrantNature,
    GrantStatus,
    Language,
    OpinionKind,
    PaymentKind,
    PaymentStatus,
    ProgrammeKind,
    RecoveryStatus,
    Role,
)

#: Re-exported from :mod:`grants.vocabulary` (defined there, without SQLAlchemy).
__all__ = [
    "Category",
    "ExpenseCategory",
    "FunderStatus",
    "GrantNature",
    "GrantStatus",
    "Language",
    "OpinionKind",
    "PaymentKind",
    "PaymentStatus",
    "ProgrammeKind",
    "RecoveryStatus",
    "Role",
    "enum_column",
]


def enum_column(enum_cls: type[enum.StrEnum], name: str) -> sa.Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint, storing the values."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=30,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
