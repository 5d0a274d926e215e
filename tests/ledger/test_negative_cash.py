"""A cash box never goes below zero without the treasurer's explicit word: the domain's
end-of-day arithmetic (a hypothesis property against a day-by-day reference), the
services' refusal and override, and `coopdesk check` listing the days it was below zero."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.cli import main
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import (
    Account,
    NegativeCashError,
    NegativeSpan,
    Posting,
    first_negative_day,
    negative_spans,
)
from coopdesk.domain.money import Money
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.store import ledger as ledger_store

START = date(2026, 1, 1)

_movements = st.lists(st.tuples(st.integers(0, 40).map(lambda n: START + timedelta(days=n)),
                                st.integers(-50_000, 50_000).map(Money.from_cents)), max_size=30)


def _balance_each_day(movements: list[tuple[date, Money]], last: date) -> dict[date, Money]:
    """The reference: walk every calendar day and add what happened on it."""
    balances, running = {}, Money.zero()
    day = START
    while day <= last:
        running += sum((amount for on, amount in movements if on == day), Money.zero())
        balances[day] = running
        day += timedelta(days=1)
    return balances


@given(existing=_movements, new=_movements.filter(bool), offset=st.integers(0, 40))
def test_the_first_negative_day_is_the_first_day_from_the_date_on_that_ends_below_zero(
    existing: list[tuple[date, Money]], new: list[tuple[date, Money]], offset: int,
) -> None:
    since = START + timedelta(days=offset)
    days = _balance_each_day(existing + new, START + timedelta(days=41))
    expected = next(((day, balance) for day, balance in days.items() if day >= since and balance.is_negative()),
                    None)
    assert first_negative_day(existing, new, since) == expected


@given(movements=_movements)
def test_negative_spans_cover_exactly_the_days_below_zero(movements: list[tuple[date, Money]]) -> None:
    last = START + timedelta(days=41)
    days = _balance_each_day(movements, last)
    spans = negative_spans(movements)
    covered: dict[date, NegativeSpan] = {}
    for span in spans:
        day = span.first_day
        while day <= (span.last_day or last):
            covered[day] = span
            day += timedelta(days=1)
    assert set(covered) == {day for day, balance in days.items() if balance.is_negative()}
    for span in spans:
        inside = [days[d] for d, s in covered.items() if s is span]
        assert span.lowest == min(inside) and days[span.lowest_on] == span.lowest


# -- the services ----------------------------------------------------------------------------------


def money(accounts: dict[str, Account], day: date, account: str, category: str, amount: str,
          text: str = "Boeking") -> ledger.MoneyForm:
    return ledger.MoneyForm(day, accounts[account].id, accounts[category].id, Money(amount), text)


@pytest.fixture
def cash_864(book: Book, accounts: dict[str, Account]) -> Book:
    """Kas holds € 864,00 from 2 March on (the issue's book)."""
    ledger.post_receipt(book, money(accounts, date(2026, 3, 2), "1000", "8000", "864", "Dagomzet"))
    return book


def _postings(book: Book) -> int:
    with book.transaction() as session:
        return ledger_store.count_transactions(session)


def test_an_expense_that_empties_the_cash_box_below_zero_is_refused_with_the_day_and_balance(
    cash_864: Book, accounts: dict[str, Account],
) -> None:
    with pytest.raises(NegativeCashError) as refused:
        ledger.post_expense(cash_864, money(accounts, date(2026, 3, 5), "1000", "4000", "5000", "Inkoop"))
    assert isinstance(refused.value, CoopDeskError)
    assert (refused.value.day, refused.value.balance) == (date(2026, 3, 5), Money("-4136"))
    assert "05-03-2026" in refused.value.message() and "€ -4.136,00" in refused.value.message()
    assert _postings(cash_864) == 1  # nothing written
    ledger.post_expense(cash_864, money(accounts, date(2026, 3, 5), "1000", "4000", "5000", "Inkoop"),
                        allow_negative_cash=True)
    assert _postings(cash_864) == 2
    assert ledger.account_balances_around(cash_864, accounts["1000"].id, ledger.Period.year(2026))[1] == Money("-4136")


def test_an_expense_dated_before_the_receipt_that_covers_it_is_refused_for_its_own_day(
    cash_864: Book, accounts: dict[str, Account],
) -> None:
    with pytest.raises(NegativeCashError) as refused:
        ledger.post_expense(cash_864, money(accounts, date(2026, 3, 1), "1000", "4000", "100"))
    assert (refused.value.day, refused.value.balance) == (date(2026, 3, 1), Money("-100"))


def test_an_earlier_expense_that_leaves_a_later_day_below_zero_names_that_later_day(
    cash_864: Book, accounts: dict[str, Account],
) -> None:
    ledger.post_expense(cash_864, money(accounts, date(2026, 3, 20), "1000", "4100", "800", "Huur"))
    with pytest.raises(NegativeCashError) as refused:
        ledger.post_expense(cash_864, money(accounts, date(2026, 3, 10), "1000", "4000", "100"))
    assert (refused.value.day, refused.value.balance) == (date(2026, 3, 20), Money("-36"))


def test_a_receipt_later_the_same_day_covers_an_expense_and_the_bank_may_go_below_zero(
    book: Book, accounts: dict[str, Account],
) -> None:
    ledger.post_expense(book, money(accounts, date(2026, 3, 2), "1100", "4100", "850", "Huur"))  # bank: no rule
    ledger.post_journal_entry(book, date(2026, 3, 3), "Lunch en inkoop", [
        Posting(accounts["1000"].id, Money("40")), Posting(accounts["8000"].id, Money("-40")),
        Posting(accounts["4000"].id, Money("25")), Posting(accounts["1000"].id, Money("-25"))])
    assert ledger.negative_cash(book) == []


def test_money_coming_into_a_cash_box_that_is_already_short_is_never_refused(
    book: Book, accounts: dict[str, Account],
) -> None:
    ledger.post_expense(book, money(accounts, date(2026, 3, 2), "1000", "4000", "50"), allow_negative_cash=True)
    ledger.post_receipt(book, money(accounts, date(2026, 3, 3), "1000", "8000", "20"))
    assert [(s.first_day, s.last_day, s.lowest) for _, s in ledger.negative_cash(book)] == [
        (date(2026, 3, 2), None, Money("-50"))]


def test_posting_a_draft_and_a_memoriaal_are_checked_as_well(cash_864: Book, accounts: dict[str, Account]) -> None:
    lines = [Posting(accounts["1100"].id, Money("900")), Posting(accounts["1000"].id, Money("-900"))]
    with pytest.raises(NegativeCashError):
        ledger.post_journal_entry(cash_864, date(2026, 3, 4), "Kas naar bank", lines)
    draft = ledger.save_draft(cash_864, ledger.journal_entry(date(2026, 3, 4), "Kas naar bank", lines))
    with pytest.raises(NegativeCashError):
        ledger.post_draft(cash_864, draft)
    assert not ledger.get_transaction(cash_864, draft).is_posted
    ledger.post_draft(cash_864, draft, allow_negative_cash=True)
    assert ledger.get_transaction(cash_864, draft).is_posted


def test_reversing_the_receipt_the_cash_box_spent_is_refused_but_a_smaller_corrected_copy_is_not(
    cash_864: Book, accounts: dict[str, Account],
) -> None:
    sale = ledger.journal_lines(cash_864, ledger.Period.year(2026))[0].transaction_id
    ledger.post_expense(cash_864, money(accounts, date(2026, 3, 5), "1000", "4000", "800"))
    with pytest.raises(NegativeCashError) as refused:
        ledger.reverse_transaction(cash_864, sale, date(2026, 3, 6))
    assert refused.value.balance == Money("-800")
    assert _postings(cash_864) == 2
    corrected = ledger.journal_entry(date(2026, 3, 6), "Dagomzet (juist)", [
        Posting(accounts["1000"].id, Money("846")), Posting(accounts["8000"].id, Money("-846"))])
    ledger.reverse_transaction(cash_864, sale, date(2026, 3, 6), corrected)
    assert ledger.negative_cash(cash_864) == []


def test_check_lists_every_stretch_of_days_the_cash_box_was_below_zero(
    cash_864: Book, accounts: dict[str, Account], book_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    ledger.post_expense(cash_864, money(accounts, date(2026, 3, 5), "1000", "4000", "5000", "Inkoop"),
                        allow_negative_cash=True)
    ledger.post_receipt(cash_864, money(accounts, date(2026, 3, 9), "1000", "8400", "4500", "Subsidie"))
    ledger.post_expense(cash_864, money(accounts, date(2026, 4, 1), "1000", "4100", "400", "Huur"),
                        allow_negative_cash=True)
    cash_864.close()
    assert main(["check", str(book_path)]) == 1
    err = capsys.readouterr().err
    assert "1000 Kas stond onder nul van 05-03-2026 tot en met 08-03-2026 (laagste saldo € -4.136,00" in err
    assert "1000 Kas staat onder nul vanaf 01-04-2026 (laagste saldo € -36,00 op 01-04-2026)" in err
    assert "In orde" not in capsys.readouterr().out


def test_the_days_before_a_posting_arrive_as_one_carried_balance(cash_864: Book, accounts: dict[str, Account]) -> None:
    for day, amount in ((3, "100"), (5, "200"), (9, "50")):
        ledger.post_expense(cash_864, money(accounts, date(2026, 3, day), "1000", "4000", amount))
    cash = accounts["1000"].id
    with cash_864.transaction() as session:
        everything = ledger_store.daily_movements(session, [cash])[cash]
        from_the_6th = ledger_store.daily_movements(session, [cash], since=date(2026, 3, 6))[cash]
    assert everything == [(date(2026, 3, 2), Money("864")), (date(2026, 3, 3), Money("-100")),
                          (date(2026, 3, 5), Money("-200")), (date(2026, 3, 9), Money("-50"))]
    assert from_the_6th == [(date(2026, 3, 5), Money("564")), (date(2026, 3, 9), Money("-50"))]
