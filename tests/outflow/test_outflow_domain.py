"""The outflow domain: membership durations, the saved-benefit estimate, earnings per member."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.member import LeaveReason
from coopdesk.domain.money import Money
from coopdesk.domain.outflow import (
    EarningsYear,
    OutflowMember,
    months_saved_in,
    outflow_years,
    trend,
    whole_months,
)


def leaver(number: int, joined: date, left: date, benefit: str | None = "1000.00") -> OutflowMember:
    return OutflowMember(number, f"Lid {number}", joined, left, LeaveReason.PAID_JOB,
                         None if benefit is None else Money(benefit))


def test_whole_months_count_only_months_that_have_passed() -> None:
    assert whole_months(date(2024, 1, 15), date(2024, 3, 15)) == 2
    assert whole_months(date(2024, 1, 15), date(2024, 3, 14)) == 1
    assert whole_months(date(2024, 1, 31), date(2024, 2, 29)) == 0  # end of February: not a month yet
    assert whole_months(date(2024, 1, 31), date(2024, 3, 31)) == 2
    assert whole_months(date(2024, 5, 1), date(2024, 5, 1)) == 0
    assert whole_months(date(2024, 5, 1), date(2024, 4, 1)) == 0  # a leave before the join counts nothing


def test_months_saved_start_after_the_month_of_leaving() -> None:
    assert months_saved_in(date(2025, 3, 24), 2025) == 9  # April to December
    assert months_saved_in(date(2025, 12, 31), 2025) == 0
    assert months_saved_in(date(2025, 1, 1), 2025) == 11
    assert months_saved_in(date(2025, 3, 24), 2024) == 0
    assert months_saved_in(date(2025, 3, 24), 2026) == 12


def test_months_not_yet_ended_are_not_counted() -> None:
    today = date(2026, 11, 28)
    assert months_saved_in(date(2025, 3, 24), 2026, today) == 10  # January to October 2026
    assert months_saved_in(date(2026, 3, 24), 2026, today) == 7  # April to October
    assert months_saved_in(date(2026, 11, 2), 2026, today) == 0
    assert months_saved_in(date(2025, 3, 24), 2025, today) == 9
    assert months_saved_in(date(2025, 3, 24), 2027, today) == 0  # a year still to come


def test_the_estimate_counts_earlier_leavers_and_skips_unknown_benefits() -> None:
    members = [
        leaver(1, date(2020, 1, 1), date(2024, 10, 5), "1100.00"),  # 2 months in 2024, 12 in 2025
        leaver(2, date(2023, 6, 1), date(2025, 3, 24), "950.50"),  # 9 months in 2025
        leaver(3, date(2023, 6, 1), date(2025, 7, 1), None),  # unknown: counts nothing
    ]
    y2024, y2025 = outflow_years(members, range(2024, 2026))
    assert [m.number for m in y2024.members] == [1]
    assert y2024.saved_estimate == Money("2200.00") and y2024.benefit_unknown == 0
    assert [m.number for m in y2025.members] == [2, 3]
    assert y2025.saved_estimate == Money("1100.00") * 12 + Money("950.50") * 9
    assert y2025.benefit_unknown == 1
    assert members[0].membership_months == 57


def test_a_year_without_leavers_is_still_reported() -> None:
    (year,) = outflow_years([], range(2023, 2024))
    assert year.count == 0 and year.saved_estimate == Money.zero()


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(1990, 2050),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_months_saved_lie_between_0_and_12_and_never_grow_with_an_earlier_today(
        left: date, year: int, today: date) -> None:
    assert 0 <= months_saved_in(left, year, today) <= months_saved_in(left, year) <= 12


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 5000))
def test_whole_months_never_exceed_the_days_divided_by_28(start: date, days: int) -> None:
    months = whole_months(start, start + timedelta(days=days))
    assert 0 <= months <= days // 28


def test_earnings_per_working_member_round_to_the_cent_and_nobody_working_is_none() -> None:
    year = EarningsYear(2025, Money("100.00"), Money("0.00"), 3)
    assert year.per_working_member == Money("33.33")
    assert EarningsYear(2024, Money("50.00"), Money("10.00"), 0).per_working_member is None
    assert EarningsYear(2026, Money("300.00"), Money("60.00"), 2).received == Money("360.00")


def test_the_trend_is_the_change_against_the_year_before() -> None:
    years = [EarningsYear(2023, Money("300"), Money(0), 1), EarningsYear(2024, Money(0), Money(0), 0),
             EarningsYear(2025, Money("900"), Money("100"), 2), EarningsYear(2026, Money("1200"), Money(0), 2)]
    assert trend(years) == [None, None, None, Money("100.00")]


def test_a_year_s_estimate_is_this_year_s_leavers_plus_those_who_left_earlier() -> None:
    """The treasurer's case: 2026 showed € 22.490 under two leavers adding up to € 9.400;
    the other € 13.090 was a member who left in 2025. Each part is now a line of its own."""
    members = [
        leaver(108, date(2025, 4, 1), date(2025, 8, 9), "1190.00"),
        leaver(103, date(2025, 1, 1), date(2026, 4, 13), "1160.00"),
        leaver(112, date(2026, 5, 1), date(2026, 10, 15), "1280.00"),
    ]
    _y2025, y2026 = outflow_years(members, range(2025, 2027), date(2026, 12, 2))
    assert y2026.saved_estimate == Money("22490.00")
    assert y2026.saved_by_leavers == Money("9400.00")  # 7 x 1.160 + 1 x 1.280
    assert y2026.saved_by_earlier == Money("13090.00")  # 11 x 1.190
    assert [(s.member.number, s.months, s.amount) for s in y2026.savings] == [
        (103, 7, Money("8120.00")), (112, 1, Money("1280.00")), (108, 11, Money("13090.00"))]
    assert [s.member.number for s in y2026.earlier] == [108]
    saving = y2026.saving_of(112)
    assert saving is not None and saving.amount == Money("1280.00") and y2026.saving_of(999) is None


def test_the_note_no_longer_says_only_that_year_s_leavers_count() -> None:
    from coopdesk.domain.outflow import ESTIMATE_NOTE

    assert "eerder jaar" in ESTIMATE_NOTE.nl and "earlier year" in ESTIMATE_NOTE.en
    assert "na de maand van vertrek in dat jaar" not in ESTIMATE_NOTE.nl


@given(st.lists(st.tuples(st.dates(min_value=date(2018, 1, 1), max_value=date(2027, 12, 31)),
                          st.none() | st.integers(0, 300_000)), max_size=8),
       st.dates(min_value=date(2018, 1, 1), max_value=date(2028, 12, 31)))
def test_every_year_s_estimate_adds_up_from_its_lines(left: list[tuple[date, int | None]], today: date) -> None:
    members = [leaver(n, date(2017, 1, 1), day, None if cents is None else str(Money.from_cents(cents).amount))
               for n, (day, cents) in enumerate(left, start=1)]
    for year in outflow_years(members, range(2018, 2029), today):
        assert year.saved_estimate == year.saved_by_leavers + year.saved_by_earlier
        assert year.saved_estimate == sum((s.amount for s in year.savings), Money.zero())
        assert all(s.amount.is_positive() and 1 <= s.months <= 12 for s in year.savings)
        assert year.saved_estimate == sum((m.saved_in(year.year, today) for m in members
                                           if m.left_on.year <= year.year), Money.zero())
