"""sent_document: every letter produced for a grant (kind, language, date, recipient, file, SHA-256)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 06:45:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sent_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=255), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["grant_id"], ["grant.id"], name=op.f("fk_sent_document_grant_id_grant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_document")),
    )
    with op.batch_alter_table("sent_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sent_document_grant_id"), ["grant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sent_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sent_document_grant_id"))
    op.drop_table("sent_document")
