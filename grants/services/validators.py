"""Checks and parsers for user input: identifiers (with python-stdnum), amounts, dates, shares.

Each returns the normalised value or raises :class:`RuleError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from stdnum import iban as _iban
from stdnum.be import ogm_vcs as _ogm
from stdnum.be import vat as _bce
from stdnum.exceptions import ValidationError as _StdnumError

from .errors import QT_TRANSLATE_NOOP, Problem, RuleError

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")  # NUMERIC(14,2)


def check_bce(value: str, field: str = "bce") -> str:
    """A Belgian enterprise number (BCE/KBO), returned as 10 digits."""
    try:
        return str(_bce.validate(value))
    except _StdnumError:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)"),
            field, value=value,
        ) from None


def format_bce(value: str | None) -> str:
    return "" if not value else f"{value[:4]}.{value[4:7]}.{value[7:]}"


def check_iban(value: str, field: str = "iban") -> str:
    """An IBAN (ISO 13616, mod 97), returned in compact form."""
    try:
        return str(_iban.validate(value))
    except _StdnumError:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "IBAN: {value} is not a valid account number (ISO 13616 check digits)"),
            field, value=value,
        ) from None


def format_iban(value: str | None) -> str:
    return "" if not value else str(_iban.format(value))


def check_communication(value: str, field: str = "communication") -> str:
    """A Belgian structured communication (+++ddd/dddd/ddddd+++), returned as 12 digits."""
    try:
        return str(_ogm.validate(value))
    except _StdnumError:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)"),
            field, value=value,
        ) from None


def make_communication(base: int) -> str:
    """The structured communication whose first ten digits are ``base`` (12 digits)."""
    head = f"{base % 10**10:010d}"
    return head + str(_ogm.calc_check_digits(head))


def format_communication(value: str | None) -> str:
    return "" if not value else f"+++{_ogm.format(value)}+++"


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_amount(value: object, field: str = "amount", *, allow_negative: bool = False) -> Decimal:
    """Euro with at most two decimals, from a number or text (``1234.56``, ``1 234,56``)."""
    def bad() -> RuleError:
        return RuleError.single(
            QT_TRANSLATE_NOOP("rules", "{field}: {value} is not an amount in euro with at most 2 decimals"),
            field, field=field, value=value,
        )

    if value is None or isinstance(value, bool):
        raise bad()
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # shortest repr: 0.1 -> 0.1, not 0.1000000000000000055
    else:
        text = _SPACES.sub("", str(value)).replace("EUR", "").replace("€", "")
        if "," in text and "." in text:  # 1.234,56 (Belgian) or 1,234.56
            text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
        else:
            text = text.replace(",", ".")
        if not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
            raise bad()
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise bad() from None
    if not number.is_finite() or abs(number) > MAX_AMOUNT or number != number.quantize(CENT):
        raise bad()
    if number < 0 and not allow_negative:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "{field}: {value} must not be negative"), field, field=field, value=value
        )
    return number.quantize(CENT)


def parse_date(value: object, field: str = "date") -> dt.date:
    """A date cell or ISO text (``2024-03-31``); Belgian ``31/03/2024`` is accepted too."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
    raise RuleError.single(
        QT_TRANSLATE_NOOP("rules", "{field}: {value} is not a date (expected 2024-03-31)"), field, field=field, value=value
    )


def parse_year(value: object, field: str = "year") -> int:
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, float) and not value.is_integer():
            raise ValueError
        year = int(str(value).strip().split(".")[0]) if isinstance(value, str) else int(value)  # type: ignore[arg-type]
        if isinstance(value, str) and not re.fullmatch(r"\s*\d{4}(\.0+)?\s*", value):
            raise ValueError
    except (TypeError, ValueError):
        year = -1
    if not 1990 <= year <= 2100:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "{field}: {value} is not a year"), field, field=field, value=value)
    return year


def parse_measures(value: str, field: str = "measures") -> list[tuple[str, Decimal]]:
    """``1.4; 2.1`` (equal shares) or ``1.4:60; 2.1:40`` (shares in percent, total 100)."""
    items = [part.strip() for part in str(value).split(";") if part.strip()]
    if not items:
        return []
    codes: list[str] = []
    shares: list[Decimal | None] = []
    for item in items:
        code, _, share = item.partition(":")
        code = code.strip()
        if not re.fullmatch(r"\d{1,2}\.\d{1,2}", code):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PGSP measures: {code} is not a measure code (like 1.4)"), field, code=code
            )
        if code in codes:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PGSP measures: measure {code} is listed twice"), field, code=code
            )
        codes.append(code)
        if share.strip():
            try:
                shares.append(Decimal(share.strip().rstrip("%").replace(",", ".")))
            except InvalidOperation:
                raise RuleError.single(
                    QT_TRANSLATE_NOOP("rules", "PGSP measures: share {share} of measure {code} is not a percentage"),
                    field, share=share.strip(), code=code,
                ) from None
        else:
            shares.append(None)
    if all(s is None for s in shares):
        return list(zip(codes, equal_shares(len(codes)), strict=True))
    if any(s is None for s in shares):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "PGSP measures: give a share for every measure or for none"), field
        )
    result = [(c, Decimal(s).quantize(CENT)) for c, s in zip(codes, shares, strict=True)]  # type: ignore[arg-type]
    check_shares(result, field)
    return result


def equal_shares(n: int) -> list[Decimal]:
    """n shares in percent with two decimals that total exactly 100 (the last takes the rest)."""
    base = (Decimal(100) / n).quantize(CENT, rounding="ROUND_DOWN")
    return [base] * (n - 1) + [Decimal(100) - base * (n - 1)]


def check_shares(shares: list[tuple[str, Decimal]], field: str = "measures") -> None:
    for code, share in shares:
        if not Decimal(0) < share <= Decimal(100):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)"),
                field, code=code, share=str(share),
            )
    total = sum((s for _, s in shares), Decimal(0))
    if shares and total != Decimal(100):
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "PGSP measures: the shares total {total} %, they must total 100 %"),
            field, total=str(total),
        )


def required_text(value: object, field: str, label: str, max_length: int = 255) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise RuleError(Problem(QT_TRANSLATE_NOOP("rules", "{label}: this field is required"), {"label": label}, field))
    if len(text) > max_length:
        raise RuleError(
            Problem(QT_TRANSLATE_NOOP("rules", "{label}: at most {max} characters"), {"label": label, "max": max_length}, field)
        )
    return text
