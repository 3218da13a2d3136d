"""Problems: what is wrong with an input, in terms the user understands (pure: no Qt, no session).

Messages are English source texts marked with ``QT_TRANSLATE_NOOP("rules", ...)`` so that Qt's
``pyside6-lupdate`` collects them; they are translated when shown (``grants.i18n``), never here.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (collected by pyside6-lupdate)."""
    return text


class rules:  # noqa: N801 - lupdate names the context after the receiver of ``.tr``
    """Marks a numerus text of the context "rules": ``rules.tr("%n reminder(s)", None, n)``.

    QT_TRANSLATE_NOOP cannot mark a plural; pyside6-lupdate files ``rules.tr(text, None, n)`` in
    the context "rules" with numerus forms. Like QT_TRANSLATE_NOOP it returns the source text:
    the text is translated when shown, with its count (``grants.i18n.translate(..., n)``).
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return text


class Word(str):
    """A message parameter that is itself a word to translate (context "rules")."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, in terms the user understands."""

    message: str  # English source text with {named} placeholders
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None  # the form field or workbook column at fault
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def located(self, sheet: str | None, row: int | None, column: str | None = None) -> Problem:
        return Problem(self.message, self.params, self.field, sheet, row, column or self.column or self.field)

    def render(self, translate: Callable[[str, str], str] | None = None, lang: str = "en") -> str:
        """The message in the user's words, after its location ("Grants, row 2, column amount: ...")."""
        body = self.reason(translate, lang)
        where = []
        if self.sheet:
            where.append(self.sheet)
        if self.row is not None:
            where.append(_loc(translate, "row {n}").format(n=self.row))
        if self.column:
            where.append(_loc(translate, "column {c}").format(c=self.column))
        return _loc(translate, "{where}: {message}").format(where=", ".join(where), message=body) if where else body

    def reason(self, translate: Callable[[str, str], str] | None = None, lang: str = "en") -> str:
        """The message without its location. A problem placed in a column (a workbook cell) is
        named by that column, so the message's own leading field label ("Amount: ...") is left
        out: the field is named once."""
        from grants.i18n import format_value  # pure Python, no Qt

        def shown(value: Any) -> str:
            if isinstance(value, enum.Enum):  # a status, a kind...: in the user's words
                word = translate("values", value.value) if translate else value.value
                return word.replace("_", " ") if word == value.value else word
            if isinstance(value, Word):
                return translate("rules", value) if translate else str(value)
            if isinstance(value, (tuple, list)) and value and all(isinstance(v, enum.Enum) for v in value):
                return ", ".join(shown(v) for v in value)
            return format_value(value, lang)

        params = {k: shown(v) for k, v in self.params.items()}
        if "%n" in self.message:  # numerus: the count is the parameter n
            count = int(self.params.get("n", 0))
            text = translate("rules", self.message, count) if translate else self.message  # type: ignore[call-arg]
            text = text.replace("%n", str(count))
        else:
            text = translate("rules", self.message) if translate else self.message
        if self.column:
            text = without_label(self.message, text)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            source = without_label(self.message, self.message) if self.column else self.message
            return source.replace("%n", str(params.get("n", ""))).format(**params)


#: A message that starts with the label of its field: "Amount: ...", "PGSP measures: ..." (English
#: source: a capital, a few words without placeholder, a colon).
_LABEL = re.compile(r"[A-Z][^:{}\n]{0,40}: ")
#: The same label in a translation: "Montant : ...", "Bedrag: ..." (French puts a no-break space
#: before the colon).
_TRANSLATED_LABEL = re.compile(r"[^:{}\n]{1,60}?[ \u00a0\u202f]?:[ \u00a0\u202f]+")


def without_label(source: str, text: str) -> str:
    """``text`` (``source`` or its translation) without the field label it starts with, if
    ``source`` starts with one; otherwise ``text`` unchanged."""
    if not _LABEL.match(source):
        return text
    head = _TRANSLATED_LABEL.match(text)
    return text[head.end():] if head and head.end() < len(text) else text


def _loc(translate: Callable[[str, str], str] | None, text: str) -> str:
    return translate("rules", text) if translate else text


QT_TRANSLATE_NOOP("rules", "row {n}")
QT_TRANSLATE_NOOP("rules", "column {c}")
QT_TRANSLATE_NOOP("rules", "{where}: {message}")


class RuleError(Exception):
    """Input refused: nothing was saved. Carries every problem found."""

    def __init__(self, problems: Problem | Iterable[Problem]):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__()

    def __str__(self) -> str:  # rendered only when shown (imports raise thousands of these)
        return "; ".join(p.render() for p in self.problems)

    @classmethod
    def single(cls, message: str, at: str | None = None, **params: Any) -> RuleError:
        """One problem: ``at`` is the field at fault, ``params`` fill the message."""
        return cls(Problem(message, params, at))
