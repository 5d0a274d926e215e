"""An activity's hourly rate against the fiscal hour caps: refused, warned or fine."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.activity_rate import check_activity_rate
from coopdesk.domain.allowance_rules import FiscalCaps
from coopdesk.domain.money import Money
from coopdesk.domain.text import set_language

CAPS_2026 = FiscalCaps(2026, Money("5.60"), Money("3.30"), Money(220), Money(2200),
                       source="hourly carried forward from 2025", status="unconfirmed: check with the Belastingdienst")
CAPS_2024 = FiscalCaps(2024, Money("5.50"), Money("3.25"), Money(210), Money(2100),
                       source="Belastingdienst, vrijwilligersvergoeding")


def test_above_the_adult_cap_with_volunteers_is_refused_naming_cap_source_and_status() -> None:
    check = check_activity_rate(Money("5.61"), CAPS_2026, volunteers=True, year=2026)
    assert check.refusal is not None and check.refusal.field == "hourly_rate"
    dutch, english = check.refusal.message("nl"), check.refusal.message("en")
    assert "€ 5,60" in dutch and "2026" in dutch and "hourly carried forward from 2025" in dutch
    assert "niet bevestigd" in dutch and "werkelijke kosten" in dutch
    assert "€ 5,60" in english and "unconfirmed" in english and "volunteer allowance" in english


def test_a_confirmed_cap_says_so() -> None:
    check = check_activity_rate(Money(6), CAPS_2024, volunteers=True, year=2024)
    assert check.refusal is not None
    assert "(bron: Belastingdienst, vrijwilligersvergoeding; bevestigd)" in check.refusal.message("nl")
    assert "; confirmed)" in check.refusal.message("en")


def test_above_the_adult_cap_without_volunteers_is_only_a_warning() -> None:
    """Premium members are paid under art. 31, not under the fiscal hour cap."""
    check = check_activity_rate(Money(8), CAPS_2026, volunteers=False, year=2026)
    assert check.refusal is None and len(check.warnings) == 1
    assert "art. 31" in check.warnings[0].message("nl") and "€ 5,60" in check.warnings[0].message("en")


def test_between_the_two_caps_warns_about_members_under_21() -> None:
    check = check_activity_rate(Money("4.00"), CAPS_2026, volunteers=True, year=2026)
    assert check.refusal is None and len(check.warnings) == 1
    assert "onder 21" in check.warnings[0].message("nl") and "€ 3,30" in check.warnings[0].message("nl")
    assert "under 21" in check.warnings[0].message("en")


def test_the_caps_themselves_are_allowed() -> None:
    assert check_activity_rate(Money("5.60"), CAPS_2026, volunteers=True, year=2026).refusal is None
    assert check_activity_rate(Money("3.30"), CAPS_2026, volunteers=True, year=2026).ok
    assert check_activity_rate(Money(0), CAPS_2026, volunteers=True, year=2026).ok


def test_no_caps_for_the_year_warns_that_the_rate_was_not_checked() -> None:
    set_language("en")
    check = check_activity_rate(Money(9), None, volunteers=True, year=2031)
    assert check.refusal is None
    assert check.warnings[0].message() == "This book's rules have no hour cap for 2031; the rate was not checked."


@given(cents=st.integers(min_value=0, max_value=2_000), volunteers=st.booleans())
def test_refused_exactly_above_the_adult_cap_with_volunteers(cents: int, volunteers: bool) -> None:
    rate = Money(Decimal(cents) / 100)
    check = check_activity_rate(rate, CAPS_2026, volunteers=volunteers, year=2026)
    assert (check.refusal is not None) == (volunteers and rate > CAPS_2026.hour_rate_21_plus)
    assert check.ok == (rate <= CAPS_2026.hour_rate_under_21)
