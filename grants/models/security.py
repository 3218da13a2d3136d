"""Roles given by the admin to OS users."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .enums import Role, enum_column


class UserRole(Base):
    __tablename__ = "user_role"

    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    active: Mapped[bool] = mapped_column(default=True)
