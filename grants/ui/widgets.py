"""Small widgets the shell's screens share: totals row, read-only banner, figure tiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class TotalsBar(QWidget):
    """A totals row under a table: each sum painted under its column, following resizes,
    moves and horizontal scrolling of the table's header."""

    def __init__(self, view: QTableView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.caption = ""
        self.values: dict[int, str] = {}  # logical column -> text
        header = view.horizontalHeader()
        header.sectionResized.connect(self.update)
        header.sectionMoved.connect(self.update)
        header.geometriesChanged.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setObjectName("totalsBar")

    def set_totals(self, caption: str, values: dict[int, str]) -> None:
        self.caption, self.values = caption, values
        self.setToolTip(caption)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(100, self.fontMetrics().height() + 10)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        p = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        header = self.view.horizontalHeader()
        offset = self.view.frameWidth() + (self.view.verticalHeader().width() if self.view.verticalHeader().isVisible() else 0)
        first_total_x = self.width()
        for logical, text in self.values.items():
            if header.isSectionHidden(logical):
                continue
            x = header.sectionViewportPosition(logical) + offset
            w = header.sectionSize(logical)
            first_total_x = min(first_total_x, x)
            p.drawText(QRect(x + 4, 0, w - 10, self.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.drawText(QRect(offset + 6, 0, max(40, first_total_x - offset - 12), self.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.fontMetrics().elidedText(self.caption, Qt.TextElideMode.ElideRight, max(40, first_total_x - offset - 12)))
        p.setPen(QColor(0, 0, 0, 40))
        p.drawLine(0, 0, self.width(), 0)
        p.end()


class Banner(QLabel):
    """The yellow read-only banner (or any notice across the top of the window)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("#readOnlyBanner { background: #fff3b0; color: #4a3b00; border-bottom: 1px solid #e0c200;"
                           " padding: 6px 12px; font-weight: 600; }")
        self.hide()


class Tile(QFrame):
    """A dashboard figure: a title, a big value, a detail line; clickable."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, accent: str = "#1f5fa8"):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#tile {{ background: palette(base); border: 1px solid #d5d9e0; border-left: 4px solid {accent};"
                           " border-radius: 4px; } #tile:hover { border-color: #8aa9d6; border-left-color: " + accent + "; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #4b5563;")
        self.value = QLabel(self)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.45)
        f.setBold(True)
        self.value.setFont(f)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #4b5563;")
        for w in (self.title, self.value, self.detail):
            layout.addWidget(w)

    def set(self, title: str, value: str, detail: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def title_width(fm: Any, title: Any) -> int:
    """The width a column title needs: its longest line (a title may be on two lines)."""
    return max((fm.horizontalAdvance(line) for line in str(title or "").split("\n")), default=0)


def two_lines(title: str) -> str:
    """A long column title over a short figure on two lines, broken at the space nearest its middle
    ("Subvention annuelle" → "Subvention⏎annuelle"), so that the figures' column stays narrow."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces or len(title) < 12:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1:]


def fit_columns_to_width(view: QTableView, give_way: list[int]) -> int:
    """No sideways scrolling: the columns ``give_way`` (descriptive texts) give up width, never
    below their title (their cells elide; a tooltip or the record keeps the text). Returns the
    pixels still too wide (0 when the columns fit)."""
    header = view.horizontalHeader()
    model = view.model()
    room = view.width() - 2 * view.frameWidth()
    if view.verticalScrollBar().isVisible() or view.verticalHeader().length() > view.viewport().height():
        room -= view.verticalScrollBar().sizeHint().width()  # the rows scroll: their bar takes room
    visible = [i for i in range(model.columnCount()) if not view.isColumnHidden(i)]
    fm = header.fontMetrics()
    for i in visible:  # every title whole, however short the column's values
        title = title_width(fm, model.headerData(i, Qt.Orientation.Horizontal)) + 16
        if header.sectionSize(i) < title:
            header.resizeSection(i, title)
    floor = {i: max(60, title_width(fm, model.headerData(i, Qt.Orientation.Horizontal)) + 22)
             for i in give_way if i in visible}
    def too_wide() -> int:
        return sum(header.sectionSize(i) for i in visible) - room

    for _ in range(3):
        excess = too_wide()
        if excess <= 0:
            return 0
        excess += 8
        spare = {i: max(0, header.sectionSize(i) - f) for i, f in floor.items()}
        total = sum(spare.values())
        if not total:
            break
        for i in floor:
            header.resizeSection(i, header.sectionSize(i) - min(spare[i], -(-excess * spare[i] // total)))
    return max(0, too_wide())


def scrolling_tabs(tabs: QTabWidget) -> QTabWidget:
    """Tab titles are never cut: when they do not all fit (long French or Dutch titles in a
    dialog at 1280x800), the bar scrolls with arrows instead of eliding them, whatever the
    platform's style prefers; the tabs keep the width of their title."""
    tabs.setUsesScrollButtons(True)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    tabs.tabBar().setExpanding(False)
    return tabs


def hbox(*widgets: QWidget, margins: tuple[int, int, int, int] = (0, 0, 0, 0), spacing: int = 6) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    for w in widgets:
        layout.addWidget(w)
    return layout


class Retranslating:
    """Mixin: calls ``retranslate()`` on QEvent.LanguageChange (sent when translators change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def year_header(page: Any) -> QHBoxLayout:
    """The head of a yearly page: its title on the left, a year chooser on the right. Sets
    ``page.title``, ``page.year_label`` and ``page.year_box``; a new year calls
    ``page.reload(keep_year=True)``."""
    page.title = QLabel(page)
    page.title.setObjectName("pageTitle")
    page.title.setStyleSheet("#pageTitle { font-size: 15pt; font-weight: 600; }")
    page.year_label = QLabel(page)
    page.year_box = QComboBox(page)
    page.year_box.setObjectName("year")
    page.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.year_label.setBuddy(page.year_box)
    page.year_box.currentIndexChanged.connect(lambda _i: page.reload(keep_year=True))
    top = QHBoxLayout()
    top.addWidget(page.title)
    top.addStretch(1)
    top.addWidget(page.year_label)
    top.addWidget(page.year_box)
    return top
