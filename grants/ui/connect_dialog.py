"""File > Connect to a server…: host, port, database and user of a grants database on PostgreSQL.

The servers connected to are remembered in the settings (``USER@HOST:PORT/DATABASE``), never a
password. The password comes from where libpq looks (PGPASSWORD, the pgpass file) when the field is
left empty; else it is typed here and may be kept in the operating system's keyring (the
``keyring`` library: Windows Credential Manager, macOS Keychain, Secret Service). Without a keyring
backend the dialog says so and does not offer to remember it. The connection itself is opened by
the main window, through the task runner (``MainWindow.open_database``).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grants.services.database import server_url

#: The keyring's service name under which passwords are kept (one entry per server key).
KEYRING_SERVICE = "grants (safe.brussels)"
_KEY = re.compile(r"^(?P<user>[^@]*)@(?P<host>[^:/]*):(?P<port>\d+)/(?P<database>.+)$")


def keyring_backend() -> Any:
    """The OS keyring, or None when none is usable (no backend, or only the failing/null ones)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring installation is no keyring
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def server_key(user: str, host: str, port: int, database: str) -> str:
    return f"{user}@{host}:{port}/{database}"


def parse_key(key: str) -> dict[str, Any] | None:
    m = _KEY.match(key)
    if m is None:
        return None
    return {"user": m["user"], "host": m["host"], "port": int(m["port"]), "database": m["database"]}


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Any, message: str = "", server: str = "") -> None:
        """``server``: the ``USER@HOST:PORT/DATABASE`` to show (asked again for its password)."""
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.settings = settings
        self.keyring = keyring_backend()
        self.setWindowTitle(self.tr("Connect to a server"))
        intro = QLabel(message or self.tr("A grants database shared by the team on a PostgreSQL server."))
        intro.setObjectName("connectMessage")
        intro.setWordWrap(True)
        self.recent = QComboBox()
        self.recent.setObjectName("recentServers")
        self.recent.addItem(self.tr("(new server)"), "")
        for key in settings.recent_servers:
            self.recent.addItem(key, key)
        self.recent.currentIndexChanged.connect(self._choose_recent)
        self.host = QLineEdit("localhost")
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("grants")
        self.database.setObjectName("database")
        from grants.services.database import os_account

        self.user = QLineEdit(os_account())
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: PGPASSWORD, the pgpass file or the keyring"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("rememberPassword")
        self.no_keyring = QLabel(self.tr("No system keyring is available: the password cannot be remembered."))
        self.no_keyring.setObjectName("noKeyring")
        self.no_keyring.setWordWrap(True)
        self.remember.setVisible(self.keyring is not None)
        self.no_keyring.setVisible(self.keyring is None)
        form = QFormLayout()
        form.addRow(self.tr("Recent servers"), self.recent)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User (login)"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Connect"))
        ok.setObjectName("connectButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if server and parse_key(server) is not None:
            self.recent.blockSignals(True)
            self.recent.setCurrentIndex(max(0, self.recent.findData(server)))
            self.recent.blockSignals(False)
            self._fill(server)
            self.password.setFocus()
        elif settings.recent_servers:
            self.recent.setCurrentIndex(1)
        self.setMinimumWidth(540)  # the Dutch placeholder of the password whole
        self.resize(540, self.sizeHint().height())

    def _choose_recent(self, index: int) -> None:
        self._fill(str(self.recent.itemData(index) or ""))

    def _fill(self, key: str) -> None:
        fields = parse_key(key)
        if fields is None:
            return
        self.host.setText(fields["host"])
        self.port.setValue(fields["port"])
        self.database.setText(fields["database"])
        self.user.setText(fields["user"])
        self.password.clear()

    def key(self) -> str:
        return server_key(self.user.text().strip(), self.host.text().strip(), self.port.value(),
                          self.database.text().strip())

    def kept_password(self) -> str | None:
        if self.keyring is None:
            return None
        try:
            value = self.keyring.get_password(KEYRING_SERVICE, self.key())
        except Exception:  # noqa: BLE001 - a locked or failing keyring: libpq's places, then ask
            return None
        return str(value) if value else None

    def url(self) -> str:
        """The URL to open: the typed password, else the one kept in the keyring, else none (libpq
        then reads PGPASSWORD or the pgpass file)."""
        password = self.password.text() or self.kept_password()
        return server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip(), password)

    def connected(self) -> None:
        """After the connection succeeded: remember the server, and the password if asked to."""
        self.settings.add_recent_server(self.key())
        if self.keyring is not None and self.remember.isChecked() and self.password.text():
            # not kept (a locked keyring): asked again next time, nothing else changes
            with contextlib.suppress(Exception):
                self.keyring.set_password(KEYRING_SERVICE, self.key(), self.password.text())
