"""Queries and writes for hour entries.

The weekly grid and each overview are read through one aggregate query each
(`GROUP BY` in SQL, tuples back), never by loading entries as objects; bulk
writes (import, demo) go through Core `insert()`. Functions take the unit of
work's `Session` and return domain values or plain tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, delete, extract, func, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from coopdesk.domain.activity import ActivityId
from coopdesk.domain.hours import (
    GridKey,
    GridRow,
    HistoryRow,
    OverviewRow,
    pivot_months,
    week_days,
)
from coopdesk.domain.member import MemberId
from coopdesk.domain.search import member_matches
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow, HoursImportRow
from coopdesk.store.tables.member import MemberRow

Entry = HoursEntryRow


# -- single cells --------------------------------------------------------------------------


def entry_minutes(session: Session, member_id: int, activity_id: int, day: date) -> tuple[int, str]:
    """(minutes, note) in one cell; (0, '') when empty."""
    row = session.execute(
        select(Entry.minutes, Entry.note).where(
            Entry.member_id == member_id, Entry.activity_id == activity_id, Entry.worked_on == day
        )
    ).first()
    return (0, "") if row is None else (int(row[0]), str(row[1]))


def day_cells(session: Session, member_id: int, day: date) -> dict[ActivityId, int]:
    """One member's minutes per activity on one day."""
    rows = session.execute(
        select(Entry.activity_id, Entry.minutes).where(Entry.member_id == member_id, Entry.worked_on == day)
    )
    return {ActivityId(activity_id): int(minutes) for activity_id, minutes in rows}


def store_cell(
    session: Session, member_id: int, activity_id: int, day: date, minutes: int, note: str, now: datetime
) -> None:
    """Write one cell: insert, update, or (0 minutes) delete."""
    where = (Entry.member_id == member_id, Entry.activity_id == activity_id, Entry.worked_on == day)
    if minutes == 0:
        session.execute(delete(Entry).where(*where))
        return
    row = session.scalar(select(Entry).where(*where))
    if row is None:
        session.add(
            Entry(member_id=member_id, activity_id=activity_id, worked_on=day, minutes=minutes,
                  note=note, created_at=now)
        )
    else:
        row.minutes = minutes
        row.note = note
    session.flush()


def insert_entries(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """Bulk insert: dicts with member_id, activity_id, worked_on, minutes, note, created_at."""
    if rows:
        session.execute(insert(Entry), list(rows))


def count_entries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Entry)) or 0


# -- the weekly grid -----------------------------------------------------------------------


def matching_member_ids(session: Session, text: str) -> list[int] | None:
    """The members a search text finds, by the one rule in `coopdesk.domain.search` (the
    same as the Leden page: accents and case folded, word by word, name, city, email,
    postcode or number); None when there is no search (everyone)."""
    if not text.strip():
        return None
    columns = (MemberRow.id, MemberRow.number, MemberRow.name, MemberRow.city, MemberRow.email,
               MemberRow.postcode)
    return [
        member_id
        for member_id, number, name, city, email, postcode in session.execute(select(*columns))
        if member_matches(text, number, name, city or "", email or "", postcode or "")
    ]


def _member_search(session: Session, text: str) -> list[ColumnElement[bool]]:
    found = matching_member_ids(session, text)
    return [] if found is None else [MemberRow.id.in_(found)]


def week_rows(session: Session, monday: date, search: str = "") -> list[GridRow]:
    """The week's hours pivoted in SQL: one row per member x activity with seven day sums."""
    days = week_days(monday)
    day_sums = [func.sum(case((Entry.worked_on == day, Entry.minutes), else_=0)) for day in days]
    member_columns = (MemberRow.id, MemberRow.number, MemberRow.name, MemberRow.joined_on, MemberRow.left_on)
    query = (
        select(*member_columns, ActivityRow.id, ActivityRow.name, *day_sums)
        .select_from(Entry)
        .join(MemberRow, MemberRow.id == Entry.member_id)
        .join(ActivityRow, ActivityRow.id == Entry.activity_id)
        .where(Entry.worked_on >= days[0], Entry.worked_on <= days[-1], *_member_search(session, search))
        .group_by(*member_columns, ActivityRow.id, ActivityRow.name)
        .order_by(MemberRow.number, ActivityRow.name)
    )
    return [
        GridRow(GridKey(MemberId(r[0]), ActivityId(r[5])), r[1], r[2], r[6], tuple(int(v) for v in r[7:]),
                r[3], r[4])
        for r in session.execute(query)
    ]


