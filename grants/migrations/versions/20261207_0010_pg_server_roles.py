"""PostgreSQL: group roles DATABASE_officer, _finance, _auditor, _admin and the privileges the server enforces

Roles are cluster-wide: each is named after the database (``grants_officer`` for the database
``grants``), so that two grants databases on one server never share a group. Created NOLOGIN when
missing, if the migrating login may create roles (CREATEROLE or superuser); otherwise a warning, and
whichever groups the DBA created are granted their privileges. Privileges:

    auditor   SELECT on every table
    officer,  SELECT, INSERT, UPDATE on the business tables (UPDATE also lets them lock a budget
    finance   line FOR UPDATE), DELETE where the application deletes (contacts, measure shares,
              indicators); SELECT only on reference data, roles and settings; INSERT and SELECT on
              audit_entry; the sequences
    admin     everything on every table but UPDATE, DELETE, TRUNCATE of audit_entry
    nobody but the owner may UPDATE or DELETE audit_entry (the trigger of 0006 refuses it anyway)

The same privileges are set as default privileges of the migrating login, so the tables of later
revisions get them too. SQLite: nothing (it has no roles).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:50:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("officer", "finance", "auditor", "admin")
#: Tables the officers and finance read only (reference data, the application's roles and settings).
READ_ONLY = ("alembic_version", "plan_edition", "thematic", "measure", "police_zone", "commune",
             "opinion_threshold", "user_role", "organisation_setting")
#: Tables the application deletes rows from in an officer's or finance's action.
DELETING = ("contact", "grant_measure", "indicator")

UPGRADE = """
DO $grants$
DECLARE
    db text := current_database();
    may_create boolean := (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user);
    g text;
    t text;
    staff text[] := ARRAY[]::text[];
BEGIN
    FOREACH g IN ARRAY ARRAY[{groups}] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_' || g) THEN
            IF may_create THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', db || '_' || g);
            ELSE
                RAISE WARNING 'role % missing and % may not create roles: create it (NOLOGIN) and run grants init again',
                    db || '_' || g, current_user;
                CONTINUE;
            END IF;
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', db, db || '_' || g);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', db || '_' || g);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', db || '_' || g);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I', db || '_' || g);
        IF g = 'auditor' THEN
            CONTINUE;
        END IF;
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', db || '_' || g);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
                       db || '_' || g);
        IF g = 'admin' THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', db || '_' || g);
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %I',
                           db || '_' || g);
        ELSE
            EXECUTE format('GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %I', db || '_' || g);
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE ON TABLES TO %I',
                           db || '_' || g);
            FOREACH t IN ARRAY ARRAY[{read_only}] LOOP
                EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I FROM %I', t, db || '_' || g);
            END LOOP;
            FOREACH t IN ARRAY ARRAY[{deleting}] LOOP
                EXECUTE format('GRANT DELETE ON %I TO %I', t, db || '_' || g);
            END LOOP;
        END IF;
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', db || '_' || g);
    END LOOP;
END
$grants$
"""

DOWNGRADE = """
DO $grants$
DECLARE
    db text := current_database();
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY[{groups}] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_' || g) THEN
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM %I', db || '_' || g);
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM %I', db || '_' || g);
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', db || '_' || g);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', db || '_' || g);
        END IF;
    END LOOP;
END
$grants$
"""


def _array(names: Sequence[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(UPGRADE.format(groups=_array(GROUPS), read_only=_array(READ_ONLY), deleting=_array(DELETING)))


def downgrade() -> None:
    # the roles stay (other logins may be members; they are cluster-wide): only the privileges go
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(DOWNGRADE.format(groups=_array(GROUPS)))
