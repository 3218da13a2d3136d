"""Starting the application: QApplication, logging, error dialog, translators, main window.

The window paints first, in its loading state ("Opening the database…", navigation disabled);
then the database is opened (and upgraded) in the task runner, off the GUI thread, where
SQLAlchemy and Alembic are imported too; the pages are enabled and filled when it is ready.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def _application() -> object:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        if sys.platform == "win32":
            app.setStyle("windowsvista")
    QCoreApplication.setOrganizationName("safe.brussels")
    QCoreApplication.setOrganizationDomain("safe.brussels")
    QCoreApplication.setApplicationName("grants")
    QGuiApplication.setApplicationDisplayName("Grants")
    return app


def run(db: str | None, read_only: bool) -> int:
    """Open the application on ``db`` (path or URL; default: the user's database)."""
    from PySide6.QtCore import QTimer

    from grants.i18n import user_language

    from . import errors, translation
    from .main_window import MainWindow, _app_icon
    from .settings import Settings

    app = _application()
    errors.install_excepthook()  # an error before the log file is open opens it first (errors.hook)
    settings = Settings()
    lang = settings.language or user_language()
    translation.install(lang)
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)  # type: ignore[attr-defined]
    window = MainWindow(settings, lang)
    window.show()
    # The window paints first (its loading state); then the log file is opened (its library and
    # the folder's creation are not worth a later first paint), and the database in the task runner.
    app.processEvents()  # type: ignore[attr-defined]
    log_path = errors.setup_logging()
    log.info("starting: db=%s read_only=%s log=%s", db, read_only, log_path)
    QTimer.singleShot(0, lambda: window.open_database(db, read_only=read_only))
    return int(app.exec())  # type: ignore[attr-defined]
