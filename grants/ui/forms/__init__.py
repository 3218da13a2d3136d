"""Record forms and workflow dialogs. The main window calls only these three entry points.

(Owned by the forms work; the functions below are the stable interface the shell relies on.)

- ``open_record(ctx, entity, record_id | None, parent)`` opens the form of one record (a new one
  when ``record_id`` is None) as a window of its own, and returns it. Opening a record already
  open brings its window to the front.
- ``actions_for(ctx, entity, ids, parent)`` gives the workflow actions (QAction) that apply to the
  records selected in a list; bulk actions check each record and report what was refused.
- ``run_import(ctx, parent)`` chooses a workbook, previews it, applies it on confirmation.
"""

from __future__ import annotations

from typing import Any

ENTITIES = ("beneficiary", "grant", "programme", "application", "budget_line", "payment", "recovery_claim")

#: Forms open now, by (entity, id): opening the same record again raises its window.
_OPEN: dict[tuple[str, int], Any] = {}


def _make(ctx: Any, entity: str, record_id: int | None, parent: Any) -> Any:
    if entity == "beneficiary":
        from .beneficiary import BeneficiaryForm

        return BeneficiaryForm(ctx, record_id, parent)
    if entity == "grant":
        from .grant import GrantForm

        return GrantForm(ctx, record_id, parent)
    if entity == "budget_line":
        from .budget_line import BudgetLineForm

        return BudgetLineForm(ctx, record_id, parent)
    if entity == "programme":
        from .programme import ProgrammeForm

        return ProgrammeForm(ctx, record_id, parent)
    if entity == "application":
        from .programme import ApplicationForm

        return ApplicationForm(ctx, record_id, parent)
    if entity == "payment":
        from .payment import PaymentForm

        return PaymentForm(ctx, record_id, parent)
    if entity == "recovery_claim":
        from .payment import ClaimForm

        return ClaimForm(ctx, record_id, parent)
    raise ValueError(f"unknown entity {entity!r}; expected one of {', '.join(ENTITIES)}")


def open_record(ctx: Any, entity: str, record_id: int | None, parent: Any = None) -> Any:
    """Open the form of one record (``record_id`` None: a new one) of ``entity``; return it."""
    from PySide6.QtCore import Qt

    key = (entity, record_id) if record_id is not None else None
    if key is not None and key in _OPEN:
        form = _OPEN[key]
        try:
            form.show()
            form.raise_()
            form.activateWindow()
            return form
        except RuntimeError:  # deleted underneath
            _OPEN.pop(key, None)
    form = _make(ctx, entity, record_id, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.setModal(False)
    form.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def remember(rid: Any) -> None:
        if rid is not None:
            _OPEN[(entity, rid)] = form

    def forget(*_: Any) -> None:
        for k, v in list(_OPEN.items()):
            if v is form:
                _OPEN.pop(k, None)

    def relanguage(_lang: str) -> None:
        """The user switched the language: a form without unsaved changes reopens in it (one
        with changes keeps its language rather than lose what was typed)."""
        try:
            if form.dirty or not form.isVisible():
                return
            geometry, rid = form.saveGeometry(), form.record_id
            form.close()
        except RuntimeError:  # already deleted
            return
        again = open_record(ctx, entity, rid, parent)
        again.restoreGeometry(geometry)

    if key is not None:
        _OPEN[key] = form
    form.saved.connect(remember)
    form.destroyed.connect(forget)
    form.finished.connect(forget)
    language_changed = getattr(ctx, "language_changed", None)
    if language_changed is not None:
        language_changed.connect(relanguage)
        form.destroyed.connect(lambda *_: _disconnect(language_changed, relanguage))
    form.show()
    return form


def _disconnect(signal: Any, slot: Any) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):  # already gone with its sender
        pass


def actions_for(ctx: Any, entity: str, record_ids: list[int], parent: Any = None) -> list[Any]:
    """Workflow actions (QAction) that apply to the selected records of a list (bulk too)."""
    from .actions import actions_for as _actions

    return _actions(ctx, entity, list(record_ids), parent)


def run_import(ctx: Any, parent: Any = None) -> Any:
    """Choose a workbook, preview what it adds, changes and refuses, apply on confirmation."""
    from .import_dialog import ImportDialog

    dialog = ImportDialog(ctx, parent)
    dialog.setAttribute(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.choose_file()
    return dialog
