"""Hour entries and the hours sheets that were imported.

* `hours_entry`: one row per member, activity and day (unique), hours as
  integer minutes in whole quarters, 15 to 1440. Indexed on (member, day) for a
  member's days and the daily limit, and on (day, member, minutes) for the weekly
  grid and the monthly overviews (covering: the overview never reads the table).
* `hours_import`: every imported hours sheet by the hash of its content, so
  importing the same sheet again is refused instead of doubling the hours.

A member with hours is never removed (the check registered below).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    exists,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from coopdesk.store.references import register_member_reference
from coopdesk.store.tables.base import Base
from coopdesk.store.types import UtcDateTime


class HoursEntryRow(Base):
    __tablename__ = "hours_entry"
    __table_args__ = (
        UniqueConstraint("member_id", "activity_id", "worked_on"),
        Index("ix_hours_entry_member_id_worked_on", "member_id", "worked_on"),
        # (day) first for the weekly grid; member and minutes ride along so the overview per
        # member per month reads the index alone (migration 0004; measured in
        # benchmarks/bench_overview.py). It replaces the plain (day) index it begins with.
        Index("ix_hours_entry_worked_on_member_id_minutes", "worked_on", "member_id", "minutes"),
        CheckConstraint("minutes > 0 AND minutes <= 1440 AND minutes % 15 = 0", name="quarter_hours"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="RESTRICT"))
    worked_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class HoursImportRow(Base):
    __tablename__ = "hours_import"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(260), default="")
    row_count: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())


@register_member_reference
def member_has_hours(session: Session, member_id: int) -> bool:
    return bool(session.scalar(select(exists().where(HoursEntryRow.member_id == member_id))))