def week_keys(session: Session, monday: date, search: str = "") -> list[GridKey]:
    days = week_days(monday)
    query = (
        select(Entry.member_id, Entry.activity_id)
        .join(MemberRow, MemberRow.id == Entry.member_id)
        .where(Entry.worked_on >= days[0], Entry.worked_on <= days[-1], *_member_search(session, search))
        .group_by(Entry.member_id, Entry.activity_id)
    )
    return [GridKey(MemberId(m), ActivityId(a)) for m, a in session.execute(query)]


def empty_rows(session: Session, keys: Iterable[GridKey]) -> list[GridRow]:
    """Empty grid rows (labels only) for member x activity pairs."""
    wanted = set(keys)
    if not wanted:
        return []
    member_ids = {k.member_id for k in wanted}
    activity_ids = {k.activity_id for k in wanted}
    members = {
        row[0]: row[1:]
        for row in session.execute(
            select(MemberRow.id, MemberRow.number, MemberRow.name, MemberRow.joined_on, MemberRow.left_on)
            .where(MemberRow.id.in_(member_ids))
        )
    }
    activities: dict[int, str] = {
        aid: name
        for aid, name in session.execute(
            select(ActivityRow.id, ActivityRow.name).where(ActivityRow.id.in_(activity_ids))
        )
    }
    return [
        GridRow(key, members[key.member_id][0], members[key.member_id][1], activities[key.activity_id],
                (0,) * 7, members[key.member_id][2], members[key.member_id][3])
        for key in wanted
        if key.member_id in members and key.activity_id in activities
    ]


def members_in_period(session: Session, first: date, last: date) -> list[tuple[int, int, str]]:
    """(id, number, name) of everyone who was a member on some day from `first` to `last`."""
    query = (
        select(MemberRow.id, MemberRow.number, MemberRow.name)
        .where(MemberRow.joined_on <= last, or_(MemberRow.left_on.is_(None), MemberRow.left_on >= first))
        .order_by(MemberRow.number)
    )
    return [(int(a), int(b), str(c)) for a, b, c in session.execute(query)]


# -- overviews ----------------------------------------------------------------------------------


def _year_range(year: int) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return Entry.worked_on >= date(year, 1, 1), Entry.worked_on <= date(year, 12, 31)


def member_month_rows(session: Session, year: int) -> tuple[OverviewRow, ...]:
    """Minutes per member per month of `year`: summed per (member id, month) from the
    covering index on (day, member, minutes) alone, then joined to the members for
    their number and name (one row per member and month, not per entry)."""
    month = extract("month", Entry.worked_on)
    sums = (
        select(Entry.member_id.label("member_id"), month.label("month"), func.sum(Entry.minutes).label("minutes"))
        .where(*_year_range(year))
        .group_by(Entry.member_id, month)
        .subquery()
    )
    query = select(MemberRow.id, MemberRow.number, MemberRow.name, sums.c.month, sums.c.minutes).join_from(
        sums, MemberRow, MemberRow.id == sums.c.member_id
    )
    rows = session.execute(query).all()
    labels = {r[0]: (r[1], r[2]) for r in rows}
    return pivot_months(((r[0], int(r[3]), int(r[4])) for r in rows), labels)


def activity_month_rows(session: Session, year: int) -> tuple[OverviewRow, ...]:
    month = extract("month", Entry.worked_on)
    query = (
        select(ActivityRow.id, ActivityRow.name, month, func.sum(Entry.minutes))
        .select_from(Entry)
        .join(ActivityRow, ActivityRow.id == Entry.activity_id)
        .where(*_year_range(year))
        .group_by(ActivityRow.id, ActivityRow.name, month)
    )
    rows = session.execute(query).all()
    labels: dict[int, tuple[int | None, str]] = {r[0]: (None, r[1]) for r in rows}
    return pivot_months(((r[0], int(r[2]), int(r[3])) for r in rows), labels)


def member_history_rows(session: Session, member_id: int) -> tuple[HistoryRow, ...]:
    year = extract("year", Entry.worked_on)
    month = extract("month", Entry.worked_on)
    query = (
        select(year, month, ActivityRow.name, func.sum(Entry.minutes), func.count(Entry.id))
        .select_from(Entry)
        .join(ActivityRow, ActivityRow.id == Entry.activity_id)
        .where(Entry.member_id == member_id)
        .group_by(year, month, ActivityRow.name)
        .order_by(year.desc(), month.desc(), ActivityRow.name)
    )
    return tuple(HistoryRow(int(y), int(m), str(a), int(s), int(c)) for y, m, a, s, c in session.execute(query))


