"""The member register: register, edit, record leaving, search.

Every function is one transaction. Input arrives as a `MemberForm` (what the
treasurer typed); it is checked by the domain before anything is written, so a
mistake changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError, problem
from coopdesk.domain.member import LeaveReason, Member, MemberDetails, MemberForm
from coopdesk.domain.text import Text
from coopdesk.services.changes import Changes
from coopdesk.store.book import Book
from coopdesk.store.member_rows import MemberFilter

if TYPE_CHECKING:
    from coopdesk.store.session import Session

__all__ = [
    "MemberFilter",
    "register_member",
    "update_member",
    "record_leaving",
    "remove_member",
    "restore_member",
    "get_member",
    "list_members",
    "find_member_by_number",
]


def _not_found(member_id: int) -> NotFound:
    return NotFound(
        Text("Lid {member_id} bestaat niet (meer).", "Member {member_id} does not exist (any more)."),
        member_id=member_id,
    )


def register_member(book: Book, form: MemberForm) -> Member:
    """Add a member; the book assigns the next free member number."""
    from coopdesk.store import members as member_store

    details = form.validate(book.clock.today())
    with book.transaction() as session:
        number = member_store.next_member_number(session)
        return member_store.insert_member(session, number, details, book.clock)


def restore_member(book: Book, member: Member) -> Member:
    """Put a removed member back with their own number (used by undo)."""
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        if member_store.member_number_taken(session, member.number):
            raise CoopDeskError(
                Text(
                    "Lidnummer {number} is inmiddels aan een ander lid gegeven.",
                    "Member number {number} has since been given to another member.",
                ),
                number=member.number,
            )
        return member_store.insert_member(session, member.number, member.details, book.clock)


def _keep_hours_inside(session: Session, member: Member, details: MemberDetails) -> None:
    """Refuse new membership dates that would leave hours outside the membership.

    Checked only when a date moves, so a book with older stray hours can still have
    a member's address corrected (`coopdesk check` reports those hours)."""
    from coopdesk.store import hours as hours_store

    problems = []
    if details.joined_on != member.details.joined_on:
        count, first, _ = hours_store.member_hours_outside(session, member.id, details.joined_on, None)
        if count:
            problems.append(problem(
                "joined_on",
                "Lid heeft {count} uren-regels vóór {day} (eerste {first}); verwijder of verplaats die eerst.",
                "The member has {count} hour entries before {day} (first {first}); remove or move those first.",
                count=count, day=details.joined_on, first=first,
            ))
    if details.left_on is not None and details.left_on != member.details.left_on:
        count, _, last = hours_store.member_hours_outside(session, member.id, date.min, details.left_on)
        if count:
            problems.append(problem(
                "left_on",
                "Lid heeft {count} uren-regels na {day} (laatste {last}); verwijder of verplaats die eerst.",
                "The member has {count} hour entries after {day} (last {last}); remove or move those first.",
                count=count, day=details.left_on, last=last,
            ))
    if problems:
        raise ValidationError(problems)


def update_member(book: Book, member_id: int, form: MemberForm) -> Member:
    from coopdesk.store import members as member_store

    details = form.validate(book.clock.today())
    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise _not_found(member_id)
        _keep_hours_inside(session, member, details)
        updated = member_store.update_member(session, member_id, details, book.clock)
        if updated is None:
            raise _not_found(member_id)
        return updated


def record_leaving(book: Book, member_id: int, left_on: date, reason: LeaveReason) -> Member:
    """Record that a member left, on which day and why (the outflow the municipality asks about)."""
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise _not_found(member_id)
        form = MemberForm.from_details(member.details)
        details = MemberForm(
            **{**form.__dict__, "left_on": left_on, "leave_reason": reason}
        ).validate(book.clock.today())
        _keep_hours_inside(session, member, details)
        updated = member_store.update_member(session, member_id, details, book.clock)
        assert updated is not None
        return updated


def remove_member(book: Book, member_id: int) -> Changes:
    """Remove a member who has nothing booked on them yet (undo of a registration).

    A member with hours, payouts or postings is never removed: record that they
    left instead.
    """
    from coopdesk.store import members as member_store
    from coopdesk.store.references import member_is_referenced

    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise _not_found(member_id)
        if member_is_referenced(session, member_id):
            raise ValidationError(
                [
                    problem(
                        None,
                        "{name} heeft al uren of boekingen en kan niet worden verwijderd; "
                        "leg vast dat het lid is vertrokken.",
                        "{name} already has hours or postings and cannot be removed; "
                        "record that the member left instead.",
                        name=member.name,
                    )
                ]
            )
        member_store.delete_member(session, member_id)
    return Changes(members=frozenset({member_id}))


def get_member(book: Book, member_id: int) -> Member:
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
    if member is None:
        raise _not_found(member_id)
    return member


def list_members(book: Book, member_filter: MemberFilter | None = None) -> list[Member]:
    """The member register as `member_filter` asks for it, by member number.

    A book file is read through a read-only stdlib connection (no SQLAlchemy import, so
    the first page paints sooner); inside an open unit of work, or on a server database,
    through the unit of work, which also sees what it has not committed yet."""
    wanted = member_filter or MemberFilter()
    if book.path is not None and not book.in_transaction():
        from coopdesk.store.reads import reading
        with reading(book.path) as reader:
            return reader.list_members(wanted, book.clock.today())
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        return member_store.list_members(session, wanted, book.clock.today())


def find_member_by_number(book: Book, number: int) -> Member:
    """The member with this member number (numbers never change, ids may after an undo)."""
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        member = member_store.get_member_by_number(session, number)
    if member is None:
        raise NotFound(
            Text("Lid {number} bestaat niet (meer).", "Member {number} does not exist (any more)."),
            number=number,
        )
    return member
