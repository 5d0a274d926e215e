"""The year-end statements issued (migration 0010).

`statement_issue`: one row per version of a member's statement of a year that was printed
or saved: the version (1, 2, ...), the fingerprint of what it said
(`domain.statement.statement_fingerprint`; NULL for a statement issued before the book
kept fingerprints, copied from the audit log by the migration), the date it carries and
who issued it when. A duplicate print adds no row. The member is kept by number, as the
statement number shows it, so the row outlives nothing it points at.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.store.tables.base import Base
from coopdesk.store.types import UtcDateTime


class StatementIssueRow(Base):
    __tablename__ = "statement_issue"
    __table_args__ = (UniqueConstraint("year", "member_number", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    member_number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    who: Mapped[str] = mapped_column(String(100))
