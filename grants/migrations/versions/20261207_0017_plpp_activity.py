"""plpp_activity: the activities of a commune's local plan (title, PGSP thematic, staff funded)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 08:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plpp_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("thematic", sa.Integer(), nullable=False),
        sa.Column("peace_guardians", sa.Integer(), nullable=False),
        sa.Column("street_educators", sa.Integer(), nullable=False),
        sa.Column("mediators", sa.Integer(), nullable=False),
        sa.CheckConstraint("thematic >= 1 AND thematic <= 9", name=op.f("ck_plpp_activity_thematic_range")),
        sa.CheckConstraint("peace_guardians >= 0 AND street_educators >= 0 AND mediators >= 0",
                           name=op.f("ck_plpp_activity_staff_positive")),
        sa.ForeignKeyConstraint(["grant_id"], ["grant.id"], name=op.f("fk_plpp_activity_grant_id_grant"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plpp_activity")),
    )
    with op.batch_alter_table("plpp_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plpp_activity_grant_id"), ["grant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plpp_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plpp_activity_grant_id"))
    op.drop_table("plpp_activity")
