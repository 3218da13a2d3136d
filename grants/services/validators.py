"""Checks and parsers for user input: identifiers (with python-stdnum), years, PGSP measures.

Amounts, shares and dates are read by :mod:`grants.domain.parse` (forms and import alike).

Each returns the normalised value or raises :class:`RuleError` naming the field.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from grants.domain.parse import SHARE_RANGE, ParseError, parse_share

from .errors import QT_TRANSLATE_NOOP, Problem, RuleError

CENT = Decimal("0.01")


@cache
def _stdnum() -> tuple[Any, Any, Any, type[Exception]]:
    """python-stdnum's (BCE, IBAN, structured communication, ValidationError), imported on first
    use: stdnum loads ssl and zipfile, which the commands that check no identifier need not pay."""
    from stdnum import iban
    from stdnum.be import ogm_vcs, vat
    from stdnum.exceptions import ValidationError

    return vat, iban, ogm_vcs, ValidationError


def check_bce(value: str, field: str = "bce") -> str:
    """A Belgian enterprise number (BCE/KBO), returned as 10 digits."""
    bce, _, _, error = _stdnum()
    try:
        return str(bce.validate(value))
    except error:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)"),
            field, value=value,
        ) from None


def format_bce(value: str | None) -> str:
    return "" if not value else f"{value[:4]}.{value[4:7]}.{value[7:]}"


def check_iban(value: str, field: str = "iban") -> str:
    """An IBAN (ISO 13616, mod 97), returned in compact form."""
    _, iban, _, error = _stdnum()
    try:
        return str(iban.validate(value))
    except error:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "IBAN: {value} is not a valid account number (ISO 13616 check digits)"),
            field, value=value,
        ) from None


def format_iban(value: str | None) -> str:
    return "" if not value else str(_stdnum()[1].format(value))


def check_communication(value: str, field: str = "communication") -> str:
    """A Belgian structured communication (+++ddd/dddd/ddddd+++), returned as 12 digits."""
    _, _, ogm, error = _stdnum()
    try:
        return str(ogm.validate(value))
    except error:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)"),
            field, value=value,
        ) from None


def make_communication(base: int) -> str:
    """The structured communication whose first ten digits are ``base`` (12 digits)."""
    head = f"{base % 10**10:010d}"
    return head + str(_stdnum()[2].calc_check_digits(head))


def format_communication(value: str | None) -> str:
    return "" if not value else f"+++{_stdnum()[2].format(value)}+++"


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
                shares.append(parse_share(share))  # 50.001 is refused, never rounded
            except ParseError as e:
                if e.message == SHARE_RANGE:
                    raise RuleError.single(
                        QT_TRANSLATE_NOOP("rules", "PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)"),
                        field, code=code, share=share.strip().rstrip("%").strip(),
                    ) from e
                raise RuleError.single(
                    QT_TRANSLATE_NOOP("rules", "PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals"),
                    field, share=share.strip(), code=code,
                ) from e
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
