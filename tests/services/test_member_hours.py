"""Changing a member's join or leave date never strands hours outside the membership."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.member import LeaveReason, MemberForm
from coopdesk.domain.money import Money
from coopdesk.services import hours
from coopdesk.services.books import Book
from coopdesk.services.members import get_member, record_leaving, register_member, update_member
from coopdesk.store import hours as hours_store


@pytest.fixture
def worked(book: Book) -> int:
    """A member (joined 01-01-2026) with hours on 02-02, 16-11 and 27-11-2026."""
    member = register_member(book, MemberForm(name="Özlem Çelik", joined_on=date(2026, 1, 1)))
    centre = hours.list_cost_centres(book)[0]
    activity = hours.add_activity(book, "Tuin", centre.id, Money("2.00"))
    for day in (date(2026, 2, 2), date(2026, 11, 16), date(2026, 11, 27)):
        hours.set_hours(book, member.id, activity.id, day, "2")
    return member.id


def test_the_store_counts_one_members_hours_outside_a_period(book: Book, worked: int) -> None:
    with book.transaction() as session:
        outside = hours_store.member_hours_outside
        assert outside(session, worked, date(2026, 1, 1), None) == (0, None, None)
        assert outside(session, worked, date(2026, 3, 1), None) == (1, date(2026, 2, 2), date(2026, 2, 2))
        assert outside(session, worked, date(2026, 1, 1), date(2026, 2, 1)) == (
            3, date(2026, 2, 2), date(2026, 11, 27))
        assert outside(session, worked, date(2026, 3, 1), date(2026, 11, 20)) == (
            2, date(2026, 2, 2), date(2026, 11, 27))
        assert outside(session, worked + 1, date(2030, 1, 1), None) == (0, None, None)


def test_leaving_before_the_last_hours_is_refused(book: Book, worked: int) -> None:
    with pytest.raises(ValidationError) as caught:
        record_leaving(book, worked, date(2026, 2, 1), LeaveReason.PAID_JOB)
    assert caught.value.fields == ("left_on",)
    assert caught.value.message("nl") == (
        "Lid heeft 3 uren-regels na 01-02-2026 (laatste 27-11-2026); verwijder of verplaats die eerst.")
    assert "3 hour entries after 01-02-2026 (last 27-11-2026)" in caught.value.message("en")
    assert get_member(book, worked).details.left_on is None  # nothing changed
    assert record_leaving(book, worked, date(2026, 11, 27), LeaveReason.PAID_JOB).details.left_on == date(
        2026, 11, 27)


def test_moving_the_join_date_past_hours_is_refused(book: Book, worked: int) -> None:
    member = get_member(book, worked)
    later = MemberForm.from_details(replace(member.details, joined_on=date(2026, 3, 1)))
    with pytest.raises(ValidationError) as caught:
        update_member(book, worked, later)
    assert caught.value.fields == ("joined_on",)
    assert "1 uren-regels vóór 01-03-2026 (eerste 02-02-2026)" in caught.value.message("nl")
    assert get_member(book, worked).details.joined_on == date(2026, 1, 1)
    both = MemberForm.from_details(replace(member.details, joined_on=date(2026, 3, 1), left_on=date(2026, 11, 1),
                                           leave_reason=LeaveReason.PAID_JOB))
    with pytest.raises(ValidationError) as caught:
        update_member(book, worked, both)
    assert caught.value.fields == ("joined_on", "left_on")
    # other changes, and dates that keep every hour inside, are fine
    renamed = update_member(book, worked, MemberForm.from_details(replace(member.details, name="Özlem Kaya")))
    assert renamed.name == "Özlem Kaya"
    earlier = MemberForm.from_details(replace(member.details, joined_on=date(2025, 6, 1)))
    assert update_member(book, worked, earlier).details.joined_on == date(2025, 6, 1)
