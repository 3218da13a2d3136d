"""A GUI that paints first and never blocks: the database opens in the task runner behind a
visible loading state, the dashboard and the lists read off the GUI thread, late answers are
dropped, and no query runs on the GUI thread while the main pages are switched and loaded."""

from __future__ import annotations

import logging
import threading

import pytest
import shell_data
from PySide6.QtWidgets import QApplication

from grants.services import query_guard
from grants.ui.main_window import PAGES, MainWindow
from grants.ui.settings import Settings
from grants.ui.tasks import Operation, wait_idle

MAIN_PAGES = tuple(key for key, _title in PAGES)  # every page of the navigation


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


def test_the_window_paints_its_loading_state_before_the_database_opens(qtbot, db, db_url, settings, monkeypatch):
    from grants.services import session_info

    shell_data.build(db)
    db.dispose()
    release = threading.Event()
    opened_in: list[threading.Thread] = []
    real_open = session_info.open_for_gui

    def slow_open(path, read_only):  # the database takes its time (a large file, an upgrade)
        opened_in.append(threading.current_thread())
        assert release.wait(20)
        return real_open(path, read_only)

    monkeypatch.setattr(session_info, "open_for_gui", slow_open)
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.open_database(db_url)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: bool(opened_in))
    # painted and live while the database opens: the loading state, no navigation
    assert w.waiting.isVisible() and w.waiting.text() == "Opening the database…"
    assert w.stack.currentWidget() is w.waiting
    assert not w.nav.isEnabled() and not w.page_actions["grant"].isEnabled()
    assert not w.waiting.grab().isNull()
    release.set()
    assert wait_idle()
    assert opened_in[0] is not threading.main_thread()  # opened in the task runner
    assert w.ctx is not None and w.nav.isEnabled() and w.stack.currentWidget() is w.pages["dashboard"]
    assert w.pages["dashboard"].data is not None and w.status_user.text() == "User: tester"


def test_a_database_that_cannot_be_opened_is_told_not_thrown(qtbot, tmp_path, settings, monkeypatch):
    shown = []
    monkeypatch.setattr("grants.ui.errors.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr("grants.ui.errors.show_problems", lambda parent, problems, lang, title="": shown.append(problems))
    not_a_db = tmp_path / "letter.db"
    not_a_db.write_bytes(b"this is not a database" * 100)
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.show()
    w.open_database(str(not_a_db))
    assert wait_idle()
    assert len(shown) == 1 and w.ctx is None
    assert "No database is open" in w.waiting.text() and w.waiting.isVisible()


def test_a_list_loads_in_the_runner_and_drops_a_late_answer(qtbot, db, settings):
    from grants.ui.context import AppContext
    from grants.ui.list_page import ListPage

    ids = shell_data.build(db)
    ctx = AppContext(db, lang="en")
    ctx.settings = settings
    page = ListPage(ctx, "grant")
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    loaded_in: list[threading.Thread] = []
    real_fetch = page.model.fetch

    def fetch(*args, **kwargs):
        loaded_in.append(threading.current_thread())
        return real_fetch(*args, **kwargs)

    page.model.fetch = fetch
    page.ensure_loaded()
    assert page.loading.isVisible() and page.loading.text() == "Loading…"
    assert wait_idle()
    assert page.model.rowCount() == 3 and not page.loading.isVisible()
    assert loaded_in and all(t is not threading.main_thread() for t in loaded_in)
    # a filter, then another before the first answer is shown: only the last one counts
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("recovery"))
    status.setCurrentIndex(status.findData("draft"))
    assert wait_idle()
    assert page.model.ids == [ids["draft"]] and page.model.query.filter_dict().get("status") == "draft"
    # a refresh after a save keeps the selection and the current record
    status.setCurrentIndex(0)
    assert wait_idle()
    page.view.selectRow(page.model.row_of(ids["paid"]))
    ctx.notify(Operation(None, frozenset({"grant"})))
    assert wait_idle()
    assert page.selected_ids() == [ids["paid"]]
    assert page.model.record_id(page.view.currentIndex().row()) == ids["paid"]


def test_no_query_on_the_gui_thread_while_the_main_pages_open(qtbot, db, settings):
    shell_data.build(db)
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.set_database(db)
    w.show()
    assert wait_idle()
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        for _round in range(2):  # built and loaded, then shown again
            for key in MAIN_PAGES:
                page = w.show_page(key)
                if key == "payments":
                    page.setCurrentWidget(page.claims)
                assert wait_idle()
        grants = w.show_page("grant")
        grants.view.horizontalHeader().sectionClicked.emit(grants.model.column_of("amount"))  # sort
        grants.filter_boxes["status"].setCurrentIndex(1)  # filter
        assert wait_idle()
        w.refresh()  # after a save
        assert wait_idle()
        dashboard = w.show_page("dashboard")
        dashboard.year_box.setCurrentIndex(dashboard.year_box.count() - 1)  # another year
        assert wait_idle()
    assert grants.model.rowCount() >= 0 and dashboard.data is not None
    assert on_gui_thread == []


def test_a_slow_query_on_the_gui_thread_is_logged(db, caplog, monkeypatch):
    from sqlalchemy import text

    query_guard.install(db.engine)
    monkeypatch.setattr(query_guard, "SLOW_ON_GUI_THREAD", 0.0)
    with caplog.at_level(logging.WARNING, logger="grants.services.query_guard"), db.reading() as s:
        s.execute(text('SELECT count(*) FROM "grant"'))
    assert any("GUI thread" in r.getMessage() and 'SELECT count(*) FROM "grant"' in r.getMessage() for r in caplog.records)
    caplog.clear()
    def read() -> None:
        with db.reading() as session:
            session.execute(text("SELECT 1"))

    monkeypatch.setattr(query_guard, "SLOW_ON_GUI_THREAD", -1.0)
    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert not caplog.records  # off the GUI thread: nothing to say


def test_ctrl_number_puts_the_focus_in_the_page_list(qtbot, db, settings):
    shell_data.build(db)
    w = MainWindow(settings, "en")
    qtbot.addWidget(w)
    w.set_database(db)
    w.show()
    w.activateWindow()
    assert wait_idle()
    w.nav.setFocus()
    w.page_actions["grant"].trigger()
    assert wait_idle()
    page = w.pages["grant"]
    assert w.stack.currentWidget() is page
    assert QApplication.focusWidget() is page.view
    w.page_actions["payments"].trigger()
    assert wait_idle()
    assert QApplication.focusWidget() is w.pages["payments"].payments.view


def test_a_dialog_reopens_at_the_size_it_was_left(qtbot, db, settings):
    from grants.ui.context import AppContext
    from grants.ui.forms import open_record

    ctx = AppContext(db, lang="en")
    ctx.settings = settings
    form = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(form)
    form.show()
    first = form.size()
    form.resize(first.width() + 150, first.height() + 90)
    form.reject()
    assert settings.dialog_size("BeneficiaryForm") == (first.width() + 150, first.height() + 90)
    again = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (first.width() + 150, first.height() + 90)
    settings.set_dialog_size("BeneficiaryForm", 50, 40)  # never smaller than the content needs
    third = open_record(ctx, "beneficiary", None)
    qtbot.addWidget(third)
    third.show()
    assert third.width() >= third.sizeHint().width() and third.height() >= third.sizeHint().height()
