"""The lists: rows from SQL queries, sorted, filtered and searched in SQL, totals, column choice."""

from __future__ import annotations

from decimal import Decimal

import pytest
import shell_data
from PySide6.QtCore import Qt

from grants.ui.context import AppContext
from grants.ui.list_page import ListPage
from grants.ui.settings import Settings
from grants.ui.tasks import wait_idle


@pytest.fixture
def data(db):
    return shell_data.build(db)


@pytest.fixture
def ctx(db, tmp_path):
    c = AppContext(db, lang="fr")
    c.settings = Settings(tmp_path / "settings.ini")
    return c


def _page(qtbot, ctx, entity) -> ListPage:
    page = ListPage(ctx, entity)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.ensure_loaded()
    assert wait_idle()  # the query runs in the task runner
    return page


def _column(page: ListPage, key: str) -> list[str]:
    col = page.model.column_of(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_grants_list_shows_figures_in_belgian_format_and_totals(qtbot, ctx, data):
    page = _page(qtbot, ctx, "grant")
    assert page.model.rowCount() == 3
    assert _column(page, "ref")[0] == "G-2024-00003"  # by default the latest year first, newest first
    page.view.horizontalHeader().sectionClicked.emit(page.model.column_of("ref"))
    assert wait_idle()
    assert _column(page, "ref") == ["G-2024-00001", "G-2024-00002", "G-2024-00003"]
    row = page.model.row_texts(1)
    # paid: approved payments only (the 1 000 prepared is to approve); no balance before the justification
    assert row["amount"] == "40\u202f000,00\u00a0€" and row["paid"] == "24\u202f000,00\u00a0€" and row["balance"] == ""
    assert row["to_approve"] == "1\u202f000,00\u00a0€"
    balance = page.model.index(1, page.model.column_of("balance"))  # shown as a dash that says why
    assert balance.data() == "—" and "justification" in balance.data(Qt.ItemDataRole.ToolTipRole)
    assert row["status"] == "Advance paid"
    amount = page.model.index(1, page.model.column_of("amount"))
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # the recovery grant owes money back: its balance is negative, shown in red
    assert page.model.row_texts(2)["balance"] == "-2\u202f500,00\u00a0€"
    assert page.model.totals["amount"] == Decimal("300000.00")
    assert page.totals.values[page.model.column_of("amount")] == "300\u202f000,00\u00a0€"
    assert "3" in page.count_label.text()


def test_sort_by_clicking_the_header_is_done_by_the_query(qtbot, ctx, data):
    page = _page(qtbot, ctx, "grant")
    header = page.view.horizontalHeader()
    header.sectionClicked.emit(page.model.column_of("amount"))  # money sorts largest first
    assert wait_idle()
    assert _column(page, "amount") == ["250\u202f000,00\u00a0€", "40\u202f000,00\u00a0€", "10\u202f000,00\u00a0€"]
    header.sectionClicked.emit(page.model.column_of("amount"))
    assert wait_idle()
    assert _column(page, "amount") == ["10\u202f000,00\u00a0€", "40\u202f000,00\u00a0€", "250\u202f000,00\u00a0€"]
    assert page.model.query.sort == "amount" and page.model.query.descending is False


def test_search_as_you_type_and_filters(qtbot, ctx, data):
    page = _page(qtbot, ctx, "payment")
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "00003")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)  # debounced, then in SQL
    assert page.model.row_texts(0)["grant"] == "G-2024-00003"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("prepared"))
    assert wait_idle()
    assert page.model.rowCount() == 1
    assert page.model.row_texts(0)["amount"] == "1\u202f000,00\u00a0€"
    assert page.model.totals["amount"] == Decimal("1000.00")
    assert status.currentText() == "Prepared"


def test_filters_from_a_figure_show_a_chip_that_clears(qtbot, ctx, data):
    page = _page(qtbot, ctx, "grant")
    page.set_filters({"ids": [data["paid"], data["recovery"]], "status": "recovery"}, "From the dashboard")
    assert wait_idle()
    assert page.model.rowCount() == 1 and page.chip.isVisible()
    assert page.filter_boxes["status"].currentData() == "recovery"
    page.clear_extra_filters()
    assert wait_idle()
    assert not page.chip.isVisible() and page.model.rowCount() == 1  # the status filter stays


def test_column_choice_is_remembered(qtbot, ctx, data, tmp_path):
    page = _page(qtbot, ctx, "grant")
    assert "paid" in page.visible_columns() and "category" not in page.visible_columns()
    page.set_column_visible("paid", False)
    page.set_column_visible("category", True)
    assert page.view.isColumnHidden(page.model.column_of("paid"))
    again = _page(qtbot, ctx, "grant")
    assert "paid" not in again.visible_columns() and "category" in again.visible_columns()
    assert Settings(tmp_path / "settings.ini").list_columns("grant") == again.visible_columns()


