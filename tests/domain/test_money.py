"""Money: exact, float-free, half-up to the cent, nothing lost when splitting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.display import format_euro
from coopdesk.domain.money import Money, allocate, round_cents, total

cents = st.integers(min_value=-10**12, max_value=10**12)
money = cents.map(Money.from_cents)


def test_refuses_float() -> None:
    with pytest.raises(TypeError):
        Money(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money("1") * 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        Money(True)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "", "1,50", "NaN", "Infinity"])
def test_refuses_non_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        Money(text)


@pytest.mark.parametrize(
    ("given_amount", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004", "0.00"),
        ("-0.005", "-0.01"),
        ("2.675", "2.68"),
        ("1.115", "1.12"),
        ("1234.5", "1234.50"),
    ],
)
def test_rounds_half_up_to_the_cent(given_amount: str, expected: str) -> None:
    assert str(Money(given_amount)) == expected


def test_multiplying_rounds_once_at_the_end() -> None:
    # 7.25 hours at 2.35 = 17.0375 -> 17.04
    assert Money("2.35") * Decimal("7.25") == Money("17.04")
    assert Money("0.10") * 3 == Money("0.30")


def test_cents_round_trip_and_sum() -> None:
    assert Money("12.34").cents == 1234
    assert Money.from_cents(-5) == Money("-0.05")
    assert sum([Money("0.10"), Money("0.20")]) == Money("0.30")
    assert total([]) == Money(0)


def test_formatting_for_people() -> None:
    assert format_euro(Money("1234.56").amount) == "€ 1.234,56"
    assert format_euro(Money("-0.5").amount) == "€ -0,50"
    assert format_euro(Money("1000000").amount) == "€ 1.000.000,00"


@given(money, money)
def test_addition_is_exact(a: Money, b: Money) -> None:
    assert (a + b).cents == a.cents + b.cents
    assert (a + b) - b == a


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.125", "0.13"),  # half-up, not banker's rounding (which gives 0.12)
        ("0.135", "0.14"),
        ("-0.125", "-0.13"),  # away from zero
        ("2.675", "2.68"),  # as a float 2.675 is 2.67499...; Decimal keeps it exact
        ("1.995", "2.00"),
        ("0.0049999", "0.00"),
        ("-0.0049999", "0.00"),
        ("999999999.995", "1000000000.00"),
        ("17.0375", "17.04"),
        ("3", "3.00"),
    ],
)
def test_round_cents_by_hand(value: str, expected: str) -> None:
    rounded = round_cents(Decimal(value))
    assert rounded == Decimal(expected)
    assert rounded.as_tuple().exponent == -2


def _half_up_cents(value: Decimal) -> int:
    """Cents by integer arithmetic only (independent of `Decimal.quantize`): half away from zero."""
    millionths = int(value.scaleb(6))  # exact: the strategy gives at most six places
    whole, rest = divmod(abs(millionths), 10_000)
    if 2 * rest >= 10_000:
        whole += 1
    return whole if millionths >= 0 else -whole


@given(st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False, allow_infinity=False, places=6))
def test_rounding_agrees_with_an_independent_computation(value: Decimal) -> None:
    expected = _half_up_cents(value)
    assert round_cents(value) == Decimal(expected) / 100
    assert Money(value).cents == expected
    assert abs(round_cents(value) - value) <= Decimal("0.005")


@given(money, st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=40))
def test_allocate_conserves_the_total(amount: Money, weights: list[int]) -> None:
    if sum(weights) == 0:
        weights = [*weights[:-1], 1]
    parts = allocate(amount, weights)
    assert len(parts) == len(weights)
    assert total(parts) == amount
    for weight, part in zip(weights, parts, strict=True):
        if weight == 0:
            assert part == Money(0)


@given(cents.filter(lambda c: c >= 0), st.lists(st.integers(min_value=1, max_value=100), min_size=1, max_size=20))
def test_allocate_parts_differ_from_exact_share_by_less_than_a_cent(amount_cents: int, weights: list[int]) -> None:
    parts = allocate(Money.from_cents(amount_cents), weights)
    weight_sum = sum(weights)
    for weight, part in zip(weights, parts, strict=True):
        exact = Decimal(amount_cents) * weight / weight_sum
        assert abs(Decimal(part.cents) - exact) < 1


def test_allocate_leftover_cents_go_first_to_the_first() -> None:
    assert allocate(Money("0.10"), [1, 1, 1]) == [Money("0.04"), Money("0.03"), Money("0.03")]
    with pytest.raises(ValueError):
        allocate(Money(1), [0, 0])
