"""The distribution of a year's profit: every cent accounted for, a hand-computed year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.year_close import (
    NO_AGREEMENT,
    NOTHING_TO_DISTRIBUTE,
    Agreement,
    MemberShare,
    PotsMethod,
    TrainingMode,
    distribute,
)

AGREED = date(2025, 3, 1)
RESTAURANT = Agreement(agreed_on=AGREED, training_percentage=Decimal(20), pots_method=PotsMethod.HOURS,
                       pots_percentage=Decimal(100), municipality_percentage=Decimal(25),
                       municipality_threshold=Money(2000))


def test_the_neighbourhood_restaurant_by_hand() -> None:
    """€ 6.000 profit, 25 % of what is above € 2.000 to the municipality (€ 1.000), 20 % for
    training (€ 1.200), the rest (€ 3.800) to the pots by hours 10 : 20 : 30. Exactly:
    633,333.. / 1.266,666.. / 1.900; the floors leave 1 cent, which goes to the largest
    remainder (Bo, ,666..)."""
    shares = [MemberShare(3, 3, "Cas", 1800), MemberShare(1, 1, "Ans", 600), MemberShare(2, 2, "Bo", 1200)]
    found = distribute(Money(6000), RESTAURANT, shares)
    assert found.municipality == Money(1000)
    assert found.training == Money(1200)
    assert [(p.name, p.amount) for p in found.pots] == [
        ("Ans", Money("633.33")), ("Bo", Money("1266.67")), ("Cas", Money("1900.00"))]
    assert found.reserve == Money(0)
    assert found.total == Money(6000)


def test_a_loss_distributes_nothing_and_says_why() -> None:
    found = distribute(Money("-12.50"), RESTAURANT, [MemberShare(1, 1, "Ans", 60)])
    assert found.total == Money(0) and found.pots == () and found.notes == (NOTHING_TO_DISTRIBUTE,)


def test_no_agreement_puts_everything_in_the_reserve() -> None:
    found = distribute(Money(100), Agreement(), [MemberShare(1, 1, "Ans", 60)])
    assert found.reserve == Money(100) and found.notes == (NO_AGREEMENT,)


def test_a_training_amount_is_capped_at_what_is_left() -> None:
    agreement = Agreement(agreed_on=AGREED, training_mode=TrainingMode.AMOUNT, training_amount=Money(500),
                          municipality_percentage=Decimal(50), municipality_threshold=Money(0))
    found = distribute(Money(800), agreement, [])
    assert (found.municipality, found.training, found.reserve) == (Money(400), Money(400), Money(0))


def test_manual_pots_above_what_is_left_are_refused() -> None:
    agreement = Agreement(agreed_on=AGREED, pots_method=PotsMethod.MANUAL)
    with pytest.raises(ValidationError, match="by hand"):
        distribute(Money(100), agreement, [MemberShare(1, 1, "Ans", 10_001)])
    found = distribute(Money(100), agreement, [MemberShare(1, 1, "Ans", 4_000)])
    assert found.pots_total == Money(40) and found.reserve == Money(60)


percent = st.decimals(min_value=0, max_value=100, places=2)


@given(profit=st.integers(-1_000_000, 100_000_000), training_mode=st.sampled_from(TrainingMode),
       training_amount=st.integers(0, 10_000_000), training=percent, pots=percent, municipality=percent,
       threshold=st.integers(0, 10_000_000), weights=st.lists(st.integers(0, 100_000), max_size=8))
def test_every_cent_of_the_profit_is_accounted_for(
        profit: int, training_mode: TrainingMode, training_amount: int, training: Decimal, pots: Decimal,
        municipality: Decimal, threshold: int, weights: list[int]) -> None:
    agreement = Agreement(agreed_on=AGREED, training_mode=training_mode,
                          training_amount=Money.from_cents(training_amount), training_percentage=training,
                          pots_method=PotsMethod.HOURS, pots_percentage=pots, municipality_percentage=municipality,
                          municipality_threshold=Money.from_cents(threshold))
    shares = [MemberShare(i, i, f"lid {i}", w) for i, w in enumerate(weights, start=1)]
    found = distribute(Money.from_cents(profit), agreement, shares)
    parts = [found.municipality, found.training, found.reserve, *(p.amount for p in found.pots)]
    if profit <= 0:
        assert all(not part for part in parts) and found.notes == (NOTHING_TO_DISTRIBUTE,)
    else:
        assert found.total == Money.from_cents(profit)
        assert all(not part.is_negative() for part in parts)
        assert {p.member_id for p in found.pots} <= {s.member_id for s in shares if s.weight}
