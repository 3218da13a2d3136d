"""Roles and what each may do. With no role given to anybody yet, the database is in
single-user mode: its user acts as admin (and the audit checks flag what one person did alone)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import Role, UserRole

from .errors import QT_TRANSLATE_NOOP, PermissionDenied

#: What each role may do. "write" is any change to grants data.
PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.OFFICER: frozenset({"write"}),
    Role.FINANCE: frozenset({"write", "budget", "approve_payment"}),
    Role.ADMIN: frozenset({"write", "budget", "approve_payment", "manage_roles", "settings"}),
    Role.AUDITOR: frozenset(),
}


def role_of(s: Session, user: str) -> Role | None:
    """The user's role; ADMIN in single-user mode; None for a user nobody named."""
    if s.scalar(select(UserRole.username).limit(1)) is None:
        return Role.ADMIN
    row = s.get(UserRole, user)
    return row.role if row is not None and row.active else None


def single_user_mode(s: Session) -> bool:
    return s.scalar(select(UserRole.username).limit(1)) is None


def require(s: Session, user: str, permission: str) -> Role:
    role = role_of(s, user)
    if role is None:
        raise PermissionDenied.single(
            QT_TRANSLATE_NOOP("rules", "User {user} has no role in this database: ask an administrator"), None, user=user
        )
    if permission not in PERMISSIONS[role]:
        raise PermissionDenied.single(
            QT_TRANSLATE_NOOP("rules", "User {user} ({role}) may not do this: {permission} is not allowed for the role"),
            None, user=user, role=role.value, permission=permission,
        )
    return role
