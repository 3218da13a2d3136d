"""application: selected, not granted (waiting_reason, waiting_since)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waiting_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("waiting_since", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("waiting_since")
        batch_op.drop_column("waiting_reason")
