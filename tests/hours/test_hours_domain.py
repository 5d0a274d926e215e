"""The hours rules as pure functions: parsing, weeks, the daily limit, grid totals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.activity import ActivityId
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.hours import (
    DAY_LIMIT_MINUTES,
    GridKey,
    GridRow,
    apply_cell_edit,
    build_week_grid,
    day_limit_problem,
    day_warning,
    format_hours,
    future_problem,
    iso_week,
    membership_problem,
    monday_of,
    monday_of_week,
    parse_hours,
    pivot_months,
    weeks_in_year,
)
from coopdesk.domain.member import Member, MemberDetails, MemberId, MemberNumber
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import parse_rate

quarters = st.integers(min_value=0, max_value=96).map(lambda q: q * 15)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2", 120), ("2,5", 150), ("2.5", 150), ("2:30", 150), ("2u30", 150), ("2u", 120),
        (" 0,75 ", 45), ("0,25", 15), ("", 0), ("0", 0), ("24", 1440), ("1:45", 105), ("10,00", 600),
    ],
)
def test_hour_notations(typed: str, minutes: int) -> None:
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize(
    ("typed", "dutch", "english"),
    [
        ("-2", "niet negatief", "cannot be negative"),
        ("2,1", "geen heel kwartier", "not a whole quarter"),
        ("1:10", "geen heel kwartier", "not a whole quarter"),
        ("twee", "geen aantal uren", "not a number of hours"),
        ("2:75", "geen aantal uren", "not a number of hours"),
        ("25", "meer dan er in een dag zit", "more than a day holds"),
        ("99999", "meer dan er in een dag zit", "more than a day holds"),
        ("24,1", "meer dan er in een dag zit", "more than a day holds"),
        ("1.000", "twee getallen", "two numbers"),
        ("2,5,5", "geen aantal uren", "not a number of hours"),
    ],
)
def test_wrong_hours_are_refused_in_both_languages(typed: str, dutch: str, english: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_hours(typed)
    assert dutch in caught.value.message("nl")
    assert english in caught.value.message("en")
    assert caught.value.fields == ("hours",)


@given(quarters)
def test_formatting_and_parsing_round_trip(minutes: int) -> None:
    shown = format_hours(minutes)
    assert parse_hours(shown) == minutes
    assert parse_hours(shown.replace(",", ".")) == minutes
    assert parse_hours(f"{minutes // 60}:{minutes % 60:02d}") == minutes


def _written(hours: int, quarter_minutes: int, style: str) -> str:
    """Hours as a volunteer writes them in each notation the sheet and grid accept."""
    fraction = {0: "", 15: "25", 30: "5", 45: "75"}[quarter_minutes]
    if style == "comma":
        return f"{hours},{fraction}" if fraction else f"{hours}"
    if style == "dot":
        return f"{hours}.{fraction}" if fraction else f"{hours}"
    if style == "colon":
        return f"{hours}:{quarter_minutes:02d}"
    return f"{hours}u{quarter_minutes:02d}" if quarter_minutes else f"{hours}u"  # "2u30", "2u"


@given(
    st.integers(min_value=0, max_value=24),
    st.sampled_from([0, 15, 30, 45]),
    st.sampled_from(["comma", "dot", "colon", "u"]),
)
def test_every_notation_parses_back_to_its_minutes(hours: int, quarter_minutes: int, style: str) -> None:
    minutes = hours * 60 + quarter_minutes
    if minutes > 24 * 60:
        return
    typed = _written(hours, quarter_minutes, style)
    assert parse_hours(typed) == minutes, typed
    assert parse_hours(f" {typed} ") == minutes
    assert parse_hours(format_hours(minutes)) == minutes


@given(st.integers(min_value=0, max_value=1440).filter(lambda m: m % 15))
def test_non_quarters_never_parse(minutes: int) -> None:
    with pytest.raises(ValidationError):
        parse_hours(f"{minutes // 60}:{minutes % 60:02d}")


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_week_helpers_agree(day: date) -> None:
    monday = monday_of(day)
    assert monday.weekday() == 0 and 0 <= (day - monday).days < 7
    year, week = iso_week(day)
    assert monday_of_week(year, week) == monday
    assert 1 <= week <= weeks_in_year(year)


def test_week_numbers_like_a_dutch_calendar() -> None:
    assert iso_week(date(2025, 12, 29)) == (2026, 1)
    assert weeks_in_year(2026) == 53
    assert monday_of_week(2026, 48) == date(2026, 11, 23)
    with pytest.raises(ValidationError):
        monday_of_week(2025, 53)


def _member(joined: date, left: date | None = None) -> Member:
    return Member(MemberId(1), MemberNumber(104), MemberDetails(name="Esra Kaya", joined_on=joined, left_on=left))


def test_membership_dates() -> None:
    member = _member(date(2025, 3, 1), date(2025, 9, 30))
    assert membership_problem(member, date(2025, 2, 28)) is not None
    assert membership_problem(member, date(2025, 3, 1)) is None
    assert membership_problem(member, date(2025, 9, 30)) is None
    late = membership_problem(member, date(2025, 10, 1))
    assert late is not None and "vertrokken op 30-09-2025" in late.message("nl")


def test_future_days_and_day_limit() -> None:
    assert future_problem(date(2026, 11, 29), date(2026, 11, 28)) is not None
    assert future_problem(date(2026, 11, 28), date(2026, 11, 28)) is None
    found = day_limit_problem(27 * 60, date(2025, 3, 3))
    assert found is not None and "27 uur op één dag" in found.message("nl")
    assert day_limit_problem(24 * 60, date(2025, 3, 3)) is None
    assert day_warning(12 * 60, date(2025, 3, 3)) is None
    assert day_warning(12 * 60 + 15, date(2025, 3, 3)) is not None


@given(st.lists(st.tuples(st.integers(1, 4), quarters), max_size=40))
def test_the_daily_limit_holds_for_any_sequence_of_edits(edits: list[tuple[int, int]]) -> None:
    cells: dict[ActivityId, int] = {}
    for activity, minutes in edits:
        before = dict(cells)
        try:
            cells = apply_cell_edit(cells, ActivityId(activity), minutes, date(2025, 3, 3))
        except ValidationError:
            assert cells == before
            assert sum(v for k, v in before.items() if k != activity) + minutes > DAY_LIMIT_MINUTES
        else:
            assert cells.get(ActivityId(activity), 0) == minutes
        assert sum(cells.values()) <= DAY_LIMIT_MINUTES
        assert all(v > 0 for v in cells.values())


@given(st.lists(st.tuples(st.integers(1, 30), st.integers(1, 3), st.tuples(*[quarters] * 7)),
                max_size=25, unique_by=lambda t: (t[0], t[1])))
def test_week_totals_are_the_sum_of_the_cells(rows: list[tuple[int, int, tuple[int, ...]]]) -> None:
    grid = build_week_grid(
        date(2026, 11, 23),
        [GridRow(GridKey(MemberId(m), ActivityId(a)), 100 + m, f"Lid {m}", f"A{a}", cells) for m, a, cells in rows],
    )
    every_cell = [c for _, _, cells in rows for c in cells]
    assert grid.total == sum(every_cell)
    assert sum(grid.day_totals) == grid.total
    assert sum(row.total for row in grid.rows) == grid.total
    if grid.rows:
        first = grid.rows[0]
        changed = grid.with_cell(first.key, 2, 60)
        assert changed.total == grid.total - first.cells[2] + 60


def test_totals_are_grouped_by_thousands() -> None:
    assert format_hours(189_522 * 60 + 30) == "189.522,5"
    assert format_hours(1000 * 60) == "1000"  # '1.000' would be ambiguous (1000 or 1)
    assert format_hours(1_000_000 * 60) == "1.000.000"
    assert format_hours(999 * 60 + 45) == "999,75"


def test_pivot_months_orders_by_number() -> None:
    rows = pivot_months([(2, 1, 60), (1, 1, 30), (1, 12, 15), (2, 1, 15)], {1: (101, "A"), 2: (100, "B")})
    assert [r.number for r in rows] == [100, 101]
    assert rows[0].months[0] == 75 and rows[1].total == 45


def test_hourly_rate_parsing() -> None:
    assert parse_rate("€ 2,50") == Money("2.50")
    assert parse_rate("2.5") == Money("2.50")
    with pytest.raises(ValidationError):
        parse_rate("-1")
    with pytest.raises(ValidationError):
        parse_rate("twee")


def test_days_in_a_week() -> None:
    grid = build_week_grid(date(2026, 11, 23), [])
    assert grid.days[-1] == date(2026, 11, 23) + timedelta(days=6)
