"""The month a payout is for, and the day its run is paid.

A run is posted after its month ends, so it is paid the month after: December's run is
paid in January and its premium counts for the next year (`payment_year`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import ValidationError, problem

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")

MONTH_NAMES_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december")


@dataclass(frozen=True, order=True)
class PayoutMonth:
    """A calendar month (`2025-03`)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2099:
            raise ValidationError([problem("month", "{text} is geen maand; typ bijvoorbeeld 2025-03.",
                                           "{text} is not a month; type for example 2025-03.",
                                           text=f"{self.year}-{self.month:02d}")])

    @classmethod
    def parse(cls, text: str, field_name: str = "month") -> PayoutMonth:
        """`2025-03` (year-month) as a month; a `ValidationError` naming `field_name` otherwise."""
        match = _MONTH.match(text)
        if match is None or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError([problem(field_name, "{text} is geen maand; typ bijvoorbeeld 2025-03.",
                                           "{text} is not a month; type for example 2025-03.", text=text.strip())])
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> PayoutMonth:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def next(self) -> PayoutMonth:
        return PayoutMonth(self.year + (self.month == 12), self.month % 12 + 1)

    @property
    def dutch_name(self) -> str:
        """`maart 2025`."""
        return f"{MONTH_NAMES_NL[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}"



def payment_year(month: PayoutMonth) -> int:
    """The calendar year a run of `month` is paid in: it is posted after the month ends, so
    December's run is paid (and its premium counts) in January of the next year."""
    return month.next().year


def default_payment_on(month: PayoutMonth) -> date:
    """The earliest day a run of `month` can be paid: the first day of the next month."""
    return month.next().first_day


def remittance_text(month: PayoutMonth) -> str:
    """The remittance information on a member's bank statement: `Vergoeding maart 2025`."""
    return f"Vergoeding {month.dutch_name}"