def years_with_hours(session: Session) -> tuple[int, int] | None:
    first, last = session.execute(select(func.min(Entry.worked_on), func.max(Entry.worked_on))).one()
    if first is None:
        return None
    return first.year, last.year


# -- import -----------------------------------------------------------------------------------


def entries_between(session: Session, first: date, last: date) -> list[tuple[int, int, date, int]]:
    """(member_id, activity_id, worked_on, minutes) of every entry from `first` to `last`."""
    query = select(Entry.member_id, Entry.activity_id, Entry.worked_on, Entry.minutes).where(
        Entry.worked_on >= first, Entry.worked_on <= last
    )
    return [(int(a), int(b), c, int(d)) for a, b, c, d in session.execute(query)]


def import_recorded(session: Session, content_hash: str) -> tuple[datetime, str] | None:
    row = session.execute(
        select(HoursImportRow.imported_at, HoursImportRow.source_name).where(
            HoursImportRow.content_hash == content_hash
        )
    ).first()
    return None if row is None else (row[0], row[1])


def record_import(
    session: Session, content_hash: str, source_name: str, row_count: int, minutes: int, now: datetime
) -> None:
    session.add(
        HoursImportRow(content_hash=content_hash, source_name=source_name[:260], row_count=row_count,
                       minutes=minutes, imported_at=now)
    )
    session.flush()


# -- invariants -----------------------------------------------------------------------------------


def days_over_limit(session: Session, limit_minutes: int) -> list[tuple[int, str, date, int]]:
    """(member number, name, day, minutes) where a member has more than `limit_minutes` on a day."""
    total = func.sum(Entry.minutes)
    query = (
        select(MemberRow.number, MemberRow.name, Entry.worked_on, total)
        .join(MemberRow, MemberRow.id == Entry.member_id)
        .group_by(MemberRow.number, MemberRow.name, Entry.worked_on)
        .having(total > limit_minutes)
        .order_by(MemberRow.number, Entry.worked_on)
    )
    return [(int(a), str(b), c, int(d)) for a, b, c, d in session.execute(query)]


def hours_outside_membership(session: Session) -> list[tuple[int, str, date, date, date | None]]:
    """(member number, name, first bad day, joined_on, left_on) per member with hours outside membership."""
    query = (
        select(MemberRow.number, MemberRow.name, func.min(Entry.worked_on), MemberRow.joined_on,
               MemberRow.left_on)
        .join(MemberRow, MemberRow.id == Entry.member_id)
        .where(
            or_(
                Entry.worked_on < MemberRow.joined_on,
                and_(MemberRow.left_on.is_not(None), Entry.worked_on > MemberRow.left_on),
            )
        )
        .group_by(MemberRow.number, MemberRow.name, MemberRow.joined_on, MemberRow.left_on)
        .order_by(MemberRow.number)
    )
    return [(int(a), str(b), c, d, e) for a, b, c, d, e in session.execute(query)]


def bad_amounts(session: Session) -> int:
    """Entries that are not whole quarters from 15 minutes to 24 hours (the schema forbids them too)."""
    return session.scalar(
        select(func.count()).select_from(Entry).where(
            or_(Entry.minutes <= 0, Entry.minutes > 1440, Entry.minutes % 15 != 0)
        )
    ) or 0


def last_week_keys(session: Session, monday: date, search: str = "") -> list[GridKey]:
    return week_keys(session, monday - timedelta(days=7), search)


def member_hours_outside(
    session: Session, member_id: int, joined_on: date, left_on: date | None
) -> tuple[int, date | None, date | None]:
    """(count, first day, last day) of one member's entries before `joined_on` or after
    `left_on`: what a new membership period would strand. (0, None, None) when none."""
    outside = Entry.worked_on < joined_on
    if left_on is not None:
        outside = or_(outside, Entry.worked_on > left_on)
    count, first, last = session.execute(
        select(func.count(), func.min(Entry.worked_on), func.max(Entry.worked_on))
        .where(Entry.member_id == member_id, outside)
    ).one()
    return int(count or 0), first, last
