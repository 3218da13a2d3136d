"""payment: record the SEPA file each payment was sent in (so it is never sent twice)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sepa_message_id', sa.String(length=35), nullable=True))
        batch_op.add_column(sa.Column('sepa_exported_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payment_sepa_message_id'), ['sepa_message_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_sepa_message_id'))
        batch_op.drop_column('sepa_exported_at')
        batch_op.drop_column('sepa_message_id')
