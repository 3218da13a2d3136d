"""PostgreSQL: changes made outside the application (psql...) are written into the audit trail

Every writing transaction of the application sets ``grants.app`` (``set_config(..., true)``:
transaction-local); a row trigger on the business tables records any INSERT, UPDATE or DELETE made
without it as an audit entry whose action is ``sql-insert``, ``sql-update`` or ``sql-delete``, by
``session_user``, chained with the same SHA-256 as the application's entries (the chain stays
intact) and reported by audit check 11 as changed outside the application. The function runs as
the owner (SECURITY DEFINER: the entry is written even for a login that may not insert into
audit_entry) and takes the writers' advisory lock, so the chain has one last entry.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 06:55:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables watched, with their primary key columns (the entry's entity_id joins them with "/").
TABLES: dict[str, tuple[str, ...]] = {
    "beneficiary": ("id",), "contact": ("id",), "budget_line": ("id",), "budget_year": ("year",),
    "programme": ("id",), "application": ("id",), "grant": ("id",), "grant_measure": ("grant_id", "measure_id"),
    "amendment": ("id",), "commitment": ("id",), "opinion": ("id",), "justification": ("id",),
    "justification_line": ("id",), "payment": ("id",), "recovery_claim": ("id",), "indicator": ("id",),
    "sepa_file": ("id",), "user_role": ("username",), "organisation_setting": ("key",),
}

#: 0x6772616E, grants.services.database.WRITER_LOCK
WRITER_LOCK = 1735549294

FUNCTION = """
CREATE OR REPLACE FUNCTION grants_audit_outside() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $grants$
DECLARE
    old_j jsonb;
    new_j jsonb;
    row_j jsonb;
    before_t text;
    after_t text;
    key_t text := '';
    i int;
    at_v timestamp := date_trunc('second', now() AT TIME ZONE 'UTC');
    action_t text := 'sql-' || lower(TG_OP);
    prev text;
    payload bytea;
BEGIN
    IF current_setting('grants.app', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN old_j := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_j := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_j -> o.key)
          INTO old_j, new_j
          FROM jsonb_each(old_j) o WHERE (new_j -> o.key) IS DISTINCT FROM o.value;
        IF old_j IS NULL THEN
            RETURN NULL;  -- nothing changed
        END IF;
    END IF;
    before_t := old_j::text;
    after_t := new_j::text;
    row_j := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        key_t := key_t || CASE WHEN i > 0 THEN '/' ELSE '' END || (row_j ->> TG_ARGV[i]);
    END LOOP;
    PERFORM pg_advisory_xact_lock({lock});
    SELECT hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
    prev := COALESCE(prev, repeat('0', 64));
    -- = grants.services.audit.entry_hash: the fields joined by U+001F, a missing one as NUL
    payload := convert_to(prev || chr(31) || to_char(at_v, 'YYYY-MM-DD"T"HH24:MI:SS') || chr(31) || session_user
                          || chr(31) || action_t || chr(31) || TG_TABLE_NAME || chr(31) || key_t || chr(31), 'UTF8')
               || CASE WHEN before_t IS NULL THEN '\\x00'::bytea ELSE convert_to(before_t, 'UTF8') END
               || '\\x1f'::bytea
               || CASE WHEN after_t IS NULL THEN '\\x00'::bytea ELSE convert_to(after_t, 'UTF8') END;
    INSERT INTO audit_entry (at, "user", action, entity, entity_id, before, after, prev_hash, hash)
    VALUES (at_v, session_user, action_t, TG_TABLE_NAME, key_t, before_t, after_t, prev,
            encode(sha256(payload), 'hex'));
    RETURN NULL;
END
$grants$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION.replace("{lock}", str(WRITER_LOCK)))
    op.execute("REVOKE ALL ON FUNCTION grants_audit_outside() FROM PUBLIC")
    for table, key in TABLES.items():
        args = ", ".join(f"'{c}'" for c in key)
        op.execute(f'CREATE TRIGGER trg_{table}_audit_outside AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                   f"FOR EACH ROW EXECUTE FUNCTION grants_audit_outside({args})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_audit_outside ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS grants_audit_outside()")
