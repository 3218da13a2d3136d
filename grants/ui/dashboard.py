"""The dashboard: the year's figures at a glance; a click on a figure opens the records behind it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from .labels import value_label
from .widgets import Tile, year_header

PALETTE = ["#1f5fa8", "#f2a900", "#2e9d6a", "#c0392b", "#7b5ea7", "#16a2b8", "#8a6d3b", "#5d6d7e"]


def _money(value: Decimal, lang: str) -> str:
    """An amount that never wraps mid-number (grants.i18n.format_money puts no-break spaces
    between the groups and beside €): 87 304 083,00 € (five tiles side by side fit 1280 pixels)."""
    from grants.i18n import format_money

    return format_money(value, lang)


def chart_locale(lang: str) -> Any:
    """The Belgian locale of the language: the charts' numbers get its thousands separators."""
    from PySide6.QtCore import QLocale

    language = {"fr": QLocale.Language.French, "nl": QLocale.Language.Dutch}.get(lang, QLocale.Language.English)
    country = QLocale.Country.Belgium if lang in ("fr", "nl") else QLocale.Country.UnitedKingdom
    return QLocale(language, country)


def common_prefix(codes: list[str]) -> str:
    """The dotted segments every code shares ("25." of 25.002.33.00 and 25.003.43.51), never a whole code."""
    if len(codes) < 2:
        return ""
    parts = [c.split(".") for c in codes]
    shared = []
    for segments in zip(*parts, strict=False):
        if len(set(segments)) != 1:
            break
        shared.append(segments[0])
    shared = shared[: min(len(p) for p in parts) - 1]
    return ".".join(shared) + "." if shared else ""


def _k(value: Decimal) -> float:
    """Thousands of euro, for drawing only (the figures shown as text stay exact)."""
    return float(value / 1000)


