"""Member enterprises (the seed's Vrije Uitloop model): an activity that belongs to one
member, who runs it as their own small business inside the cooperative (garden
maintenance, a sewing studio, coaching). Its receipts and costs are booked to it as to any
activity; the year close gives the owner's pot the agreed share of its positive result
(`coopdesk.domain.year_close.distribute`).

* `set_activity_owner`: make an activity a member enterprise, or the cooperative's again;
  the member must exist and have joined (a member who has left may keep their
  enterprise: its past results stay theirs). One audit line.
* `save_activity`: a new or changed activity with its owner in one unit of work (the
  activity dialog); nothing is written when any part is refused.
* `enterprise_results(book, year)`: the year's result per member enterprise, with its owner.
* `activity_owners` and `owner_choices`: what the Activiteiten tab shows and offers.
"""

from __future__ import annotations

from coopdesk.domain.activity import Activity
from coopdesk.domain.errors import NotFound, ValidationError, problem
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.domain.year_close import ActivityResult, EnterpriseOwner
from coopdesk.services import hours, year_close
from coopdesk.services.changes import Changes
from coopdesk.services.payout import current_user
from coopdesk.store import activities as activity_store
from coopdesk.store import audit
from coopdesk.store import members as member_store
from coopdesk.store import year_close as close_store
from coopdesk.store.book import Book
from coopdesk.store.member_rows import MemberFilter
from coopdesk.store.session import Session

__all__ = ["activity_owners", "enterprise_results", "owner_choices", "save_activity", "set_activity_owner"]


def _set_owner(session: Session, book: Book, activity_id: int, member_id: int | None, who: str) -> Activity:
    current = activity_store.get_activity(session, activity_id)
    if current is None:
        raise NotFound(Text("Activiteit {activity_id} bestaat niet (meer).",
                            "Activity {activity_id} does not exist (any more)."), activity_id=activity_id)
    owner = ""
    if member_id is not None:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise ValidationError([problem("owner_member_id", "Lid {id} bestaat niet.", "Member {id} does not exist.",
                                           id=member_id)])
        if member.details.joined_on > book.clock.today():
            raise ValidationError([problem("owner_member_id", "{name} is nog geen lid (lid vanaf {day}).",
                                           "{name} is not a member yet (member from {day}).",
                                           name=member.name, day=member.details.joined_on)])
        owner = f"lid {member.number} {member.name}"
    if current.owner_member_id == member_id:
        return current
    updated = activity_store.set_activity_owner(session, activity_id, member_id)
    assert updated is not None
    audit.record(session, book.clock.now(), who, "activity.owner",
                 f"{current.name}: " + (f"onderneming van {owner}" if owner else "activiteit van de coöperatie"))
    return updated


def set_activity_owner(book: Book, activity_id: int, member_id: int | None, *, who: str | None = None) -> Changes:
    """Make `activity_id` a member enterprise of `member_id` (None: the cooperative's again)."""
    with book.transaction() as session:
        _set_owner(session, book, activity_id, member_id, who or current_user())
    return Changes(activities=True)


def save_activity(book: Book, activity_id: int | None, *, name: str, cost_centre_id: int, hourly_rate: Money,
                  active: bool = True, owner_member_id: int | None = None, who: str | None = None) -> Activity:
    """Add (`activity_id` None) or change an activity and set its owner, in one unit of work."""
    with book.transaction() as session:
        if activity_id is None:
            saved = hours.add_activity(book, name, cost_centre_id, hourly_rate)
            if not active:
                saved = hours.set_activity_active(book, saved.id, False)
        else:
            saved = hours.update_activity(book, activity_id, name=name, cost_centre_id=cost_centre_id,
                                          hourly_rate=hourly_rate, active=active)
        return _set_owner(session, book, saved.id, owner_member_id, who or current_user())


def enterprise_results(book: Book, year: int) -> tuple[ActivityResult, ...]:
    """The result of every member enterprise with receipts or costs in `year`, with its owner."""
    return year_close.year_result(book, year).enterprises


def activity_owners(book: Book) -> dict[int, EnterpriseOwner]:
    """Activity id -> its owner, for every member enterprise."""
    with book.transaction() as session:
        return close_store.enterprise_owners(session)


def owner_choices(book: Book, current_owner_id: int | None = None) -> list[EnterpriseOwner]:
    """The members an activity can belong to: the current members who have joined, by
    number, and the current owner even when they have left."""
    today = book.clock.today()
    with book.transaction() as session:
        members = member_store.list_members(session, MemberFilter(include_former=True), today)
    return [EnterpriseOwner(int(m.id), int(m.number), m.name) for m in members
            if m.id == current_owner_id or m.is_active_on(today)]
