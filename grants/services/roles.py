"""Who may do what: the admin names OS users and gives each a role.

Roles (see :data:`grants.services.security.PERMISSIONS`):
    officer  prepares grants, decisions, commitments, justifications and payments
    finance  also keeps budget lines and approves payments
    auditor  reads everything and writes nothing (services refuse through ``require``, and
             ``Database.transaction`` refuses any write by an auditor, whatever the path)
    admin    everything, and gives the roles

Single-user mode: as long as nobody has a role, the database's user acts as admin and may
approve the payments they prepared themselves (a one-person office). The audit check on
separation of duties (:mod:`grants.services.audit_checks`, check 9) still lists every payment
prepared and approved by the same person. The first role given must be the admin role of the
person giving it, so that nobody locks themselves out; the last active admin cannot be removed
or demoted.

On a server (PostgreSQL), a role is also a membership the server enforces: migration 0010 creates
the group roles ``DATABASE_officer``, ``_finance``, ``_auditor`` and ``_admin`` with their
privileges; :func:`set_role` creates the login when missing (NOLOGIN groups, LOGIN person, no
password unless given) and makes it a member of its one group, :func:`remove_role` takes the group
away, in the same transaction as the application's own table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from grants.models import Role, UserRole

from . import audit
from .database import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, RuleError
from .security import PERMISSIONS, require, role_of, single_user_mode

QT_TRANSLATE_NOOP("rules", "officer")
QT_TRANSLATE_NOOP("rules", "finance")
QT_TRANSLATE_NOOP("rules", "auditor")
QT_TRANSLATE_NOOP("rules", "admin")

_MAX_USER = 80
_MAX_LOGIN = 63  # PostgreSQL's identifiers: 63 bytes


@dataclass(frozen=True)
class UserRoleView:
    username: str
    role: str
    active: bool


@dataclass(frozen=True)
class RoleListing:
    single_user: bool
    users: tuple[UserRoleView, ...]


@dataclass(frozen=True)
class MyRole:
    """The current user's standing, for the GUI (title bar, disabled actions, banner)."""

    user: str
    role: str | None  # None: nobody named this user
    single_user: bool
    can_write: bool
    can_approve: bool
    can_manage_roles: bool


def parse_role(value: str | Role) -> Role:
    try:
        return value if isinstance(value, Role) else Role(str(value).strip().lower())
    except ValueError:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Role: {value} is not one of officer, finance, auditor, admin"), "role",
            value=value) from None


def _username(value: str) -> str:
    name = (value or "").strip()
    if not name or len(name) > _MAX_USER or any(c.isspace() for c in name):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "User: give the OS user name (no spaces, at most {n} characters)"), "user",
            n=_MAX_USER)
    return name


def list_roles(db: Database) -> RoleListing:
    with db.reading() as s:
        rows = s.execute(select(UserRole.username, UserRole.role, UserRole.active).order_by(UserRole.username)).all()
        return RoleListing(single_user=not rows,
                           users=tuple(UserRoleView(u, r.value, bool(a)) for u, r, a in rows))


def my_role(db: Database) -> MyRole:
    with db.reading() as s:
        role = role_of(s, db.user)
        single = single_user_mode(s)
    perms = PERMISSIONS[role] if role is not None else frozenset()
    writable = "write" in perms and not db.read_only
    return MyRole(db.user, role.value if role else None, single, writable,
                  "approve_payment" in perms and not db.read_only, "manage_roles" in perms and not db.read_only)


def apply_role(db: Database) -> MyRole:
    """Call once after opening: an auditor's (or an unknown user's) connection becomes read-only,
    so that the GUI shows it from the start and every write path refuses."""
    me = my_role(db)
    if me.role == Role.AUDITOR.value and not db.read_only:
        db.refuse_writes("auditor")
    return me