def test_enter_and_double_click_open_the_record_through_the_forms(qtbot, ctx, data, monkeypatch):
    from grants.ui import forms

    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(forms, "open_record", lambda c, entity, rid, parent=None: opened.append((entity, rid)))
    page = _page(qtbot, ctx, "beneficiary")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(1, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [("beneficiary", page.model.record_id(1))]
    page.view.doubleClicked.emit(page.model.index(0, 1))
    assert opened[-1] == ("beneficiary", page.model.record_id(0))
    page.new_button.click()
    assert opened[-1] == ("beneficiary", None)


def test_every_list_opens(qtbot, ctx, data):
    for entity in ("programme", "application", "beneficiary", "grant", "budget_line", "payment", "recovery_claim"):
        page = _page(qtbot, ctx, entity)
        assert page.model.columnCount() > 3
        for r in range(page.model.rowCount()):
            page.model.row_texts(r)
    claims = _page(qtbot, ctx, "recovery_claim")
    assert claims.model.row_texts(0)["communication"].startswith("+++")
    assert claims.model.row_texts(0)["outstanding"] == "2\u202f500,00\u00a0€"
    lines = _page(qtbot, ctx, "budget_line")
    assert lines.model.row_texts(0)["available_ce"] == "700\u202f000,00\u00a0€"


def test_read_only_disables_new(qtbot, db, data, tmp_path):
    db.refuse_writes("snapshot")
    c = AppContext(db, lang="fr")
    c.settings = Settings(tmp_path / "s.ini")
    page = _page(qtbot, c, "grant")
    assert not page.new_button.isEnabled()


def test_grant_actions_are_those_the_lifecycle_allows(qtbot, ctx, data):
    page = _page(qtbot, ctx, "grant")

    def offered(ids):
        return {a.objectName(): a.isEnabled() for a in page._actions_for(ids)}

    draft = offered([data["draft"]])
    assert {"opinion", "decision"} <= set(draft) and "close" not in draft and "justification" not in draft
    assert draft["bulk_close"] is False and draft["bulk_commit"] is False  # nothing to close or commit on a draft
    paid = offered([data["paid"]])  # advance paid, a payment waiting for approval
    assert {"justification", "approve", "cancel_payment", "amend"} <= set(paid)
    assert "decision" not in paid and "close" not in paid and "advance" not in paid  # one advance per grant
    assert paid["bulk_close"] is False
    recovery = offered([data["recovery"]])  # claim open: follow it, do not close yet
    assert {"refund", "remind", "cancel_claim"} <= set(recovery) and "close" not in recovery
    assert offered([data["draft"], data["recovery"]])["bulk_close"] is True  # closable among the selected


def test_budget_lines_of_all_years_show_their_year(qtbot, ctx, data):
    """One line per code and year: with "All years" the year column shows (two lines of the same
    code would look alike); with one year chosen it goes again. The user's own columns win."""
    from grants.services import budget

    budget.save_budget_line(ctx.db, 2023, "12.002.33.01", "Subsides prévention", Decimal("900000"), Decimal("800000"))
    page = _page(qtbot, ctx, "budget_line")
    year = page.model.column_of("year")
    assert page.filter_boxes["year"].currentData() is None and not page.view.isColumnHidden(year)
    assert sorted(_column(page, "year")) == ["2023", "2024"]
    box = page.filter_boxes["year"]
    box.setCurrentIndex(box.findData(2024))
    assert wait_idle()
    assert page.view.isColumnHidden(year) and page.model.rowCount() == 1
    box.setCurrentIndex(0)
    assert wait_idle()
    assert not page.view.isColumnHidden(year)
    page.set_column_visible("year", False)  # the user's choice
    box.setCurrentIndex(box.findData(2023))
    assert wait_idle()
    box.setCurrentIndex(0)
    assert wait_idle()
    assert page.view.isColumnHidden(year)


@pytest.mark.parametrize(("lang", "category", "status"), [("fr", "Toutes", "Tous"), ("nl", "Alle", "Alle"),
                                                         ("en", "All", "All")])
def test_all_agrees_with_the_filters_noun(qtbot, ctx, data, lang, category, status):
    """French says "Catégorie : Toutes" but "Statut : Tous" (one English "All", two French words)."""
    from grants.ui import translation

    assert translation.install(lang) or lang == "en"  # English: the source texts
    try:
        page = _page(qtbot, ctx, "grant")
        assert page.filter_boxes["category"].itemText(0) == category
        assert page.filter_boxes["status"].itemText(0) == status
    finally:
        translation.install("en")


def test_a_page_the_view_scrolls_to_is_read_off_the_gui_thread(qtbot, ctx, data, monkeypatch):
    # pages of one row: the load reads the visible ones; another is read when the view asks for it,
    # in the task runner (at 60 000 grants a page of figures took 2 s on the GUI thread)
    from grants.services import query_guard
    from grants.ui import list_model

    monkeypatch.setattr(list_model, "PAGE", 1)
    page = _page(qtbot, ctx, "grant")
    model, ref = page.model, page.model.column_of("ref")
    row = 1
    model._pages.pop(row, None)  # a page of rows not in memory (scrolled away and dropped)
    with query_guard.collect_main_thread_queries() as on_gui_thread:
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            assert model.index(row, ref).data() is None  # empty until it comes; asked for
        assert wait_idle()
    assert on_gui_thread == []
    assert model.index(row, ref).data() == model.row_texts(row)["ref"] != ""
    # an answer for the ids of an earlier query is dropped (a sort came meanwhile)
    model._pages.clear()
    assert model.index(row, ref).data() is None
    page.view.horizontalHeader().sectionClicked.emit(ref)  # ascending reference: other ids per row
    assert wait_idle()

    def shown() -> list[str | None]:
        return [model.index(r, ref).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: None not in shown(), timeout=10_000)
    assert shown() == ["G-2024-00001", "G-2024-00002", "G-2024-00003"]


def test_the_rows_show_before_their_totals(qtbot, ctx, data, monkeypatch):
    # the totals read every row's figures (seconds at 60 000 grants): the rows do not wait for them
    import threading

    from grants.services import lists

    release = threading.Event()
    real = lists.list_totals

    def slow_totals(db, query):  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return real(db, query)

    monkeypatch.setattr(lists, "list_totals", slow_totals)
    page = ListPage(ctx, "grant")
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ensure_loaded()
    assert page.model.rowCount() == 3 and _column(page, "ref")[0] == "G-2024-00003"
    paid = page.model.column_of("paid")
    assert page.totals.values.get(paid) in (None, "…")  # not known yet: never a stale or zero total
    release.set()
    assert wait_idle()
    from grants.ui.labels import format_cell

    want = format_cell(real(ctx.db, page.model.query)["paid"], "money", "fr")
    assert page.totals.isVisible() and page.totals.values[paid] == want == "34\u202f000,00\u00a0€"


@pytest.fixture
def english_afterwards():  # type: ignore[no-untyped-def]
    """Switching the window's language installs translators for the whole application: undo it."""
    yield
    from grants.ui import translation

    translation.install("en")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_grants_list_at_1280x800_gives_the_room_to_the_purpose(qtbot, demo_url, tmp_path, lang, english_afterwards):
    """References, statuses and figures at their width (every total whole), the purpose and the
    beneficiary share what is left, the purpose takes any room left; a dragged width is kept."""
    from PySide6.QtGui import QFont, QFontMetrics

    from grants.services.database import Database
    from grants.ui.main_window import MainWindow

    db = Database(demo_url, user="tester")
    window = MainWindow(Settings(tmp_path / "settings.ini"), "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.set_database(db)
    window.set_language(lang)
    window.show()
    page = window.show_page("grant")
    assert wait_idle()
    qtbot.wait(200)
    header, model, fm = page.view.horizontalHeader(), page.model, page.view.fontMetrics()

    def width(key: str) -> int:
        return header.sectionSize(model.column_of(key))

    def widest(key: str, rows: int = 60) -> int:
        col = model.column_of(key)
        return max(fm.horizontalAdvance(str(model.index(r, col).data() or "")) for r in range(min(rows, model.rowCount())))

    assert page.view.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert widest("ref") + 8 <= width("ref") <= widest("ref") + 20  # whole, not wider than it needs
    assert widest("status") + 8 <= width("status") <= max(widest("status"), fm.horizontalAdvance("Status")) + 30
    bold = QFont(page.totals.font())
    bold.setBold(True)
    for key in ("amount", "paid", "balance"):  # each total whole, with little more around it
        need = QFontMetrics(bold).horizontalAdvance(page.totals.values[model.column_of(key)]) + 10
        assert need <= width(key) <= max(need, widest(key) + 12) + 8, key
    # the purpose is no longer a few letters: it has as much as the beneficiary, and room
    assert width("title") >= width("beneficiary") - 1 and width("title") >= 120
    visible = [i for i in range(model.columnCount()) if not page.view.isColumnHidden(i)]
    room = page.view.viewport().width()
    assert room - 12 <= sum(header.sectionSize(i) for i in visible) <= room

    before = {i: header.sectionSize(i) for i in visible}
    texts = ("title", "beneficiary")
    window.resize(1600, 800)  # a wider window: the texts take the room, the others stay
    qtbot.wait(200)
    assert sum(map(width, texts)) >= sum(before[model.column_of(k)] for k in texts) + 300
    assert all(width(model.columns[i].key) == before[i] for i in visible if model.columns[i].key not in texts)
    assert page.view.horizontalScrollBar().maximum() == 0
    assert width("title") >= width("beneficiary")
    wide = sum(map(width, texts))

    page.set_column_visible("balance", False)  # a column less: its room goes to the texts
    assert sum(map(width, texts)) >= wide + before[model.column_of("balance")] - 2
    header.resizeSection(model.column_of("beneficiary"), 300)  # the officer drags a column wider
    window.resize(1800, 800)
    qtbot.wait(200)
    assert width("beneficiary") == 300 and page.view.horizontalScrollBar().maximum() == 0
    window.resize(1280, 800)  # and back: as at first (the dragged column gives way with the purpose)
    qtbot.wait(200)
    assert page.view.horizontalScrollBar().maximum() == 0 and width("title") >= 120
    db.dispose()
