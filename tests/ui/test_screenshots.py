"""A screenshot of every main screen and of the grant form, in French and in Dutch, at 1280x800 on
the demonstration data: docs/screenshots/<page>_<lang>.png (kept in git, the README shows a few,
refreshed by every run of this file) and out/screens/{fr,nl}/*.png (git-ignored)."""

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
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
#: The name of each page's picture in docs/screenshots (the README links some of them).
DOC_NAMES = {"programme": "programmes", "application": "applications", "beneficiary": "beneficiaries",
             "grant": "grants", "budget_line": "budget_lines"}
#: The grant the README shows: a commune's local plan, advance paid (else the first local plan).
FORM_GRANT = "G-2024-PLPP-21019"


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
        picture = window.grab()
        assert picture.save(str(path)), path
        assert path.stat().st_size > 5_000
        doc = DOCS / f"{DOC_NAMES.get(key, key)}_{lang}.png"
        assert picture.save(str(doc)), doc
    window.show_page("local_plans")
    assert wait_idle()
    assert window.pages["local_plans"].communes_model.rowCount() == 19
    # the grant form, opened from the window as an officer does
    from grants.ui.forms import open_record

    form = open_record(window.ctx, "grant", _form_grant(demo_db), window)
    assert wait_idle()
    qtbot.wait(300)
    picture = form.grab()
    assert picture.save(str(out / "grant_form.png")) and picture.save(str(DOCS / f"grant_form_{lang}.png"))
    form.dirty = False
    form.close()


def _form_grant(db) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with db.reading() as s:  # either backend (pytest --backend=postgresql)
        row = s.execute(text('SELECT id FROM "grant" WHERE ref = :ref'), {"ref": FORM_GRANT}).first() or s.execute(
            text('SELECT g.id FROM "grant" g JOIN programme p ON p.id = g.programme_id WHERE p.kind = \'local_plan\' '
                 "ORDER BY g.id LIMIT 1")).first()
    assert row is not None
    return int(row[0])


