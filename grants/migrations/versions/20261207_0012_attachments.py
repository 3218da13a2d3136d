"""attachments: files kept with a grant, content stored once by SHA-256 (blob, attachment)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 06:45:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_blob_size_positive")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("justification_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_size_positive")),
        sa.ForeignKeyConstraint(["grant_id"], ["grant.id"], name=op.f("fk_attachment_grant_id_grant")),
        sa.ForeignKeyConstraint(["justification_id"], ["justification.id"],
                                name=op.f("fk_attachment_justification_id_justification")),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"], name=op.f("fk_attachment_payment_id_payment")),
        sa.ForeignKeyConstraint(["sha256"], ["blob.sha256"], name=op.f("fk_attachment_sha256_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_grant_id"), ["grant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_justification_id"), ["justification_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_payment_id"), ["payment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_payment_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_justification_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_grant_id"))
    op.drop_table("attachment")
    op.drop_table("blob")
