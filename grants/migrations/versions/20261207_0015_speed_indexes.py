"""covering indexes: the audit trail by record (entity_id, entity, action, id), payments by date

The audit check "every record its trail" looks up, for each traced record, its insert entry and,
for each insert entry, a later delete of the same record: with (entity_id, entity, action, id) both
are index seeks (without it, a scan of the entity's entries per record). The budget tables sum the
payments of a date range by code and status: (date, id, status, kind, grant_id, amount) covers them.
The record's id leads: a query by entity alone keeps using ix_audit_entry_entity (id order); the
payment's id follows its date: rows of one date keep their id order, as with ix_payment_date.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 07:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_record", ["entity_id", "entity", "action", "id"], unique=False)
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_date_cover", ["date", "id", "status", "kind", "grant_id", "amount"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_date_cover")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_record")
