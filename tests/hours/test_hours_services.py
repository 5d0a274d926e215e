"""Hours use cases on real books: cells, the grid, overviews, invariants, activities."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hours_cast import WEEK, Cast
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import ClosedPeriodError, ValidationError
from coopdesk.domain.hours import GridKey
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services import hours
from coopdesk.services.books import Book, open_book
from coopdesk.services.check import check_book
from coopdesk.services.members import remove_member


def test_a_cell_is_set_changed_and_cleared(book: Book, cast: Cast) -> None:
    change = hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2,5")
    assert (change.before, change.after, change.day_total) == (0, 150, 150)
    change = hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "3:15")
    assert (change.before, change.after) == (150, 195)
    grid = hours.week_grid(book, WEEK + timedelta(days=3))
    assert grid.monday == WEEK
    assert [(r.member_name, r.activity_name, r.cells[0]) for r in grid.rows] == [
        ("Fatima Jansen", "Restaurant", 195)
    ]
    change = hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "")
    assert change.after == 0
    assert hours.week_grid(book, WEEK).rows == ()


def test_wrong_values_change_nothing(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, "2")
    for wrong in ("-1", "2,1", "abc", "25"):
        with pytest.raises(ValidationError):
            hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, wrong)
    assert hours.week_grid(book, WEEK).rows[0].cells[0] == 120


def test_no_hours_outside_membership_or_in_the_future(book: Book, cast: Cast) -> None:
    with pytest.raises(ValidationError, match="pas lid sinds|only joined"):
        hours.set_hours(book, cast.esra.id, cast.restaurant.id, date(2026, 10, 30), "2")
    with pytest.raises(ValidationError, match="vertrokken|left"):
        hours.set_hours(book, cast.henk.id, cast.restaurant.id, date(2026, 11, 2), "2")
    hours.set_hours(book, cast.henk.id, cast.restaurant.id, date(2026, 10, 31), "2")
    with pytest.raises(ValidationError, match="toekomst|future"):
        hours.set_hours(book, cast.fatima.id, cast.restaurant.id, date(2026, 11, 29), "2")


def test_a_day_holds_at_most_24_hours_over_all_activities(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, "14")
    with pytest.raises(ValidationError) as caught:
        hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "11")
    assert "25 uur op één dag" in caught.value.message("nl")
    change = hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "10")
    assert change.day_total == 24 * 60
    assert change.warning is not None and "24 uur" in change.warning.render("nl")


def test_a_closed_period_refuses_hours(book: Book, cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services import periods

    monkeypatch.setattr(periods, "closed_reason",
                        lambda session, day, member_id=None: Text("Uitbetaald.", "Paid out."))
    with pytest.raises(ClosedPeriodError):
        hours.set_hours(book, cast.kees.id, cast.restaurant.id, WEEK, "2")


def test_grid_rows_filter_and_extra_rows(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK + timedelta(days=1), "4")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2")
    hours.set_hours(book, cast.fatima.id, cast.atelier.id, WEEK + timedelta(days=4), "1,5")
    grid = hours.week_grid(book, WEEK, extra=[GridKey(cast.esra.id, cast.restaurant.id)])
    assert [(r.member_number, r.activity_name) for r in grid.rows] == [
        (101, "Atelier"), (101, "Restaurant"), (102, "Atelier"), (103, "Restaurant")
    ]
    assert grid.day_totals == (120, 240, 0, 0, 90, 0, 0)
    assert grid.total == 450
    assert [r.member_name for r in hours.week_grid(book, WEEK, "kees").rows] == ["Kees Bakker"]
    assert [r.member_name for r in hours.week_grid(book, WEEK, "101").rows] == ["Fatima Jansen"] * 2


def test_copy_last_week_rows(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    hours.set_hours(book, cast.henk.id, cast.restaurant.id, date(2026, 10, 26), "4")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK + timedelta(days=7), "2")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2")
    copied = hours.copy_last_week_rows(book, WEEK + timedelta(days=7))
    assert [(r.member_name, r.activity_name, r.total) for r in copied] == [("Kees Bakker", "Atelier", 0)]
    # Henk left: his row of the week before is not copied into November
    assert hours.copy_last_week_rows(book, date(2026, 11, 2)) == ()


def test_overviews(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, date(2026, 1, 5), "4")
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, date(2026, 1, 6), "2")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, date(2026, 3, 2), "1,5")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, date(2025, 3, 3), "8")
    members = hours.member_month_overview(book, 2026)
    assert [(r.number, r.label, r.months[0], r.months[2], r.total) for r in members.rows] == [
        (101, "Fatima Jansen", 0, 90, 90), (102, "Kees Bakker", 360, 0, 360)
    ]
    assert members.month_totals[0] == 360 and members.total == 450
    activities = hours.activity_month_overview(book, 2026)
    assert [(r.label, r.total) for r in activities.rows] == [("Atelier", 240), ("Restaurant", 210)]
    history = hours.member_history(book, cast.fatima.id)
    assert [(r.year, r.month, r.activity_name, r.minutes, r.days) for r in history.rows] == [
        (2026, 3, "Restaurant", 90, 1), (2025, 3, "Restaurant", 480, 1)
    ]
    assert hours.hours_years(book) == [2025, 2026]


def test_activities_are_kept_with_rate_and_cost_centre(book: Book, cast: Cast) -> None:
    centre = hours.list_cost_centres(book)[0]
    assert (centre.code, centre.name) == ("ALG", "Algemeen")
    with pytest.raises(ValidationError) as caught:
        hours.add_activity(book, " restaurant ".replace("r", "R", 1), centre.id, Money("1"))
    assert caught.value.fields == ("name",)
    with pytest.raises(ValidationError):
        hours.add_activity(book, "", 999, Money("-1"))
    farm = hours.add_activity(book, "Stadslandbouw", centre.id, Money("2.00"))
    farm = hours.update_activity(book, farm.id, name="Stadslandbouw", cost_centre_id=centre.id,
                                 hourly_rate=Money("2.25"))
    assert farm.hourly_rate == Money("2.25")
    hours.set_activity_active(book, farm.id, False)
    assert "Stadslandbouw" not in [a.name for a in hours.list_activities(book)]
    assert "Stadslandbouw" in [a.name for a in hours.list_activities(book, include_inactive=True)]
    with pytest.raises(ValidationError, match="no longer active"):
        hours.set_hours(book, cast.kees.id, farm.id, WEEK, "2")


def test_a_member_with_hours_is_not_removed(book: Book, cast: Cast) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    with pytest.raises(ValidationError, match="already has hours"):
        remove_member(book, cast.kees.id)
    remove_member(book, cast.esra.id)


def test_hours_survive_reopening_and_pass_the_check(book: Book, cast: Cast, book_path: Path,
                                                      clock: FixedClock) -> None:
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    book.close()
    assert check_book(book_path) == []
    again = open_book(book_path, clock=clock, backup=False)
    try:
        assert hours.week_grid(again, WEEK).total == 240
    finally:
        again.close()


def test_the_check_finds_hours_that_break_the_rules(book: Book, cast: Cast, book_path: Path) -> None:
    from coopdesk.store import hours as hours_store

    with book.transaction() as session:
        hours_store.insert_entries(session, [
            {"member_id": cast.kees.id, "activity_id": a, "worked_on": WEEK, "minutes": 780, "note": "",
             "created_at": book.clock.now()} for a in (cast.atelier.id, cast.restaurant.id)
        ] + [{"member_id": cast.esra.id, "activity_id": cast.atelier.id, "worked_on": date(2026, 1, 5),
              "minutes": 60, "note": "", "created_at": book.clock.now()}])
    found = [t.render("nl") for t in hours.hours_problems(book)]
    assert any("26 uur op 16-11-2026" in line for line in found)
    assert any("Lid 103" in line and "buiten het lidmaatschap" in line for line in found)
    book.close()
    assert len(check_book(book_path)) == 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.booleans(), st.integers(0, 64).map(lambda q: q * 15)), max_size=12))
def test_the_book_never_holds_more_than_24_hours_a_day(book: Book, cast: Cast,
                                                       edits: list[tuple[bool, int]]) -> None:
    activities = (cast.restaurant.id, cast.atelier.id)
    for activity in activities:
        hours.set_hours(book, cast.kees.id, activity, WEEK, 0)
    expected = {activity: 0 for activity in activities}
    for first, minutes in edits:
        activity = activities[0] if first else activities[1]
        try:
            change = hours.set_hours(book, cast.kees.id, activity, WEEK, minutes)
        except ValidationError:
            other = sum(v for k, v in expected.items() if k != activity)
            assert other + minutes > 24 * 60
        else:
            expected[activity] = minutes
            assert change.day_total == sum(expected.values())
        grid = hours.week_grid(book, WEEK)
        assert grid.day_totals[0] == sum(expected.values()) <= 24 * 60


def test_activity_names_are_unique_whatever_their_case(book: Book, cast: Cast) -> None:
    centre = hours.list_cost_centres(book)[0]
    for typed in ("restaurant", "RESTAURANT", " Restaurant  "):
        with pytest.raises(ValidationError) as caught:
            hours.add_activity(book, typed, centre.id, Money("1"))
        assert caught.value.fields == ("name",)
        assert "Er is al een activiteit" in caught.value.message("nl")
    with pytest.raises(ValidationError) as caught:
        hours.update_activity(book, cast.atelier.id, name="restaurant", cost_centre_id=centre.id,
                              hourly_rate=Money("2.00"))
    assert caught.value.fields == ("name",)
    # changing only the case of an activity's own name is fine
    renamed = hours.update_activity(book, cast.atelier.id, name="ATELIER", cost_centre_id=centre.id,
                                    hourly_rate=Money("2.00"))
    assert renamed.name == "ATELIER"
    assert hours.add_activity(book, "Özel", centre.id, Money("1")).name == "Özel"
    with pytest.raises(ValidationError):
        hours.add_activity(book, "özel", centre.id, Money("1"))  # not ASCII: still the same name


def test_the_grid_search_finds_any_name_in_any_case(book: Book, cast: Cast) -> None:
    from coopdesk.domain.member import MemberForm
    from coopdesk.services.members import register_member

    ozlem = register_member(book, MemberForm(name="Özlem Çelik", joined_on=date(2024, 1, 1)))
    percent = register_member(book, MemberForm(name="Jan 100%_Zeker", joined_on=date(2024, 1, 1)))
    for member in (ozlem, percent, cast.kees):
        hours.set_hours(book, member.id, cast.atelier.id, WEEK, "2")

    def found(search: str) -> list[str]:
        return [r.member_name for r in hours.week_grid(book, WEEK, search).rows]

    assert found("özlem") == ["Özlem Çelik"]
    assert found("ÖZLEM") == ["Özlem Çelik"]
    assert found("çelik") == ["Özlem Çelik"]
    assert found("%") == ["Jan 100%_Zeker"]  # a literal %, not "anything"
    assert found("_") == ["Jan 100%_Zeker"]
    assert found("0%_z") == ["Jan 100%_Zeker"]
    assert found(str(cast.kees.number)) == ["Kees Bakker"]
    assert found("niemand") == []
    # copying last week's rows filters the same way
    copied = hours.copy_last_week_rows(book, WEEK + timedelta(days=7), "ÇELIK")
    assert [r.member_name for r in copied] == ["Özlem Çelik"]
