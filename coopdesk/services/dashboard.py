"""The dashboard's figures in one call (`dashboard(book)`), the first page of the app.

The first page is what start-up paints, so a book file is read through the stdlib
reader (`coopdesk.store.reads`, no SQLAlchemy imported); inside an open unit of work,
or on a server database, the same queries run through the unit of work. Every figure
is one aggregated query (GROUP BY), never a loop over rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from coopdesk.domain.dashboard import ActivityMonthHours, Dashboard, MonthMoney
from coopdesk.domain.ledger import AccountRole
from coopdesk.domain.money import Money
from coopdesk.services.changes import Changes
from coopdesk.store.book import Book
from coopdesk.store.reads import BookReader

__all__ = ["dashboard", "with_activity_hours", "concerns_dashboard"]

# `coopdesk.domain.payout.RunStatus` values (a test holds them to it): that module costs 30 ms
# to import, too much for the first page. A reversed run paid nothing.
PAID = "betaald"
T = TypeVar("T")
BOOKED = ("geboekt", PAID)


def concerns_dashboard(changes: Changes) -> bool:
    """Whether `changes` can change a figure on the dashboard."""
    return bool(changes.members or changes.hours or changes.ledger or changes.activities or changes.accounts
                or changes.payouts or changes.pots)


def dashboard(book: Book, today: date | None = None, *, per_activity: bool = True) -> Dashboard:
    """The book at a glance on `today` (default the book's clock's today).

    `per_activity=False` leaves `hours_per_month` (the chart's hours per month per
    activity) empty and reads the hour figures from the date index alone: what the
    page's first paint needs, without the rows' scan that only the chart needs;
    `with_activity_hours` adds them after."""
    day = today or book.clock.today()
    return _read(book, lambda reader: build_dashboard(reader, day, per_activity=per_activity))


def with_activity_hours(book: Book, first: Dashboard) -> Dashboard:
    """`first`, read with `per_activity=False`, with the hours per month per activity of its
    year added (read alone: the rest of `first` is not read again)."""
    if first.hours_per_month:
        return first
    year_start, year_end = date(first.year, 1, 1), date(first.year, 12, 31)
    hours = _read(book, lambda reader: _activity_hours(reader, year_start, year_end))
    return replace(first, hours_per_month=hours)


def _read(book: Book, read: Callable[[BookReader], T]) -> T:
    if book.path is not None and not book.in_transaction():
        from coopdesk.store.reads import reading

        with reading(book.path) as reader:
            return read(reader)
    from coopdesk.store.session_reads import session_reader

    with book.transaction() as session:
        return read(session_reader(session))


def _activity_hours(reader: BookReader, start: date, end: date) -> tuple[ActivityMonthHours, ...]:
    """The hours per month per activity from `start` to `end`, by month, then activity name."""
    names: dict[int, str] = {int(a.id): a.name for a in reader.list_activities(include_inactive=True)}
    by_activity: dict[tuple[int, str], int] = {}
    for month, activity_id, minutes in reader.minutes_per_month_and_activity(start, end):
        key = (month, names.get(activity_id, str(activity_id)))
        by_activity[key] = by_activity.get(key, 0) + minutes
    return tuple(ActivityMonthHours(month, name, minutes) for (month, name), minutes in sorted(by_activity.items()))


def build_dashboard(reader: BookReader, today: date, *, per_activity: bool = True) -> Dashboard:
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    this_month = (today.year, today.month)
    # the year's hours per month and activity (the chart) give its figures too; without the
    # chart, the minutes per month come from the date index; of last year only which months
    # have hours is looked up (for the months not yet paid out)
    worked = {(today.year - 1, month) for month in reader.months_with_hours(today.year - 1)}
    activity_hours = _activity_hours(reader, year_start, year_end) if per_activity else ()
    per_month: dict[int, int] = {}
    if per_activity:
        for item in activity_hours:
            per_month[item.month] = per_month.get(item.month, 0) + item.minutes
    else:
        per_month = reader.minutes_per_month(year_start, year_end)
    worked |= {(today.year, month) for month in per_month}
    minutes_year = sum(per_month.values())
    minutes_month = per_month.get(today.month, 0)
    paid = reader.run_months((PAID,))
    unpaid = tuple(sorted(m for m in worked if m < this_month and m not in paid))
    payouts = reader.payouts_per_month(today.year, BOOKED)
    deposits = reader.pot_deposits_per_month(year_start, year_end)
    accounts = [a for a in reader.list_accounts() if a.role in (AccountRole.CASH, AccountRole.BANK)]
    balances = reader.balances_of([a.id for a in accounts], today)
    cash = sum((balances.get(a.id, Money.zero()) for a in accounts if a.role is AccountRole.CASH), Money.zero())
    bank = sum((balances.get(a.id, Money.zero()) for a in accounts if a.role is AccountRole.BANK), Money.zero())
    first = reader.first_booked_day()
    closed = reader.closed_years()
    open_years = tuple(year for year in range(first.year, today.year) if year not in closed) if first else ()
    return Dashboard(
        today=today,
        active_members=reader.active_member_count(today),
        minutes_this_month=minutes_month,
        minutes_this_year=minutes_year,
        payouts_this_year=sum(payouts.values(), Money.zero()),
        pots_total=reader.pots_total(today),
        cash=cash,
        bank=bank,
        unpaid_months=unpaid,
        open_years=open_years,
        hours_per_month=activity_hours,
        money_per_month=tuple(MonthMoney(month, payouts.get(month, Money.zero()), deposits.get(month, Money.zero()))
                              for month in range(1, 13)),
    )
