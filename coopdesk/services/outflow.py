"""The outflow report (uitstroom) and the earnings per working member per year.

`outflow_report(book, years)` reads everything aggregated in SQL (`coopdesk.store.outflow`)
in one unit of work and builds the domain values (`coopdesk.domain.outflow`). The saved
benefits count everyone who left for a job or education up to the last year asked for,
so a member who left before the first year asked still counts in it (an estimate; see
`ESTIMATE_NOTE`).
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.errors import CoopDeskError, NotFound
from coopdesk.domain.money import Money
from coopdesk.domain.outflow import EarningsYear, OutflowReport, outflow_years
from coopdesk.domain.text import Text
from coopdesk.services.changes import Changes
from coopdesk.store import outflow as store
from coopdesk.store.book import Book

__all__ = ["default_years", "outflow_report", "parse_years", "set_former_monthly_benefit"]

MAX_YEARS = 50

BAD_YEARS = Text("Geen jaren als 2023-2025: {text}", "Not years like 2023-2025: {text}")


def default_years(today: date, count: int = 5) -> range:
    """The last `count` years up to and including this one."""
    return range(today.year - count + 1, today.year + 1)


def parse_years(text: str) -> range:
    """'2025' or '2023-2025' as a range of years; a `CoopDeskError` otherwise."""
    first, _, last = text.strip().partition("-")
    try:
        start, end = int(first), int(last or first)
    except ValueError:
        raise CoopDeskError(BAD_YEARS, None, text=text) from None
    if not 1900 <= start <= end <= 9999 or end - start >= MAX_YEARS:
        raise CoopDeskError(BAD_YEARS, None, text=text)
    return range(start, end + 1)


def outflow_report(book: Book, years: range) -> OutflowReport:
    if not years:
        raise CoopDeskError(BAD_YEARS, None, text="")
    first, last = years[0], years[-1]
    with book.transaction() as session:
        members = store.outflow_members(session, date(last, 12, 31))
        received = store.payout_received(session, first, last)
        deposits = store.pot_deposits(session, first, last)
        shares = store.enterprise_shares(session, first, last)
        working = store.working_members(session, first, last)
    earnings = tuple(EarningsYear(year, received.get(year, Money.zero()), deposits.get(year, Money.zero()),
                                  working.get(year, 0), shares.get(year, Money.zero())) for year in years)
    return OutflowReport(tuple(outflow_years(members, years, book.clock.today())), earnings)


def set_former_monthly_benefit(book: Book, member_number: int, amount: Money | None) -> Changes:
    """Record (or clear, with None) a member's former monthly benefit."""
    if amount is not None and amount.is_negative():
        raise CoopDeskError(Text("Een uitkering kan niet negatief zijn.", "A benefit cannot be negative."),
                            "former_monthly_benefit")
    with book.transaction() as session:
        member_id = store.set_former_monthly_benefit(session, member_number, amount)
        if member_id is None:
            raise NotFound(Text("Lid {number} bestaat niet.", "Member {number} does not exist."), None,
                           number=member_number)
    return Changes(members=frozenset({member_id}))
