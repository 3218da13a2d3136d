"""Identifiers and parsers: accepted and refused, with property-based tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grants.services.errors import RuleError
from grants.services.validators import (
    check_bce,
    check_communication,
    check_iban,
    equal_shares,
    format_communication,
    make_communication,
    parse_measures,
)


def bce_of(base: int) -> str:
    """A valid enterprise number with 8-digit base ``base`` (series 0 or 1)."""
    return f"{base:08d}{97 - base % 97:02d}"


bases = st.integers(min_value=2_000_000, max_value=19_999_999)


def test_known_numbers() -> None:
    assert check_bce("0403.019.261") == "0403019261"
    assert check_iban("BE54 0000 0000 0097") == "BE54000000000097"
    with pytest.raises(RuleError) as e:
        check_bce("0403.019.262")
    assert e.value.problems[0].field == "bce"
    assert "0403.019.262" in str(e.value)


@given(bases)
def test_valid_enterprise_numbers_pass(base: int) -> None:
    assert check_bce(bce_of(base)) == bce_of(base)


@given(bases, st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_error_is_caught(base: int, pos: int, delta: int) -> None:
    digits = list(bce_of(base))
    digits[pos] = str((int(digits[pos]) + delta) % 10)
    with pytest.raises(RuleError):
        check_bce("".join(digits))


@given(st.integers(min_value=1, max_value=10**10 - 1))
def test_structured_communications_round_trip(base: int) -> None:
    comm = make_communication(base)
    assert len(comm) == 12 and check_communication(comm) == comm
    assert check_communication(format_communication(comm)) == comm
    assert int(comm[10:]) == (int(comm[:10]) % 97 or 97)


@given(st.integers(min_value=1, max_value=10**10 - 1), st.integers(0, 11), st.integers(1, 9))
def test_structured_communication_typo_refused(base: int, pos: int, delta: int) -> None:
    digits = list(make_communication(base))
    digits[pos] = str((int(digits[pos]) + delta) % 10)
    with pytest.raises(RuleError):
        check_communication("".join(digits))


@given(st.integers(min_value=1, max_value=40))
def test_equal_shares_total_exactly_100(n: int) -> None:
    shares = equal_shares(n)
    assert sum(shares) == Decimal(100) and len(shares) == n and all(s > 0 for s in shares)


def test_measures() -> None:
    assert parse_measures("1.4; 2.1") == [("1.4", Decimal("50.00")), ("2.1", Decimal("50.00"))]
    assert parse_measures("1.4:60; 2.1:40") == [("1.4", Decimal("60.00")), ("2.1", Decimal("40.00"))]
    for bad in ("1.4:60; 2.1:30", "1.4:60; 2.1", "x.y", "1.4; 1.4", "1.4:0; 2.1:100"):
        with pytest.raises(RuleError) as e:
            parse_measures(bad)
        assert e.value.problems[0].field == "measures"


@pytest.mark.parametrize(("env", "loc", "expected"), [
    ({"GRANTS_LANG": "nl"}, None, "nl"),
    ({"LANG": "nl_BE.UTF-8"}, None, "nl"),
    ({}, "Dutch_Belgium", "nl"),
    ({}, "French_Belgium", "fr"),
    ({}, "English_United Kingdom", "en"),
    ({}, None, "fr"),
])
def test_user_language(monkeypatch: pytest.MonkeyPatch, env: dict, loc: str | None, expected: str) -> None:
    import locale

    from grants.i18n import user_language

    for var in ("GRANTS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(locale, "getlocale", lambda *a: (loc, "1252"))
    assert user_language() == expected
