"""indicator: key figures of a grant's project per PGSP measure (target, achieved, source)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 05:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("target", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("achieved", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint("target IS NULL OR target >= 0", name=op.f("ck_indicator_target_positive")),
        sa.CheckConstraint("achieved IS NULL OR achieved >= 0", name=op.f("ck_indicator_achieved_positive")),
        sa.ForeignKeyConstraint(["grant_id"], ["grant.id"], name=op.f("fk_indicator_grant_id_grant"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], name=op.f("fk_indicator_measure_id_measure")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("grant_id", "name", name=op.f("uq_indicator_grant_id_name")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_grant_id"), ["grant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_measure_id"), ["measure_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_measure_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_grant_id"))
    op.drop_table("indicator")
