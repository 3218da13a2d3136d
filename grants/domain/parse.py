"""Reading amounts, shares and dates as people type them: one parser for the forms and the import.

Pure: no Qt, no session. Each function returns the exact value or raises :class:`ParseError`,
whose message (English source text, context "rules", starting with the field at fault) and
parameters are translated only when shown.

Amounts: ``1 234,56``, ``1.234,56``, ``1,234.56``, ``1234.56``, ``1234,56``, with spaces,
no-break or narrow no-break spaces between the thousands, a leading or trailing ``€`` (or
``EUR``), a leading minus (or plus). A text whose only separator is followed by exactly three digits
(``2.000``, ``150,000``) could be either a thousands separator or decimals: it is refused, naming
both readings. More than two decimals are refused, never rounded. Numbers (Excel cells) are
taken when exact to the cent.

Dates: ``2024-03-31``, ``31/03/2024``, ``31.03.2024``, ``31-03-2024`` and date objects.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
MAX_AMOUNT = Decimal("999999999999.99")  # NUMERIC(14,2)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (collected by pyside6-lupdate)."""
    return text


NOT_AMOUNT = QT_TRANSLATE_NOOP("rules", "Amount: {text} is not an amount in euro (for example 1 234,56)")
AMBIGUOUS = QT_TRANSLATE_NOOP("rules", "Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)")  # noqa: E501
AMBIGUOUS_3 = QT_TRANSLATE_NOOP("rules", "Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)")  # noqa: E501
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP("rules", "Amount: {text} has more than 2 decimals (it is never rounded)")
NEGATIVE = QT_TRANSLATE_NOOP("rules", "Amount: {text} must not be negative")
TOO_LARGE = QT_TRANSLATE_NOOP("rules", "Amount: {text} is too large (at most 999 999 999 999,99)")
NOT_SHARE = QT_TRANSLATE_NOOP("rules", "Share: {text} is not a percentage (for example 50 or 33,33)")
SHARE_DECIMALS = QT_TRANSLATE_NOOP("rules", "Share: {text} has more than 2 decimals (it is never rounded)")
SHARE_RANGE = QT_TRANSLATE_NOOP("rules", "Share: {text} is not between 0 and 100 %")
NOT_DATE = QT_TRANSLATE_NOOP("rules", "Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("rules", "Date: {text} does not exist in the calendar")


class ParseError(ValueError):
    """A text that is not what was asked: ``message`` (to translate) and its ``params``."""

    def __init__(self, message: str, **params: Any):
        self.message = message
        self.params = params
        super().__init__(message.format(**{k: str(v) for k, v in params.items()}))


# -- amounts -----------------------------------------------------------------------------------

_SPACE = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")  # space, no-break, narrow no-break, thin, figure
_CURRENCY = re.compile(r"^(?:€|EUR)|(?:€|EUR)$", re.IGNORECASE)
_SIGNS = ("-", "\u2212", "+")  # hyphen-minus, minus sign, plus (an amendment's +/-)
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>[ .,])\d{3})(?:(?P=sep)\d{3})*", re.ASCII)


def _shown(value: object) -> str:
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


def _from_number(value: object, text: str, decimals_message: str, bad_message: str, large_message: str) -> Decimal:
    """An int, float or Decimal (an Excel cell), exact to the cent."""
    if isinstance(value, bool):
        raise ParseError(bad_message, text=text)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        number = Decimal(repr(value))  # the shortest repr: 0.1 -> 0.1, not 0.1000000000000000055...
    if not number.is_finite():
        raise ParseError(bad_message, text=text)
    if abs(number) > MAX_AMOUNT:
        raise ParseError(large_message, text=text)
    if number != number.quantize(CENT, rounding="ROUND_DOWN"):
        raise ParseError(decimals_message, text=text)
    return number + 0  # -0 -> 0


def _integer(part: str) -> str | None:
    """The digits of an integer part written with or without thousands separators; None if not."""
    if part.isdigit() and part.isascii():
        return part
    m = _GROUPED.fullmatch(part)
    return re.sub(r"[ .,]", "", part) if m else None


