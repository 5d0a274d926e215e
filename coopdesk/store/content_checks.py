"""Checks on what a book holds that the ORM cannot survive reading, and on books that
were never finished.

SQLite's `integrity_check` looks at pages and indexes, not at values: a date column
holding '31-02-x' (a hand edit, another tool) passes it, and then every read of that
row fails inside SQLAlchemy's date conversion. These checks find such values with
plain SQL that never converts them, so `coopdesk check` can list them and the app can
say so instead of failing. A book created by a process that was killed between the
schema and its first rows (no cooperative, no accounts) is recognised as unfinished.

SQLite's `date()` is used on purpose (this module is about SQLite files): it returns
NULL for text that is no date, and with a modifier it normalises an impossible one
(`date('2026-02-31', '+0 days')` is '2026-03-03'; without one it is passed through
unchanged), so "date(x, '+0 days') IS NOT x" finds both.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Date, DateTime, cast, func, select
from sqlalchemy import Text as SqlText
from sqlalchemy.orm import Session

from coopdesk.store.tables.base import Base
from coopdesk.store.tables.book_info import CooperativeRow
from coopdesk.store.tables.ledger import AccountRow
from coopdesk.store.types import UtcDateTime

NORMALISE = "+0 days"


@dataclass(frozen=True)
class UnreadableValue:
    """A stored value that is no valid date: where it is (table, column, row id), the
    row's member number when the row has one, and the raw text."""

    table: str
    column: str
    row_id: int
    raw: str
    number: int | None = None


def unreadable_dates(session: Session, timestamps: bool = True) -> list[UnreadableValue]:
    """Every date (and, with `timestamps`, timestamp) column's values that are not a valid
    date, in table order. Timestamps are written by CoopDesk itself only; leaving them out
    halves the time on a large book (the app checks on every opening)."""
    found: list[UnreadableValue] = []
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        for column in table.columns:
            if isinstance(column.type, Date) and not isinstance(column.type, DateTime):
                bad = func.date(column, NORMALISE).is_distinct_from(column)
            elif timestamps and isinstance(column.type, DateTime | UtcDateTime):
                bad = func.date(column, NORMALISE).is_distinct_from(func.substr(column, 1, 10))
            else:
                continue
            number = table.columns.get("number")  # a member's number says more than a row id
            rows = session.execute(
                select(keys[0], cast(column, SqlText), number if number is not None else keys[0])
                .where(column.is_not(None), bad).order_by(keys[0])
            )
            for row_id, raw, row_number in rows:
                found.append(UnreadableValue(table.name, column.name, int(row_id), str(raw),
                                             int(row_number) if number is not None else None))
    return found


def missing_essentials(session: Session) -> list[str]:
    """What a finished book always has and this one lacks: 'cooperative' (its details
    row) and 'accounts' (the chart every new book gets)."""
    missing = []
    if not session.scalar(select(func.count()).select_from(CooperativeRow)):
        missing.append("cooperative")
    if not session.scalar(select(func.count()).select_from(AccountRow)):
        missing.append("accounts")
    return missing
