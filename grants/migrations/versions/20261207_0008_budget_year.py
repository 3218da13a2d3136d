"""budget_year: a fiscal year may be provisional (no budget voted: commitments by twelfths)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 05:05:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "budget_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_budget_year")),
    )


def downgrade() -> None:
    op.drop_table("budget_year")
