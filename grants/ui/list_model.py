"""A table model over a service list query: the ids of the whole filtered, sorted set are known
at once (one SQL query); the rows' values are fetched by pages of 200 when the view shows them.

Sorting asks the database again (``sort()`` -> a new query), so 200 000 rows re-sort in a tenth of
a second, where a QSortFilterProxyModel over Python rows takes 12-22 s.

Off the GUI thread: ``fetch(query, ...)`` (no Qt object touched: it runs in the task runner) reads
the ids, the totals and the first pages' rows; ``apply(loaded)`` shows them (GUI thread). The list
page runs them through grants.ui.tasks; ``set_query`` does both at once (scripts, benchmarks).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from .labels import format_cell

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
        pages: dict[int, _Rows] = {}
        for row in rows:
            page = max(0, row) // PAGE
            if page not in pages and page * PAGE < len(result.ids):
                pages[page] = self._read_page(result.ids, page, str(query.lang))
        found_years = self._lists.years(self.db, self.entity) if years else None
        return Loaded(query, result.ids, result.totals if totals else None, pages, found_years)

    def apply(self, loaded: Loaded) -> None:
        """Show what ``fetch`` read (GUI thread)."""
        self.beginResetModel()
        self.query = loaded.query
        self.ids = loaded.ids
        if loaded.totals is not None:
            self.totals = loaded.totals
        self._pages.clear()
        self._pages.update(loaded.pages)
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
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        # a page scrolled to after the load: 200 rows by id (the load read the visible ones)
        rows = self._read_page(self.ids, page, self.lang)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_page(self, all_ids: list[int], page: int, lang: str) -> _Rows:
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
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._page(row // PAGE)[row % PAGE][0][col]
            if not text and self._unknown_balance(row, col):
                return "—"  # as the grant form: known once the justification is received
            return text
        if role == Qt.ItemDataRole.ToolTipRole and self._unknown_balance(row, col):
            return QCoreApplication.translate("Forms", "The balance is known once the justification is received")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._right if self.columns[col].kind in NUMERIC_KINDS else self._left
        if role == ID_ROLE:
            return self.ids[row]
        if role == RAW_ROLE:
            return self._page(row // PAGE)[row % PAGE][1][col]
        if role == Qt.ItemDataRole.ForegroundRole and self.columns[col].kind in ("money", "cents"):
            raw = self._page(row // PAGE)[row % PAGE][1][col]
            return self._negative if raw is not None and raw < 0 else None
        return None

    def _unknown_balance(self, row: int, col: int) -> bool:
        """A grant's balance not known yet (no accepted justification): said, not left blank."""
        return (self.entity == "grant" and self.columns[col].key == "balance"
                and self._page(row // PAGE)[row % PAGE][1][col] is None and self.ids[row] is not None)

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
