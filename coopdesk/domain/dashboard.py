"""The dashboard: the book at a glance, on the day it is looked at (issue 12).

One frozen value, built by `coopdesk.services.dashboard.dashboard(book)` in one read;
the dashboard page only shows it. Hours are minutes, money is `Money`, as everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.money import Money
from coopdesk.domain.text import Text


@dataclass(frozen=True)
class ActivityMonthHours:
    """Minutes worked on one activity in one month of the dashboard's year."""

    month: int  # 1-12
    activity: str
    minutes: int


@dataclass(frozen=True)
class MonthMoney:
    """What was paid out and deposited into the savings pots in one month of the year."""

    month: int  # 1-12
    payouts: Money  # allowance + premium + actual costs of the month's runs (not reversed)
    pot_deposits: Money  # movements into the pots booked in the month


@dataclass(frozen=True)
class Dashboard:
    today: date
    active_members: int
    minutes_this_month: int
    minutes_this_year: int
    payouts_this_year: Money
    pots_total: Money
    cash: Money
    bank: Money
    unpaid_months: tuple[tuple[int, int], ...]  # (year, month): hours worked, no paid payout run
    open_years: tuple[int, ...]  # earlier years with postings that are not closed
    hours_per_month: tuple[ActivityMonthHours, ...]  # the year's, by month and activity
    money_per_month: tuple[MonthMoney, ...]  # the year's twelve months

    @property
    def year(self) -> int:
        return self.today.year

    def activities(self) -> list[str]:
        """The activities with hours this year, by name."""
        return sorted({item.activity for item in self.hours_per_month})

    def open_items(self) -> list[Text]:
        """What still needs doing, one line each (empty: nothing)."""
        unpaid = Text("{month} {year} is nog niet uitbetaald.", "{month} {year} has not been paid out yet.")
        not_closed = Text("Het jaar {year} is nog niet afgesloten.", "The year {year} has not been closed yet.")
        found = [Text(unpaid.render("nl", month=MONTH_NAMES[month - 1][0].capitalize(), year=year),
                      unpaid.render("en", month=MONTH_NAMES[month - 1][1], year=year))
                 for year, month in self.unpaid_months]
        found += [Text(not_closed.render("nl", year=year), not_closed.render("en", year=year))
                  for year in self.open_years]
        return found


MONTH_NAMES = (
    ("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"), ("mei", "May"),
    ("juni", "June"), ("juli", "July"), ("augustus", "August"), ("september", "September"),
    ("oktober", "October"), ("november", "November"), ("december", "December"),
)
SHORT_MONTHS = (
    ("jan", "Jan"), ("feb", "Feb"), ("mrt", "Mar"), ("apr", "Apr"), ("mei", "May"), ("jun", "Jun"),
    ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"), ("nov", "Nov"), ("dec", "Dec"),
)

