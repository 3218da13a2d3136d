"""Errors the services raise: each problem names the field and the figures.

Messages are English source texts marked with ``QT_TRANSLATE_NOOP("rules", ...)`` so that Qt's
``pyside6-lupdate`` collects them; they are translated when shown (``grants.i18n``), never here.
"""

from __future__ import annotations

from collections.abc import Callable

from grants.domain.problems import QT_TRANSLATE_NOOP, Problem, RuleError, Word, rules

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Cancelled",
    "NotFound",
    "PermissionDenied",
    "Problem",
    "ReadOnlyError",
    "RuleError",
    "Word",
    "rules",
    "tick",
]


class ReadOnlyError(RuleError):
    """A write was attempted on a read-only database (snapshot, --read-only, auditor)."""


class PermissionDenied(RuleError):
    """The user's role does not allow this action."""


class NotFound(RuleError):
    """The record asked for does not exist."""


class Cancelled(Exception):
    """Long work stopped at the user's request; its transaction was rolled back."""


def tick(progress: Callable[[int, int], bool] | None, done: int, total: int) -> None:
    """Report progress to the callback of long work (import, export, snapshot), which returns
    False when the user asked to cancel: then raise :class:`Cancelled` (the work rolls back)."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
