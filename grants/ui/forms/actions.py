"""Workflow actions offered on the records selected in a list.

Single-record actions open the record's form and start the step there (so that the rules'
refusals are shown next to the fields). Bulk actions run record by record, each in its own
transaction and checked by the rules, then say what was done and what was refused and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .base import Forms


class BulkResult:
    """What a bulk action did: ids done, and refusals (id -> rendered reasons)."""

    def __init__(self) -> None:
        self.done: list[int] = []
        self.refused: dict[int, str] = {}

    def text(self) -> str:
        lines = [Forms.tr("%n record(s) done.", None, len(self.done))]
        if self.refused:
            lines.append(Forms.tr("%n refused:", None, len(self.refused)))
            lines += [f"• {why}" for why in self.refused.values()]
        return "\n".join(lines)


def run_bulk(ctx: Any, ids: list[int], one: Callable[[int], Any], entity: str, parent: Any, title: str) -> BulkResult:
    """Run ``one(id)`` for every id as one operation off the GUI thread (each id its own
    transaction, checked by the rules), announce what was done, then say what was refused."""
    from grants.i18n import render_problem
    from grants.services.errors import RuleError
    from grants.ui.tasks import Operation, database_unavailable, perform, show_database_unavailable

    result = BulkResult()
    refusals: dict[int, list[Any]] = {}
    stopped: list[BaseException] = []

    def work() -> Operation:  # worker thread: no widget, no translation
        for rid in ids:
            try:
                one(rid)
                result.done.append(rid)
            except RuleError as e:
                refusals[rid] = list(e.problems)
            except Exception as e:  # a locked or full database: stop, keep what was done
                if database_unavailable(e) is None:
                    raise
                stopped.append(e)
                break
        return Operation(result, frozenset({entity}), nothing=not result.done)

    perform(parent, title, work, changed=[entity], ctx=ctx)
    for rid, problems in refusals.items():
        result.refused[rid] = "; ".join(render_problem(p, ctx.lang) for p in problems)
    if stopped:  # the message says nothing more was saved; the lists show what was
        show_database_unavailable(parent, stopped[0])
        return result
    try:
        from grants.ui.errors import show_information

        show_information(parent, title, result.text())
    except ImportError:  # pragma: no cover - the shell's module
        pass
    return result


def _action(parent: Any, text: str, slot: Callable[[], Any], *, enabled: bool = True, name: str = "",
            shortcut: Any = None) -> QAction:
    a = QAction(text, parent)
    a.setObjectName(name)
    a.setEnabled(enabled)
    if shortcut is not None:
        a.setShortcut(shortcut)
    a.triggered.connect(lambda _=False: slot())
    return a


def actions_for(ctx: Any, entity: str, ids: list[int], parent: Any = None) -> list[QAction]:
    from . import ENTITIES, open_record

    if entity not in ENTITIES:
        return []
    ro = bool(ctx.read_only)
    single = len(ids) == 1
    today = dt.date.today
    acts: list[QAction] = []
    if single:
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Open"), lambda: open_record(ctx, entity, ids[0], parent), name="open",
                            shortcut=QKeySequence("Return")))
    if not ids:
        return acts

    def in_form(key: str) -> Callable[[], Any]:
        def go() -> Any:
            form = open_record(ctx, entity, ids[0], parent)
            return form.start(key)
        return go

    if entity == "payment":
        from grants.services.payments import approve_payment, cancel_payment

        acts.append(_action(parent, QCoreApplication.translate("Forms", "Approve the selected payments"), lambda: run_bulk(
            ctx, ids, lambda i: approve_payment(ctx.db, i), "payment", parent, QCoreApplication.translate("Forms", "Approve payments")),
            enabled=not ro, name="approve"))
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Cancel the selected payments"), lambda: run_bulk(
            ctx, ids, lambda i: cancel_payment(ctx.db, i), "payment", parent, QCoreApplication.translate("Forms", "Cancel payments")),
            enabled=not ro, name="cancel"))
    elif entity == "recovery_claim":
        from grants.services.recoveries import remind

        acts.append(_action(parent, QCoreApplication.translate("Forms", "Record a reminder sent today"), lambda: run_bulk(
            ctx, ids, lambda i: remind(ctx.db, i, today()), "recovery_claim", parent, QCoreApplication.translate("Forms", "Reminders")),
            enabled=not ro, name="remind"))
        if single:
            acts.append(_action(parent, QCoreApplication.translate("Forms", "Record a refund…"), lambda: open_record(ctx, entity, ids[0], parent)
                                .action("refund"), enabled=not ro, name="refund"))
            acts.append(_action(parent, QCoreApplication.translate("Forms", "Cancel the claim…"), lambda: open_record(ctx, entity, ids[0], parent)
                                .action("cancel"), enabled=not ro, name="cancel"))
    elif entity == "grant":
        from grants.domain.lifecycle import Action, allows
        from grants.services.grants import close_grant, commit_grant, statuses

        selected = set(statuses(ctx.db, ids).values())
        if single:
            from grants.services.records import grant_detail

            from .grant import GrantForm, applicable_actions

            for key in applicable_actions(grant_detail(ctx.db, ids[0])):
                acts.append(_action(parent, GrantForm._action_texts()[key], in_form(key), enabled=not ro, name=key))
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Commit the selected grants (today, whole amount)"), lambda: run_bulk(
            ctx, ids, lambda i: commit_grant(ctx.db, i, today()), "grant", parent, QCoreApplication.translate("Forms", "Commitments")),
            enabled=not ro and any(allows(st, Action.COMMIT) for st in selected), name="bulk_commit"))
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Close the selected grants (today)"), lambda: run_bulk(
            ctx, ids, lambda i: close_grant(ctx.db, i, today()), "grant", parent, QCoreApplication.translate("Forms", "Closures")),
            enabled=not ro and any(allows(st, Action.CLOSE) for st in selected), name="bulk_close"))
    elif entity == "application":
        from grants.services.programmes import select_application, set_admissibility

        acts.append(_action(parent, QCoreApplication.translate("Forms", "Mark admissible"), lambda: run_bulk(
            ctx, ids, lambda i: set_admissibility(ctx.db, i, True), "application", parent, QCoreApplication.translate("Forms", "Admissibility")),
            enabled=not ro, name="admissible"))
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Select"), lambda: run_bulk(
            ctx, ids, lambda i: select_application(ctx.db, i, True), "application", parent, QCoreApplication.translate("Forms", "Selection")),
            enabled=not ro, name="select"))
        acts.append(_action(parent, QCoreApplication.translate("Forms", "Deselect"), lambda: run_bulk(
            ctx, ids, lambda i: select_application(ctx.db, i, False), "application", parent, QCoreApplication.translate("Forms", "Selection")),
            enabled=not ro, name="deselect"))
    elif entity == "programme" and single:
        for key, text in (("register", QCoreApplication.translate("Forms", "Register an application…")), ("score", QCoreApplication.translate("Forms", "Scoring grid…")),
                          ("to_grants", QCoreApplication.translate("Forms", "Turn the selected into grants…"))):
            acts.append(_action(parent, text, in_form(key), enabled=not ro, name=key))
    return acts
