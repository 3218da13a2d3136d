"""grant, beneficiary: a version, raised by every change (a second concurrent save is refused)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 05:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("grant", "beneficiary"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in ("grant", "beneficiary"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
