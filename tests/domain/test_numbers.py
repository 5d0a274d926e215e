"""One rule for every number CoopDesk reads: amounts, hourly rates and hours, Dutch or English."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.display import format_euro
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.hours import format_hours, parse_hours
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import (
    NOTATIONS,
    Notation,
    format_amount,
    format_minutes,
    format_number,
    minutes_from_hours,
    parse_amount,
    parse_minutes,
    parse_rate,
)

notations = st.sampled_from(NOTATIONS)
cents = st.integers(min_value=-10**13, max_value=10**13)
quarters = st.integers(min_value=0, max_value=10**8).map(lambda q: q * 15)


def _grouped(cents: int, notation: Notation) -> str:
    """An amount written by hand (independent of `format_number`): thousands separators and
    two decimals in the given notation."""
    point, separator = (",", ".") if notation == "nl" else (".", ",")
    whole, fraction = divmod(abs(cents), 100)
    return ("-" if cents < 0 else "") + f"{whole:,}".replace(",", separator) + f"{point}{fraction:02d}"


@given(cents, notations)
def test_every_amount_formats_and_parses_back(amount_cents: int, notation: Notation) -> None:
    amount = Money.from_cents(amount_cents)
    assert parse_amount(format_amount(amount, notation)) == amount
    assert parse_amount(_grouped(amount_cents, notation)) == amount
    assert parse_amount(format_euro(amount.amount)) == amount


@given(st.integers(min_value=0, max_value=10**9), notations)
def test_every_rate_formats_and_parses_back(rate_cents: int, notation: Notation) -> None:
    rate = Money.from_cents(rate_cents)
    assert parse_rate(format_amount(rate, notation)) == rate
    assert parse_rate("€ " + _grouped(rate_cents, notation)) == rate


@given(quarters, notations)
def test_every_amount_of_hours_formats_and_parses_back(minutes: int, notation: Notation) -> None:
    shown = format_minutes(minutes, notation)
    assert parse_minutes(shown) == minutes, shown
    assert parse_minutes(f"{minutes // 60}:{minutes % 60:02d}") == minutes
    assert minutes_from_hours(Decimal(minutes) / 60) == minutes
    if minutes <= 24 * 60:
        assert parse_hours(format_hours(minutes)) == minutes


@pytest.mark.parametrize(("minutes", "nl", "en"), [
    (60_000, "1000", "1000"), (90_000, "1500", "1500"), (135_000, "2250", "2250"),
    (60_030, "1.000,5", "1,000.5"), (60_000_000, "1.000.000", "1,000,000"),
    (11_371_530, "189.525,5", "189,525.5"), (45, "0,75", "0.75"),
])
def test_large_hours_are_written_so_they_read_back(minutes: int, nl: str, en: str) -> None:
    assert format_minutes(minutes, "nl") == nl
    assert format_minutes(minutes, "en") == en
    assert parse_minutes(format_hours(minutes, signed=True)) == minutes  # issue 7: 60000 read as 60


@pytest.mark.parametrize(("typed", "cents"), [
    ("1.234,56", 123456), ("1,234.56", 123456), ("1.234.567", 123456700), ("1,234,567", 123456700),
    ("2,5", 250), ("2.5", 250), ("45,50", 4550), ("45.50", 4550), ("1234", 123400), ("€ 12,5", 1250),
    ("-€ 3", -300), ("€ -3", -300), ("2,5000", 250), (",5", 50), ("1 234,56", 123456),
])
def test_one_rule_for_both_notations(typed: str, cents: int) -> None:
    assert parse_amount(typed).cents == cents
    if cents >= 0:
        assert parse_rate(typed).cents == cents


@pytest.mark.parametrize(("typed", "thousands", "decimal_nl", "decimal_en"), [
    ("1.234", "1234", "1,234", "1.234"), ("2,555", "2555", "2,555", "2.555"),
    ("100.000", "100000", "100,000", "100.000"),
])
def test_an_ambiguous_number_is_refused_with_both_readings(
    typed: str, thousands: str, decimal_nl: str, decimal_en: str
) -> None:
    for parse in (parse_amount, parse_rate, parse_minutes):
        with pytest.raises(ValidationError) as caught:
            parse(typed)
        dutch, english = caught.value.message("nl"), caught.value.message("en")
        assert thousands in dutch and decimal_nl in dutch, dutch
        assert thousands in english and decimal_en in english, english


@pytest.mark.parametrize("typed", ["2,555", "1.234", "0,005", "2,125", "1,2345", "12345,678"])
def test_rates_are_never_rounded(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_rate(typed)


@pytest.mark.parametrize(("typed", "nl"), [
    ("0,005", "meer dan twee decimalen"), ("12,3456", "meer dan twee decimalen"),
    ("1.23.4", "geen bedrag"), ("1,2,3", "geen bedrag"), ("1.234.56", "geen bedrag"),
    ("1,234,5", "geen bedrag"), ("1.2,5", "geen bedrag"), ("4,5e3", "geen bedrag"), ("nan", "geen bedrag"),
    ("inf", "geen bedrag"), ("", "geen bedrag"), ("-", "geen bedrag"), ("0.123", "meer dan twee decimalen"),
])
def test_what_is_not_an_amount(typed: str, nl: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(typed)
    assert nl in caught.value.message("nl")


def test_rates_and_hours_are_not_negative() -> None:
    with pytest.raises(ValidationError, match="negative"):
        parse_rate("-2,50")
    with pytest.raises(ValidationError, match="negative"):
        parse_minutes("-2")
    assert parse_rate("") == Money(0)
    assert parse_minutes("") == 0


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_a_number_that_is_not_finite_says_so(value: Decimal) -> None:
    with pytest.raises(ValidationError) as caught:
        minutes_from_hours(value)
    assert "geen geldig getal" in caught.value.message("nl")
    assert "not a valid number" in caught.value.message("en")


def test_too_many_hours_is_said_before_not_a_quarter() -> None:
    with pytest.raises(ValidationError) as caught:
        minutes_from_hours(Decimal("99999"), most_minutes=24 * 60)
    assert "more than a day holds" in caught.value.message("en")
    with pytest.raises(ValidationError) as caught:
        minutes_from_hours(Decimal("99999.1"), most_minutes=24 * 60)
    assert "more than a day holds" in caught.value.message("en")
    with pytest.raises(ValidationError) as caught:
        minutes_from_hours(Decimal("2.1"))
    assert "not a whole quarter" in caught.value.message("en")


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9),
       notations)
def test_format_number_never_writes_what_the_parser_refuses(value: Decimal, notation: Notation) -> None:
    assert parse_amount(format_number(value, notation)).amount == value


@pytest.mark.parametrize("typed", ["1" * 16, "1" * 40 + ",50", "9" * 400])
def test_a_number_too_large_to_be_meant_is_refused_not_a_crash(typed: str) -> None:
    for parse in (parse_amount, parse_rate, parse_minutes):
        with pytest.raises(ValidationError) as caught:
            parse(typed)
        assert "too large" in caught.value.message("en")
        assert len(caught.value.message("en")) < 200
    assert parse_amount("1" * 15).amount == Decimal("1" * 15)
