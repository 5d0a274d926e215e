"""Member enterprises in the distribution: the owner's share of their own enterprise's
positive result goes to their pot before the shared distribution; every cent accounted for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.year_close import (
    NOTHING_TO_DISTRIBUTE,
    ActivityResult,
    Agreement,
    EnterpriseOwner,
    MemberShare,
    PotsMethod,
    TrainingMode,
    distribute,
)

AGREED = date(2025, 3, 1)
RESTAURANT = Agreement(agreed_on=AGREED, training_percentage=Decimal(20), pots_method=PotsMethod.HOURS,
                       pots_percentage=Decimal(100), municipality_percentage=Decimal(25),
                       municipality_threshold=Money(2000), enterprise_percentage=Decimal(50))
ANS, BO, CAS = EnterpriseOwner(1, 1, "Ans"), EnterpriseOwner(2, 2, "Bo"), EnterpriseOwner(3, 3, "Cas")
SHARES = [MemberShare(3, 3, "Cas", 1800), MemberShare(1, 1, "Ans", 600), MemberShare(2, 2, "Bo", 1200)]


def _activity(name: str, result: int, owner: EnterpriseOwner | None = None) -> ActivityResult:
    income, costs = (Money(result), Money(0)) if result >= 0 else (Money(0), Money(-result))
    return ActivityResult(name, income, costs, owner)


def test_the_restaurant_year_with_a_garden_enterprise_by_hand() -> None:
    """The restaurant's € 6.000 plus Cas's garden maintenance: € 1.500 in, € 500 costs, € 1.000
    result; profit € 7.000. At 50 % Cas's pot gets € 500,00 first. On the € 6.500 left: the
    municipality 25 % of (6.500 - 2.000) = € 1.125,00; training 20 % of 6.500 = € 1.300,00;
    the pots € 4.075,00 by hours 10 : 20 : 30 = 679,1666.. / 1.358,3333.. / 2.037,50; the
    floors leave 1 cent, to the largest remainder (Ans, ,0066..)."""
    garden = ActivityResult("Tuinonderhoud", Money(1500), Money(500), CAS)
    found = distribute(Money(7000), RESTAURANT, SHARES, [_activity("Restaurant", 6000), garden])
    assert [(p.name, p.activity, p.result, p.amount) for p in found.enterprise_parts] == [
        ("Cas", "Tuinonderhoud", Money(1000), Money("500.00"))]
    assert found.shared == Money(6500)
    assert found.municipality == Money("1125.00")
    assert found.training == Money("1300.00")
    assert [(p.name, p.amount) for p in found.pots] == [
        ("Ans", Money("679.17")), ("Bo", Money("1358.33")), ("Cas", Money("2037.50"))]
    assert found.reserve == Money(0)
    assert found.to_pots == Money("4575.00")
    assert found.total == Money(7000) and found.notes == ()


def test_enterprise_shares_above_the_profit_are_capped_and_split_with_a_note() -> None:
    """Enterprise +1.000, restaurant -900, 50 %: 500 wanted, only 100 profit."""
    found = distribute(Money(100), RESTAURANT, SHARES, [_activity("Tuin", 1000, ANS), _activity("Restaurant", -900)])
    assert [(p.name, p.amount) for p in found.enterprise_parts] == [("Ans", Money(100))]
    assert (found.municipality, found.training, found.pots, found.reserve) == (Money(0), Money(0), (), Money(0))
    assert found.total == Money(100)
    assert len(found.notes) == 1 and "lowered to the profit" in found.notes[0].render("en")
    assert "€ 500,00" in found.notes[0].render("en") and "€ 100,00" in found.notes[0].render("en")
    # two enterprises: 500 and 1.500 wanted, 1.000 profit: split 1 : 3 by allocate
    two = distribute(Money(1000), RESTAURANT, SHARES, [_activity("Tuin", 1000, ANS), _activity("Atelier", 3000, BO),
                                                        _activity("Restaurant", -3000)])
    assert [(p.name, p.amount) for p in two.enterprise_parts] == [("Ans", Money(250)), ("Bo", Money(750))]
    assert two.total == Money(1000)


def test_a_loss_year_distributes_nothing_and_names_the_profitable_enterprise() -> None:
    found = distribute(Money(-500), RESTAURANT, SHARES, [_activity("Tuin", 1000, ANS), _activity("Restaurant", -1500)])
    assert found.enterprise_parts == () and found.total == Money(0)
    assert found.notes[0] == NOTHING_TO_DISTRIBUTE
    assert "Tuin of Ans made a profit of € 1.000,00" in found.notes[1].render("en")
    assert "Tuin van Ans" in found.notes[1].render("nl")


def test_a_loss_making_enterprise_gets_nothing() -> None:
    found = distribute(Money(5000), RESTAURANT, SHARES, [_activity("Tuin", -1000, ANS), _activity("Restaurant", 6000)])
    assert found.enterprise_parts == () and found.shared == Money(5000) and found.total == Money(5000)


def test_without_an_enterprise_percentage_or_owner_nothing_changes() -> None:
    plain = distribute(Money(6000), replace(RESTAURANT, enterprise_percentage=Decimal(0)), SHARES,
                       [_activity("Tuin", 1000, ANS), _activity("Restaurant", 5000)])
    unowned = distribute(Money(6000), RESTAURANT, SHARES, [_activity("Tuin", 1000), _activity("Restaurant", 5000)])
    assert plain.enterprise_parts == () == unowned.enterprise_parts
    assert plain.pots == unowned.pots and plain.municipality == Money(1000)


@pytest.mark.parametrize("bad", [Decimal(-1), Decimal("100.01")])
def test_the_enterprise_percentage_lies_between_0_and_100(bad: Decimal) -> None:
    with pytest.raises(ValidationError) as raised:
        replace(RESTAURANT, enterprise_percentage=bad).validate()
    assert [p.field for p in raised.value.problems] == ["enterprise_percentage"]


def test_manual_pots_above_what_is_left_after_the_enterprises_are_refused() -> None:
    agreement = replace(RESTAURANT, pots_method=PotsMethod.MANUAL, municipality_percentage=Decimal(0),
                        training_percentage=Decimal(0))
    with pytest.raises(ValidationError, match="by hand"):  # 1.000 profit, 500 to Ans's enterprise, 600 by hand
        distribute(Money(1000), agreement, [MemberShare(2, 2, "Bo", 60_000)], [_activity("Tuin", 1000, ANS)])


percent = st.decimals(min_value=0, max_value=100, places=2)


@given(results=st.lists(st.integers(-10_000_000, 10_000_000), max_size=4), other=st.integers(-10_000_000, 10_000_000),
       enterprise=percent, training_mode=st.sampled_from(TrainingMode), training=percent,
       training_amount=st.integers(0, 10_000_000), pots=percent, municipality=percent,
       threshold=st.integers(0, 10_000_000), weights=st.lists(st.integers(0, 100_000), max_size=5))
def test_every_cent_is_accounted_for_with_enterprises(
        results: list[int], other: int, enterprise: Decimal, training_mode: TrainingMode, training: Decimal,
        training_amount: int, pots: Decimal, municipality: Decimal, threshold: int, weights: list[int]) -> None:
    agreement = Agreement(agreed_on=AGREED, training_mode=training_mode, training_percentage=training,
                          training_amount=Money.from_cents(training_amount), pots_method=PotsMethod.HOURS,
                          pots_percentage=pots, municipality_percentage=municipality,
                          municipality_threshold=Money.from_cents(threshold), enterprise_percentage=enterprise)
    owners = [EnterpriseOwner(10 + i, 10 + i, f"eigenaar {i}") for i in range(len(results))]
    activities = [ActivityResult(f"onderneming {i}", Money.from_cents(max(r, 0)), Money.from_cents(max(-r, 0)), o)
                  for i, (r, o) in enumerate(zip(results, owners, strict=True))]
    activities.append(ActivityResult("Restaurant", Money.from_cents(max(other, 0)), Money.from_cents(max(-other, 0))))
    profit = Money.from_cents(sum(results) + other)
    shares = [MemberShare(i, i, f"lid {i}", w) for i, w in enumerate(weights, start=1)]
    found = distribute(profit, agreement, shares, activities)
    parts = [found.municipality, found.training, found.reserve, *(p.amount for p in found.pots),
             *(p.amount for p in found.enterprise_parts)]
    assert all(not part.is_negative() for part in parts)
    if not profit.is_positive():
        assert all(not part for part in parts) and found.notes[0] == NOTHING_TO_DISTRIBUTE
        return
    assert found.total == profit
    assert found.enterprise_total <= profit
    for part in found.enterprise_parts:
        assert part.result.is_positive()
        assert part.amount <= Money(part.result.amount * enterprise / 100) + Money("0.01")
