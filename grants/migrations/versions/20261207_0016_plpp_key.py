"""plpp_key: the PLPP allocation key (a share per commune and year) and its derogations

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 08:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plpp_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("commune_nis", sa.String(length=5), nullable=False),
        sa.Column("share", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("derogation", sa.Text(), nullable=True),
        sa.CheckConstraint("share >= 0 AND share <= 100", name=op.f("ck_plpp_key_share_percent")),
        sa.ForeignKeyConstraint(["commune_nis"], ["commune.nis_code"], name=op.f("fk_plpp_key_commune_nis_commune")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plpp_key")),
        sa.UniqueConstraint("year", "commune_nis", name=op.f("uq_plpp_key_year_commune_nis")),
    )
    with op.batch_alter_table("plpp_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plpp_key_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plpp_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plpp_key_year"))
    op.drop_table("plpp_key")
