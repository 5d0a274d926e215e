"""The dashboard's figures in one call (`dashboard(book)`), the first page of the app.

The first page is what start-up paints, so a book file is read through the stdlib
reader (`coopdesk.store.reads`, no SQLAlchemy imported); inside an open unit of work,
or on a server database, the same queries run through the unit of work. Every figure
is one aggregated query (GROUP BY), never a loop over rows.
"""

from __future__ import annotations

from datetime import date, timedelta

from coopdesk.domain.dashboard import ActivityMonthHours, Dashboard, MonthMoney
from coopdesk.domain.ledger import AccountRole
from coopdesk.domain.money import Money
from coopdesk.domain.payout import RunStatus
from coopdesk.services.changes import Changes
from coopdesk.store.book import Book
from coopdesk.store.reads import BookReader

__all__ = ["dashboard", "concerns_dashboard"]

_BOOKED = (RunStatus.POSTED.value, RunStatus.PAID.value)  # a reversed run paid nothing


def concerns_dashboard(changes: Changes) -> bool:
    """Whether `changes` can change a figure on the dashboard."""
    return bool(changes.members or changes.hours or changes.ledger or changes.activities or changes.accounts
                or changes.payouts or changes.pots)


def dashboard(book: Book, today: date | None = None) -> Dashboard:
    """The book at a glance on `today` (default the book's clock's today)."""
    day = today or book.clock.today()
    if book.path is not None and not book.in_transaction():
        from coopdesk.store.reads import reading

        with reading(book.path) as reader:
            return build_dashboard(reader, day)
    from coopdesk.store.session_reads import session_reader

    with book.transaction() as session:
        return build_dashboard(session_reader(session), day)


def build_dashboard(reader: BookReader, today: date) -> Dashboard:
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    month_start = today.replace(day=1)
    payouts = reader.payouts_per_month(today.year, _BOOKED)
    deposits = reader.pot_deposits_per_month(year_start, year_end)
    cash = bank = Money.zero()
    for balance in reader.balances(None, today):
        if balance.account.role is AccountRole.CASH:
            cash += balance.amount
        elif balance.account.role is AccountRole.BANK:
            bank += balance.amount
    # a month is paid out when its run is paid; looked for from January of last year up to last month
    paid = reader.run_months((RunStatus.PAID.value,))
    unpaid = tuple(month for month in reader.months_with_hours(date(today.year - 1, 1, 1),
                                                               month_start - timedelta(days=1))
                   if month not in paid)
    closed = reader.closed_years()
    open_years = tuple(year for year in reader.years_with_postings(year_start) if year not in closed)
    return Dashboard(
        today=today,
        active_members=reader.active_member_count(today),
        minutes_this_month=reader.minutes_between(month_start, today),
        minutes_this_year=reader.minutes_between(year_start, today),
        payouts_this_year=sum(payouts.values(), Money.zero()),
        pots_total=reader.pots_total(today),
        cash=cash,
        bank=bank,
        unpaid_months=unpaid,
        open_years=open_years,
        hours_per_month=tuple(ActivityMonthHours(*row)
                              for row in reader.minutes_per_month_and_activity(year_start, year_end)),
        money_per_month=tuple(MonthMoney(month, payouts.get(month, Money.zero()), deposits.get(month, Money.zero()))
                              for month in range(1, 13)),
    )
