"""A screenshot of every main screen, in French and in Dutch, on the demonstration data
(out/screens/{fr,nl}/*.png, git-ignored; the README shows a few)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grants.ui.main_window import PAGES, MainWindow
from grants.ui.settings import Settings
from grants.ui.tasks import wait_idle


@pytest.fixture(autouse=True)
def english_afterwards():
    """Switching the language installs translators for the whole application: undo it."""
    yield
    from grants.ui import translation

    translation.install("en")

OUT = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, backend):
    """The demo database (a copy, on the tests' backend) for the module."""
    from grants.services.database import Database

    url = backend.demo(tmp_path_factory.mktemp("demo"))
    db = Database(url, user="tester")
    yield db
    db.dispose()
    backend.drop(url)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_screenshot_every_main_screen(qtbot, demo_db, tmp_path, lang):
    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)  # the default size the screens must fit
    window.set_database(demo_db)
    window.set_language(lang)  # through the settings mechanism, as the user would
    assert settings.language == lang
    window.show()
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    for key, _title in PAGES:
        page = window.show_page(key)
        if hasattr(page, "reload"):
            page.reload()
        if key == "payments":
            page.payments.ensure_loaded()
        assert wait_idle()  # the page's figures and rows come from the task runner
        qtbot.wait(200)  # let the re-translated labels lay out before grabbing
        page.updateGeometry()
        qtbot.wait(300)
        path = out / f"{key}.png"
        assert window.grab().save(str(path)), path
        assert path.stat().st_size > 5_000
    window.show_page("local_plans")
    assert wait_idle()
    assert window.pages["local_plans"].communes_model.rowCount() == 19


def _cut_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible buttons whose text does not fit (elided), column titles of the main lists cut,
    main lists that scroll sideways."""
    from PySide6.QtWidgets import QAbstractButton, QTableView

    found = []
    for b in window.findChildren(QAbstractButton):
        if b.isVisibleTo(window) and b.text() and b.width() < b.sizeHint().width() - 1:
            found.append(f"button {b.text()!r}: {b.width()} < {b.sizeHint().width()}")
    for view in window.findChildren(QTableView):
        if not view.isVisibleTo(window) or view.objectName() not in ("table", "worklist", "entries"):
            continue
        header = view.horizontalHeader()
        model = view.model()
        for i in range(header.count()):
            if header.isSectionHidden(i) or (i == header.count() - 1 and header.stretchLastSection()):
                continue
            title = str(model.headerData(i, header.orientation()) or "")
            need = header.fontMetrics().horizontalAdvance(title) + 12
            if header.sectionSize(i) < need:
                found.append(f"{view.objectName()} title {title!r}: {header.sectionSize(i)} < {need}")
        if view.horizontalScrollBar().maximum() > 0:
            found.append(f"{view.objectName()} {view.parent().objectName()} scrolls sideways by "
                         f"{view.horizontalScrollBar().maximum()} px")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_main_page_fits_1280x800(qtbot, demo_db, tmp_path, lang):
    """Walk every main page as an officer at the default size: nothing cut, nothing sideways."""
    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.set_database(demo_db)
    window.set_language(lang)
    window.show()
    problems = []
    for key, _title in PAGES:
        page = window.show_page(key)
        if hasattr(page, "reload"):
            page.reload()
        if key == "payments":
            page.payments.ensure_loaded()
        assert wait_idle()
        table = getattr(page, "view", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # the selection's actions in the bar
        qtbot.wait(300)
        problems += [f"{lang} {key}: {p}" for p in _cut_texts(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_screenshot_the_loading_state(qtbot, demo_db, tmp_path, lang):
    """What an officer sees before the database is open, and while a list reads its rows."""
    from grants.ui import translation

    settings = Settings(tmp_path / "settings.ini")
    translation.install(lang)
    window = MainWindow(settings, lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window._set_opening(True)
    qtbot.wait(100)
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    assert window.waiting.isVisible() and not window.nav.isEnabled()
    assert window.grab().save(str(out / "loading.png"))
    window._set_opening(False)
    window.set_database(demo_db)
    assert wait_idle()
    page = window.show_page("grant")
    assert wait_idle()
    page._set_busy(True)  # as while a sort or a filter is read
    qtbot.wait(100)
    assert page.loading.isVisible()
    assert window.grab().save(str(out / "grant-loading.png"))
    page._set_busy(False)


@pytest.mark.slow
def test_no_query_on_the_gui_thread_on_the_demo_data(qtbot, demo_db, tmp_path):
    """Page switches, list loads, a sort and a year change on the demonstration data: every
    query runs in the task runner, none on the GUI thread."""
    from grants.services import query_guard

    window = MainWindow(Settings(tmp_path / "settings.ini"), "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.set_database(demo_db)
    window.show()
    assert wait_idle()
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        for key, _title in PAGES:
            window.show_page(key)
            assert wait_idle()
        grants = window.show_page("grant")
        grants.view.horizontalHeader().sectionClicked.emit(grants.model.column_of("amount"))
        assert wait_idle()
        dashboard = window.show_page("dashboard")
        dashboard.year_box.setCurrentIndex(dashboard.year_box.count() - 1)
        assert wait_idle()
    assert grants.model.rowCount() > 50
    assert on_gui_thread == [], on_gui_thread[:3]
