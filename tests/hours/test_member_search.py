"""One member search: the Leden page and the Uren page find the same members."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hours_cast import WEEK, Cast

from coopdesk.domain.hours import GridKey
from coopdesk.domain.member import MemberForm
from coopdesk.domain.search import fold, member_matches
from coopdesk.services import hours
from coopdesk.services.books import Book
from coopdesk.services.members import MemberFilter, list_members, register_member


@pytest.mark.parametrize("search", ["ozturk", "Öztürk", "OZLEM", "ozl ozt", "ztür", "utrecht ozl", "3511"])
def test_both_pages_find_ozlem_ozturk(book: Book, cast: Cast, search: str) -> None:
    ozlem = register_member(book, MemberForm(name="Özlem Öztürk", joined_on=date(2024, 1, 1), city="Utrecht",
                                             postcode="3511 AB"))
    hours.set_hours(book, ozlem.id, cast.restaurant.id, WEEK, "2")
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "3")

    on_leden = [m.name for m in list_members(book, MemberFilter(search=search))]
    on_uren = [row.member_name for row in hours.week_grid(book, WEEK, search).rows]
    assert on_leden == on_uren == ["Özlem Öztürk"]


def test_empty_rows_and_last_week_follow_the_same_search(book: Book, cast: Cast) -> None:
    ozlem = register_member(book, MemberForm(name="Özlem Öztürk", joined_on=date(2024, 1, 1)))
    extra = [GridKey(ozlem.id, cast.atelier.id), GridKey(cast.kees.id, cast.atelier.id)]
    grid = hours.week_grid(book, WEEK, "ozturk", extra=extra)
    assert [row.member_name for row in grid.rows] == ["Özlem Öztürk"]
    hours.set_hours(book, ozlem.id, cast.atelier.id, WEEK, "1")
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "1")
    copied = hours.copy_last_week_rows(book, WEEK + timedelta(days=7), "ozturk")
    assert [row.member_name for row in copied] == ["Özlem Öztürk"]


def test_the_search_rule() -> None:
    assert fold("Öztürk Straße") == "ozturk strasse"
    assert member_matches("", 101, "Wie dan ook")
    assert member_matches("104", 104, "Henk de Vries")
    assert not member_matches("104", 105, "Henk de Vries")
    assert member_matches("vries henk", 104, "Henk de Vries")
    assert not member_matches("henk jansen", 104, "Henk de Vries")
    assert member_matches("gmail", 104, "Henk de Vries", email="henk@gmail.com")
