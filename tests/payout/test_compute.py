"""compute_payout: hand-computed edges and the properties a member must be able to trust."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.allowance_rules import AllowanceRules, parse_rules
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.member import PaymentRegime, age_on
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    ActivityRate,
    ActualCost,
    HeldBackReason,
    HoursSum,
    MemberHistory,
    PayoutMember,
    PayoutMonth,
    PremiumPaymentsError,
    check_payment_months,
    check_payment_years,
    compute_payout,
    payment_year,
)
from coopdesk.resources import RULES, resource

RULES_TEXT = resource(RULES, "allowance_rules.toml").read_text(encoding="utf-8")
SHIPPED: AllowanceRules = parse_rules(RULES_TEXT)
IBAN = "NL91ABNA0417164300"
KITCHEN = ActivityRate(1, "Keuken", Money("5.00"))
GARDEN = ActivityRate(2, "Tuin", Money("2.00"))
RATES = {1: KITCHEN, 2: GARDEN}
MARCH = PayoutMonth(2025, 3)
V = PaymentRegime.VOLUNTEER_ALLOWANCE
P = PaymentRegime.PREMIUM


def volunteer(birth_on: date = date(1980, 1, 1), **kwargs: object) -> PayoutMember:
    return PayoutMember(id=1, number=1, name="Ans", regime=kwargs.pop("regime", V),  # type: ignore[arg-type]
                        birth_on=birth_on, iban=str(kwargs.pop("iban", IBAN)), **kwargs)  # type: ignore[arg-type]


def hours(*days: tuple[date, int, int], member_id: int = 1) -> list[HoursSum]:
    return [HoursSum(member_id, day, activity, minutes) for day, activity, minutes in days]


def test_month_parse_refuses_nonsense() -> None:
    assert PayoutMonth.parse("2025-03") == MARCH
    for text in ("2025-13", "03-2025", "maart", ""):
        with pytest.raises(ValidationError):
            PayoutMonth.parse(text)


def test_member_turning_21_mid_month() -> None:
    member = volunteer(birth_on=date(2004, 3, 15))
    proposal = compute_payout(MARCH, [member], hours((date(2025, 3, 10), 1, 240), (date(2025, 3, 20), 1, 240)),
                              RATES, SHIPPED, {})
    line = proposal.lines[0]
    # 10 March: 20 years old, cap 3.30: 4 x 3.30 = 13.20 of 20.00; 20 March: 21, 5.00 <= 5.60
    assert line.asked == Money("40.00")
    assert line.allowance == Money("33.20")
    assert line.held(HeldBackReason.HOUR_RATE) == Money("6.80")
    assert line.allowance + line.held_back_total == line.asked


def test_birthday_itself_counts_as_21() -> None:
    member = volunteer(birth_on=date(2004, 3, 15))
    line = compute_payout(MARCH, [member], hours((date(2025, 3, 15), 1, 60)), RATES, SHIPPED, {}).lines[0]
    assert line.allowance == Money("5.00")


def test_month_cap() -> None:
    line = compute_payout(MARCH, [volunteer()], hours(*((date(2025, 3, d), 1, 300) for d in range(1, 11))),
                          RATES, SHIPPED, {}).lines[0]
    assert line.asked == Money(250)
    assert line.allowance == Money(210)
    assert line.held(HeldBackReason.MONTH_CAP) == Money(40)


def test_year_cap_reached_in_october() -> None:
    october = PayoutMonth(2025, 10)
    days = hours(*((date(2025, 10, d), 1, 480) for d in range(1, 6)))  # 40 hours x 5.00 = 200
    line = compute_payout(october, [volunteer()], days, RATES, SHIPPED,
                          {1: MemberHistory(allowance_paid=Money(1950))}).lines[0]
    assert line.allowance == Money(150)
    assert line.held(HeldBackReason.YEAR_CAP) == Money(50)
    november_days = [HoursSum(1, d.worked_on.replace(month=11), 1, d.minutes) for d in days]
    line = compute_payout(PayoutMonth(2025, 11), [volunteer()], november_days, RATES, SHIPPED,
                          {1: MemberHistory(allowance_paid=Money(2100))}).lines[0]
    assert line.allowance == Money(0)
    assert line.held(HeldBackReason.YEAR_CAP) == Money(200)


def test_1500_from_another_organisation() -> None:
    days = hours(*((date(2025, 3, d), 1, 480) for d in range(1, 6)))
    line = compute_payout(MARCH, [volunteer()], days, RATES, SHIPPED,
                          {1: MemberHistory(allowance_paid=Money(500), other_organisations=Money(1500))}).lines[0]
    assert line.allowance == Money(100)
    assert line.held(HeldBackReason.YEAR_CAP) == Money(100)


def test_half_a_cent_over_the_hour_cap_is_rounded_down() -> None:
    # a quarter of an hour, under 21, rate 5.00: the cap gives 0.825, half-up would be 0.83
    line = compute_payout(MARCH, [volunteer(birth_on=date(2010, 1, 1))], hours((date(2025, 3, 3), 1, 15)),
                          RATES, SHIPPED, {}).lines[0]
    assert line.asked == Money("1.25")
    assert line.allowance == Money("0.82")
    assert line.held(HeldBackReason.HOUR_RATE) == Money("0.43")


def premium_member() -> PayoutMember:
    return volunteer(regime=P)


@pytest.mark.parametrize(("month", "payment_on", "maximum"), [
    (5, None, "3263"),  # paid from 1 June: the January amount
    (6, None, "3326"),  # June's run is paid from 1 July: the July amount
    (6, date(2025, 6, 30), "3263"),  # an explicit payment date before 1 July
    (7, None, "3326"),
])
def test_premium_rules_changing_on_1_july(month: int, payment_on: date | None, maximum: str) -> None:
    history = MemberHistory(premium_accrued=Money(4000), payment_months=frozenset({month, 11}))
    proposal = compute_payout(PayoutMonth(2025, month), [premium_member()], [], RATES, SHIPPED, {1: history},
                              payment_on=payment_on)
    line = proposal.lines[0]
    assert line.premium == Money(maximum)
    assert line.held(HeldBackReason.PREMIUM_MAXIMUM) == Money(4000) - Money(maximum)
    assert line.premium_carried == Money(4000) - Money(maximum)


def test_second_premium_payment_gets_what_is_left_of_the_maximum() -> None:
    history = MemberHistory(premium_paid=Money(3263), premium_payments=1, premium_accrued=Money(500),
                            payment_months=frozenset({5, 11}))
    line = compute_payout(PayoutMonth(2025, 11), [premium_member()], [], RATES, SHIPPED, {1: history}).lines[0]
    assert line.premium == Money(63)  # 3,326 in force on 1 December minus 3,263 paid in June


def test_december_is_paid_in_january_and_counts_there() -> None:
    assert payment_year(PayoutMonth(2025, 12)) == 2026 and payment_year(PayoutMonth(2025, 11)) == 2025
    history = MemberHistory(premium_accrued=Money(4000), payment_months=frozenset({6, 12}))
    line = compute_payout(PayoutMonth(2025, 12), [premium_member()], [], RATES, SHIPPED, {1: history}).lines[0]
    assert line.premium == Money(3398)  # the 2026 maximum, in force on 1 January 2026
    check_payment_years({2025: {6, 12}, 2026: {6, 12}})  # 2026 pays December 2025 and June 2026
    with pytest.raises(PremiumPaymentsError, match="2026"):
        check_payment_years({2025: {6, 12}, 2026: {1, 6}})  # 2026 would pay December, January and June


def test_premium_accrues_outside_payment_months() -> None:
    history = MemberHistory(payment_months=frozenset({6, 12}))
    line = compute_payout(MARCH, [premium_member()], hours((date(2025, 3, 3), 1, 600)), RATES, SHIPPED,
                          {1: history}).lines[0]
    assert (line.premium, line.premium_accrued, line.premium_carried) == (Money(0), Money(50), Money(50))
    assert line.held_back == ()


def test_third_premium_payment_is_refused() -> None:
    with pytest.raises(PremiumPaymentsError, match="twice"):
        check_payment_months(2025, {3, 6, 9})
    with pytest.raises(PremiumPaymentsError):
        check_payment_months(2025, {9}, already_paid_in={3, 6})
    assert check_payment_months(2025, {6}, already_paid_in={6}) == frozenset({6})
    with pytest.raises(PremiumPaymentsError):
        compute_payout(MARCH, [premium_member()], [], RATES, SHIPPED,
                       {1: MemberHistory(payment_months=frozenset({1, 3, 5}))})
    # already paid twice (months changed afterwards): the payment is held, not made
    history = MemberHistory(premium_payments=2, premium_accrued=Money(100), payment_months=frozenset({3}))
    line = compute_payout(MARCH, [premium_member()], [], RATES, SHIPPED, {1: history}).lines[0]
    assert line.premium == Money(0)
    assert line.held(HeldBackReason.PREMIUM_PAYMENTS) == Money(100)


def test_actual_costs_apart_and_uncapped() -> None:
    cost = ActualCost(1, Money("1234.56"), "bon 17", "gereedschap")
    line = compute_payout(MARCH, [volunteer()], [], RATES, SHIPPED, {}, actual_costs=[cost]).lines[0]
    assert (line.allowance, line.actual_costs, line.paid) == (Money(0), Money("1234.56"), Money("1234.56"))


def test_warnings_never_hold() -> None:
    young = volunteer(birth_on=date(2001, 1, 1), social_assistance=True, iban="NL00XXXX0000000000",
                      left_on=date(2025, 2, 10))
    line = compute_payout(MARCH, [young], hours((date(2025, 3, 3), 1, 60)), RATES, SHIPPED, {}).lines[0]
    messages = " | ".join(w.message("en") for w in line.warnings)
    assert "under 27" in messages and "no valid IBAN" in messages and "left on 10-02-2025" in messages
    assert line.allowance == Money(5) and line.payment_held
    # actual costs only: no social assistance warning
    line = compute_payout(MARCH, [young], [], RATES, SHIPPED, {},
                          actual_costs=[ActualCost(1, Money(5), "bon")]).lines[0]
    assert not any("under 27" in w.message("en") for w in line.warnings)


# -- properties -------------------------------------------------------------------------------

days_of_march = st.integers(1, 31).map(lambda d: date(2025, 3, d))
quarter_minutes = st.integers(1, 48).map(lambda q: q * 15)
rates = st.integers(0, 1200).map(Money.from_cents)


@settings(max_examples=300, deadline=None)
@given(
    birth_on=st.dates(date(1990, 1, 1), date(2012, 12, 31)),
    entries=st.lists(st.tuples(days_of_march, st.sampled_from([1, 2]), quarter_minutes), max_size=40,
                     unique_by=lambda e: (e[0], e[1])),
    rate_1=rates, rate_2=rates,
    paid=st.integers(0, 250000).map(Money.from_cents),
    other=st.integers(0, 250000).map(Money.from_cents),
    year=st.sampled_from([2022, 2023, 2024, 2025, 2026]),
)
def test_volunteer_never_over_a_cap(birth_on: date, entries: list[tuple[date, int, int]], rate_1: Money,
                                    rate_2: Money, paid: Money, other: Money, year: int) -> None:
    month = PayoutMonth(year, 3)
    rates_now = {1: ActivityRate(1, "a", rate_1), 2: ActivityRate(2, "b", rate_2)}
    sums = [HoursSum(1, day.replace(year=year), activity, minutes) for day, activity, minutes in entries]
    proposal = compute_payout(month, [volunteer(birth_on=birth_on)], sums, rates_now, SHIPPED,
                              {1: MemberHistory(allowance_paid=paid, other_organisations=other)})
    if not sums:
        assert proposal.lines == ()
        return
    line = proposal.lines[0]
    caps = SHIPPED.fiscal_caps(year)
    exact_cap = sum((Decimal(s.minutes) * caps.hour_rate(age_on(birth_on, s.worked_on)).amount / 60 for s in sums),
                    Decimal(0))
    exact_asked = sum((Decimal(s.minutes) * rates_now[s.activity_id].hourly_rate.amount / 60 for s in sums),
                      Decimal(0))
    assert line.allowance.amount <= exact_cap  # never a fraction of a cent over the hour cap
    assert line.allowance <= caps.month
    assert line.allowance == Money(0) or line.allowance + paid + other <= caps.year_total
    assert line.allowance + line.held_back_total == line.asked == Money(exact_asked)
    assert all(h.amount.is_positive() for h in line.held_back)


@settings(max_examples=150, deadline=None)
@given(
    monthly_minutes=st.lists(st.integers(0, 160).map(lambda q: q * 15), min_size=12, max_size=12),
    rate=st.integers(0, 5000).map(Money.from_cents),
    months=st.lists(st.integers(1, 12), max_size=2, unique=True),
    carried=st.integers(0, 500000).map(Money.from_cents),
    year=st.sampled_from([2024, 2025, 2026]),
)
def test_premium_paid_at_most_twice_and_never_over_the_maximum(
        monthly_minutes: list[int], rate: Money, months: list[int], carried: Money, year: int) -> None:
    """A whole calendar year, month by month, feeding each month's result into the next."""
    member = premium_member()
    history = MemberHistory(premium_accrued=carried, payment_months=frozenset(months))
    payments: list[tuple[date, Money]] = []
    rates_now = {1: ActivityRate(1, "a", rate)}
    for number, minutes in enumerate(monthly_minutes, start=1):
        month = PayoutMonth(year, number)
        sums = [HoursSum(1, month.first_day + timedelta(days=i), 1, 15 * 96)
                for i in range(minutes // (15 * 96))]
        rest = minutes % (15 * 96)
        if rest:
            sums.append(HoursSum(1, month.last_day, 1, rest))
        proposal = compute_payout(month, [member], sums, rates_now, SHIPPED, {1: history})
        line = proposal.line_for(1)
        if line is None:
            continue
        assert history.premium_accrued + line.premium_accrued == line.premium + line.premium_carried
        if line.premium:
            payments.append((proposal.payment_on, line.premium))
        history = MemberHistory(
            premium_paid=history.premium_paid + line.premium,
            premium_payments=history.premium_payments + bool(line.premium),
            premium_accrued=line.premium_carried, payment_months=history.payment_months)
    assert len(payments) <= 2
    if payments:
        last_day = payments[-1][0]
        assert sum((p for _, p in payments), Money(0)) <= SHIPPED.premium_maximum(last_day).yearly_maximum


def test_actual_costs_only_regime_asks_nothing_for_hours() -> None:
    member = volunteer(regime=PaymentRegime.NONE)
    line = compute_payout(MARCH, [member], hours((date(2025, 3, 3), 1, 240)), RATES, SHIPPED, {}).lines[0]
    assert (line.minutes, line.asked, line.paid, line.held_back) == (240, Money(0), Money(0), ())


@settings(max_examples=60, deadline=None)
@given(
    birth_on=st.dates(date(1995, 1, 1), date(2010, 12, 31)),
    monthly=st.lists(st.lists(st.tuples(st.integers(1, 28), quarter_minutes), max_size=12), min_size=12,
                     max_size=12),
    rate=rates,
    other=st.integers(0, 250000).map(Money.from_cents),
    year=st.sampled_from([2022, 2023, 2024, 2025, 2026]),
)
def test_a_whole_volunteer_year_stays_under_the_year_cap(birth_on: date, monthly: list[list[tuple[int, int]]],
                                                         rate: Money, other: Money, year: int) -> None:
    """Twelve months in a row, each month's payment carried into the next month's history."""
    caps = SHIPPED.fiscal_caps(year)
    paid = Money(0)
    rates_now = {1: ActivityRate(1, "a", rate)}
    for number, days in enumerate(monthly, start=1):
        sums = {date(year, number, day): minutes for day, minutes in days}
        proposal = compute_payout(PayoutMonth(year, number), [volunteer(birth_on=birth_on)],
                                  [HoursSum(1, day, 1, minutes) for day, minutes in sums.items()], rates_now,
                                  SHIPPED, {1: MemberHistory(allowance_paid=paid, other_organisations=other)})
        for line in proposal.lines:
            assert line.allowance <= caps.month
            paid += line.allowance
    assert paid == Money(0) or paid + other <= caps.year_total
