"""Who runs the application and where its database is, without SQLAlchemy (a command's start-up
reads them before anything else: ``grants.services.lean``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def os_account() -> str:
    """The operating system's account running this process, asked of the OS itself.

    Never from an environment variable (LOGNAME, USER, USERNAME, GRANTS_USER): anybody can set
    those, and the user's name is what separation of duties and the audit trail rest on.
    """
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        size = wintypes.DWORD(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            raise OSError("GetUserNameW failed")
        return buffer.value
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a container's uid without a passwd entry
        return f"uid{uid}"


def current_user() -> str:
    """The user of a SQLite database: the OS account (tests impersonate by patching this function)."""
    return os_account()


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("grants", "safe.brussels")) / "grants.db"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A file path (SQLite) or an SQLAlchemy URL; default GRANTS_DB, else the user data folder."""
    value = str(db) if db else os.environ.get("GRANTS_DB") or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_file(db: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file that ``db`` (or GRANTS_DB, or the default) names as a plain path; None for a URL."""
    value = str(db) if db else os.environ.get("GRANTS_DB") or ""
    return None if "://" in value else Path(resolve_url(db).removeprefix("sqlite:///"))
