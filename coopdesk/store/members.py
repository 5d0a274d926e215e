"""Queries and writes for the cooperative's details and the member register.

Functions take the unit of work's `Session` and return domain values
(`Member`, `CooperativeDetails`), never ORM rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.clock import Clock
from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.member import (
    Member,
    MemberDetails,
    MemberNumber,
)
from coopdesk.domain.search import member_matches
from coopdesk.store.member_rows import MemberFilter, member_from_row, row_values
from coopdesk.store.tables.book_info import CooperativeRow
from coopdesk.store.tables.member import MemberRow

FIRST_MEMBER_NUMBER = 101


def save_cooperative(session: Session, details: CooperativeDetails, clock: Clock) -> None:
    row = session.get(CooperativeRow, 1)
    if row is None:
        row = CooperativeRow(id=1, created_at=clock.now())
        session.add(row)
    row.name = details.name
    row.kvk_number = details.kvk_number
    row.address = details.address
    row.postcode = details.postcode
    row.city = details.city
    row.iban = details.iban
    row.municipality = details.municipality
    row.treasurer = details.treasurer
    row.logo = details.logo
    session.flush()


def load_cooperative(session: Session) -> CooperativeDetails | None:
    row = session.get(CooperativeRow, 1)
    if row is None:
        return None
    return CooperativeDetails(
        name=row.name,
        kvk_number=row.kvk_number,
        address=row.address,
        postcode=row.postcode,
        city=row.city,
        iban=row.iban,
        municipality=row.municipality,
        treasurer=row.treasurer,
        logo=row.logo or b"",
    )


def _to_member(row: MemberRow) -> Member:
    return member_from_row(lambda column: getattr(row, column))


def _apply(row: MemberRow, details: MemberDetails) -> None:
    for column, value in row_values(details).items():
        setattr(row, column, value)


def next_member_number(session: Session) -> MemberNumber:
    highest = session.scalar(select(func.max(MemberRow.number)))
    return MemberNumber(FIRST_MEMBER_NUMBER if highest is None else highest + 1)


def member_number_taken(session: Session, number: int) -> bool:
    return session.scalar(select(MemberRow.id).where(MemberRow.number == number)) is not None


def insert_member(session: Session, number: int, details: MemberDetails, clock: Clock) -> Member:
    now = clock.now()
    row = MemberRow(number=number, created_at=now, updated_at=now)
    _apply(row, details)
    session.add(row)
    session.flush()
    return _to_member(row)


def update_member(session: Session, member_id: int, details: MemberDetails, clock: Clock) -> Member | None:
    row = session.get(MemberRow, member_id)
    if row is None:
        return None
    _apply(row, details)
    row.updated_at = clock.now()
    session.flush()
    return _to_member(row)


def delete_member(session: Session, member_id: int) -> bool:
    row = session.get(MemberRow, member_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def get_member(session: Session, member_id: int) -> Member | None:
    row = session.get(MemberRow, member_id)
    return None if row is None else _to_member(row)


def get_member_by_number(session: Session, number: int) -> Member | None:
    row = session.scalar(select(MemberRow).where(MemberRow.number == number))
    return None if row is None else _to_member(row)


def list_members(session: Session, member_filter: MemberFilter, today: date) -> list[Member]:
    query = select(MemberRow)
    if not member_filter.include_former:
        day = member_filter.on or today
        query = query.where(or_(MemberRow.left_on.is_(None), MemberRow.left_on >= day))
    if member_filter.regime is not None:
        query = query.where(MemberRow.regime == member_filter.regime.value)
    query = query.order_by(MemberRow.number)
    found = [_to_member(row) for row in session.scalars(query)]
    text = member_filter.search.strip()
    if text:
        # matched in Python by the one search rule (coopdesk.domain.search)
        found = [m for m in found if matches_search(m, text)]
    return found


def matches_search(member: Member, text: str) -> bool:
    """Whether a search text finds a member: the one rule in `coopdesk.domain.search`."""
    d = member.details
    return member_matches(text, member.number, d.name, d.city, d.email, d.postcode)


def count_members(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(MemberRow)) or 0
