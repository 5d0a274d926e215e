"""The municipality's share as a payable until paid: the overview per year and paying it."""

from __future__ import annotations

from datetime import date

import pytest
from pots.bookhelp import Members, balance

from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.services import municipality_share, year_close
from coopdesk.services.books import Book
from coopdesk.store import audit
from coopdesk.store.chart import MUNICIPALITY_PAYABLE
from year_close.test_close_services import ZERO, _restaurant_year


def test_the_share_is_outstanding_until_paid_from_the_bank(book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    assert municipality_share.municipality_shares(book) == []
    year_close.close_year(book, 2025, ZERO)
    [share] = municipality_share.municipality_shares(book)
    assert (share.year, share.due, share.paid, share.paid_on, share.outstanding) == (
        2025, Money(1000), ZERO, None, Money(1000))
    bank_before = balance(book, "1100")
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        municipality_share.pay_municipality_share(book, 2025, date(2025, 12, 31))
    assert municipality_share.municipality_shares(book)[0].paid == ZERO
    municipality_share.pay_municipality_share(book, 2025, date(2026, 1, 20), who="penningmeester")
    [share] = municipality_share.municipality_shares(book)
    assert (share.paid, share.paid_on, share.outstanding) == (Money(1000), date(2026, 1, 20), ZERO)
    assert balance(book, MUNICIPALITY_PAYABLE) == ZERO
    assert balance(book, "1100") == bank_before - Money(1000)
    with book.transaction() as session:
        line = audit.recent(session, action_prefix="year.")[0]
    assert line.action == "year.municipality_paid" and line.who == "penningmeester"
    with pytest.raises(CoopDeskError, match="Nothing is outstanding"):
        municipality_share.pay_municipality_share(book, 2025, date(2026, 1, 21))


def test_paying_refuses_a_year_without_share_and_a_non_money_account(book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    with pytest.raises(CoopDeskError, match="Nothing is outstanding"):
        municipality_share.pay_municipality_share(book, 2025, date(2026, 1, 20))
    year_close.close_year(book, 2025, ZERO)
    with pytest.raises(CoopDeskError, match="not an active bank or cash account"):
        municipality_share.pay_municipality_share(book, 2025, date(2026, 1, 20), "8000")
    assert municipality_share.municipality_shares(book)[0].outstanding == Money(1000)


def test_reopening_the_year_takes_the_share_off_the_overview(book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    year_close.close_year(book, 2025, ZERO)
    year_close.reopen_year(book, 2025, "verkeerd geteld")
    assert municipality_share.municipality_shares(book) == []


def test_a_reversed_payment_leaves_the_share_outstanding_again(book: Book, members: Members) -> None:
    from coopdesk.services import ledger

    _restaurant_year(book, members)
    year_close.close_year(book, 2025, ZERO)
    paid, _ = municipality_share.pay_municipality_share(book, 2025, date(2026, 1, 20))
    ledger.reverse_transaction(book, paid, date(2026, 2, 1))
    [share] = municipality_share.municipality_shares(book)
    assert (share.paid, share.paid_on, share.outstanding) == (ZERO, None, Money(1000))
    municipality_share.pay_municipality_share(book, 2025, date(2026, 2, 2))
    assert municipality_share.municipality_shares(book)[0].outstanding == ZERO
