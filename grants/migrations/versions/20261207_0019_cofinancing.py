"""grant: nature (operating | investment) and project_budget; grant_cofunder (the project's other funders)

A grant is flagged operating (fonctionnement / werking) or investment (investissement /
investering), as report 8.4.2 splits the subsidies. Existing grants take the nature their budget
line's economic class gives (the code's third group: 5x and 6x are capital transfers, hence
investment; anything else, operating), the default the application applies to new grants.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 09:45:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _investment_code(code: str) -> bool:
    """Frozen copy of grants.domain.checks.economic_nature at this revision."""
    parts = [p for p in code.replace(" ", "").split(".") if p]
    return len(parts) >= 3 and parts[2][:1] in ("5", "6")


def upgrade() -> None:
    op.create_table(
        "grant_cofunder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("status", sa.Enum("requested", "granted", "refused", name="funder_status", native_enum=False,
                                    create_constraint=True, length=30), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_grant_cofunder_amount_positive")),
        sa.ForeignKeyConstraint(["grant_id"], ["grant.id"], name=op.f("fk_grant_cofunder_grant_id_grant"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_cofunder")),
    )
    with op.batch_alter_table("grant_cofunder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_cofunder_grant_id"), ["grant_id"], unique=False)
    # Added in place, never by copying the grant table (which other tables reference).
    if op.get_context().dialect.name == "sqlite":
        op.execute("ALTER TABLE \"grant\" ADD COLUMN nature VARCHAR(30) DEFAULT 'operating' NOT NULL "
                   "CONSTRAINT ck_grant_grant_nature CHECK (nature IN ('operating', 'investment'))")
        op.execute('ALTER TABLE "grant" ADD COLUMN project_budget NUMERIC(14, 2) '
                   "CONSTRAINT ck_grant_project_budget_positive CHECK (project_budget IS NULL OR project_budget > 0)")
    else:
        op.add_column("grant", sa.Column("nature", sa.String(length=30), nullable=False, server_default="operating"))
        op.create_check_constraint("ck_grant_grant_nature", "grant", "nature IN ('operating', 'investment')")
        op.add_column("grant", sa.Column("project_budget", sa.Numeric(precision=14, scale=2), nullable=True))
        op.create_check_constraint("ck_grant_project_budget_positive", "grant",
                                   "project_budget IS NULL OR project_budget > 0")
    conn = op.get_bind()
    rows = conn.execute(sa.text('SELECT g.id, l.code FROM "grant" g JOIN budget_line l ON l.id = g.budget_line_id'))
    ids = [{"gid": gid} for gid, code in rows if _investment_code(code or "")]
    if ids:
        conn.execute(sa.text("UPDATE \"grant\" SET nature = 'investment' WHERE id = :gid"), ids)


def downgrade() -> None:
    with op.batch_alter_table("grant", schema=None, recreate="never") as batch_op:
        if op.get_context().dialect.name != "sqlite":
            batch_op.drop_constraint("ck_grant_project_budget_positive", type_="check")
            batch_op.drop_constraint("ck_grant_grant_nature", type_="check")
        batch_op.drop_column("project_budget")
        batch_op.drop_column("nature")
    with op.batch_alter_table("grant_cofunder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grant_cofunder_grant_id"))
    op.drop_table("grant_cofunder")
