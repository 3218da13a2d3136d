"""One money and date formatter, Belgian conventions: grants.i18n against babel's CLDR data."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from grants.domain.parse import parse_amount
from grants.i18n import format_date, format_datetime, format_money, format_number

babel_numbers = pytest.importorskip("babel.numbers")

LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


def _values() -> list[Decimal]:
    rng = random.Random(14)
    values = [Decimal(v) for v in ("0", "0.01", "-0.01", "0.5", "1", "-1", "999.99", "1000", "-1000",
                                   "12345.67", "999999.99", "1000000", "2693042", "-2693042.00",
                                   "123456789012.34", "-99999999999.99")]
    for _ in range(3000):
        digits = rng.randint(0, 12)
        cents = rng.randint(0, 10 ** (digits + 2) - 1)
        values.append(Decimal(cents).scaleb(-2) * (rng.choice((1, -1)) if cents else 1))
    return values  # (babel writes "-0,00" for a negative zero; grants.i18n never does)


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_money_is_cldr_of_the_belgian_locale(lang: str) -> None:
    for value in _values():
        expected = babel_numbers.format_currency(value, "EUR", locale=LOCALES[lang])
        assert format_money(value, lang) == expected, value
        number = babel_numbers.format_decimal(value, format="#,##0.00", locale=LOCALES[lang])
        assert format_money(value, lang, currency=False) == number, value


def test_the_three_languages_as_a_reader_sees_them() -> None:
    amount = Decimal("2693042")
    assert format_money(amount, "fr") == "2\u202f693\u202f042,00\u00a0€"
    assert format_money(amount, "nl") == "€\u00a02.693.042,00"
    assert format_money(amount, "en") == "€2,693,042.00"
    assert format_money(Decimal("-1234.5"), "en") == "-€1,234.50"
    assert format_money(Decimal("-1234.5"), "nl") == "€\u00a0-1.234,50"
    assert format_money(None, "fr") == ""
    # rounding half up to the cent; never a negative zero
    assert format_money(Decimal("0.005"), "fr") == "0,01\u00a0€"
    assert format_money(Decimal("-0.004"), "nl") == "€\u00a00,00"
    # an unknown language is French, the default
    assert format_money(Decimal("1000"), "de") == format_money(Decimal("1000"), "fr")
    assert format_number(Decimal("1234.5"), "nl", places=1) == "1.234,5"


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_what_is_shown_reads_back_as_typed(lang: str) -> None:
    """An amount shown in a form (without €, or with it) is read back to the same value."""
    for value in _values()[:500]:
        assert parse_amount(format_money(value, lang, currency=False)) == value
        if lang != "nl" or value >= 0:  # "€ -1.234,50": the parser reads a leading minus only
            assert parse_amount(format_money(value, lang)) == value


def test_dates_are_belgian_in_every_language() -> None:
    day = dt.date(2025, 3, 31)
    at = dt.datetime(2025, 3, 31, 14, 5, 9)
    for lang in ("fr", "nl", "en"):
        assert format_date(day, lang) == "31/03/2025"
        assert format_datetime(at, lang) == "31/03/2025 14:05"
        assert format_datetime(at, lang, seconds=True) == "31/03/2025 14:05:09"
    assert format_date(None) == "" and format_datetime(None) == ""


@pytest.mark.parametrize("posix", ["C", "C.UTF-8", "POSIX", ""])
def test_french_when_the_locale_says_nothing(monkeypatch: pytest.MonkeyPatch, posix: str) -> None:
    import locale

    from grants.i18n import user_language

    monkeypatch.delenv("GRANTS_LANG", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(var, posix)
    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    assert user_language() == "fr"
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert user_language() == "nl"
