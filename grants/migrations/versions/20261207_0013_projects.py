"""multi-year projects: project, grant.project_id (a grant renewed for next year)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 07:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], name=op.f("fk_project_beneficiary_id_beneficiary")),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"], name=op.f("fk_project_programme_id_programme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("ref", name=op.f("uq_project_ref")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_beneficiary_id"), ["beneficiary_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_programme_id"), ["programme_id"], unique=False)
    # Added in place, never by copying the grant table (which other tables reference): SQLite adds
    # a column with its named reference (ALTER TABLE ... ADD COLUMN ... REFERENCES), others add both.
    if op.get_context().dialect.name == "sqlite":
        op.execute('ALTER TABLE "grant" ADD COLUMN project_id INTEGER '
                   "CONSTRAINT fk_grant_project_id_project REFERENCES project (id)")
    else:
        op.add_column("grant", sa.Column("project_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_grant_project_id_project", "grant", "project", ["project_id"], ["id"])
    with op.batch_alter_table("grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grant_project_id"))
    with op.batch_alter_table("grant", schema=None) as batch_op:
        if op.get_context().dialect.name != "sqlite":
            batch_op.drop_constraint("fk_grant_project_id_project", type_="foreignkey")
        batch_op.drop_column("project_id")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_programme_id"))
        batch_op.drop_index(batch_op.f("ix_project_beneficiary_id"))
    op.drop_table("project")
