"""The main window: navigation on the left, one page at a time, menus, status bar, read-only banner.

Pages are built the first time they are shown (the window paints before any database work).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .settings import Settings
from .widgets import Banner, scrolling_tabs

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}  # each in its own language


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


#: (key, title) of every page, in navigation order.
PAGES: tuple[tuple[str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "Programmes and calls")),
    ("application", QT_TRANSLATE_NOOP("MainWindow", "Applications")),
    ("beneficiary", QT_TRANSLATE_NOOP("MainWindow", "Beneficiaries")),
    ("grant", QT_TRANSLATE_NOOP("MainWindow", "Grants")),
    ("budget_line", QT_TRANSLATE_NOOP("MainWindow", "Budget lines")),
    ("local_plans", QT_TRANSLATE_NOOP("MainWindow", "Local plans (PLPP)")),
    ("payments", QT_TRANSLATE_NOOP("MainWindow", "Payments and recoveries")),
    ("worklists", QT_TRANSLATE_NOOP("MainWindow", "Work lists")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("audit_trail", QT_TRANSLATE_NOOP("MainWindow", "Audit trail")),
    ("audit_checks", QT_TRANSLATE_NOOP("MainWindow", "Audit checks")),
)
LIST_ENTITIES = ("programme", "application", "beneficiary", "grant", "budget_line")

ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("MainWindow", "Grant officer"),
              "finance": QT_TRANSLATE_NOOP("MainWindow", "Finance"),
              "auditor": QT_TRANSLATE_NOOP("MainWindow", "Auditor"),
              "admin": QT_TRANSLATE_NOOP("MainWindow", "Administrator")}


class PaymentsPage(QTabWidget):
    """Payments and recovery claims: two lists in tabs."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from .list_page import ListPage

        self.ctx = ctx
        self.setObjectName("paymentsPage")
        self.setDocumentMode(True)
        scrolling_tabs(self)
        self.payments = ListPage(ctx, "payment", self)
        self.claims = ListPage(ctx, "recovery_claim", self)
        self.addTab(self.payments, "")
        self.addTab(self.claims, "")
        self.retranslate()

    def current_list(self) -> Any:
        return self.currentWidget()

    def retranslate(self) -> None:
        self.setTabText(0, QCoreApplication.translate("MainWindow", "Payments"))
        self.setTabText(1, QCoreApplication.translate("MainWindow", "Recovery claims"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, lang: str = "fr", parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.lang = lang
        self.ctx: Any = None
        self.db: Any = None
        self.info: Any = None
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(900, 600))
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

        self.banner = Banner(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setUniformItemSizes(True)
        self.nav.setStyleSheet(
            "#navigation { background: #1f2f46; color: #e8edf5; border: none; padding-top: 8px; font-size: 10.5pt; }"
            "#navigation::item { padding: 8px 14px; border-left: 3px solid transparent; }"
            "#navigation::item:selected { background: #2d4466; color: white; border-left: 3px solid #f2c200; }"
            "#navigation::item:hover:!selected { background: #27405f; }"
            "#navigation:disabled { color: #7f8ea6; }")
        for key, _title in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.waiting = QLabel(self)
        self.waiting.setObjectName("waiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setStyleSheet("#waiting { font-size: 14pt; color: #5d6d7e; }")
        self.stack.addWidget(self.waiting)
        self.opening = False
        self.nav.setEnabled(False)  # until a database is shown
        self.nav.currentRowChanged.connect(self._on_nav)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status_db = QLabel(self)
        self.status_user = QLabel(self)
        self.status_role = QLabel(self)
        self.status_lang = QLabel(self)
        # on the demonstration data: the day its work lists and overdue figures are counted at
        self.status_as_of = QLabel(self)
        self.status_as_of.setObjectName("demoAsOf")
        self.status_as_of.setStyleSheet("#demoAsOf { color: #8a5a00; font-weight: bold; }")
        self.status_as_of.hide()
        for w in (self.status_db, self.status_as_of, self.status_user, self.status_role, self.status_lang):
            w.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.status_db, 1)
        for w in (self.status_as_of, self.status_user, self.status_role, self.status_lang):
            self.statusBar().addPermanentWidget(w)

        self._build_menus()
        self.retranslate()
        self._restore_layout()
        self._update_edit_state()

    # -- menus ------------------------------------------------------------------------------------
    def _action(self, menu: QMenu, slot: Callable[[], Any], shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_open = self._action(self.file_menu, self.choose_database, QKeySequence.StandardKey.Open, "openDatabase")
        self.act_open_snapshot = self._action(self.file_menu, self.choose_snapshot, None, "openSnapshot")
        self.act_connect = self._action(self.file_menu, self.connect_to_server, None, "connectServer")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.act_import = self._action(self.file_menu, self.import_workbook, "Ctrl+I", "importWorkbook")
        self.act_demo = self._action(self.file_menu, self.load_demo_data, None, "loadDemo")
        self.act_take_snapshot = self._action(self.file_menu, self.take_snapshot, None, "takeSnapshot")
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit, "quit")

        self.record_menu = bar.addMenu("")
        self.act_new = self._action(self.record_menu, self.new_record, QKeySequence.StandardKey.New, "newRecord")
        self.act_find = self._action(self.record_menu, self.find, QKeySequence.StandardKey.Find, "find")
        self.act_find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_refresh = self._action(self.record_menu, self.refresh, QKeySequence.StandardKey.Refresh, "refresh")

        self.view_menu = bar.addMenu("")
        self.page_actions: dict[str, QAction] = {}
        for n, (key, _title) in enumerate(PAGES):
            shortcut = f"Ctrl+{n + 1}" if n < 9 else None
            self.page_actions[key] = self._action(self.view_menu, lambda k=key: self.go_to_page(k), shortcut, f"page_{key}")

        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.act_organisation = self._action(self.settings_menu, self.edit_organisation, None, "organisationSettings")

        self.help_menu = bar.addMenu("")
        self.act_log = self._action(self.help_menu, self.show_log_location, None, "logFile")
        self.act_about = self._action(self.help_menu, self.about, None, "about")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))
        if not recent:
            a = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)"))
            a.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "Clear the list"), self.settings.clear_recent_databases)

    # -- database ---------------------------------------------------------------------------------
    def connect_to_server(self, message: str = "", server: str = "") -> Any:
        """File > Connect to a server…: the dialog, then the connection through the task runner;
        returns the task (None when cancelled). When the server asks for a password that libpq
        found nowhere, the dialog comes back asking for it."""
        from .connect_dialog import ConnectDialog

        dialog = ConnectDialog(self, self.settings, message, server)
        self.connect_dialog = dialog  # tests reach the open dialog here
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return None
        user, key = dialog.user.text().strip(), dialog.key()

        def refused(exc: BaseException) -> bool:
            from grants.services.database import needs_password

            if not needs_password(exc):
                return False
            self.connect_to_server(QCoreApplication.translate(
                "MainWindow", "The server asks for a password for {user}: type it below.").format(user=user), key)
            return True

        return self.open_database(dialog.url(), opened=lambda _db: dialog.connected(), refused=refused)

    def open_database(self, path: str | None, read_only: bool = False, *,
                      opened: Callable[[Any], None] | None = None,
                      refused: Callable[[BaseException], bool] | None = None) -> Any:
        """Open a database or a snapshot (detected) in the task runner, then show it; returns the task.

        The window stays live meanwhile: "Opening the database…" on the page area, the navigation
        disabled. A failure is shown (its problems, or the error dialog), never a traceback."""
        from .tasks import load_in_background

        self._set_opening(True)

        def work() -> Any:
            # SQLAlchemy, Alembic (upgrade) and the models are imported here, off the GUI thread
            from grants.services.session_info import open_for_gui, session_info

            db = open_for_gui(path, read_only)
            try:
                return db, session_info(db)
            except BaseException:
                db.dispose()
                raise

        def done(result: Any) -> None:
            db, info = result
            self._set_opening(False)
            self.set_database(db, info)
            if db.path is not None:
                self.settings.add_recent_database(str(db.path))
            if opened is not None:
                opened(db)

        def failed(exc: BaseException) -> None:
            from grants.services.database import hidden_url

            from . import errors

            shown = hidden_url(path)
            log.error("could not open %s", shown, exc_info=(type(exc), exc, exc.__traceback__))
            self._set_opening(False)
            if refused is not None and refused(exc):
                return
            rule = getattr(exc, "problems", None)
            if rule:
                errors.show_problems(self, rule, self.lang, QCoreApplication.translate("MainWindow", "The database could not be opened"))
            else:
                errors.show_error(self, exc)

        return load_in_background(self, work, done, failed)

    def _set_opening(self, opening: bool) -> None:
        """The loading state while a database opens: a message on the page area, no navigation."""
        self.opening = opening
        self.nav.setEnabled(not opening and self.ctx is not None)
        if opening:
            self.waiting.setText(QCoreApplication.translate("MainWindow", "Opening the database…"))
            self.stack.setCurrentWidget(self.waiting)
        elif self.ctx is None:
            self.waiting.setText(QCoreApplication.translate("MainWindow", "No database is open. Use File > Open database."))
        else:
            key = self.current_key()
            page = self.pages.get(key) if key else None
            if page is not None:
                self.stack.setCurrentWidget(page)

    def set_database(self, db: Any, info: Any = None) -> None:
        """Show ``db`` (a grants.services.database.Database): pages are rebuilt for it. ``info`` (the
        session's user, role, location) is read here when not given (the task runner reads it)."""
        from grants.services.session_info import make_read_only_for_auditors, session_info

        from .context import AppContext

        if info is None:
            make_read_only_for_auditors(db)
        old = self.db
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.db = db
        self.ctx = AppContext(db, lang=self.lang, parent=self)
        self.ctx.settings = self.settings
        self.info = info if info is not None else session_info(db)
        if old is not None and old is not db:
            old.dispose()
        self.nav.setEnabled(True)
        self._update_status()
        self._update_banner()
        self._update_edit_state()
        key = self.settings.last_page if any(k == self.settings.last_page for k, _ in PAGES) else "dashboard"
        self.show_page(key)

    def choose_database(self) -> None:
        start = self.settings.recent_databases[0] if self.settings.recent_databases else str(Path.home())
        path, _f = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Open a database"), start,
                                               QCoreApplication.translate("MainWindow", "Grants databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.open_database(path)

    def choose_snapshot(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Open an audit snapshot"), str(Path.home()),
                                               QCoreApplication.translate("MainWindow", "Snapshots (*.snapshot *.db *.sqlite);;All files (*)"))
        if path:
            self.open_database(path, read_only=True)

    # -- pages ------------------------------------------------------------------------------------
    def page_title(self, key: str) -> str:
        return _t(dict(PAGES)[key])

    def _make_page(self, key: str) -> QWidget:
        """The page ``key``, built on first use. A page that cannot be built raises: it fails loudly."""
        ctx = self.ctx
        if key in LIST_ENTITIES:
            from .list_page import ListPage

            return ListPage(ctx, key, self)
        if key == "payments":
            return PaymentsPage(ctx, self)
        factories = {
            "dashboard": ("grants.ui.dashboard", "DashboardPage"),
            "local_plans": ("grants.ui.local_plans", "LocalPlansPage"),
            "worklists": ("grants.ui.worklists", "WorkListsPage"),
            "reports": ("grants.ui.reports_page", "ReportsPage"),
            "audit_trail": ("grants.ui.audit_page", "AuditTrailPage"),
            "audit_checks": ("grants.ui.audit_page", "AuditChecksPage"),
        }
        module, cls = factories[key]
        page = getattr(importlib.import_module(module), cls)(ctx, self)
        if hasattr(page, "show_list"):
            page.show_list.connect(self.show_list)
        return page

    def page(self, key: str) -> QWidget:
        page = self.pages.get(key)
        if page is None:
            page = self._make_page(key)
            page.setObjectName(page.objectName() or f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> QWidget | None:
        if self.ctx is None:
            return None
        row = next(i for i, (k, _t2) in enumerate(PAGES) if k == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _on_nav
        else:
            self._on_nav(row)
        return self.pages.get(key)

    def go_to_page(self, key: str) -> None:
        """Ctrl+number: the page, with the keyboard focus in its main list (not the navigation)."""
        page = self.show_page(key)
        if page is None:
            return
        from PySide6.QtWidgets import QAbstractItemView

        target = self.current_list()
        view = getattr(target, "view", None)
        if not isinstance(view, QAbstractItemView):
            views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
            view = views[0] if views else None
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_nav(self, row: int) -> None:
        if self.ctx is None or row < 0:
            return
        key = PAGES[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.settings.last_page = key
        self._update_edit_state()

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row][0] if row >= 0 and self.ctx is not None else None

    def current_list(self) -> Any:
        page = self.stack.currentWidget()
        if isinstance(page, PaymentsPage):
            return page.current_list()
        return page if hasattr(page, "new_record") and hasattr(page, "focus_search") else None

    def show_list(self, entity: str, filters: dict[str, Any], caption: str = "") -> None:
        """Open the list of ``entity`` filtered to the records behind a figure."""
        if entity in ("payment", "recovery_claim"):
            payments = self.show_page("payments")
            assert isinstance(payments, PaymentsPage)
            target = payments.payments if entity == "payment" else payments.claims
            payments.setCurrentWidget(target)
        else:
            target = self.show_page(entity)
        if target is not None and hasattr(target, "set_filters"):
            target.set_filters(filters, caption or None)

    # -- commands ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        target = self.current_list()
        if target is not None and self.ctx is not None and not self.ctx.read_only:
            target.new_record()

    def find(self) -> None:
        target = self.current_list()
        if target is not None:
            target.focus_search()

    def refresh(self) -> None:
        if self.ctx is not None:
            from .tasks import Operation

            self.ctx.notify(Operation())  # changed nothing said: every open view reloads

    def import_workbook(self) -> None:
        if self.ctx is None or self.ctx.read_only:
            return
        from . import forms

        forms.run_import(self.ctx, self)

    def take_snapshot(self) -> None:
        """A read-only, checksummed copy for auditors, taken off the UI thread (cancellable)."""
        if self.ctx is None or self.db is None or (self.db.path is None and self.db.is_sqlite):
            return
        from . import errors
        from .tasks import run_in_background

        if self.db.path is not None:
            suggested = str(Path(self.db.path).with_name(f"{Path(self.db.path).stem}-snapshot.db"))
        else:  # a server database: named after it, in the home folder
            name = self.db.url.rsplit("/", 1)[-1].split("?")[0] or "grants"
            suggested = str(Path.home() / f"{name}-snapshot.db")
        path, _f = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Take an audit snapshot"), suggested,
                                               QCoreApplication.translate("MainWindow", "Snapshots (*.db);;All files (*)"))
        if not path:
            return
        db = self.ctx.db

        def work(progress: Any) -> Any:
            from grants.services.snapshot import take_snapshot

            return take_snapshot(db, path, progress=progress, overwrite=True)

        def done(info: Any) -> None:
            errors.show_information(self, QCoreApplication.translate("MainWindow", "Audit snapshot"), QCoreApplication.translate("MainWindow", "Snapshot written: {path}\nSnapshot SHA-256 (manifest and content): {hash}\n\nSend this hash separately from the file: "
                "the auditor checks it with grants verify FILE --expect HASH.").format(
                    path=info.path, hash=info.snapshot_sha256))

        run_in_background(self, QCoreApplication.translate("MainWindow", "Taking the audit snapshot…"), work, done)

    def load_demo_data(self) -> None:
        """Load the demonstration dataset (what `grants demo` does), off the UI thread."""
        if self.ctx is None or self.ctx.read_only:
            return
        from PySide6.QtWidgets import QMessageBox

        from . import errors
        from .tasks import run_in_background

        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Demonstration data"),
            QCoreApplication.translate("MainWindow", "Add the demonstration dataset (a realistic 2024 of safe.brussels) to this database? "
               "Records already there are left alone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def work(_progress: Any) -> tuple[str, Any]:
            from grants.demo import load_demo
            from grants.services.session_info import session_info

            return load_demo(db), session_info(db)

        def done(result: tuple[str, Any]) -> None:
            summary, self.info = result
            self._update_status()
            self.refresh()
            errors.show_information(self, QCoreApplication.translate("MainWindow", "Demonstration data"), summary)

        run_in_background(self, QCoreApplication.translate("MainWindow", "Loading the demonstration data…"), work, done, cancellable=False)

    def set_language(self, lang: str) -> None:
        """Switch the language live: translators replaced, every widget re-translated, formats too."""
        from . import translation

        if lang not in LANGUAGE_NAMES:
            return
        self.lang = lang
        self.settings.language = lang
        translation.install(lang)
        if self.ctx is not None:
            self.ctx.lang = lang
            self.ctx.language_changed.emit(lang)
        self.retranslate()

    def edit_organisation(self) -> None:
        """Settings > Organisation: shown to everybody, saved by an administrator (the service checks)."""
        from .organisation_dialog import OrganisationDialog

        if self.ctx is None or self.db is None:
            return
        dialog = OrganisationDialog(self, self.db, self.lang, read_only=self.ctx.read_only)
        dialog.setModal(True)
        dialog.open()

    def show_log_location(self) -> None:
        from . import errors

        errors.show_information(self, QCoreApplication.translate("MainWindow", "Log file"), QCoreApplication.translate("MainWindow", "The log file is:\n%s") % errors.log_file_path())

    def about(self) -> None:
        from grants import __version__ as version

        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About Grants"), QCoreApplication.translate("MainWindow", "<b>Grants</b> %s<br>Subsidies of the Brussels-Capital Region (safe.brussels):"
            " calls, grants, budget, payments, audit.<br><br>Licence EUPL-1.2.") % version)

    # -- state shown ---------------------------------------------------------------------------------
    def _update_status(self) -> None:
        info = self.info
        if info is None:
            for w in (self.status_db, self.status_user, self.status_role):
                w.clear()
        else:
            self.status_db.setText(QCoreApplication.translate("MainWindow", "Database: %s") % info.location)
            self.status_db.setToolTip(info.location)
            self.status_user.setText(QCoreApplication.translate("MainWindow", "User: %s") % info.user)
            role = _t(ROLE_NAMES[info.role]) if info.role in ROLE_NAMES else QCoreApplication.translate("MainWindow", "no role")
            if info.single_user:
                role = QCoreApplication.translate("MainWindow", "%s (single user)") % role
            self.status_role.setText(QCoreApplication.translate("MainWindow", "Role: %s") % role)
        self.status_lang.setText(QCoreApplication.translate("MainWindow", "Language: %s") % LANGUAGE_NAMES.get(self.lang, self.lang))
        self._update_as_of()
        for code, action in self.language_actions.items():
            action.setChecked(code == self.lang)

    def _update_as_of(self) -> None:
        from grants.i18n import format_date
        day = getattr(self.info, "demo_as_of", None)  # read off the GUI thread with the session's info
        self.status_as_of.setVisible(day is not None)
        if day is None:
            self.status_as_of.clear()
            return
        self.status_as_of.setText(QCoreApplication.translate("MainWindow", "Demonstration data as of %s") % format_date(day, self.lang))
        self.status_as_of.setToolTip(QCoreApplication.translate(
            "MainWindow", "The demonstration's story stops on %s: work lists, overdue figures and the dashboard are counted at that day.")
            % format_date(day, self.lang))

    def _update_banner(self) -> None:
        info = self.info
        if info is None or not info.read_only:
            self.banner.hide()
            return
        reason = info.read_only_reason
        if reason == "snapshot":
            from grants.i18n import format_value

            when = format_value(info.snapshot_taken_at, self.lang) if info.snapshot_taken_at else "?"
            text = QCoreApplication.translate("MainWindow", "Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.").replace(
                "%1", when).replace("%2", info.snapshot_taken_by or "?")
        elif reason == "auditor":
            text = QCoreApplication.translate("MainWindow", "Read-only: your role is auditor. Nothing can be changed.")
        else:
            text = QCoreApplication.translate("MainWindow", "Read-only: the database was opened read-only. Nothing can be changed.")
        self.banner.setText("🔒  " + text)
        self.banner.show()

    def _update_edit_state(self) -> None:
        writable = self.ctx is not None and not self.ctx.read_only
        self.act_import.setEnabled(writable)
        self.act_demo.setEnabled(writable)
        # a database file or a server database (copied into a new file), not a snapshot itself
        self.act_take_snapshot.setEnabled(self.ctx is not None and self.db is not None
                                          and (self.db.path is not None or not self.db.is_sqlite)
                                          and getattr(self.db, "snapshot", None) is None)
        self.act_new.setEnabled(writable and self.current_list() is not None)
        for key, action in self.page_actions.items():
            action.setEnabled(self.ctx is not None)
        self.act_organisation.setEnabled(self.ctx is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Grants — safe.brussels"))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.act_open.setText(QCoreApplication.translate("MainWindow", "&Open database…"))
        self.act_open_snapshot.setText(QCoreApplication.translate("MainWindow", "Open audit &snapshot…"))
        self.act_connect.setText(QCoreApplication.translate("MainWindow", "&Connect to a server…"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "&Recent databases"))
        self.act_import.setText(QCoreApplication.translate("MainWindow", "&Import workbook…"))
        self.act_demo.setText(QCoreApplication.translate("MainWindow", "Load the &demonstration data…"))
        self.act_take_snapshot.setText(QCoreApplication.translate("MainWindow", "&Take an audit snapshot…"))
        self.act_quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.record_menu.setTitle(QCoreApplication.translate("MainWindow", "&Record"))
        self.act_new.setText(QCoreApplication.translate("MainWindow", "&New…"))
        self.act_find.setText(QCoreApplication.translate("MainWindow", "&Find"))
        self.act_refresh.setText(QCoreApplication.translate("MainWindow", "&Refresh"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        for key, action in self.page_actions.items():
            action.setText(self.page_title(key))
        self.settings_menu.setTitle(QCoreApplication.translate("MainWindow", "&Settings"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.act_organisation.setText(QCoreApplication.translate("MainWindow", "&Organisation (name, account, logo)…"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_log.setText(QCoreApplication.translate("MainWindow", "Where is the &log file?"))
        self.act_about.setText(QCoreApplication.translate("MainWindow", "&About Grants"))
        for i, (key, _title) in enumerate(PAGES):
            self.nav.item(i).setText(self.page_title(key))
        fm = self.nav.fontMetrics()
        self.nav.setFixedWidth(max(fm.horizontalAdvance(self.page_title(k)) for k, _ in PAGES) + 48)
        if self.ctx is None:
            self.waiting.setText(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self._update_status()
        self._update_banner()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- layout ---------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        import time

        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        from .tasks import running_tasks

        if running_tasks():
            # Quitting cancels the work in progress: it rolls back, nothing is left half-done.
            for task in running_tasks():
                task.cancel()
            deadline = time.monotonic() + 20
            while running_tasks() and time.monotonic() < deadline:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if running_tasks():
                from . import errors

                errors.show_information(self, QCoreApplication.translate("MainWindow", "Work in progress"),
                                        QCoreApplication.translate("MainWindow", "The work in progress is still stopping; try again in a moment."))
                event.ignore()
                return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
        if event.isAccepted() and self.db is not None:
            QTimer.singleShot(0, self.db.dispose)


def _app_icon() -> QIcon | None:
    try:
        from importlib.resources import files

        path = files("grants.resources") / "icons" / "grants.png"
        return QIcon(str(path)) if path.is_file() else None
    except (ModuleNotFoundError, OSError):
        return None
