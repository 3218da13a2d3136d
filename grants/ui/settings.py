"""The user's settings, declared once, typed, stored in an INI file (QSettings, user scope).

    settings = Settings()            # or Settings(path) in tests
    settings.language = "nl"
    settings.recent_databases        # most recent first

GRANTS_SETTINGS (a file path) overrides the location, for tests and portable installs.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

#: Bumped when the meaning of a stored key changes; older files are migrated in ``_migrate``.
VERSION = 1
MAX_RECENT = 8


class Settings:
    def __init__(self, path: str | os.PathLike[str] | None = None):
        path = path or os.environ.get("GRANTS_SETTINGS")
        if path:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "safe.brussels", "grants")
        self._migrate()

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def _migrate(self) -> None:
        stored = int(self._q.value("version", 0) or 0)
        if stored > VERSION:  # written by a newer release: read what we know, write nothing odd
            return
        if stored != VERSION:
            self._q.setValue("version", VERSION)

    def sync(self) -> None:
        self._q.sync()

    # -- typed accessors ---------------------------------------------------------------------
    def _get(self, key: str, default: Any, type_: type) -> Any:
        value = self._q.value(key, default)
        if value is None:
            return default
        try:
            if type_ is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            if type_ is list:
                if isinstance(value, str):
                    return [value] if value else []
                return [str(v) for v in value]
            return type_(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str | None:
        value = self._get("ui/language", "", str)
        return value if value in ("fr", "nl", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def recent_databases(self) -> list[str]:
        return self._get("files/recent", [], list)

    def add_recent_database(self, path: str) -> None:
        path = str(path)
        items = [p for p in self.recent_databases if p != path]
        self._q.setValue("files/recent", [path, *items][:MAX_RECENT])

    def clear_recent_databases(self) -> None:
        self._q.setValue("files/recent", [])

    @property
    def recent_servers(self) -> list[str]:
        """Servers connected to, most recent first, as ``USER@HOST:PORT/DATABASE`` (never a password)."""
        servers: list[str] = self._get("servers/recent", [], list)
        return servers

    def add_recent_server(self, key: str) -> None:
        items = [k for k in self.recent_servers if k != key]
        self._q.setValue("servers/recent", [key, *items][:MAX_RECENT])

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def last_page(self) -> str:
        return self._get("window/page", "dashboard", str)

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._q.setValue("window/page", value)

    def list_columns(self, entity: str) -> list[str] | None:
        """The columns the user chose for a list (None: the defaults)."""
        if not self._q.contains(f"lists/{entity}/columns"):
            return None
        return self._get(f"lists/{entity}/columns", [], list)

    def set_list_columns(self, entity: str, keys: list[str]) -> None:
        self._q.setValue(f"lists/{entity}/columns", list(keys))

    def list_header_state(self, entity: str) -> QByteArray | None:
        value = self._q.value(f"lists/{entity}/header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_list_header_state(self, entity: str, state: QByteArray) -> None:
        self._q.setValue(f"lists/{entity}/header", state)

    def dialog_size(self, name: str) -> tuple[int, int] | None:
        """The size the user last left a dialog at (None: its own size)."""
        value: Any = self._q.value(f"dialogs/{name}/size")
        try:
            width, height = (int(v) for v in value)
        except (TypeError, ValueError):
            return None
        return (width, height) if width > 0 and height > 0 else None

    def set_dialog_size(self, name: str, width: int, height: int) -> None:
        self._q.setValue(f"dialogs/{name}/size", [int(width), int(height)])
