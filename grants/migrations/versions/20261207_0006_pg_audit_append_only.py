"""PostgreSQL: the audit trail is append-only for everybody but the owner of its table

SQLite has had its triggers since 0001; on a server, a trigger refuses UPDATE, DELETE and TRUNCATE
of audit entries unless the login is the table's owner, even for a login granted those privileges.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 05:25:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = """
CREATE OR REPLACE FUNCTION grants_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF session_user IS DISTINCT FROM (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
        RAISE EXCEPTION 'the audit trail is append-only (% refused for %)', TG_OP, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute("CREATE TRIGGER trg_audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
               "FOR EACH ROW EXECUTE FUNCTION grants_audit_append_only()")
    op.execute("CREATE TRIGGER trg_audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
               "FOR EACH STATEMENT EXECUTE FUNCTION grants_audit_append_only()")
    op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS trg_audit_entry_no_truncate ON audit_entry")
    op.execute("DROP TRIGGER IF EXISTS trg_audit_entry_append_only ON audit_entry")
    op.execute("DROP FUNCTION IF EXISTS grants_audit_append_only()")
