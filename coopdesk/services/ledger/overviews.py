"""What the treasurer reads: the reports (trial balance, profit and loss, balance sheet),
the cash book, bank book, account ledger and journal page by page, and the years to
choose from; and a book opened read-only for `coopdesk report`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.ledger import Account, AccountType
from coopdesk.domain.money import Money
from coopdesk.domain.reports import AccountBalance, BookLine, JournalLine, Period, Report
from coopdesk.services import reports
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as store
from coopdesk.store.book import Book, normalise_path, open_book_read_only
from coopdesk.store.session import Session


class _SessionSource:
    """The ORM queries of an open unit of work as a `reports.ReportSource` (the app's path;
    `coopdesk report` reads the same rows through `coopdesk.store.reads`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def balances(self, start: date | None, end: date, *, by_cost_centre: bool = False,
                 types: Iterable[AccountType] | None = None, by_activity: bool = False) -> list[AccountBalance]:
        return store.balances(self._session, start, end, by_cost_centre=by_cost_centre, types=types,
                              by_activity=by_activity)

    def period_and_closing_balances(self, start: date, end: date) -> list[tuple[Account, Money, Money]]:
        return store.period_and_closing_balances(self._session, start, end)

    def list_cost_centres(self, include_inactive: bool = False) -> list[CostCentre]:
        return activity_store.list_cost_centres(self._session, include_inactive)

    def list_activities(self, include_inactive: bool = False) -> list[Activity]:
        return activity_store.list_activities(self._session, include_inactive)


def trial_balance(book: Book, period: Period) -> Report:
    """See `coopdesk.services.reports.trial_balance`."""
    with book.transaction() as session:
        return reports.trial_balance(_SessionSource(session), period)


def profit_and_loss(book: Book, period: Period, by_cost_centre: bool = False, by: str = "") -> Report:
    """See `coopdesk.services.reports.profit_and_loss`."""
    with book.transaction() as session:
        return reports.profit_and_loss(_SessionSource(session), period, by_cost_centre, by)


def balance_sheet(book: Book, on: date) -> Report:
    with book.transaction() as session:
        return reports.balance_sheet(_SessionSource(session), on)


def count_book_lines(book: Book, account_id: int, period: Period) -> int:
    with book.transaction() as session:
        return store.count_book_lines(session, account_id, period.start, period.end)


def book_lines(book: Book, account_id: int, period: Period, offset: int = 0, limit: int = 500) -> list[BookLine]:
    """A page of the cash book, bank book or any account's ledger, with running balances."""
    with book.transaction() as session:
        return store.book_lines(session, account_id, period.start, period.end, offset, limit)


def account_balances_around(book: Book, account_id: int, period: Period) -> tuple[Money, Money]:
    """An account's balance before the period starts and at its end (debit +, credit -)."""
    with book.transaction() as session:
        return (store.account_balance(session, account_id, before=period.start),
                store.account_balance(session, account_id, through=period.end))


def count_journal_lines(book: Book, period: Period) -> int:
    with book.transaction() as session:
        return store.count_journal_lines(session, period.start, period.end)


def journal_lines(book: Book, period: Period, offset: int = 0, limit: int = 500) -> list[JournalLine]:
    with book.transaction() as session:
        return store.journal_lines(session, period.start, period.end, offset, limit)


def years_with_postings(book: Book) -> list[int]:
    """The years the period chooser offers: from the first transaction to this year."""
    with book.transaction() as session:
        first_day = store.first_booking_date(session)
    first = first_day.year if first_day else book.clock.today().year
    return list(range(book.clock.today().year, first - 1, -1))


def open_for_reports(path: str | Path) -> Book:
    """Open a book read-only, so a report can run while the app has it open."""
    return open_book_read_only(normalise_path(path))
