"""What every screen of the application shares: the open database, the user, read-only state,
the language, and the signals that make open views refresh."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """One per main window. Screens take it in their constructor: ``Page(ctx, parent)``.

    ``db`` is a ``grants.services.database.Database``: screens pass it to service functions and
    receive plain data (dataclasses, ids); they never open sessions or import SQLAlchemy.
    """

    #: A thin alias of ``changed``, fed only by :meth:`notify` (one emit per kind of record changed,
    #: "" when it did not say): kept for code outside the screens; the screens listen to ``changed``.
    data_changed = Signal(str)
    #: Emitted after the language was switched ("fr", "nl", "en"): widgets re-translate.
    language_changed = Signal(str)
    #: Emitted once after every write run through ``grants.ui.tasks.run_operation``, with its
    #: :class:`grants.ui.tasks.Operation` (what it changed): the one signal open views refresh from.
    changed = Signal(object)

    def __init__(self, db: Any, *, lang: str = "fr", parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        engine = getattr(db, "engine", None)
        if engine is not None:
            from grants.services import query_guard

            # a query on the GUI thread longer than 50 ms is logged, naming the statement
            query_guard.install(engine)

    @property
    def read_only(self) -> bool:
        return bool(self.db.read_only)

    @property
    def user(self) -> str:
        return str(self.db.user)

    def notify(self, op: Any) -> None:
        """Announce a finished write (an :class:`grants.ui.tasks.Operation`): ``changed`` once, then
        the ``data_changed`` alias per changed kind of record. The only place either is emitted."""
        self.changed.emit(op)
        kinds = sorted(getattr(op, "changed", ()) or ())
        for kind in kinds or [""]:
            self.data_changed.emit(kind)
