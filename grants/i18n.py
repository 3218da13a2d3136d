"""Language of the user, Belgian formats, and translation of service messages.

Formatting is pure Python. Translation uses Qt's .qm files (QTranslator from QtCore, no GUI),
loaded only when a non-English message must be shown.
"""

from __future__ import annotations

import datetime as dt
import enum
import locale
import os
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

LANGUAGES = ("fr", "nl", "en")


def user_language() -> str:
    """GRANTS_LANG, else the system locale when it is French, Dutch or English, else French."""
    lang = os.environ.get("GRANTS_LANG", "").lower()[:2]
    if lang in LANGUAGES:
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").lower()[:2]
        if value in LANGUAGES:
            return value
    try:
        loc = (locale.getlocale()[0] or "").lower()  # "fr_BE", or on Windows "Dutch_Belgium"
    except ValueError:
        loc = ""
    for prefix, lang in (("nl", "nl"), ("dutch", "nl"), ("flemish", "nl"), ("fr", "fr"), ("en", "en")):
        if loc.startswith(prefix):
            return lang
    return "fr"


def format_money(value: Decimal | int | None, lang: str = "fr", *, currency: bool = True) -> str:
    """1 234,56 EUR in French and Dutch (Belgian usage), 1,234.56 EUR in English."""
    if value is None:
        return ""
    q = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, cents = f"{abs(q):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang == "en":
        text = f"{sign}{','.join(groups)}.{cents}"
    else:
        text = f"{sign}{' '.join(groups)},{cents}"
    return f"{text} EUR" if currency else text


def format_date(value: dt.date | None, lang: str = "fr") -> str:
    """31/03/2025 (Belgian usage, also in English screens of a Belgian administration)."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def format_value(value: Any, lang: str = "fr") -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format_money(value, lang)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def translations_dir() -> str:
    from importlib.resources import files

    return str(files("grants.resources") / "translations")


@cache
def _translator(lang: str) -> Any:
    """QtCore's translator of ``lang`` (grants_en.qm holds only the English plural forms)."""
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    translator = QTranslator()
    if not translator.load(f"grants_{lang}", translations_dir()):
        return None
    return translator


def translate(context: str, text: str, n: int = -1, lang: str | None = None) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP(context, ...), or numerus ``X.tr(..., None, n)``)
    in ``lang`` (default: the user's), from the .qm files; ``%n`` becomes ``n``.

    The .ts files are the only place translations live: this reads their compiled .qm through
    QtCore's QTranslator, loaded on the first look-up that needs it (nothing below the UI imports
    Qt): English needs it only for a plural (grants_en.qm holds the English numerus forms).
    """
    lang = lang or user_language()
    if lang == "en" and n < 0:
        return text
    qt = _translator(lang)
    out = (qt.translate(context, text, None, n) if qt is not None else "") or text
    return out.replace("%n", str(n)) if n >= 0 else out


def translator_for(lang: str):
    """A ``translate(context, text, n=-1)`` function for ``lang`` (the source text when missing)."""

    def translate_in(context: str, text: str, n: int = -1) -> str:
        return translate(context, text, n, lang)

    return translate_in


def render_problem(problem: Any, lang: str | None = None) -> str:
    lang = lang or user_language()
    return problem.render(translator_for(lang), lang)
