"""The row of buttons under a table of the grant form's tabs (indicators, attachments, PLPP
activities, other funders): add, change, remove... each enabled by its own rule over the table's
selection and the record's state, re-read whenever the selection changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QWidget


class TableButtons(QWidget):
    """Buttons in a row (left-aligned) bound to ``table``: each button's ``enabled`` rule is asked
    again when the table's selection changes and on :meth:`refresh` (after a reload, a change of
    the record's state); a button without a rule is left as it is (the form's read-only switch
    handles it). A double-click on a row runs ``on_double_click``."""

    def __init__(self, table: QTableWidget, parent: QWidget, on_double_click: Callable[[], Any] | None = None):
        super().__init__(parent)
        self.table = table
        self._buttons: list[QPushButton] = []
        self._rules: list[tuple[QPushButton, Callable[[], bool]]] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        table.itemSelectionChanged.connect(self.refresh)
        if on_double_click is not None:
            table.doubleClicked.connect(lambda *_: on_double_click())

    def add(self, name: str, text: str, slot: Callable[[], Any],
            enabled: Callable[[], bool] | None = None) -> QPushButton:
        """A button named ``name`` (its object name) showing ``text`` that runs ``slot()``."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        self._row.insertWidget(self._row.count() - 1, button)  # before the stretch
        self._buttons.append(button)
        if enabled is not None:  # asked at the next refresh (the caller's state may not be built yet)
            self._rules.append((button, enabled))
        return button

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def refresh(self) -> None:
        """Each button as its rule says now."""
        for button, enabled in self._rules:
            button.setEnabled(bool(enabled()))


__all__ = ["TableButtons"]
