"""Where "today" comes from.

Domain code never calls `date.today()` or `datetime.now()`: a `Clock` is passed
in (the book carries one), so tests fix the date and a year-end run can be
replayed. Timestamps (`*_at` fields) are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime:
        """The current moment as an aware UTC datetime."""
        ...


class SystemClock:
    """The real clock: local date for "today", UTC for timestamps."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests and replays; `advance_to` moves it."""

    moment: datetime

    @classmethod
    def on(cls, day: date) -> FixedClock:
        return cls(datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC))

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment

    def advance_to(self, moment: datetime) -> None:
        self.moment = moment
