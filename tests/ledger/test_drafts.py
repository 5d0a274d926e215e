"""Drafts and corrections through the services: drafts count nowhere until posted,
only drafts can be deleted, and a correction writes its reversal and corrected copy
together or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.ledger import Account, Entry, Posting, TransactionKind, TransactionStatus
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.services import ledger
from coopdesk.services.books import Book

NOVEMBER = Period.month(2026, 11)
YEAR = Period.year(2026)


def lines(accounts: dict[str, Account], debit: str, credit: str) -> tuple[Posting, ...]:
    return (Posting(accounts["1000"].id, Money(debit)), Posting(accounts["1100"].id, -Money(credit)))


def entry(accounts: dict[str, Account], debit: str = "10", credit: str = "10", text: str = "Bank naar kas",
          day: date = date(2026, 11, 3)) -> Entry:
    return Entry(day, text, TransactionKind.JOURNAL, lines(accounts, debit, credit))


def test_a_draft_is_in_no_book_journal_or_report_until_posted(book: Book, accounts: dict[str, Account]) -> None:
    draft = ledger.save_draft(book, entry(accounts))
    assert ledger.count_journal_lines(book, YEAR) == 0
    assert ledger.journal_lines(book, YEAR) == []
    assert ledger.count_book_lines(book, accounts["1100"].id, YEAR) == 0
    assert ledger.account_balances_around(book, accounts["1100"].id, YEAR) == (Money(0), Money(0))
    assert ledger.trial_balance(book, YEAR).rows == ledger.trial_balance(book, Period.year(2025)).rows
    assert not [row for row in ledger.balance_sheet(book, date(2026, 11, 28)).rows
                if any(cell == Money("10") for cell in row.cells)]
    ledger.post_draft(book, draft)
    assert ledger.count_journal_lines(book, YEAR) == 2
    assert ledger.count_book_lines(book, accounts["1100"].id, YEAR) == 1
    assert ledger.list_drafts(book) == []


def test_the_drafts_list_says_how_far_a_draft_is_off(book: Book, accounts: dict[str, Account]) -> None:
    off = ledger.save_draft(book, entry(accounts, "10", "7.50", "Scheef"))
    even = ledger.save_draft(book, entry(accounts, "5", "5", "Recht", date(2026, 11, 1)))
    drafts = ledger.list_drafts(book)
    assert [d.id for d in drafts] == [even, off]  # oldest date first
    assert [(d.amount, d.off, d.balanced) for d in drafts] == [
        (Money("5"), Money(0), True), (Money("10"), Money("2.50"), False)]
    assert ledger.count_drafts(book) == 2


def test_an_unbalanced_draft_cannot_be_posted_and_the_refusal_says_by_how_much(
    book: Book, accounts: dict[str, Account],
) -> None:
    draft = ledger.save_draft(book, entry(accounts, "10", "7.5"))
    with pytest.raises(ValidationError) as refused:
        ledger.post_draft(book, draft)
    assert "€ 2,50" in refused.value.message()
    assert ledger.get_transaction(book, draft).status is TransactionStatus.DRAFT


def test_posting_a_draft_with_new_lines_replaces_and_posts_in_one_go(book: Book, accounts: dict[str, Account]) -> None:
    draft = ledger.save_draft(book, entry(accounts, "10", "7.5"))
    with pytest.raises(ValidationError):
        ledger.post_draft(book, draft, entry(accounts, "10", "9", "Nog steeds scheef"))
    kept = ledger.get_transaction(book, draft)
    assert kept.status is TransactionStatus.DRAFT and kept.description == "Bank naar kas"  # untouched
    ledger.post_draft(book, draft, entry(accounts, "10", "10", "Bank naar kas (juist)"))
    posted = ledger.get_transaction(book, draft)
    assert posted.is_posted and posted.description == "Bank naar kas (juist)"
    assert [line.description for line in ledger.journal_lines(book, NOVEMBER)] == ["Bank naar kas (juist)"] * 2


def test_only_drafts_can_be_deleted(book: Book, accounts: dict[str, Account]) -> None:
    draft = ledger.save_draft(book, entry(accounts, "10", "3"))
    ledger.delete_draft(book, draft)
    assert ledger.list_drafts(book) == []
    posted = ledger.post_journal_entry(book, date(2026, 11, 3), "Bank naar kas", list(lines(accounts, "10", "10")))
    with pytest.raises(CoopDeskError):
        ledger.delete_draft(book, posted)
    assert ledger.get_transaction(book, posted).is_posted


def test_a_correction_with_a_corrected_copy_writes_both_linked(book: Book, accounts: dict[str, Account]) -> None:
    original = ledger.post_journal_entry(book, date(2026, 11, 3), "Bank naar kas", list(lines(accounts, "10", "10")))
    reversal_id, copy_id = ledger.reverse_transaction(book, original, date(2026, 11, 20),
                                                      entry(accounts, "12", "12", "Bank naar kas", date(2026, 11, 20)))
    assert copy_id is not None
    reversal = ledger.get_transaction(book, reversal_id)
    copy = ledger.get_transaction(book, copy_id)
    assert reversal.reverses_id == original and ledger.get_transaction(book, original).reversed_by_id == reversal_id
    assert copy.description == f"Vervangt boeking {original}: Bank naar kas"
    assert copy.corrects_id == original and copy.reverses_id is None
    journal = ledger.journal_lines(book, NOVEMBER)
    assert {line.corrects_id for line in journal if line.transaction_id == copy_id} == {original}
    assert {line.reverses_id for line in journal if line.transaction_id == reversal_id} == {original}
    assert ledger.account_balances_around(book, accounts["1000"].id, NOVEMBER)[1] == Money("12")


def test_an_invalid_corrected_copy_writes_neither_it_nor_the_reversal(book: Book, accounts: dict[str, Account]) -> None:
    original = ledger.post_journal_entry(book, date(2026, 11, 3), "Bank naar kas", list(lines(accounts, "10", "10")))
    before = ledger.count_journal_lines(book, YEAR)
    with pytest.raises(ValidationError) as unbalanced:
        ledger.reverse_transaction(book, original, date(2026, 11, 20), entry(accounts, "12", "10"))
    assert "€ 2,00" in unbalanced.value.message()
    ledger.set_account_active(book, accounts["1100"].id, False)
    with pytest.raises(ValidationError) as inactive:
        ledger.reverse_transaction(book, original, date(2026, 11, 20), entry(accounts, "12", "12"))
    assert "niet meer actief" in inactive.value.message()
    assert ledger.count_journal_lines(book, YEAR) == before
    assert ledger.get_transaction(book, original).reversed_by_id is None
    ledger.reverse_transaction(book, original)  # still reversible: nothing was half written


def test_check_reversible_refuses_drafts_reversals_and_the_already_reversed(
    book: Book, accounts: dict[str, Account],
) -> None:
    draft = ledger.save_draft(book, entry(accounts))
    original = ledger.post_journal_entry(book, date(2026, 11, 3), "Bank naar kas", list(lines(accounts, "10", "10")))
    assert ledger.check_reversible(book, original).id == original
    reversal_id, _ = ledger.reverse_transaction(book, original)
    for refused in (draft, original, reversal_id):
        with pytest.raises(ValidationError):
            ledger.check_reversible(book, refused)


def test_a_money_draft_round_trips_through_its_plain_word_form(book: Book, accounts: dict[str, Account]) -> None:
    form = ledger.MoneyForm(date(2026, 11, 4), accounts["1000"].id, accounts["8000"].id, Money("12.5"), "Verkoop",
                            "bon 7")
    draft = ledger.save_money_draft(book, TransactionKind.RECEIPT, form)
    assert ledger.money_form_of(ledger.get_transaction(book, draft)) == form
    changed = ledger.MoneyForm(date(2026, 11, 4), accounts["1000"].id, accounts["8000"].id, Money("13"), "Verkoop")
    assert ledger.save_money_draft(book, TransactionKind.RECEIPT, changed, draft) == draft
    ledger.post_money_draft(book, TransactionKind.RECEIPT, changed, draft)
    assert ledger.account_balances_around(book, accounts["1000"].id, NOVEMBER)[1] == Money("13")
    with pytest.raises(CoopDeskError):
        ledger.save_money_draft(book, TransactionKind.RECEIPT, changed, draft)  # posted now
    assert ledger.money_form_of(ledger.get_transaction(book, draft)) == changed
    journal = ledger.save_draft(book, entry(accounts))
    assert ledger.money_form_of(ledger.get_transaction(book, journal)) is None
