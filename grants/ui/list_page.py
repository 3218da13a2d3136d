"""One list screen per entity: search as you type, filters, column choice, totals row,
Enter/double-click opens the record, the selection's workflow actions in the toolbar and the
context menu. Sorting, filtering and searching are done in SQL (see grants.services.lists)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .labels import format_cell, value_label
from .list_model import ListModel
from .widgets import TotalsBar

log = logging.getLogger(__name__)

#: Titles of the lists (translated in context "MainWindow", where the navigation marks them).
#: Padding of a column's width: a cell's text (the delegate's margins and some air), a title
#: (with the sort arrow), a total (TotalsBar paints within the column less 10 px).
CELL_PAD, TITLE_PAD, TOTAL_PAD = 12, 22, 14
#: Texts that name a record: whole as long as possible.
IDENTIFIERS = ("ref", "code", "grant", "communication")
#: Who a row is about: kept before places and other details.
NAMES = ("name", "beneficiary")
#: What a row is for (a grant's purpose, a budget line's label): takes the room the list leaves.
STRETCH = ("title", "label")


def _cut_widest(widths: dict[int, int], floors: dict[int, int], excess: int) -> int:
    """Narrow the columns of ``floors`` (in ``widths``) to a common level, the widest first and
    none below its floor, until ``excess`` pixels are saved; returns the excess left (<= 0 when
    they fit)."""
    if not floors or excess <= 0:
        return excess

    def saved(level: int) -> int:
        return sum(max(0, widths[i] - max(level, floors[i])) for i in floors)

    level = max(widths[i] for i in floors)
    while level > 0 and saved(level) < excess:
        level -= 1
    gained = saved(level)
    for i in floors:
        widths[i] = min(widths[i], max(level, floors[i]))
    return excess - gained


TITLES = {
    "programme": "Programmes and calls", "application": "Applications", "beneficiary": "Beneficiaries",
    "grant": "Grants", "budget_line": "Budget lines", "payment": "Payments", "recovery_claim": "Recovery claims",
}
NOUNS = {
    "programme": "programmes", "application": "applications", "beneficiary": "beneficiaries", "grant": "grants",
    "budget_line": "budget lines", "payment": "payments", "recovery_claim": "recovery claims",
}


def _tr_title(entity: str) -> str:
    from PySide6.QtCore import QCoreApplication

    # The same texts as the navigation and the payments tabs (context "MainWindow").
    return QCoreApplication.translate("MainWindow", TITLES[entity])


class RecordTable(QTableView):
    """A table whose Enter key opens the current record (``open_requested``)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ListPage(QWidget):
    """The list of one entity. ``ctx`` is the AppContext. Its queries run in the task runner;
    ``loaded`` is emitted when an answer is shown."""

    loaded = Signal()

    def __init__(self, ctx: Any, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.setObjectName(f"list_{entity}")
        from grants.services import lists

        self._filters_spec = lists.filters(entity)
        self._extra_filters: dict[str, Any] = {}  # set from outside (dashboard click), shown as a chip
        self._loaded = False
        self._fitted = False
        #: Each column's own width (its title, the first rows, its total; or the user's drag), by
        #: key: the page lays the columns out from these at every size (see _fit_to_width).
        self._wanted: dict[str, int] = {}
        self._fitting = False  # the page is sizing the columns itself (not the user's drag)
        self._years_loaded = False
        #: Each load gets the next number; an answer for an older one (a filter since changed) is dropped.
        self._generation = 0
        self._query: Any = None  # the query asked last (the model shows the last one answered)

        self.model = ListModel(ctx.db, entity, ctx.lang, self)
        self.view = RecordTable(self)
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)  # the header click sorts through the model, in SQL
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size query: 200 000 rows stay instant
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.sectionClicked.connect(self._on_header_clicked)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self._columns_menu().exec(header.mapToGlobal(pos)))
        self.view.doubleClicked.connect(self._open_index)
        self.view.open_requested.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        # -- toolbar --------------------------------------------------------------------------------
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("#pageTitle { font-size: 15pt; font-weight: 600; }")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.filter_boxes: dict[str, QComboBox] = {}
        self.filter_labels: dict[str, QLabel] = {}
        filters_row = QHBoxLayout()
        filters_row.setSpacing(6)
        filters_row.addWidget(self.search, 2)
        for f in self._filters_spec:
            label = QLabel(self)
            box = QComboBox(self)
            box.setObjectName(f"filter_{f.key}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.reload())
            label.setBuddy(box)
            self.filter_boxes[f.key], self.filter_labels[f.key] = box, label
            filters_row.addWidget(label)
            filters_row.addWidget(box)
        self.chip = QToolButton(self)
        self.chip.setObjectName("filterChip")
        self.chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.chip.setStyleSheet("#filterChip { background: #e3edf9; border: 1px solid #9dbbe3; border-radius: 10px; padding: 2px 8px; }")
        self.chip.clicked.connect(self.clear_extra_filters)
        self.chip.hide()
        filters_row.addWidget(self.chip)
        filters_row.addStretch(1)
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.clicked.connect(lambda: self._columns_menu().exec(
            self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft())))
        filters_row.addWidget(self.columns_button)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(6)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.loading = QLabel(self)
        self.loading.setObjectName("loading")
        self.loading.setStyleSheet("#loading { color: #5d6d7e; font-style: italic; }")
        self.loading.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.loading)
        top.addStretch(1)
        top.addLayout(self.actions_bar)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)

        self.totals = TotalsBar(self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters_row)
        self.budget_years: Any = None
        if entity == "budget_line":  # which years are provisional (twelfths); finance/admin mark them
            from .budget_years import BudgetYearsBar

            self.budget_years = BudgetYearsBar(ctx, self)
            self.loaded.connect(self.budget_years.reload)
            layout.addWidget(self.budget_years)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.count_label)

        self._action_widgets: list[QWidget] = []
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(120)
        self._selection_timer.timeout.connect(self._update_actions)
        self.model.totals_changed.connect(self._show_totals)
        self.model.totals_changed.connect(self._fit_totals)
        self.model.modelReset.connect(lambda: self._selection_timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self._apply_column_choice()
        ctx.changed.connect(self._on_data_changed)
        ctx.language_changed.connect(self._on_language_changed)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Fill the filters and run the first query (called when the page is first shown)."""
        if self._loaded:
            return
        self._loaded = True
        self._fill_filters()
        self.reload()

    def _fill_filters(self, years: list[int] | None = None) -> None:
        """The filters' choices, in the language shown. ``years`` (read by a load, off the GUI
        thread) replaces the year filter's choices; without it, the year box keeps its years."""
        for f in self._filters_spec:
            box = self.filter_boxes[f.key]
            current = box.currentData()
            if f.kind == "year" and years is None and box.count():
                box.setItemText(0, self.tr("All years"))
                continue
            box.blockSignals(True)
            box.clear()
            if f.kind == "year":
                box.addItem(self.tr("All years"), None)
                for y in sorted({*(years or []), *([current] if current is not None else [])}, reverse=True):
                    box.addItem(str(y), y)
            else:
                # French agrees "all" with the filter's noun: "Catégorie : Toutes", "Statut : Tous"
                every = self.tr("All", "feminine, as Catégorie") if f.key == "category" else self.tr("All")
                box.addItem(every, None)
                for value in f.choices:
                    box.addItem(value_label(value), value)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

    def current_query(self) -> Any:
        filters = [(key, box.currentData()) for key, box in self.filter_boxes.items() if box.currentData() is not None]
        filters += [(k, tuple(v) if isinstance(v, list | set) else v) for k, v in self._extra_filters.items()]
        base = self._query if self._query is not None else self.model.query
        return base.with_(search=self.search.text().strip(), filters=tuple(filters), lang=self.ctx.lang)

    def is_loading(self) -> bool:
        return self.loading.isVisible() or getattr(self, "_busy", False)

    def reload(self, query: Any = None) -> None:
        """Run the list's query (the filters shown, or ``query``) in the task runner; the rows, the
        selection and the scroll position are shown again when the answer comes. A later reload
        makes this one's answer stale: it is dropped."""
        from .tasks import load_in_background

        if not self._loaded:
            self._loaded = True
            self._fill_filters()
        self._search_timer.stop()
        query = (query if query is not None else self.current_query()).with_(lang=self.ctx.lang)
        # only the order changed: the same set, its totals stay; otherwise they are read again
        totals = self._query is None or query.with_(sort=None, descending=False) != self.model.query.with_(
            sort=None, descending=False) or query == self.model.query
        self._query = query
        self._generation += 1
        generation = self._generation
        state = self._view_state()
        top = max(0, self.view.rowAt(0))
        rows = (0, top, top + self.view.viewport().height() // max(1, self.view.verticalHeader().defaultSectionSize()))
        years = not self._years_loaded
        model = self.model
        self._set_busy(True)

        def work() -> Any:
            # the rows first; their totals (every row's figures: seconds at 60 000 grants) after
            return model.fetch(query, totals=False, rows=rows, years=years)

        def done(loaded: Any) -> None:
            if generation != self._generation or not isValid(self):
                return  # a later load was asked for (or the page is gone): this answer is stale
            self._set_busy(False)
            self._totals_pending = totals
            if loaded.years is not None:
                self._years_loaded = True
                self._fill_filters(loaded.years)
            self.model.apply(loaded)
            self._restore_view_state(state)
            if not self._fitted and self.model.rowCount():
                self._fitted = True
                self._fit_columns()
            self._year_column_for_all_years()
            self._show_sort_indicator()
            self.loaded.emit()
            if totals:
                self._load_totals(query, generation)

        def failed(exc: BaseException) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._set_busy(False)
            from .tasks import default_on_error

            default_on_error(self, exc)

        load_in_background(self, work, done, failed)

    def _load_totals(self, query: Any, generation: int) -> None:
        """Read the totals of the rows shown in the task runner ("…" meanwhile), then show them."""
        from .tasks import load_in_background

        model = self.model

        def done(totals: Any) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._totals_pending = False
            if not model.apply_totals(query, totals):
                self._show_totals()

        def failed(exc: BaseException) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._totals_pending = False
            self._show_totals()
            from .tasks import default_on_error

            default_on_error(self, exc)

        load_in_background(self, lambda: model.fetch_totals(query), done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.loading.setVisible(busy)
        if busy:
            self.loading.setText(self.tr("Loading…"))

    def _view_state(self) -> tuple[set[int], int | None, int]:
        """The selected ids, the current record and the scroll position (kept across a reload)."""
        current = self.view.currentIndex()
        current_id = self.model.record_id(current.row()) if current.isValid() and current.row() < len(self.model.ids) else None
        return set(self.selected_ids()), current_id, self.view.verticalScrollBar().value()

    def _restore_view_state(self, state: tuple[set[int], int | None, int]) -> None:
        selected, current_id, scroll = state
        if selected:
            self.select_ids(selected)
        if current_id is not None:
            row = self.model.row_of(current_id)
            if row >= 0:
                column = max(self.view.currentIndex().column(), self._first_visible_column())
                self.view.selectionModel().setCurrentIndex(self.model.index(row, column),
                                                           QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.verticalScrollBar().setValue(scroll)

    def _show_sort_indicator(self) -> None:
        from grants.services import lists

        q = self.model.query
        key, desc = (q.sort, q.descending) if q.sort else lists.default_sort(self.entity)
        self.view.horizontalHeader().setSortIndicator(
            self.model.column_of(key), Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder)

    def _search_now(self) -> None:
        """Enter in the search box: the results' first row gets the focus once they are shown."""
        self.reload()

        def focus_results() -> None:
            self.loaded.disconnect(focus_results)
            if self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, self._first_visible_column()))

        self.loaded.connect(focus_results)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_filters(self, filters: dict[str, Any], caption: str | None = None) -> None:
        """Show the rows behind a figure: known filters go to their boxes, others to the chip."""
        self._loaded or self._fill_filters()
        self._loaded = True
        self._extra_filters = {}
        for box in self.filter_boxes.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
        for key, value in filters.items():
            box = self.filter_boxes.get(key)
            if box is not None and box.findData(value) >= 0:
                box.setCurrentIndex(box.findData(value))
            elif box is not None and key == "year":
                box.addItem(str(value), value)
                box.setCurrentIndex(box.count() - 1)
            else:
                self._extra_filters[key] = value
        for box in self.filter_boxes.values():
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._chip_caption = caption
        self._update_chip()
        self.reload()

    def clear_extra_filters(self) -> None:
        self._extra_filters = {}
        self._update_chip()
        self.reload()

    def _update_chip(self) -> None:
        if self._extra_filters:
            caption = getattr(self, "_chip_caption", None) or self.tr("Filtered")
            self.chip.setText(self.tr("%s  ✕") % caption)
            self.chip.setToolTip(self.tr("Show all rows again"))
            self.chip.show()
        else:
            self.chip.hide()

    # -- selection and actions ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        sm = self.view.selectionModel()
        if sm is None:
            return []
        rows = sorted({i.row() for i in sm.selectedRows()})
        return [self.model.record_id(r) for r in rows if r < len(self.model.ids)]

    def select_ids(self, ids: set[int] | list[int]) -> None:
        sm = self.view.selectionModel()
        wanted = set(ids)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if len(self.model.ids) > 50_000:
            return
        for row, rid in enumerate(self.model.ids):
            if rid in wanted:
                sm.select(self.model.index(row, 0), flags)

    def _on_selection_changed(self) -> None:
        self._selection_timer.start()

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        self.open_button.setEnabled(len(ids) == 1)
        # the Open button is beside the bar; an action the lifecycle refuses is not offered there
        # (the context menu still lists it, greyed)
        self._current_actions = [a for a in self._actions_for(ids) if a.objectName() != "open" and a.isEnabled()]
        self._lay_out_actions()

    def _lay_out_actions(self) -> None:
        """The selection's actions as buttons while they fit whole beside the title; the others in a
        "More" menu (never an elided label)."""
        for w in self._action_widgets:
            self.actions_bar.removeWidget(w)
            w.deleteLater()
        self._action_widgets = []
        actions = list(getattr(self, "_current_actions", []))
        if not actions:
            return
        spacing = self.actions_bar.spacing()
        fixed = sum(b.sizeHint().width() + spacing for b in (self.open_button, self.new_button))
        room = self.width() - 24 - self.title.sizeHint().width() - 24 - fixed
        buttons = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        more = QToolButton(self)
        more.setObjectName("moreActions")
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        widths = [b.sizeHint().width() + spacing for b in buttons]
        shown = len(buttons)
        while shown and sum(widths[:shown]) + (more.sizeHint().width() + spacing if shown < len(buttons) else 0) > room:
            shown -= 1
        for button in buttons[:shown]:
            self.actions_bar.addWidget(button)
            self._action_widgets.append(button)
        for button in buttons[shown:]:
            button.deleteLater()
        if shown < len(buttons):
            menu = QMenu(more)
            for action in actions[shown:]:
                menu.addAction(action)
            more.setMenu(menu)
            self.actions_bar.addWidget(more)
            self._action_widgets.append(more)
        else:
            more.deleteLater()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if getattr(self, "_current_actions", None):
            self._lay_out_actions()
        if self._fitted:
            self._fit_to_width()

    def _actions_for(self, ids: list[int]) -> list[QAction]:
        if not ids:
            return []
        try:
            from . import forms

            actions = list(forms.actions_for(self.ctx, self.entity, ids, self) or [])
        except Exception:  # noqa: BLE001 - a failing action provider must not break the list
            log.exception("actions_for(%s) failed", self.entity)
            return []
        return actions

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        ids = self.selected_ids()
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self._open_index(index))
            menu.addSeparator()
        for action in self._actions_for(ids):
            if action.objectName() != "open":  # "Open" is the first entry already
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy_selection)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def copy_selection(self) -> None:
        from PySide6.QtWidgets import QApplication

        header = self.view.horizontalHeader()
        cols = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        lines = ["\t".join(str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)]
        for r in rows[:10_000]:
            lines.append("\t".join(str(self.model.index(r, c).data()) for c in cols))
        QApplication.clipboard().setText("\n".join(lines))

    # -- opening records ------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.record_id(index.row()))

    def open_record(self, record_id: int | None) -> None:
        from . import forms

        forms.open_record(self.ctx, self.entity, record_id, self.window())

    def new_record(self) -> None:
        if not self.ctx.read_only:
            self.open_record(None)

    # -- columns ------------------------------------------------------------------------------------
    def _settings(self) -> Any:
        settings = getattr(self.ctx, "settings", None)
        if settings is None:
            from .settings import Settings

            settings = Settings()
            self.ctx.settings = settings
        return settings

    def _apply_column_choice(self) -> None:
        chosen = self._settings().list_columns(self.entity)
        for i, col in enumerate(self.model.columns):
            visible = col.visible if chosen is None else col.key in chosen
            self.view.setColumnHidden(i, not visible)

    def _year_column_for_all_years(self) -> None:
        """A list that hides its year by default (budget lines: one line per code and year) shows
        it while "All years" is chosen, or two lines of different years look the same. The
        user's own choice of columns wins."""
        keys = [c.key for c in self.model.columns]
        box = self.filter_boxes.get("year")
        if box is None or "year" not in keys or self._settings().list_columns(self.entity) is not None:
            return
        i = keys.index("year")
        if self.model.columns[i].visible:
            return
        show = box.currentData() is None
        if self.view.isColumnHidden(i) != show:
            return
        self.view.setColumnHidden(i, not show)
        if show:
            self._wanted[keys[i]] = self._content_width(i)
        self._fit_to_width()

    def visible_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(self.model.columns) if not self.view.isColumnHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        i = self.model.column_of(key)
        if not visible and len(self.visible_columns()) <= 1:
            return
        self.view.setColumnHidden(i, not visible)
        if visible:  # as wide as its title, values (the first rows) and total
            self._wanted[key] = self._content_width(i)
        self._fit_to_width()  # then the page fits its width (the purpose takes what is left)
        self._settings().set_list_columns(self.entity, self.visible_columns())
        self._show_totals()

    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for i, col in enumerate(self.model.columns):
            action = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.toggled.connect(lambda checked, key=col.key: self.set_column_visible(key, checked))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        for i, col in enumerate(self.model.columns):
            self.view.setColumnHidden(i, not col.visible)
        self._settings().set_list_columns(self.entity, self.visible_columns())
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as it needs (from the header and the first rows, never from all rows:
        200 000 would be slow), then laid out to the page's width."""
        for i, col in enumerate(self.model.columns):
            if not self.view.isColumnHidden(i):
                self._wanted[col.key] = self._content_width(i)
        self._fit_to_width()

    def _content_width(self, i: int) -> int:
        """What column ``i`` needs: its title with the sort arrow, its values in the first rows and
        its total (bold, in the totals bar). A text is capped (it elides, the tooltip has it whole)."""
        col = self.model.columns[i]
        fm = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        width = header.fontMetrics().horizontalAdvance(str(self.model.headerData(i, Qt.Orientation.Horizontal))) + TITLE_PAD
        for r in range(min(self.model.rowCount(), 60)):
            width = max(width, fm.horizontalAdvance(str(self.model.index(r, i).data() or "")) + CELL_PAD)
        width = min(width, 300 if col.kind == "text" else 420)
        return max(width, self._total_width(col.key))  # a total is never cut

    def _total_width(self, key: str) -> int:
        """The width a column's total needs in the totals bar (bold), 0 without one."""
        total = self.model.totals.get(key)
        if total is None:
            return 0
        font = QFont(self.totals.font())
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(format_cell(total, "money", self.ctx.lang)) + TOTAL_PAD

    def _fit_totals(self) -> None:
        """Totals arrive after the rows: a money column widens to show its total whole (the text
        columns give way), never cut."""
        header = self.view.horizontalHeader()
        widened = False
        for i, col in enumerate(self.model.columns):
            need = self._total_width(col.key)
            if need and not self.view.isColumnHidden(i) and self._wanted.get(col.key, header.sectionSize(i)) < need:
                self._wanted[col.key] = need
                widened = True
        if widened and self._fitted:
            self._fit_to_width()
        elif widened:  # no rows yet: only the totals' columns
            self._fitting = True
            try:
                for key, width in self._wanted.items():
                    i = self.model.column_of(key)
                    if header.sectionSize(i) < width:
                        header.resizeSection(i, width)
            finally:
                self._fitting = False

    def _on_section_resized(self, logical: int, _old: int, new: int) -> None:
        """A column the user dragged keeps its width at the next layout (window resized, totals)."""
        if not self._fitting and self._fitted and new > 0 and not self.view.isColumnHidden(logical):
            self._wanted[self.model.columns[logical].key] = new

    def _fit_to_width(self) -> None:
        """The columns laid out to the list's width, with no sideways scrolling: figures, dates,
        statuses and references at their width; when that is too wide the texts give way (their
        cells elide, the tooltip and the record keep the whole text), never below their title:
        places and other details first (down to a readable 120 px), then names and purposes
        together, the widest first, identifiers (G-2024-00012) only when that is not enough. When
        there is room left, the purpose (or label) takes it."""
        header = self.view.horizontalHeader()
        # the view's width less its frame and a vertical scroll bar (long lists have one)
        room = self.view.width() - 2 * self.view.frameWidth() - self.view.verticalScrollBar().sizeHint().width() - 4
        columns = self.model.columns
        visible = [i for i in range(len(columns)) if not self.view.isColumnHidden(i)]
        widths = {i: self._wanted.get(columns[i].key) or header.sectionSize(i) for i in visible}
        excess = sum(widths.values()) - room
        if excess > 0:
            fm = header.fontMetrics()
            texts = [i for i in visible if columns[i].kind == "text"]
            kept = IDENTIFIERS + NAMES + STRETCH
            for group, least in (([i for i in texts if columns[i].key not in kept], 120),
                                 ([i for i in texts if columns[i].key not in IDENTIFIERS], 60),
                                 (texts, 60)):
                floors = {i: max(least, fm.horizontalAdvance(str(self.model.headerData(i, Qt.Orientation.Horizontal))) + TITLE_PAD)
                          for i in group}
                excess = _cut_widest(widths, floors, excess)
                if excess <= 0:
                    break
        else:
            stretch = next((i for i in visible if columns[i].key in STRETCH), None)
            if stretch is not None:
                widths[stretch] -= excess
        self._fitting = True
        try:
            for i, width in widths.items():
                if header.sectionSize(i) != width:
                    header.resizeSection(i, width)
        finally:
            self._fitting = False

    def _first_visible_column(self) -> int:
        return next((i for i in range(self.model.columnCount()) if not self.view.isColumnHidden(i)), 0)

    def _on_header_clicked(self, section: int) -> None:
        current = self.model.query
        key = self.model.columns[section].key
        descending = not current.descending if current.sort == key else self.model.columns[section].kind in (
            "money", "cents", "date", "int", "score", "percent")
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(section, order)
        self.reload(self.current_query().with_(sort=key, descending=descending))

    # -- totals, texts ----------------------------------------------------------------------------
    def _show_totals(self) -> None:
        from grants.i18n import format_number

        n = self.model.rowCount()
        values = {self.model.column_of(k): "…" if getattr(self, "_totals_pending", False) else format_cell(v, "money", self.ctx.lang)
                  for k, v in self.model.totals.items()}
        caption = self.tr("Total (%n row(s))", "", n) if values else ""
        self.totals.set_totals(caption, values)
        self.totals.setVisible(bool(values))
        self.count_label.setText(self.tr("%n row(s)", "", n).replace(str(n), format_number(n, self.ctx.lang, places=0)))

    def _on_data_changed(self, _op: Any) -> None:
        if self._loaded and self.isVisible():
            self.reload()
        elif self._loaded:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            QTimer.singleShot(0, self.ensure_loaded)
        elif getattr(self, "_stale", False):
            self._stale = False
            self.reload()

    def _on_language_changed(self, lang: str) -> None:
        self.model.set_language(lang)
        if self._loaded:
            self._fill_filters()
            self.reload()  # the rows' formats and texts, in the new language
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.title.setText(_tr_title(self.entity))
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): reference, name, purpose…"))
        for f in self._filters_spec:
            colon = "\u00a0:" if self.ctx.lang == "fr" else ":"  # French typography: "Statut :", as "Année :"
            self.filter_labels[f.key].setText(QCoreApplication.translate("lists", f.label).rstrip() + colon)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns shown"))
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.setEnabled(not self.ctx.read_only)
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected record (Enter)"))
        if self._loaded:
            self._fill_filters()
        self._update_chip()
        self._show_totals()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