def _cut_tabs(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab titles cut (narrower than their text) or a tab bar that would cut rather than scroll."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    found = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisibleTo(window):
            continue
        if bar.elideMode() != Qt.TextElideMode.ElideNone or not bar.usesScrollButtons():
            found.append(f"tab bar {bar.parent().objectName()!r} elides its titles instead of scrolling")
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
            if bar.tabRect(i).width() < need:
                found.append(f"tab {bar.tabText(i)!r}: {bar.tabRect(i).width()} < {need}")
    return found


def _cut_combos(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Drop-downs whose current text is wider than their text field (cut or elided)."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    found = []
    for box in window.findChildren(QComboBox):
        if not box.isVisibleTo(window) or not box.currentText():
            continue
        opt = QStyleOptionComboBox()
        box.initStyleOption(opt)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                           QStyle.SubControl.SC_ComboBoxEditField, box).width()
        need = box.fontMetrics().horizontalAdvance(box.currentText())
        if field < need:
            found.append(f"drop-down {box.objectName() or box.parent().objectName()!r} "
                         f"{box.currentText()!r}: {field} < {need}")
    return found


#: The column that names each row of a list (shown whole: the others give way first).
IDENTIFYING = {"communes": (0,)}


def _cut_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible buttons whose text does not fit (elided), column titles of the main lists cut,
    main lists that scroll sideways, tab titles cut."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QAbstractButton, QTableView

    from grants.ui.widgets import TotalsBar

    found = _cut_tabs(window) + _cut_combos(window)
    for b in window.findChildren(QAbstractButton):
        if b.isVisibleTo(window) and b.text() and b.width() < b.sizeHint().width() - 1:
            found.append(f"button {b.text()!r}: {b.width()} < {b.sizeHint().width()}")
    for view in window.findChildren(QTableView):
        if not view.isVisibleTo(window) or view.objectName() not in ("table", "worklist", "entries", "communes"):
            continue
        header = view.horizontalHeader()
        model = view.model()
        for i in range(header.count()):
            if header.isSectionHidden(i) or (i == header.count() - 1 and header.stretchLastSection()):
                continue
            title = str(model.headerData(i, header.orientation()) or "")
            need = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n")) + 12
            if header.sectionSize(i) < need:
                found.append(f"{view.objectName()} title {title!r}: {header.sectionSize(i)} < {need}")
        for column in IDENTIFYING.get(view.objectName(), ()):  # what names a row is never elided
            if header.isSectionHidden(column):
                continue
            fm = view.fontMetrics()
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data() or "")
                need = fm.horizontalAdvance(text) + 2 * view.style().pixelMetric(
                    view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 4
                if header.sectionSize(column) < need:
                    found.append(f"{view.objectName()} cell {text!r} cut: {header.sectionSize(column)} < {need}")
        bar = getattr(view.parent(), "totals", None)  # a list's totals bar: each total whole
        if isinstance(bar, TotalsBar) and bar.isVisibleTo(window):
            bold = QFont(bar.font())
            bold.setBold(True)
            for i, text in bar.values.items():
                need = QFontMetrics(bold).horizontalAdvance(text) + 10
                if not header.isSectionHidden(i) and header.sectionSize(i) < need:
                    found.append(f"{view.objectName()} total {text!r} cut: {header.sectionSize(i)} < {need}")
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


def _grant_ids(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A closed grant of a call (every tab filled) and a commune's local plan (its Activities tab)."""
    from sqlalchemy import text

    with db.reading() as s:  # either backend (pytest --backend=postgresql)
        found = {}
        for name, kind in (("call", "call_for_projects"), ("plpp", "local_plan")):
            row = s.execute(text('SELECT g.id FROM "grant" g JOIN programme p ON p.id = g.programme_id '
                                 "WHERE p.kind = :kind ORDER BY g.status = 'closed' DESC, g.id LIMIT 1"),
                            {"kind": kind}).first()
            assert row is not None
            found[name] = int(row[0])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_grant_form_fits_1280x800_and_its_tabs_scroll(qtbot, demo_db, tmp_path, lang):
    """The grant form opened from the window at 1280x800: no button cut, no tab title cut (the
    tab bar scrolls with arrows when the titles are longer than the dialog)."""
    from grants.ui.forms import open_record

    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.set_database(demo_db)
    window.set_language(lang)
    window.show()
    assert wait_idle()
    problems = []
    for name, gid in _grant_ids(demo_db).items():
        form = open_record(window.ctx, "grant", gid, window)
        assert wait_idle()
        qtbot.wait(200)
        assert form.width() <= 1280 and form.height() <= 800
        bar = form.tabs.tabBar()
        titles = sum(bar.tabRect(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        if titles > bar.width():  # too long for the dialog: the arrows are there, nothing cut
            assert bar.usesScrollButtons()
        problems += [f"{lang} {name}: {p}" for p in _cut_texts(form)]
        form.dirty = False
        form.close()
    assert not problems, "\n".join(problems)


def test_the_walk_catches_a_cut_tab_title(qtbot):  # type: ignore[no-untyped-def]
    """A bar that elides (the default of some styles) in a narrow dialog is reported; the same
    titles through widgets.scrolling_tabs are not."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

    from grants.ui.widgets import scrolling_tabs

    def dialog(scroll: bool) -> QWidget:
        w = QWidget()
        qtbot.addWidget(w)
        tabs = QTabWidget(w)
        for title in ("Demandes de remboursement (0)", "Documents envoyés (0)", "Verzonden documenten (0)"):
            tabs.addTab(QWidget(), title)
        if scroll:
            scrolling_tabs(tabs)
        else:
            tabs.setElideMode(Qt.TextElideMode.ElideRight)
            tabs.setUsesScrollButtons(False)
        QVBoxLayout(w).addWidget(tabs)
        w.resize(300, 200)
        w.show()
        qtbot.waitExposed(w)
        return w

    assert any("tab" in p for p in _cut_tabs(dialog(scroll=False)))
    assert _cut_tabs(dialog(scroll=True)) == []


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


def test_the_walk_catches_a_cut_drop_down(qtbot):  # type: ignore[no-untyped-def]
    """A drop-down narrower than its current text is reported; sized to its content it is not."""
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

    def page(fit: bool) -> QWidget:
        w = QWidget()
        qtbot.addWidget(w)
        box = QComboBox(w)
        box.addItem("AAP-2024 - Appel à projets 2024 — prévention et sécurité (2024)")
        if fit:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        else:
            box.setMaximumWidth(150)
        QHBoxLayout(w).addWidget(box)
        w.show()
        qtbot.waitExposed(w)
        return w

    assert any("drop-down" in p for p in _cut_combos(page(fit=False)))
    assert _cut_combos(page(fit=True)) == []
