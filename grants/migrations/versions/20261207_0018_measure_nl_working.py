"""measure: description_nl_working (the Dutch description is a working translation)

The shipped reference data now carries Dutch descriptions of every PGSP measure, translated by the
team and marked as working translations until an official file is loaded (``grants reference
load`` clears the flag). ``grants init`` fills them in existing databases (the reference loader's
idempotent update, after this revision): a Dutch text already there that is not a working
translation is never overwritten.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 07:45:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # in place (ALTER TABLE ... ADD COLUMN ... DEFAULT): a batch copy of measure would drop a table
    # that grant_measure and indicator reference, refused with foreign keys on
    with op.batch_alter_table("measure", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("description_nl_working", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    # in place too (ALTER TABLE ... DROP COLUMN: SQLite 3.35+, PostgreSQL)
    with op.batch_alter_table("measure", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("description_nl_working")
