"""A table model over a service list query: the ids of the whole filtered, sorted set are known
at once (one SQL query); the rows' values are fetched by pages of 200 when the view shows them.

Sorting asks the database again (``sort()`` -> a new query), so 200 000 rows re-sort in a tenth of
a second, where a QSortFilterProxyModel over Python rows takes 12-22 s.

Off the GUI thread: ``fetch(query, ...)`` (no Qt object touched: it runs in the task runner) reads
the ids, the totals and the first pages' rows; ``apply(loaded)`` shows them (GUI thread). The list
page runs them through grants.ui.tasks; ``set_query`` does both at once (scripts, benchmarks).
A page the view shows later (scrolled to) is read in the task runner too: its cells are empty
until it comes (at 60 000 grants a page of their figures takes seconds; the GUI never waits).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from shiboken6 import isValid

from .labels import format_cell

log = logging.getLogger(__name__)

PAGE = 200
MAX_PAGES = 64  # pages kept in memory (12 800 rows); older ones are dropped
NUMERIC_KINDS = frozenset({"money", "cents", "int", "score", "percent"})
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_Rows = list[tuple[tuple[str, ...], tuple[Any, ...]]]


@dataclass(frozen=True)
class Loaded:
    """What ``ListModel.fetch`` read (in a worker thread): shown by ``ListModel.apply``."""

    query: Any
    ids: list[int]
    totals: dict[str, Decimal] | None  # None: the same set as before, totals unchanged
    pages: dict[int, _Rows] = field(default_factory=dict)
    years: list[int] | None = None  # the year filter's choices, when asked for


class ListModel(QAbstractTableModel):
    """Rows of one entity list (see grants.services.lists), lazily fetched by pages."""

    #: The totals and the row count changed (after a new query).
    totals_changed = Signal()

    def __init__(self, db: Any, entity: str, lang: str = "fr", parent: Any = None):
        super().__init__(parent)
        from grants.services import lists

        self._lists = lists
        self.db = db
        self.entity = entity
        self.lang = lang
        self.columns = lists.columns(entity)
        self.query = lists.ListQuery(entity, lang=lang)
        self.ids: list[int] = []
        self.totals: dict[str, Decimal] = {}
        self._pages: OrderedDict[int, list[tuple[tuple[str, ...], tuple[Any, ...]]]] = OrderedDict()
        self._right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self._left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self._negative = QBrush(QColor("#a11d1d"))
        #: Pages the view asked for and that are not in memory, most recent last; read in the task
        #: runner 40 ms after the first ask (``_read_wanted``), the last two asked (what is visible).
        self._wanted: dict[int, None] = {}
        self._reading: set[int] = set()
        self._generation = 0  # bumped by every new answer (ids): a page read for older ids is dropped
        self._wanted_timer = QTimer(self)
        self._wanted_timer.setSingleShot(True)
        self._wanted_timer.setInterval(40)
        self._wanted_timer.timeout.connect(self._read_wanted)

    # -- querying -----------------------------------------------------------------------------
    def needs_totals(self, query: Any) -> bool:
        """False when only the order changed: the filtered set, hence its totals, is the same."""
        return not (bool(self.ids) and query.with_(sort=None, descending=False)
                    == self.query.with_(sort=None, descending=False))

    def fetch(self, query: Any, *, totals: bool = True, rows: Iterable[int] = (0,),
              years: bool = False) -> Loaded:
        """Read ``query``'s ids (and totals), and the pages holding ``rows``. Runs in a worker
        thread: touches no Qt object and no state of the model."""
        result = self._lists.list_ids(self.db, query, totals=totals)
        self._lists.default_sort(self.entity)  # known here, off the GUI thread (the sort indicator)
        pages: dict[int, _Rows] = {}
        for row in rows:
            page = max(0, row) // PAGE
            if page not in pages and page * PAGE < len(result.ids):
                pages[page] = self._read_page(result.ids, page, str(query.lang))
        found_years = self._lists.years(self.db, self.entity) if years else None
        return Loaded(query, result.ids, result.totals if totals else None, pages, found_years)

    def fetch_totals(self, query: Any) -> dict[str, Decimal]:
        """The totals of ``query``'s rows (a worker thread: no Qt object touched)."""
        return dict(self._lists.list_totals(self.db, query))

    def apply_totals(self, query: Any, totals: dict[str, Decimal]) -> bool:
        """Show the totals read for ``query`` if it is still the query shown (GUI thread)."""
        if query != self.query:
            return False
        self.totals = totals
        self.totals_changed.emit()
        return True

    def apply(self, loaded: Loaded) -> None:
        """Show what ``fetch`` read (GUI thread)."""
        self.beginResetModel()
        self.query = loaded.query
        self.ids = loaded.ids
        if loaded.totals is not None:
            self.totals = loaded.totals
        self._pages.clear()
        self._pages.update(loaded.pages)
        self._generation += 1
        self._wanted.clear()
        self._reading.clear()
        self.endResetModel()
        self.totals_changed.emit()

    def set_query(self, query: Any, *, force_totals: bool = False) -> None:
        """Run ``query`` (a grants.services.lists.ListQuery) and show its rows, on this thread."""
        query = query.with_(lang=self.lang)
        self.apply(self.fetch(query, totals=force_totals or self.needs_totals(query)))

    def refresh(self) -> None:
        """Run the current query again (after a write), on this thread."""
        self.set_query(self.query, force_totals=True)

    def set_language(self, lang: str) -> None:
        """The language of the texts; the list page reloads the rows (formats) after."""
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def record_id(self, row: int) -> int:
        return self.ids[row]

    def row_of(self, record_id: int) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("lists", col.label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._right if col.kind in NUMERIC_KINDS else self._left
        return None

    def _page(self, page: int) -> _Rows:
        """The rows of ``page``, read on this thread if not in memory (tests, ``row_texts``)."""
        rows = self._cached(page, ask=False)
        if rows is None:
            rows = self._read_page(self.ids, page, self.lang)
            self._store(page, rows)
        return rows

    def _cached(self, page: int, ask: bool = True) -> _Rows | None:
        """The rows of ``page`` if in memory; else None, and (``ask``) the page is read in the task
        runner and its cells updated when it comes."""
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if ask and page not in self._reading:
            self._wanted.pop(page, None)
            self._wanted[page] = None
            if not self._wanted_timer.isActive():
                self._wanted_timer.start()
        return None

    def _store(self, page: int, rows: _Rows) -> None:
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _read_wanted(self) -> None:
        """Read the pages the view asked for last (the visible ones) in the task runner."""
        from .tasks import load_in_background

        if len(self._reading) >= 2:  # scrolling fast: at most two pages read at once, the last asked next
            self._wanted_timer.start()
            return
        pages = [p for p in list(self._wanted)[-2:] if p not in self._pages and p not in self._reading]
        self._wanted.clear()
        generation, ids, lang = self._generation, list(self.ids), self.lang
        for page in pages:
            self._reading.add(page)

            def work(page: int = page) -> _Rows:
                return self._read_page(ids, page, lang)

            def done(rows: _Rows, page: int = page) -> None:
                if not isValid(self) or generation != self._generation:
                    return  # a new answer (other ids) came meanwhile
                self._reading.discard(page)
                self._store(page, rows)
                first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

            def failed(exc: BaseException, page: int = page) -> None:
                log.warning("a page of the %s list could not be read: %s", self.entity, exc)
                if isValid(self) and generation == self._generation:
                    self._reading.discard(page)

            load_in_background(None, work, done, failed)

    def _read_page(self, all_ids: list[int], page: int, lang: str) -> _Rows:
        """Read the rows of ``page`` (any thread: no Qt object touched)."""
        ids = all_ids[page * PAGE:(page + 1) * PAGE]
        values = self._lists.fetch_rows(self.db, self.entity, ids, lang)
        rows: _Rows = []
        for rid in ids:
            raw = values.get(rid)
            if raw is None:  # deleted meanwhile
                rows.append((("",) * len(self.columns), (None,) * len(self.columns)))
                continue
            text = tuple(format_cell(v, c.kind, lang) for v, c in zip(raw, self.columns, strict=True))
            rows.append((text, raw))
        return rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._right if self.columns[col].kind in NUMERIC_KINDS else self._left
        if role == ID_ROLE:
            return self.ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RAW_ROLE,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        rows = self._cached(row // PAGE)
        if rows is None:  # being read in the task runner: empty until it comes
            return None
        text, raw = rows[row % PAGE]
        if role == Qt.ItemDataRole.DisplayRole:
            if not text[col] and self._unknown_balance(row, col, raw):
                return "—"  # as the grant form: known once the justification is received
            return text[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._unknown_balance(row, col, raw):
                return QCoreApplication.translate("Forms", "The balance is known once the justification is received")
            return None
        if role == RAW_ROLE:
            return raw[col]
        if self.columns[col].kind in ("money", "cents"):  # ForegroundRole
            return self._negative if raw[col] is not None and raw[col] < 0 else None
        return None

    def _unknown_balance(self, row: int, col: int, raw: tuple[Any, ...]) -> bool:
        """A grant's balance not known yet (no accepted justification): said, not left blank."""
        return (self.entity == "grant" and self.columns[col].key == "balance"
                and raw[col] is None and self.ids[row] is not None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL, on this thread (the list page sorts through its loader instead)."""
        if not 0 <= column < len(self.columns):
            return
        self.set_query(self.sorted_query(column, order))

    def sorted_query(self, column: int, order: Qt.SortOrder) -> Any:
        return self.query.with_(sort=self.columns[column].key, descending=order == Qt.SortOrder.DescendingOrder)

    # -- for tests and exports --------------------------------------------------------------------
    def row_texts(self, row: int) -> dict[str, str]:
        texts = self._page(row // PAGE)[row % PAGE][0]
        return {c.key: t for c, t in zip(self.columns, texts, strict=True)}
