"""grants.domain.parse: amounts, shares and dates as people type them, read as meant or refused.

Property-based: any amount with two decimals, written in any accepted style, reads back exactly; a
text whose only separator is followed by three digits is refused naming both readings; more than
two decimals are refused, never rounded.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from grants.domain import parse
from grants.domain.parse import ParseError, parse_amount, parse_date, parse_share

D = Decimal
MAX = D("999999999999.99")

amounts = st.decimals(min_value=-MAX, max_value=MAX, places=2, allow_nan=False, allow_infinity=False)
GROUPS = (" ", "\u00a0", "\u202f")  # space, no-break space, narrow no-break space (Excel, LibreOffice, Word)


def grouped(digits: str, sep: str) -> str:
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join([digits, *groups])


def written(value: Decimal, style: str, group: str = " ", euro: str = "") -> str:
    """``value`` as a person writes it in ``style``, with a leading or trailing euro sign."""
    whole, cents = f"{abs(value):.2f}".split(".")
    body = {
        "belgian": f"{grouped(whole, group)},{cents}",        # 1 234,56
        "belgian dots": f"{grouped(whole, '.')},{cents}",     # 1.234,56
        "english": f"{grouped(whole, ',')}.{cents}",          # 1,234.56
        "plain point": f"{whole}.{cents}",                    # 1234.56
        "plain comma": f"{whole},{cents}",                    # 1234,56
    }[style]
    sign = "-" if value < 0 else ""
    if euro == "before":
        return f"{sign}€ {body}" if sign else f"€{body}"
    if euro == "after":
        return f"{sign}{body} €"
    return sign + body


STYLES = ("belgian", "belgian dots", "english", "plain point", "plain comma")


# -- amounts read as meant --------------------------------------------------------------------

@given(amounts, st.sampled_from(STYLES), st.sampled_from(GROUPS), st.sampled_from(("", "before", "after")))
@example(D("1234.56"), "belgian", "\u202f", "after")
@example(D("-2000.00"), "belgian dots", " ", "before")
@example(D("0.00"), "english", " ", "")
def test_any_amount_written_in_any_accepted_style_reads_back_exactly(
        value: Decimal, style: str, group: str, euro: str) -> None:
    text = written(value, style, group, euro)
    assert parse_amount(text) == value
    assert parse_amount(f"  {text} ") == value


@pytest.mark.parametrize(("text", "expected"), [
    ("1 234,56", "1234.56"), ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1234.56", "1234.56"),
    ("1234,56", "1234.56"), ("1\u00a0234,56", "1234.56"), ("1\u202f234,56", "1234.56"), ("€1 234,56", "1234.56"),
    ("1 234,56 €", "1234.56"), ("1 234,56 EUR", "1234.56"), ("-1 234,56", "-1234.56"), ("-€ 5", "-5.00"),
    ("2000", "2000.00"), ("2 000", "2000.00"), ("1.234.567", "1234567.00"), ("1,234,567", "1234567.00"),
    ("2.000,5", "2000.50"), ("12,5", "12.50"), ("0,07", "0.07"), ("+1 000,00", "1000.00"), ("-0", "0.00"),
    ("999 999 999 999,99", "999999999999.99"),
])
def test_amounts_read_as_meant(text: str, expected: str) -> None:
    assert parse_amount(text) == D(expected)
    assert str(parse_amount(text)) == expected  # always two decimals


@given(amounts)
def test_number_cells_with_at_most_two_decimals_are_taken_exactly(value: Decimal) -> None:
    assert parse_amount(value) == value
    assert parse_amount(float(value)) == value  # an Excel number cell: repr, never binary noise
    if value == value.to_integral_value():
        assert parse_amount(int(value)) == value


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_number_cells_with_more_decimals_are_refused_never_rounded(value: Decimal) -> None:
    assume(value != value.quantize(D("0.01")))
    for cell in (value, float(value)):
        with pytest.raises(ParseError) as refused:
            parse_amount(cell)
        assert refused.value.message == parse.TOO_MANY_DECIMALS


# -- ambiguity ---------------------------------------------------------------------------------

@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(".,"), st.sampled_from(("", "€", " €", "-")))
@example(2, 0, ".", "")        # 2.000
@example(150, 0, ",", "")      # 150,000
@example(75, 0, ".", "")       # 75.000
def test_one_separator_before_three_digits_is_refused_naming_both_readings(
        head: int, tail: int, sep: str, decoration: str) -> None:
    text = f"{head}{sep}{tail:03d}"
    text = "-" + text if decoration == "-" else text + decoration
    sign = -1 if decoration == "-" else 1
    with pytest.raises(ParseError) as refused:
        parse_amount(text)
    e = refused.value
    assert e.params["text"] == text
    assert e.params["thousands"] == sign * D(head * 1000 + tail)
    if tail % 10 == 0:  # 2.000, 2.500: two readings that are both amounts
        assert e.message == parse.AMBIGUOUS
        assert e.params["decimals"] == sign * D(f"{head}.{tail:03d}")
    else:  # 2.345: thousands, or three decimals (which would be refused anyway)
        assert e.message == parse.AMBIGUOUS_3


def test_the_three_amounts_of_the_issue_are_refused() -> None:
    for text, thousands, decimals in (("2.000", "2000", "2"), ("150,000", "150000", "150"), ("75.000", "75000", "75")):
        with pytest.raises(ParseError) as refused:
            parse_amount(text)
        assert (refused.value.params["thousands"], refused.value.params["decimals"]) == (D(thousands), D(decimals))


@pytest.mark.parametrize("text", ["2 000.000", "1.234,567", "1234.567", "0.500", "12,3456", "1,234.5678"])
def test_more_than_two_decimals_are_refused_never_rounded(text: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_amount(text)
    assert refused.value.message == parse.TOO_MANY_DECIMALS


@given(amounts, st.integers(1, 9), st.sampled_from(("belgian", "english", "plain point", "plain comma")))
def test_a_third_decimal_is_never_rounded_away(value: Decimal, third: int, style: str) -> None:
    text = written(value, style) + str(third)
    with pytest.raises(ParseError):
        parse_amount(text)


# -- garbage -----------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    "", "   ", "abc", "1..2", "12 34", "1.2.3", "1.23.456", "5,", ",50", "1e3", "NaN", "--5", "5-", "€5€",
    "1 234.567,89", "1,2,3", "12.34.56,7", "1 000 000 000 000", "٣", "1 ٣٣٣", "１２", "1O0", None, True, float("inf"), float("nan"),
    [1], dt.date(2024, 1, 1),
])
def test_garbage_is_refused(bad: object) -> None:
    with pytest.raises(ParseError):
        parse_amount(bad)


@given(st.text(max_size=20))
def test_any_text_is_read_exactly_or_refused(text: str) -> None:
    try:
        value = parse_amount(text)
    except ParseError as e:
        assert e.message.startswith("Amount: ") and e.params["text"] == text.strip()
        return
    assert value == value.quantize(D("0.01")) and abs(value) <= MAX
    assert value.as_tuple().exponent == -2


def test_refusals_carry_a_translatable_message_and_its_parameters() -> None:
    from grants.i18n import render_problem
    from grants.services.errors import Problem

    with pytest.raises(ParseError) as refused:
        parse_amount("2.000")
    e = refused.value
    assert isinstance(e, ValueError) and "{thousands}" in e.message
    problem = Problem(e.message, e.params, "amount")
    assert render_problem(problem, "en").startswith("Amount: 2.000 is ambiguous, it can be read as €2,000.00 or as €2.00")
    assert render_problem(problem, "fr").startswith("Montant\u00a0: 2.000 est ambigu, il peut se lire 2\u202f000,00\u00a0€ ou 2,00\u00a0€")
    assert render_problem(problem, "nl").startswith("Bedrag: 2.000 is dubbelzinnig, het kan gelezen worden als €\u00a02.000,00 of als €\u00a02,00")


# -- shares ------------------------------------------------------------------------------------

shares = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(shares, st.sampled_from((".", ",")), st.sampled_from(("", "%", " %", "\u00a0%")))
def test_any_share_with_two_decimals_reads_back_exactly(value: Decimal, sep: str, percent: str) -> None:
    assert parse_share(f"{value:.2f}".replace(".", sep) + percent) == value
    assert parse_share(value) == value and parse_share(float(value)) == value


@pytest.mark.parametrize("text", ["50.001", "33,333", "12.500", 33.333, D("50.001")])
def test_a_share_with_more_than_two_decimals_is_refused_never_rounded(text: object) -> None:
    with pytest.raises(ParseError) as refused:
        parse_share(text)
    assert refused.value.message == parse.SHARE_DECIMALS


@pytest.mark.parametrize("text", ["100.01", "150", 101, "-1", "abc", "", "1 2", "50 %%", None])
def test_shares_outside_0_100_or_not_numbers_are_refused(text: object) -> None:
    with pytest.raises(ParseError):
        parse_share(text)


# -- dates -------------------------------------------------------------------------------------

@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")))
def test_any_date_in_any_accepted_form_reads_back(day: dt.date, form: str) -> None:
    text = f"{day.year:04d}" + day.strftime(form.replace("%Y", "")) if form.startswith("%Y") else \
        day.strftime(form.replace("%Y", "")) + f"{day.year:04d}"
    assert parse_date(text) == day
    assert parse_date(day) == day
    assert parse_date(dt.datetime.combine(day, dt.time(13, 30))) == day  # an openpyxl date cell


@pytest.mark.parametrize("text", ["31/02/2024", "29/02/2023", "31/04/2024", "2024-13-01", "00/01/2024", "2024-02-30"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_date(text)
    assert refused.value.message == parse.NO_SUCH_DAY


@pytest.mark.parametrize("bad", ["", "abc", "٢٠٢٤-03-31", "2024/03/31", "31/03-2024", "31 mars 2024", "2024-3", 45000, None, 1.5])
def test_what_is_not_a_date_is_refused(bad: object) -> None:
    with pytest.raises(ParseError) as refused:
        parse_date(bad)
    assert refused.value.message == parse.NOT_DATE


def test_leap_day() -> None:
    assert parse_date("29/02/2024") == dt.date(2024, 2, 29)


# -- purity ------------------------------------------------------------------------------------

def test_the_parser_loads_no_qt_and_no_database() -> None:
    code = ("import sys, grants.domain.parse; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_old_parsers_are_gone() -> None:
    from grants.services import validators
    from grants.ui.forms import base

    assert not hasattr(validators, "parse_amount") and not hasattr(validators, "parse_date")
    assert not hasattr(base, "parse_money_text") and not hasattr(base, "parse_date_text")
    assert not hasattr(base, "PercentEdit")
