"""The balance invariant, the builders and Dutch amounts, without a database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.ledger import (
    Account,
    AccountId,
    AccountRole,
    AccountType,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    TransactionStatus,
    journal_entry,
    parse_amount,
    receipt,
    reversal,
)
from coopdesk.domain.money import Money

DAY = date(2026, 3, 2)
CASH = Account(AccountId(1), "1000", "Kas", AccountType.ASSET, role=AccountRole.CASH)
SALES = Account(AccountId(2), "8000", "Omzet restaurant", AccountType.INCOME)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("45", 4500), ("45,50", 4550), ("1.234,56", 123456), ("€ 12,5", 1250), ("0,05", 5),
     ("45.50", 4550), ("1.234,00", 123400), ("1,234.00", 123400), ("-3", -300), (" 7 ", 700)],
)
def test_amounts_are_read_dutch_style(typed: str, cents: int) -> None:
    assert parse_amount(typed).cents == cents


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3", "12,345", "1.234", "1.23.4", "4,5e3", "0,005"])
def test_nonsense_is_not_an_amount(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(typed)


def test_a_receipt_debits_the_cash_box_and_credits_sales() -> None:
    entry = receipt(DAY, CASH, SALES, Money("45.50"), "Dagomzet")
    assert [(p.account_id, p.amount) for p in entry.postings] == [(1, Money("45.50")), (2, Money("-45.50"))]
    assert entry.kind is TransactionKind.RECEIPT


def test_an_unbalanced_journal_entry_says_by_how_much_it_is_off() -> None:
    with pytest.raises(ValidationError) as caught:
        journal_entry(DAY, "Memoriaal", [Posting(CASH.id, Money("10")), Posting(SALES.id, Money("-7.50"))])
    assert "€ 2,50" in caught.value.message("nl")
    assert "off by € 2,50" in caught.value.message("en")


def test_an_entry_needs_two_nonzero_lines() -> None:
    with pytest.raises(ValidationError):
        journal_entry(DAY, "x", [Posting(CASH.id, Money("0"))])
    with pytest.raises(ValidationError):
        journal_entry(DAY, "x", [Posting(CASH.id, Money("0")), Posting(SALES.id, Money("0"))])


def _posted(kind: TransactionKind = TransactionKind.RECEIPT, reversed_by: int | None = None) -> Transaction:
    entry = receipt(DAY, CASH, SALES, Money("10"), "Verkoop")
    return Transaction(TransactionId(7), DAY, "Verkoop", kind, TransactionStatus.POSTED, entry.postings,
                       reversed_by_id=None if reversed_by is None else TransactionId(reversed_by))


def test_reversal_negates_and_links() -> None:
    entry = reversal(_posted(), DAY)
    assert entry.reverses_id == 7
    assert [p.amount for p in entry.postings] == [Money("-10"), Money("10")]


def test_reversing_twice_and_reversing_a_reversal_are_refused() -> None:
    with pytest.raises(ValidationError):
        reversal(_posted(reversed_by=8), DAY)
    with pytest.raises(ValidationError):
        reversal(_posted(TransactionKind.REVERSAL), DAY)


@given(st.lists(st.integers(min_value=-10**8, max_value=10**8).filter(bool), min_size=1, max_size=8))
def test_a_journal_entry_balanced_by_construction_always_validates(cents: list[int]) -> None:
    postings = [Posting(AccountId(i + 1), Money.from_cents(c)) for i, c in enumerate(cents)]
    rest = -sum(cents)
    if rest == 0:
        postings.append(Posting(AccountId(99), Money.from_cents(5)))
        postings.append(Posting(AccountId(98), Money.from_cents(-5)))
    else:
        postings.append(Posting(AccountId(99), Money.from_cents(rest)))
    entry = journal_entry(DAY, "x", postings)
    assert not entry.imbalance
