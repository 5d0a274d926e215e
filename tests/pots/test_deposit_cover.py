"""A manual deposit must be covered by the reserve it comes from (on its date and every
later day), a huge amount is refused in the treasurer's words, a movement dated in a
closed year names the closed year before any balance, and `coopdesk check` reports a
reserve below zero. Every refusal writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import ClosedPeriodError, ValidationError
from coopdesk.domain.ledger import Posting
from coopdesk.domain.money import Money
from coopdesk.domain.pot import PotBelowZeroError, ReserveTooLowError
from coopdesk.services import ledger, pots, year_close
from coopdesk.services.books import Book
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store.chart import BANK, GENERAL_RESERVE, POTS, RESULT_DISTRIBUTION, TRAINING_RESERVE
from pots.bookhelp import RESERVE, Members, account, balance, fund_reserve

DAY = date(2026, 5, 1)


def _state(book: Book) -> tuple[Money, Money, Money, int, int]:
    """What a refusal must leave alone: reserve, pots account, bank, transactions, audit lines."""
    with book.transaction() as session:
        count = ledger_store.count_transactions(session)
        lines = len(audit.recent(session, action_prefix="pots."))
    return balance(book, GENERAL_RESERVE), balance(book, POTS), balance(book, BANK), count, lines


def _course(book: Book) -> int:
    return next(p.id for p in pots.list_purposes(book) if p.name == "Cursus of opleiding")


def test_a_deposit_the_reserve_cannot_cover_is_refused_naming_its_balance(
        book: Book, members: Members, reserve: Money) -> None:
    before = _state(book)
    with pytest.raises(ReserveTooLowError) as refused:
        pots.deposit(book, members.ans.id, Money(500_000), "ALV besluit", DAY)
    assert refused.value.message("nl") == ("De algemene reserve staat op 01-05-2026 op € 10.000,00; een storting "
                                           "van € 500.000,00 brengt hem onder nul.")
    assert refused.value.message("en") == ("Account 0100 Algemene reserve stands at € 10.000,00 on 01-05-2026; a "
                                           "deposit of € 500.000,00 takes it below zero.")
    assert refused.value.field == "amount"
    assert _state(book) == before and pots.list_pots(book).rows == ()
    # one cent over is refused; exactly the reserve is covered and leaves it at zero
    with pytest.raises(ReserveTooLowError, match="10.000,00"):
        pots.deposit(book, members.ans.id, reserve + Money("0.01"), "ALV besluit", DAY)
    pots.deposit(book, members.ans.id, reserve, "ALV besluit", DAY)
    assert balance(book, GENERAL_RESERVE) == Money(0) and pots.pot_problems(book) == []
    with pytest.raises(ReserveTooLowError, match="stands at € 0,00"):
        pots.deposit(book, members.bo.id, Money("0.01"), "Nog een cent", DAY)


def test_a_deposit_must_leave_the_reserve_covered_on_every_later_day(book: Book, members: Members,
                                                                     reserve: Money) -> None:
    pots.deposit(book, members.ans.id, Money(6000), "ALV mei", DAY)
    before = _state(book)
    # on 1 April the reserve still has € 10.000, but on 1 May (after the May deposit) it would be € -2.000
    with pytest.raises(ReserveTooLowError) as refused:
        pots.deposit(book, members.bo.id, Money(6000), "ALV april", date(2026, 4, 1))
    assert refused.value.message("nl") == ("De algemene reserve staat op 01-05-2026 op € 4.000,00; een storting "
                                           "van € 6.000,00 op 01-04-2026 brengt hem dan onder nul.")
    assert _state(book) == before
    pots.deposit(book, members.bo.id, Money(4000), "ALV april", date(2026, 4, 1))
    assert balance(book, GENERAL_RESERVE) == Money(0)


def test_a_deposit_dated_before_the_reserve_was_funded_is_refused(book: Book, members: Members) -> None:
    fund_reserve(book, Money(100), date(2026, 3, 1))
    with pytest.raises(ReserveTooLowError, match="stands at € 0,00 on 28-02-2026"):
        pots.deposit(book, members.ans.id, Money(50), "Te vroeg", date(2026, 2, 28))
    pots.deposit(book, members.ans.id, Money(50), "Op tijd", date(2026, 3, 1))


def test_the_training_reserve_must_cover_too_and_other_accounts_have_no_limit(book: Book, members: Members) -> None:
    with pytest.raises(ReserveTooLowError, match="0110"):
        pots.deposit(book, members.ans.id, Money(10), "Cursusbudget", DAY, from_account=TRAINING_RESERVE)
    # a deposit booked against the result distribution (not a reserve) is not limited
    pots.deposit(book, members.ans.id, Money(10), "Uit het resultaat", DAY, from_account=RESULT_DISTRIBUTION)
    assert -balance(book, POTS) == Money(10)


@pytest.mark.parametrize("typed", [Money("10000000.01"), Money(500_000_000)])
def test_a_huge_amount_is_refused_in_the_treasurers_words(book: Book, members: Members, reserve: Money,
                                                          typed: Money) -> None:
    before = _state(book)
    with pytest.raises(ValidationError) as refused:
        pots.deposit(book, members.ans.id, typed, "ALV besluit", DAY)
    message = refused.value.message("nl")
    assert message.startswith("Bedrag: € ") and "is meer dan € 10.000.000,00" in message
    assert "regel" not in message.lower()
    with pytest.raises(ValidationError) as refused:
        pots.withdraw(book, members.ans.id, typed, _course(book), "B-1", booked_on=DAY)
    assert "is meer dan € 10.000.000,00" in refused.value.message("nl")
    assert "is more than € 10.000.000,00" in refused.value.message("en")
    assert _state(book) == before


def _close_2025(book: Book) -> None:
    assert year_close.close_checks(book, 2025, Money(0)) == []
    year_close.close_year(book, 2025, Money(0), backup=False)


def test_a_withdrawal_dated_in_a_closed_year_names_the_closed_year_not_the_pot(
        book: Book, members: Members, reserve: Money) -> None:
    _close_2025(book)
    before = _state(book)
    with pytest.raises(ClosedPeriodError) as refused:  # the pot is empty on that day: the year comes first
        pots.withdraw(book, members.bo.id, Money(200), _course(book), "B-1", booked_on=date(2025, 6, 15))
    assert refused.value.message("nl").startswith("Het jaar 2025 is afgesloten; heropen het jaar")
    with pytest.raises(ClosedPeriodError):  # and a deposit in it, even one the reserve cannot cover
        pots.deposit(book, members.bo.id, Money(500_000), "ALV", date(2025, 6, 15))
    # a future date is named before the pot's balance too
    with pytest.raises(ValidationError, match="in the future"):
        pots.withdraw(book, members.bo.id, Money(200), _course(book), "B-1", booked_on=date(2026, 12, 1))
    with pytest.raises(ValidationError, match="in the future"):
        pots.deposit(book, members.bo.id, Money(500_000), "ALV", date(2026, 12, 1))
    assert _state(book) == before
    # in an open year the pot's own refusal still names its balance
    with pytest.raises(PotBelowZeroError, match="€ 0,00"):
        pots.withdraw(book, members.bo.id, Money(200), _course(book), "B-1", booked_on=DAY)


def test_check_reports_a_reserve_that_stood_or_stands_below_zero(book: Book, members: Members) -> None:
    assert pots.pot_problems(book) == []
    # a book written before the rule: a deposit posted straight from an empty reserve
    ledger.post_journal_entry(book, DAY, "Storting zonder dekking", [
        Posting(account(book, GENERAL_RESERVE), Money(465_302)), Posting(account(book, "1100"), Money(-465_302))])
    found = [text.render("nl") for text in pots.pot_problems(book)]
    assert found == ["0100 Algemene reserve staat onder nul vanaf 01-05-2026 (laagste saldo € -465.302,00 op "
                     "01-05-2026)."]
    fund_reserve(book, Money(500_000), date(2026, 6, 1))  # covered again later: the run of days stays reported
    found = [text.render("nl") for text in pots.pot_problems(book)]
    assert found == ["0100 Algemene reserve stond onder nul van 01-05-2026 tot en met 31-05-2026 (laagste saldo "
                     "€ -465.302,00 op 01-05-2026)."]
    assert RESERVE  # the fixture's amount is not used here: the reserve starts at zero
