"""Demo year closes: the demo records a distribution agreement and closes every complete
past year that the close's checks allow, with the counted cash equal to the books, so the
demo has savings pots and the municipality's share as a payable. Each year's share but the
last closed one's is paid on 20 January of the next year (before that year is closed).

A year the checks refuse (a month whose payout the demo left unpaid because the book's
rules do not cover it) stays open, and so does every year before it; a loss year closes
with nothing to distribute. No
backup is made: the demo book is new.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from decimal import Decimal

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.year_close import Agreement, PotsMethod, TrainingMode
from coopdesk.services import municipality_share, year_close
from coopdesk.store.book import Book

DEMO_AGREEMENT = Agreement(training_mode=TrainingMode.PERCENTAGE, training_percentage=Decimal(10),
                           pots_method=PotsMethod.HOURS, pots_percentage=Decimal(50),
                           municipality_percentage=Decimal(25), municipality_threshold=Money(2000),
                           enterprise_percentage=Decimal(50))  # of the garden enterprise (demo_enterprise)
DEMO_TREASURER = "demo"


def close_demo_years(book: Book, first_year: int) -> list[int]:
    """Record the demo agreement (dated the first day of the history) and close the complete
    years from `first_year` on; returns the years closed."""
    year_close.record_agreement(book, replace(DEMO_AGREEMENT, agreed_on=date(first_year, 1, 1)), who=DEMO_TREASURER)
    # The years that can close are the latest ones (the demo leaves months unpaid that the
    # book's rules do not cover, all in the early years): look back from the last complete
    # year until one cannot close, then close forward from there.
    closable: list[int] = []
    for year in range(book.clock.today().year - 1, first_year - 1, -1):
        if year_close.close_checks(book, year, year_close.books_cash(book, year)):
            break
        closable.insert(0, year)
    for year in closable:
        if year > closable[0]:
            _pay_share(book, year - 1)
        year_close.close_year(book, year, year_close.books_cash(book, year), who=DEMO_TREASURER, backup=False)
    return closable


def _pay_share(book: Book, year: int) -> None:
    # nothing outstanding (a loss year), or not enough in the bank that day: left open
    with suppress(CoopDeskError):
        municipality_share.pay_municipality_share(book, year, date(year + 1, 1, 20), who=DEMO_TREASURER)