class ChartBox(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(270)
        self.setObjectName("chart")

    def replace(self, chart: QChart, lang: str = "en") -> None:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocale(chart_locale(lang))
        chart.setLocalizeNumbers(True)  # 1 250 rather than 1250 on the value axes
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(6, 6, 6, 6))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class DashboardPage(QWidget):
    """``show_list(entity, filters, caption)`` asks the main window for the list behind a figure."""

    show_list = Signal(str, dict, str)

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: Any = None
        self.setObjectName("dashboard")
        top = year_header(self)
        self.loading = QLabel(self)
        self.loading.setObjectName("loading")
        self.loading.setStyleSheet("#loading { color: #5d6d7e; font-style: italic; }")
        top.insertWidget(1, self.loading)

        self.tiles = {key: Tile(self, accent) for key, accent in (
            ("granted", "#1f5fa8"), ("paid", "#2e9d6a"), ("overdue", "#c0392b"),
            ("recoveries", "#f2a900"), ("to_approve", "#7b5ea7"))}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for key, tile in self.tiles.items():
            tile.setObjectName("tile")
            tile.setAccessibleName(key)
            tiles.addWidget(tile)
        self.tiles["granted"].clicked.connect(lambda: self._open(
            "grant", {"year": self._year()}, self.tr("Grants of %1").replace("%1", str(self._year()))))
        self.tiles["paid"].clicked.connect(lambda: self._open(
            "payment", {"year": self._year()}, self.tr("Payments of %1").replace("%1", str(self._year()))))
        self.tiles["overdue"].clicked.connect(lambda: self._open(
            "grant", {"ids": list(self.data.overdue.ids)}, self.tr("Justification overdue")))
        self.tiles["recoveries"].clicked.connect(lambda: self._open("recovery_claim", {"status": "open"}, ""))
        self.tiles["to_approve"].clicked.connect(lambda: self._open("payment", {"status": "prepared"}, ""))

        self.lines_chart, self.categories_chart = ChartBox(self), ChartBox(self)
        self.thematics_chart, self.months_chart = ChartBox(self), ChartBox(self)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.lines_chart, 0, 0)
        grid.addWidget(self.categories_chart, 0, 1)
        grid.addWidget(self.thematics_chart, 1, 0)
        grid.addWidget(self.months_chart, 1, 1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._loaded = False
        self._busy = False
        self._generation = 0
        ctx.changed.connect(lambda _e: self._loaded and self.reload(keep_year=True))
        ctx.language_changed.connect(lambda _l: self._loaded and self.reload(keep_year=True))
        self.retranslate()

    def _year(self) -> int:
        return int(self.year_box.currentData() or (self.data.year if self.data else 0))

    def _open(self, entity: str, filters: dict[str, Any], caption: str) -> None:
        self.show_list.emit(entity, filters, caption)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            QTimer.singleShot(0, self.reload)

    def is_loading(self) -> bool:
        return self._busy

    def reload(self, keep_year: bool = False) -> None:
        """Read the year's figures in the task runner ("Loading…" meanwhile), then show them; the
        answer of an earlier reload (another year) that comes late is dropped."""
        from .tasks import load_in_background

        self._loaded = True
        year = self.year_box.currentData() if keep_year else None
        db, lang = self.ctx.db, self.ctx.lang
        self._generation += 1
        generation = self._generation
        self._set_busy(True)

        def work() -> Any:
            from grants.services import dashboard

            return dashboard.dashboard(db, int(year if year is not None else dashboard.default_year(db)), lang)

        def done(data: Any) -> None:
            if generation == self._generation and isValid(self):
                self._set_busy(False)
                self._show(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                from .tasks import default_on_error

                self._set_busy(False)
                default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.loading.setText(self.tr("Loading…") if busy else "")

    def _show(self, data: Any) -> None:
        self.data = data
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in sorted(set(self.data.years) | {self.data.year}, reverse=True):
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(self.data.year))
        self.year_box.blockSignals(False)
        self._fill()

    # -- figures -----------------------------------------------------------------------------------
    def _fill(self) -> None:
        d, lang = self.data, self.ctx.lang
        self.tiles["granted"].set(self.tr("Granted in %1").replace("%1", str(d.year)), _money(d.granted, lang),
                                  self.tr("%n grant(s)", "", d.grants_count))
        self.tiles["paid"].set(self.tr("Paid in %1").replace("%1", str(d.year)), _money(d.paid, lang))
        self.tiles["overdue"].set(self.tr("Justifications overdue (%1)").replace("%1", str(d.year)), str(d.overdue.count),
                                  self.tr("grants of %1").replace("%1", _money(d.overdue.amount, lang)))
        self.tiles["recoveries"].set(self.tr("Open recoveries"), str(d.open_recoveries.count),
                                     self.tr("%1 to recover").replace("%1", _money(d.open_recoveries.amount, lang)))
        self.tiles["to_approve"].set(self.tr("Payments to approve"), str(d.to_approve.count),
                                     _money(d.to_approve.amount, lang))
        self._lines()
        self._categories()
        self._thematics()
        self._months()

    def _value_axis(self, chart: QChart, series: Any, horizontal: bool = False) -> None:
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        axis.setTitleText(self.tr("thousand €"))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        axis.setMin(0)
        if not axis.max() > 0:  # nothing to draw: a 0-1 scale rather than an empty one
            axis.setMax(1)
        axis.applyNiceNumbers()

    def _lines(self) -> None:
        d, lang = self.data, self.ctx.lang
        chart = QChart()
        chart.setTitle(self.tr("Commitments against credits per budget line"))
        series = QBarSeries()
        sets = [QBarSet(self.tr("Commitment credits")), QBarSet(self.tr("Reserved by grants")), QBarSet(self.tr("Committed"))]
        for s, color in zip(sets, ("#c9d6e8", "#f2a900", "#1f5fa8"), strict=True):
            s.setColor(QColor(color))
            series.append(s)
        for line in d.lines:
            sets[0].append(_k(line.credits))
            sets[1].append(_k(line.reserved))
            sets[2].append(_k(line.committed))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        # the part of the codes that tells the lines apart (002.33.00 of 25.002.33.00): every bar labelled
        prefix = common_prefix([line.code for line in d.lines])
        axis.append([line.code[len(prefix):] for line in d.lines] or [""])
        self._small_labels(axis, len(d.lines))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self._value_axis(chart, series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend_font = chart.legend().font()  # three legends side by side, whole in Dutch too
        legend_font.setPointSizeF(max(7.0, legend_font.pointSizeF() * 0.85))
        chart.legend().setFont(legend_font)
        chart.legend().setShowToolTips(True)
        series.clicked.connect(lambda index, _set: index < len(d.lines) and self._open(
            "grant", {"budget_line": d.lines[index].line_id}, self.tr("Budget line %1").replace("%1", d.lines[index].code)))
        tips = [f"{line.code} — {line.label}: {_money(line.committed, lang)} / {_money(line.credits, lang)}" for line in d.lines]
        self.lines_chart.setToolTip("\n".join(tips))
        self.lines_chart.replace(chart, self.ctx.lang)

    def _categories(self) -> None:
        d, lang = self.data, self.ctx.lang
        chart = QChart()
        chart.setTitle(self.tr("Amounts granted per beneficiary category"))
        series = QPieSeries()
        total = sum((c.amount for c in d.categories), Decimal(0)) or Decimal(1)
        labels = [(value_label(c.key), f"({c.amount * 100 / total:.0f} %)") for c in d.categories]
        # the legend on the right gets about a third of the chart: a long category ("Gewestelijke
        # instelling (6 %)") would be cut; then every share goes under its category
        fm = QFontMetrics(chart.legend().font())
        wide = any(fm.horizontalAdvance(f"{name} {share}") > 130 for name, share in labels)
        for i, c in enumerate(d.categories):
            name, share = labels[i]
            slice_ = series.append(f"{name}<br>{share}" if wide else f"{name} {share}", float(c.amount))
            slice_.setColor(QColor(PALETTE[i % len(PALETTE)]))
            slice_.setProperty("category", c.key)
        series.setHoleSize(0.35)
        series.clicked.connect(lambda sl: self._open("grant", {"year": d.year, "category": sl.property("category")},
                                                     value_label(sl.property("category"))))
        series.hovered.connect(lambda sl, state: self.categories_chart.setToolTip(
            f"{value_label(sl.property('category'))}: {_money(Decimal(str(sl.value())).quantize(Decimal('0.01')), lang)}"
            if state else ""))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.categories_chart.replace(chart, self.ctx.lang)

    def _thematics(self) -> None:
        d = self.data
        chart = QChart()
        chart.setTitle(self.tr("Amounts per PGSP thematic"))
        series = QHorizontalBarSeries()
        bar = QBarSet(self.tr("Granted"))
        bar.setColor(QColor("#2e9d6a"))
        rows = list(reversed(d.thematics))
        for t in rows:
            bar.append(_k(t.amount))
        series.append(bar)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        # every thematic named whole, on two lines at the left of its bar (an officer reads which
        # thematic each bar is, not "4. Traite et trafic des êtres …")
        font = axis.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        axis.setLabelsFont(font)
        axis.setTruncateLabels(False)
        axis.append([self._wrapped(t.label) for t in rows] or [""])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        self._value_axis(chart, series, horizontal=True)
        chart.legend().hide()
        series.clicked.connect(lambda index, _s: index < len(rows) and self._open(
            "grant", {"year": d.year, "thematic": int(rows[index].key)}, rows[index].label))
        self.thematics_chart.setToolTip("\n".join(f"{t.label}: {_money(t.amount, self.ctx.lang)}" for t in d.thematics))
        self.thematics_chart.replace(chart, self.ctx.lang)

    def _small_labels(self, axis: QBarCategoryAxis, n: int) -> None:
        font = axis.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * (0.8 if n > 6 else 0.9)))
        axis.setLabelsFont(font)
        axis.setTruncateLabels(False)  # whole labels ("002.33.00", "juil."), turned when they are many
        longest = max((len(c) for c in axis.categories()), default=0)
        if n > 6 or n * longest > 36:
            axis.setLabelsAngle(-45)

    @staticmethod
    def _wrapped(text: str, width: int = 26) -> str:
        """A long category label on lines of about ``width`` characters (the axis draws rich text),
        never cut: "1. Intégrité physique<br>et psychique des personnes"."""
        import html
        import textwrap

        return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width, break_long_words=False)) or text

    def _months(self) -> None:
        from PySide6.QtCore import QLocale

        d = self.data
        chart = QChart()
        chart.setTitle(self.tr("Payments per month"))
        series = QBarSeries()
        bar = QBarSet(self.tr("Paid"))
        bar.setColor(QColor("#1f5fa8"))
        for v in d.payments_per_month:
            bar.append(_k(v))
        series.append(bar)
        chart.addSeries(series)
        locale = QLocale({"fr": QLocale.Language.French, "nl": QLocale.Language.Dutch}.get(self.ctx.lang, QLocale.Language.English))
        axis = QBarCategoryAxis()
        axis.append([locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)])
        self._small_labels(axis, 12)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self._value_axis(chart, series)
        chart.legend().hide()
        series.clicked.connect(lambda index, _s: self._open(
            "payment", {"month": f"{d.year}-{index + 1:02d}"},
            f"{locale.monthName(index + 1, QLocale.FormatType.LongFormat)} {d.year}"))
        self.months_chart.replace(chart, self.ctx.lang)

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.year_label.setText(self.tr("Year:"))
        if self.data is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
