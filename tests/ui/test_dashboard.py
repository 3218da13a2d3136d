"""The dashboard: the year's figures, charts, and a click leads to the records behind a figure."""

from __future__ import annotations

import html

import pytest
import shell_data
from PySide6.QtCore import Qt

from grants.ui.context import AppContext
from grants.ui.dashboard import DashboardPage
from grants.ui.tasks import wait_idle


@pytest.fixture
def page(qtbot, db):
    shell_data.build(db)
    p = DashboardPage(AppContext(db, lang="fr"))
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.reload()
    assert wait_idle()  # the figures are read in the task runner
    p.year_box.setCurrentIndex(p.year_box.findData(2024))
    assert wait_idle()
    return p


def _text(label) -> str:  # amounts hold no-break spaces so that they never wrap mid-number
    return label.text().replace("\u00a0", " ")


def test_figures_of_the_year(page):
    assert page.data.year == 2024
    assert _text(page.tiles["granted"].value) == "300\u202f000,00 €"
    assert _text(page.tiles["paid"].value) == "34\u202f000,00 €"  # approved only: the 1 000 prepared is to approve
    assert page.tiles["recoveries"].value.text() == "1"
    assert "2\u202f500,00 €" in _text(page.tiles["recoveries"].detail)
    assert page.tiles["to_approve"].value.text() == "1"
    assert [c.key for c in page.data.categories] == ["commune", "asbl_private"]
    assert page.data.payments_per_month[2] == page.data.paid - page.data.payments_per_month[3]
    chart = page.lines_chart.chart()
    assert chart.series()[0].barSets()[0].at(0) == 1000.0  # CE, in thousand EUR
    assert page.categories_chart.chart().series()[0].count() == 2
    assert page.thematics_chart.chart().series()[0].barSets()[0].count() == 1
    axis = page.thematics_chart.chart().axes(Qt.Orientation.Vertical)[0]  # each bar named whole, never "…"
    shown = [c.replace("<br>", " ") for c in axis.categories()]
    assert [html.unescape(c) for c in shown] == [t.label for t in reversed(page.data.thematics)]
    assert not axis.truncateLabels() and all("…" not in c for c in shown)
    assert page.months_chart.chart().series()[0].barSets()[0].count() == 12
    assert all(c.localizeNumbers() for c in (chart, page.months_chart.chart()))  # 1 250 on the axes
    assert "\u00a0" in page.tiles["granted"].value.text() and " " not in page.tiles["granted"].value.text()


def test_overdue_justifications_are_the_selected_years(qtbot, db):
    import datetime as dt

    from grants.models import Grant
    from grants.services import dashboard

    shell_data.build(db)
    later = dt.date(2031, 1, 1)
    for year in [*dashboard.years(db), 2019]:
        d = dashboard.dashboard(db, year, today=later)
        with db.reading() as s:
            assert {s.get(Grant, i).year for i in d.overdue.ids} <= {year}
    assert dashboard.dashboard(db, 2019, today=later).overdue.count == 0
    assert dashboard.dashboard(db, 2024, today=later).overdue.count >= 1


def test_a_click_on_a_figure_asks_for_the_list_behind_it(qtbot, page):
    asked = []
    page.show_list.connect(lambda entity, filters, caption: asked.append((entity, filters)))
    page.tiles["to_approve"].clicked.emit()
    page.tiles["recoveries"].clicked.emit()
    page.tiles["overdue"].clicked.emit()
    page.lines_chart.chart().series()[0].clicked.emit(0, page.lines_chart.chart().series()[0].barSets()[2])
    page.months_chart.chart().series()[0].clicked.emit(2, page.months_chart.chart().series()[0].barSets()[0])
    pie = page.categories_chart.chart().series()[0]
    pie.clicked.emit(pie.slices()[0])
    assert asked[0] == ("payment", {"status": "prepared"})
    assert asked[1] == ("recovery_claim", {"status": "open"})
    assert asked[2][0] == "grant" and len(asked[2][1]["ids"]) == page.data.overdue.count
    assert asked[3] == ("grant", {"budget_line": page.data.lines[0].line_id})
    assert asked[4] == ("payment", {"month": "2024-03"})
    assert asked[5] == ("grant", {"year": 2024, "category": "commune"})


def test_window_shows_the_list_behind_a_tile(qtbot, db, tmp_path):
    from grants.ui.main_window import MainWindow
    from grants.ui.settings import Settings

    shell_data.build(db)
    w = MainWindow(Settings(tmp_path / "s.ini"), "fr")
    qtbot.addWidget(w)
    w.set_database(db)
    dash = w.show_page("dashboard")
    assert wait_idle()
    dash.tiles["to_approve"].clicked.emit()
    assert wait_idle()
    payments = w.pages["payments"].payments
    assert w.stack.currentWidget() is w.pages["payments"] and payments.model.rowCount() == 1


@pytest.mark.parametrize(("lang", "title"), [("fr", "milliers d'€"), ("nl", "duizend €")])
def test_value_axis_title_in_the_users_language(qtbot, db, lang, title):  # type: ignore[no-untyped-def]
    from grants.ui import translation

    shell_data.build(db)
    assert translation.install(lang)
    try:
        p = DashboardPage(AppContext(db, lang=lang))
        qtbot.addWidget(p)
        p.resize(1280, 800)
        p.show()
        p.reload()
        assert wait_idle()
        axes = p.lines_chart.chart().axes()
        assert title in [a.titleText() for a in axes], [a.titleText() for a in axes]
    finally:
        translation.install("en")