def parse_amount(value: object) -> Decimal:
    """An amount in euro, exact to the cent (two decimals), as meant; negative when so written."""
    if isinstance(value, (int, float, Decimal)):
        return _from_number(value, _shown(value), TOO_MANY_DECIMALS, NOT_AMOUNT, TOO_LARGE).quantize(CENT)
    if not isinstance(value, str):
        raise ParseError(NOT_AMOUNT, text="" if value is None else str(value))
    shown = value.strip()
    t = _SPACE.sub(" ", shown).strip()
    negative = signed = False
    if t[:1] in _SIGNS:
        negative, signed, t = t[0] != "+", True, t[1:].strip()
    if _CURRENCY.search(t):
        t = _CURRENCY.sub("", t, count=1).strip()
        if not signed and t[:1] in _SIGNS:  # € -5
            negative, t = t[0] != "+", t[1:].strip()
    if not t or not t.isascii() or not t[0].isdigit() or not t[-1].isdigit():  # ASCII digits only
        raise ParseError(NOT_AMOUNT, text=shown)
    dots, commas = t.count("."), t.count(",")
    decimal_sep = None
    if dots and commas:
        decimal_sep = "." if t.rfind(".") > t.rfind(",") else ","
        if t.count(decimal_sep) != 1:
            raise ParseError(NOT_AMOUNT, text=shown)
    elif dots == 1 or commas == 1:
        sep = "." if dots else ","
        head, tail = t.split(sep)
        if " " in head or len(tail) != 3:
            decimal_sep = sep  # 1 234,56 / 1234.5: the separator is the decimal point
        elif re.fullmatch(r"[1-9]\d{0,2}", head):  # 2.000, 150,000: thousands or decimals?
            sign = -1 if negative else 1
            as_thousands = sign * Decimal(head + tail).quantize(CENT)
            as_decimals = sign * Decimal(f"{head}.{tail}")
            if tail.endswith("0"):
                raise ParseError(AMBIGUOUS, text=shown, thousands=as_thousands, decimals=as_decimals.quantize(CENT))
            raise ParseError(AMBIGUOUS_3, text=shown, thousands=as_thousands)
        else:
            decimal_sep = sep  # 1234.567, 0.500: cannot be thousands, so three decimals
    if decimal_sep is not None:
        whole, decimals = t.rsplit(decimal_sep, 1)
    else:
        whole, decimals = t, ""
    digits = _integer(whole)
    if digits is None or not (decimals == "" or (decimals.isdigit() and decimals.isascii())):
        raise ParseError(NOT_AMOUNT, text=shown)
    if len(decimals) > 2:
        raise ParseError(TOO_MANY_DECIMALS, text=shown)
    number = Decimal(f"{digits}.{decimals or '0'}")
    if number > MAX_AMOUNT:
        raise ParseError(TOO_LARGE, text=shown)
    return (-number if negative and number else number).quantize(CENT)


# -- shares ------------------------------------------------------------------------------------

def parse_share(value: object) -> Decimal:
    """A share in percent between 0 and 100, at most two decimals (``50``, ``33,33``, ``12.5 %``)."""
    if isinstance(value, (int, float, Decimal)):
        number = _from_number(value, _shown(value), SHARE_DECIMALS, NOT_SHARE, SHARE_RANGE)
        text = _shown(value)
    elif isinstance(value, str):
        text = value.strip()
        t = re.sub(r"[\s\u00a0\u202f\u2009]*%$", "", text)
        m = re.fullmatch(r"(\d+)(?:[.,](\d+))?", t, re.ASCII)
        if not m or not t.isascii():
            raise ParseError(NOT_SHARE, text=text)
        if m.group(2) and len(m.group(2)) > 2:
            raise ParseError(SHARE_DECIMALS, text=text)
        try:
            number = Decimal(f"{m.group(1)}.{m.group(2) or '0'}")
        except InvalidOperation:  # pragma: no cover - the pattern allows digits only
            raise ParseError(NOT_SHARE, text=text) from None
    else:
        raise ParseError(NOT_SHARE, text="" if value is None else str(value))
    if not Decimal(0) <= number <= HUNDRED:
        raise ParseError(SHARE_RANGE, text=text)
    return number.quantize(CENT)


# -- dates -------------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_BELGIAN = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})", re.ASCII)


def parse_date(value: object) -> dt.date:
    """A day: ``2024-03-31``, ``31/03/2024``, ``31.03.2024``, ``31-03-2024``, or a date (cell)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ParseError(NOT_DATE, text="" if value is None else str(value))
    text = value.strip()
    if m := _ISO.fullmatch(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _BELGIAN.fullmatch(text):
        year, month, day = int(m.group(4)), int(m.group(3)), int(m.group(1))
    else:
        raise ParseError(NOT_DATE, text=text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ParseError(NO_SUCH_DAY, text=text) from None
