"""The main window: navigation, status bar, read-only banner and disabled edits, language switch."""

from __future__ import annotations

import backends
import pytest
import shell_data
from PySide6.QtWidgets import QApplication

from grants.ui.main_window import PAGES, MainWindow
from grants.ui.settings import Settings
from grants.ui.tasks import wait_idle


@pytest.fixture(autouse=True)
def english_afterwards():
    """Switching the language installs translators for the whole application: undo it."""
    yield
    from grants.ui import translation

    translation.install("en")


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, db, settings):
    shell_data.build(db)
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.set_database(db)
    w.show()
    assert wait_idle()
    return w


def test_every_page_opens_from_the_navigation(qtbot, window):
    for row, (key, _title) in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        assert wait_idle()
    assert window.status_user.text() == "User: tester"
    assert "Administrator" in window.status_role.text()  # single-user mode
    assert backends.location(window.db) in window.status_db.text()
    assert window.status_lang.text() == "Language: English"
    assert not window.banner.isVisible()


def test_list_navigation_and_shortcuts(qtbot, window):
    page = window.show_page("grant")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    window.act_find.trigger()
    assert QApplication.focusWidget() is page.search or not window.isActiveWindow()
    assert window.act_new.isEnabled()


def test_dashboard_figure_leads_to_the_filtered_list(qtbot, window):
    window.show_list("grant", {"status": "recovery"}, "Recoveries")
    assert wait_idle()
    page = window.pages["grant"]
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() == 1
    window.show_list("recovery_claim", {"status": "open"})
    assert wait_idle()
    claims = window.pages["payments"].claims
    assert window.pages["payments"].currentWidget() is claims and claims.model.rowCount() == 1


def test_read_only_database_shows_the_banner_and_disables_edits(qtbot, db, settings, db_url):
    shell_data.build(db)
    db.dispose()
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.show()
    w.open_database(db_url, read_only=True)
    assert wait_idle()
    assert w.banner.isVisible() and "Read-only" in w.banner.text()
    assert not w.act_import.isEnabled() and not w.act_new.isEnabled()
    page = w.show_page("grant")
    assert not page.new_button.isEnabled()
    opened = []
    page.open_record = lambda rid: opened.append(rid)  # Enter still opens (forms show it read-only)
    w.new_record()
    assert opened == []
    if w.db.is_sqlite:  # a server goes to the connect dialog's recent servers instead
        assert w.settings.recent_databases[0] == db_url


def test_auditor_role_is_read_only(qtbot, db, settings):
    from grants.models import Role, UserRole

    with db.transaction() as s:
        s.add(UserRole(username="tester", role=Role.AUDITOR, active=True))
        s.add(UserRole(username="boss", role=Role.ADMIN, active=True))
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.set_database(db)
    assert w.ctx.read_only and w.banner.text().count("auditor") == 1
    assert "Auditor" in w.status_role.text()


def test_language_switch_is_live_and_remembered(qtbot, window, settings):
    page = window.show_page("grant")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.model.row_texts(1)["amount"] == "€40,000.00"
    window.language_actions["nl"].trigger()
    assert wait_idle()
    assert window.ctx.lang == "nl" and settings.language == "nl"
    assert page.model.row_texts(1)["amount"] == "€\u00a040.000,00"
    assert window.status_lang.text().endswith("Nederlands")
    assert window.language_actions["nl"].isChecked()


def test_a_broken_page_fails_loudly(qtbot, window, monkeypatch):
    """No stand-in page: the error reaches the caller (and, in the application, the error dialog)."""
    import importlib

    real_import_module = importlib.import_module

    def broken(name, *args, **kwargs):
        if name == "grants.ui.reports_page":
            raise ImportError(name)
        return real_import_module(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", broken)
    with pytest.raises(ImportError):
        window.page("reports")
    assert "reports" not in window.pages


def test_window_layout_is_remembered(qtbot, window, settings):
    window.resize(1000, 700)
    window.close()
    assert settings.window_geometry is not None


def test_demo_data_loads_from_the_file_menu(qtbot, db, settings, monkeypatch):
    """A new user gets the demonstration data without the command line."""
    from PySide6.QtWidgets import QMessageBox

    from grants.services.schema import table_counts

    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.set_database(db)
    assert w.act_demo.isEnabled()
    w.act_demo.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    assert table_counts(db)["grant"] > 100 and "87" in shown[0]


def test_audit_snapshot_is_taken_from_the_file_menu(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from grants.services.snapshot import verify

    out = tmp_path / "for-the-court.db"
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    assert window.act_take_snapshot.isEnabled()
    window.act_take_snapshot.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert out.exists() and verify(out) == []
    assert "SHA-256" in shown[0]


def test_an_error_before_the_log_file_is_open_opens_it(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The application opens its log file after the window's first paint; an uncaught error before
    that opens it first, so that the error is in the file (as after)."""
    import logging
    import sys
    import threading

    from grants.services import logfile
    from grants.ui import errors

    monkeypatch.setenv("GRANTS_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(logfile, "_LOG_FILE", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "_relay", None)  # no dialog in this test
    root = logging.getLogger()
    before = list(root.handlers)
    errors.install_excepthook()
    monkeypatch.setattr(errors, "_relay", None)
    try:
        try:
            raise ValueError("boom before the first paint")
        except ValueError as exc:
            sys.excepthook(ValueError, exc, exc.__traceback__)
        for h in root.handlers:
            h.flush()
        text = (tmp_path / "logs" / "grants.log").read_text(encoding="utf-8")
        assert "uncaught exception" in text and "boom before the first paint" in text
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        for h in before:  # the handlers of earlier tests, as they were
            if h not in root.handlers:
                root.addHandler(h)
