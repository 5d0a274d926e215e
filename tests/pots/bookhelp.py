"""Helpers for the pots and year-close tests: a book with members and money in the bank."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from coopdesk.domain.ledger import Posting
from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.members import register_member
from coopdesk.store import ledger as ledger_store


def account(book: Book, code: str) -> int:
    with book.transaction() as session:
        found = ledger_store.account_by_code(session, code)
        assert found is not None
        return int(found.id)


def balance(book: Book, code: str) -> Money:
    with book.transaction() as session:
        return ledger_store.account_balance(session, account(book, code))


def receive(book: Book, day: date, amount: Money, category: str = "8000", money: str = "1100",
            activity_id: int | None = None) -> int:
    return int(ledger.post_receipt(book, ledger.MoneyForm(day, account(book, money), account(book, category), amount,
                                                          "Omzet", activity_id=activity_id)))


@dataclass
class Members:
    ans: Member
    bo: Member


@pytest.fixture
def members(book: Book) -> Members:
    made = Members(*(register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1),
                                                     birth_on=date(1980, 1, 1), iban="",
                                                     regime=PaymentRegime.NONE))
                     for name in ("Ans de Wit", "Bo Smit")))
    receive(book, date(2025, 1, 10), Money(5000))
    return made


RESERVE = Money(10000)


def fund_reserve(book: Book, amount: Money = RESERVE, day: date = date(2025, 1, 1)) -> None:
    """Give the general reserve `amount` on `day` (from the opening account, as an opening
    balance would): a manual pot deposit is paid from the reserve and must be covered."""
    ledger.post_journal_entry(book, day, "Algemene reserve uit eerdere jaren",
                              [Posting(account(book, "0190"), amount), Posting(account(book, "0100"), -amount)])


@pytest.fixture
def reserve(book: Book) -> Money:
    """The general reserve funded with `RESERVE` on 01-01-2025 (the book then starts that day)."""
    fund_reserve(book)
    return RESERVE
