"""Language of the user, Belgian formats, and translation of service messages.

Formatting is pure Python. Translation uses Qt's .qm files, read as QTranslator reads them
(grants.i18n.qm, without QtCore), loaded only when a non-English message must be shown.
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


#: Belgian conventions per language (the CLDR patterns of fr_BE, nl_BE and en_GB, as babel gives
#: them; tests/test_formats.py checks these against babel over many values). Written once here in
#: plain Python because lists and exports call it per cell (60 000 rows).
#: fr: 2 693 042,00 € (narrow no-break space between thousands, no-break space before €)
#: nl: € 2.693.042,00 (no-break space after €)   en: €2,693,042.00, -€1,234.50
NNBSP = "\u202f"
NBSP = "\u00a0"
_SEPARATORS = {"fr": (NNBSP, ","), "nl": (".", ","), "en": (",", ".")}
_TABLES = {lang: str.maketrans({",": group, ".": point}) for lang, (group, point) in _SEPARATORS.items()}
_CENT = Decimal("0.01")


def format_number(value: Decimal | int, lang: str = "fr", places: int = 2) -> str:
    """``value`` with ``places`` decimals, thousands grouped, in the Belgian usage of ``lang``:
    2 693 042,00 (fr), 2.693.042,00 (nl), 2,693,042.00 (en)."""
    q = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)  # never "-0,00"
    return f"{q:,.{places}f}".translate(_TABLES.get(lang, _TABLES["fr"]))


def format_money(value: Decimal | int | None, lang: str = "fr", *, currency: bool = True) -> str:
    """An amount in euro, Belgian usage: 2 693 042,00 € (fr), € 2.693.042,00 (nl),
    €2,693,042.00 (en); without ``currency``, the number alone (2 693 042,00)."""
    if value is None:
        return ""
    text = format_number(value, lang)
    if not currency:
        return text
    if lang == "nl":
        return f"€{NBSP}{text}"
    if lang == "en":
        return f"-€{text[1:]}" if text.startswith("-") else f"€{text}"
    return f"{text}{NBSP}€"


def money_format_xlsx(lang: str = "fr") -> str:
    """The spreadsheet number format of :func:`format_money` (the separators are the reader's
    own: Excel applies the system's); negative amounts in red."""
    if lang == "nl":
        return '"€" #,##0.00;[Red]"€" -#,##0.00'
    if lang == "en":
        return '"€"#,##0.00;[Red]-"€"#,##0.00'
    return '#,##0.00 "€";[Red]-#,##0.00 "€"'


def format_date(value: dt.date | None, lang: str = "fr") -> str:
    """31/03/2025 (Belgian usage, also in English screens of a Belgian administration)."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def format_datetime(value: dt.datetime | None, lang: str = "fr", *, seconds: bool = False) -> str:
    """31/03/2025 14:05 (24-hour clock; with ``seconds``, 31/03/2025 14:05:09)."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def format_value(value: Any, lang: str = "fr") -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format_money(value, lang)
    if isinstance(value, dt.datetime):
        return format_datetime(value, lang)
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
    """The catalogue of ``lang`` (grants_en.qm holds only the English plural forms), read by
    :mod:`grants.i18n.qm` exactly as QtCore's QTranslator reads it, without loading Qt: the command
    line needs a few messages, QtCore cost more than an export's own work (the GUI installs
    QTranslator for its screens, grants.ui.translation)."""
    from pathlib import Path

    from grants.i18n.qm import QmCatalogue

    path = Path(translations_dir()) / f"grants_{lang}.qm"
    try:
        return QmCatalogue.load(path)
    except (OSError, ValueError):
        return None


def translate(context: str, text: str, n: int = -1, lang: str | None = None) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP(context, ...), or numerus ``X.tr(..., None, n)``)
    in ``lang`` (default: the user's), from the .qm files; ``%n`` becomes ``n``.

    The .ts files are the only place translations live: this reads their compiled .qm as QtCore's
    QTranslator does (:mod:`grants.i18n.qm`), loaded on the first look-up that needs it (nothing
    below the UI imports Qt): English needs it only for a plural (grants_en.qm holds the English
    numerus forms).
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
