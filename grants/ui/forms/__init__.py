"""Record forms and workflow dialogs. The main window calls only these three entry points.

(Owned by the forms work; the functions below are the stable interface the shell relies on.)
"""

from __future__ import annotations

from typing import Any

ENTITIES = ("beneficiary", "grant", "programme", "application", "budget_line", "payment", "recovery_claim")


def open_record(ctx: Any, entity: str, record_id: int | None, parent: Any = None) -> None:
    """Open the form of one record (``record_id`` None: a new one) of ``entity``."""
    raise NotImplementedError(entity)


def actions_for(ctx: Any, entity: str, record_ids: list[int], parent: Any = None) -> list[Any]:
    """Workflow actions (QAction) that apply to the selected records of a list (bulk too)."""
    return []


def run_import(ctx: Any, parent: Any = None) -> None:
    """Choose a workbook, preview what it adds, changes and refuses, apply on confirmation."""
    raise NotImplementedError
