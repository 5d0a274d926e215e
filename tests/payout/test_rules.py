"""The rules tables: the shipped TOML reads, lookups are date-ranged, bad rows are named."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.allowance_rules import RulesError, parse_rules
from coopdesk.domain.money import Money
from coopdesk.resources import RULES, resource

SHIPPED = resource(RULES, "allowance_rules.toml").read_text(encoding="utf-8")


def test_shipped_tables_hold_domain_rules() -> None:
    rules = parse_rules(SHIPPED)
    caps = rules.fiscal_caps(2024)
    assert (caps.hour_rate_21_plus, caps.hour_rate_under_21, caps.month, caps.year_total) == (
        Money("5.50"), Money("3.25"), Money(210), Money(2100))
    assert caps.confirmed
    later = rules.fiscal_caps(2026)
    assert later.hour_rate_21_plus == Money("5.60") and later.month == Money(220)
    assert later.status == "unconfirmed: check with the Belastingdienst" and not later.confirmed
    assert rules.fiscal_caps(2025).hour_rate(20) == Money("3.30")
    assert rules.fiscal_caps(2025).hour_rate(21) == Money("5.60")
    assert rules.fiscal_caps(2025).hour_rate(None) == Money("3.30")  # unknown age: the lower cap


@pytest.mark.parametrize(("day", "maximum"), [
    (date(2024, 1, 1), "3151"), (date(2024, 6, 30), "3151"), (date(2024, 7, 1), "3209"),
    (date(2025, 6, 30), "3263"), (date(2025, 7, 1), "3326"), (date(2026, 12, 31), "3398"),
])
def test_premium_maximum_by_date_in_force(day: date, maximum: str) -> None:
    assert parse_rules(SHIPPED).premium_maximum(day).yearly_maximum == Money(maximum)


def test_missing_year_and_date_are_clear_errors() -> None:
    rules = parse_rules(SHIPPED)
    with pytest.raises(RulesError, match="2030"):
        rules.fiscal_caps(2030)
    with pytest.raises(RulesError, match="premium maximum"):
        rules.premium_maximum(date(2023, 12, 31))


_PREMIUM = '[[premium_maximum]]\nin_force_on = 2025-01-01\nyearly_maximum = "3263"\nincome_disregard_month = "273"\n'


@pytest.mark.parametrize(("text", "says"), [
    ("not toml [", "not valid TOML"),
    (_PREMIUM, "fiscal_caps is missing"),
    ('[[fiscal_caps]]\nyear = 2025\nhour_rate_21_plus = "5,60"\nhour_rate_under_21 = "3,30"\nmonth = "210"\n'
     + _PREMIUM, "year_total: is missing"),
    ('[[fiscal_caps]]\nyear = 2025\nhour_rate_21_plus = 5.6\nhour_rate_under_21 = "3,30"\nmonth = "210"\n'
     'year_total = "2100"\n' + _PREMIUM, "write the amount as text"),
    ('[[fiscal_caps]]\nyear = 2025\nhour_rate_21_plus = "1.234"\nhour_rate_under_21 = "3,30"\nmonth = "210"\n'
     'year_total = "2100"\n' + _PREMIUM, "hour_rate_21_plus"),
    ('[[fiscal_caps]]\nyear = "x"\n' + _PREMIUM, "row 1, field year"),
    ('[[fiscal_caps]]\nyear = 2025\nhour_rate_21_plus = "5,60"\nhour_rate_under_21 = "3,30"\nmonth = "210"\n'
     'year_total = "2100"\n' + _PREMIUM + _PREMIUM, "appears twice"),
])
def test_bad_tables_are_refused_naming_the_place(text: str, says: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(text)
    assert says in caught.value.message("en")


def test_dutch_amounts_read_by_the_one_parser() -> None:
    rules = parse_rules('[[fiscal_caps]]\nyear = 2025\nhour_rate_21_plus = "5,60"\nhour_rate_under_21 = "3,30"\n'
                       'month = "210"\nyear_total = "2.100,00"\n' + _PREMIUM)
    assert rules.fiscal_caps(2025).year_total == Money(2100)