def _active_admins(s) -> int:  # type: ignore[no-untyped-def]
    return int(s.scalar(select(func.count()).select_from(UserRole)
                        .where(UserRole.role == Role.ADMIN, UserRole.active.is_(True))) or 0)


def server_group(s: Session, role: Role) -> str:
    """The server's group role for ``role`` in this database (migration 0010): DATABASE_role."""
    return f"{s.execute(text('SELECT current_database()')).scalar_one()}_{role.value}"


def _server_grant(s: Session, db: Database, username: str, role: Role | None, password: str | None) -> None:
    """Make the server login ``username`` a member of ``role``'s group only (None: of none)."""
    if db.is_sqlite:
        return
    from psycopg import errors, sql

    groups = {r: server_group(s, r) for r in Role}
    target = groups[role] if role is not None else ""
    if role is not None and not s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": target}).first():
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Roles: the server has no group role {group}; the owner runs grants init "
                                       "with CREATEROLE, or the database administrator creates it"),
            "role", group=target)
    if len(username.encode("utf-8")) > _MAX_LOGIN:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "User: a server login has at most {n} characters"), "user", n=_MAX_LOGIN)
    exists = s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username}).first() is not None
    if not exists and role is None:
        return
    members = set(s.scalars(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": username}))
    pg: Any = s.connection().connection.driver_connection  # the transaction's own psycopg connection
    user = sql.Identifier(username)
    before = sorted(g for g in groups.values() if g in members)
    after = [target] if role is not None else []
    try:
        if not exists:
            pg.execute(sql.SQL("CREATE ROLE {} LOGIN").format(user))
        for other in before:
            if other != target:
                pg.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), user))
        if role is not None and target not in members:
            pg.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(target), user))
        if password:
            pg.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(user, sql.Literal(password)))
    except errors.InsufficientPrivilege:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Roles: the server does not let {login} create the login {user} or change "
                                       "its group role (it needs CREATEROLE; ask the database administrator); "
                                       "nothing was changed"),
            "user", login=db.user, user=username) from None
    if before != after or not exists or password:
        # the server's side of the change, in the trail too (never the password itself)
        audit.record_many(s, db.user, [audit.Change(
            "update" if exists else "insert", "server_role", username,
            {"groups": before} if exists else None,
            {"groups": after, **({"password_set": True} if password else {})})])


def set_role(db: Database, username: str, role: str | Role, *, password: str | None = None) -> None:
    """Give ``username`` the ``role`` (admin only). The first role ever given must be the admin's own.

    On a server, also the login's membership of the role's group (the login is created if missing,
    with ``password`` if given)."""
    username, new = _username(username), parse_role(role)
    with db.transaction() as s:
        require(s, db.user, "manage_roles")
        if single_user_mode(s) and (username != db.user or new != Role.ADMIN):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Roles: nobody has a role yet; first give yourself the admin role "
                                           "(grants roles set {user} admin), so that you cannot lock yourself out"),
                "user", user=db.user)
        row = s.get(UserRole, username)
        if row is not None and row.role == Role.ADMIN and row.active and new != Role.ADMIN and _active_admins(s) <= 1:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Roles: {user} is the last admin; name another admin first"), "role",
                user=username)
        if row is None:
            s.add(UserRole(username=username, role=new, active=True))
        else:
            row.role, row.active = new, True
        _server_grant(s, db, username, new, password)


def remove_role(db: Database, username: str) -> None:
    """Take ``username``'s role away (admin only); the last admin stays."""
    username = _username(username)
    with db.transaction() as s:
        require(s, db.user, "manage_roles")
        row = s.get(UserRole, username)
        if row is None:
            raise NotFound.single(QT_TRANSLATE_NOOP("rules", "User {user} has no role to remove"), "user", user=username)
        if row.role == Role.ADMIN and row.active and _active_admins(s) <= 1:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Roles: {user} is the last admin; name another admin first"), "user",
                user=username)
        s.delete(row)
        _server_grant(s, db, username, None, None)
