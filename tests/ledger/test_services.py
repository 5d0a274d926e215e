"""Services over a real book: hypothesis over sequences of bookings, and the reports of
a realistic month of a neighbourhood restaurant checked against hand-computed figures."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.ledger import Account, NegativeCashError, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.store import ledger as ledger_store

MARCH = Period.month(2026, 3)


def form(accounts: dict[str, Account], day: int, money: str, category: str, amount: str, text: str) -> ledger.MoneyForm:
    return ledger.MoneyForm(date(2026, 3, day), accounts[money].id, accounts[category].id, Money(amount), text)


@pytest.fixture
def restaurant_month(book: Book, accounts: dict[str, Account]) -> Book:
    a = accounts
    ledger.post_opening_balances(book, date(2026, 3, 1), {a["1000"].id: Money("200"), a["1100"].id: Money("5000"),
                                                          a["0100"].id: Money("4000")})
    ledger.post_expense(book, form(a, 1, "1100", "4100", "850.00", "Huur maart"))
    ledger.post_receipt(book, form(a, 3, "1000", "8000", "412.50", "Dagomzet"))
    ledger.post_receipt(book, form(a, 4, "1000", "8000", "386.75", "Dagomzet"))
    ledger.post_expense(book, form(a, 5, "1100", "4000", "245.80", "Groothandel"))
    ledger.post_journal_entry(book, date(2026, 3, 10), "Kas naar bank",
                              [Posting(a["1100"].id, Money("600")), Posting(a["1000"].id, Money("-600"))])
    ledger.post_expense(book, form(a, 12, "1000", "4000", "18.40", "Markt"))
    ledger.post_receipt(book, form(a, 15, "1100", "8400", "2500.00", "Subsidie gemeente"))
    ledger.post_expense(book, form(a, 28, "1100", "4500", "14.35", "Bankkosten"))
    return book


def cells(report: object, code: str) -> tuple[object, ...]:
    return report.line(code).cells[2:]  # type: ignore[attr-defined]


def test_profit_and_loss_of_a_restaurant_month(restaurant_month: Book) -> None:
    report = ledger.profit_and_loss(restaurant_month, MARCH)
    assert cells(report, "8000") == (Money("799.25"),)
    assert cells(report, "8400") == (Money("2500.00"),)
    assert cells(report, "4000") == (Money("264.20"),)
    assert cells(report, "4100") == (Money("850.00"),)
    assert cells(report, "4500") == (Money("14.35"),)
    assert report.totals[-1] == Money("2170.70")


def test_profit_and_loss_per_cost_centre_adds_up(restaurant_month: Book) -> None:
    report = ledger.profit_and_loss(restaurant_month, MARCH, by_cost_centre=True)
    assert report.totals[-1] == Money("2170.70")
    assert sum(c for c in report.totals[2:-1] if isinstance(c, Money)) == Money("2170.70")


def test_trial_balance_of_a_restaurant_month(restaurant_month: Book) -> None:
    report = ledger.trial_balance(restaurant_month, MARCH)
    assert cells(report, "1000") == (Money("380.85"), None)
    assert cells(report, "1100") == (Money("6989.85"), None)
    assert cells(report, "0100") == (None, Money("4000.00"))
    assert cells(report, "0190") == (None, Money("1200.00"))
    assert cells(report, "8000") == (None, Money("799.25"))
    assert report.totals[2:] == (Money("8499.25"), Money("8499.25"))


def test_balance_sheet_at_the_end_of_the_month(restaurant_month: Book) -> None:
    report = ledger.balance_sheet(restaurant_month, date(2026, 3, 31))
    assert report.rows[-1].cells[2] == Money("7370.70")
    assert report.totals[2] == Money("0.00")


def test_cash_book_has_running_balances(restaurant_month: Book, accounts: dict[str, Account]) -> None:
    lines = ledger.book_lines(restaurant_month, accounts["1000"].id, MARCH)
    assert [line.balance for line in lines] == [Money(x) for x in ("200", "612.50", "999.25", "399.25", "380.85")]
    assert lines[1].counter_account == "8000 Omzet"
    assert ledger.count_book_lines(restaurant_month, accounts["1000"].id, MARCH) == 5
    page = ledger.book_lines(restaurant_month, accounts["1000"].id, MARCH, offset=3, limit=2)
    assert [line.balance for line in page] == [Money("399.25"), Money("380.85")]


def test_opening_balances_are_posted_once(restaurant_month: Book, accounts: dict[str, Account]) -> None:
    with pytest.raises(CoopDeskError):
        ledger.post_opening_balances(restaurant_month, date(2026, 3, 1), {accounts["1000"].id: Money("1")})


def test_a_future_date_is_refused(book: Book, accounts: dict[str, Account]) -> None:
    with pytest.raises(ValidationError):
        ledger.post_receipt(book, ledger.MoneyForm(date(2026, 12, 1), accounts["1000"].id, accounts["8000"].id,
                                                   Money("1"), "Te vroeg"))


def test_reverse_with_a_corrected_copy(restaurant_month: Book, accounts: dict[str, Account]) -> None:
    first = ledger.journal_lines(restaurant_month, MARCH, 0, 100)
    rent = next(line.transaction_id for line in first if line.description == "Huur maart")
    corrected = ledger.get_transaction(restaurant_month, rent).as_entry()
    corrected = type(corrected)(date(2026, 3, 31), "Huur maart (juist)", corrected.kind,
                                (Posting(accounts["4100"].id, Money("875")), Posting(accounts["1100"].id, Money("-875"))))
    reversal_id, copy_id = ledger.reverse_transaction(restaurant_month, rent, date(2026, 3, 31), corrected)
    assert copy_id is not None
    assert ledger.get_transaction(restaurant_month, rent).reversed_by_id == reversal_id
    assert cells(ledger.profit_and_loss(restaurant_month, MARCH), "4100") == (Money("875.00"),)
    with pytest.raises(ValidationError):
        ledger.reverse_transaction(restaurant_month, rent)
    with pytest.raises(ValidationError):
        ledger.reverse_transaction(restaurant_month, reversal_id)


_codes = st.sampled_from(["4000", "4100", "4500", "8000", "8400", "1300", "1600"])
_amounts = st.integers(min_value=1, max_value=500_000).map(Money.from_cents)
_operations = st.lists(
    st.one_of(
        st.tuples(st.just("receipt"), st.sampled_from(["1000", "1100"]), _codes, _amounts),
        st.tuples(st.just("expense"), st.sampled_from(["1000", "1100"]), _codes, _amounts),
        st.tuples(st.just("journal"), _codes, _codes, _amounts),
    ),
    min_size=1, max_size=6,
)


def _all_balances(book: Book) -> dict[str, Money]:
    report = ledger.trial_balance(book, Period(date(2000, 1, 1), date(2026, 12, 31)))
    return {str(r.cells[0]): (r.cells[2] or Money(0)) - (r.cells[3] or Money(0))  # type: ignore[operator]
            for r in report.rows}


@settings(max_examples=25, deadline=None)
@given(operations=_operations, reverse_mask=st.lists(st.booleans(), min_size=6, max_size=6))
def test_any_sequence_keeps_the_books_balanced_and_reversal_restores(
    new_book: Callable[[], AbstractContextManager[Book]], operations: list[tuple[str, str, str, Money]],
    reverse_mask: list[bool],
) -> None:
    with new_book() as book:
        _sequence_keeps_the_books_balanced(book, operations, reverse_mask)


def _sequence_keeps_the_books_balanced(book: Book, operations: list[tuple[str, str, str, Money]],
                                       reverse_mask: list[bool]) -> None:
    accounts = {account.code: account for account in ledger.list_accounts(book)}
    before = _all_balances(book)
    posted = []
    for kind, first, second, amount in operations:
        day = date(2026, 5, 4)
        written = _all_balances(book)
        try:
            if kind == "journal":
                if first == second:
                    continue
                posted.append(ledger.post_journal_entry(book, day, "Memoriaal",
                                                        [Posting(accounts[first].id, amount),
                                                         Posting(accounts[second].id, -amount)]))
            else:
                make = ledger.post_receipt if kind == "receipt" else ledger.post_expense
                posted.append(make(book, ledger.MoneyForm(day, accounts[first].id, accounts[second].id, amount,
                                                          kind)))
        except NegativeCashError as refused:
            assert refused.balance.is_negative() and refused.day == day
            assert _all_balances(book) == written  # a refusal writes nothing
            continue
        tb = ledger.trial_balance(book, Period.year(2026))
        assert tb.totals[2] == tb.totals[3]
    assert ledger.ledger_problems(book) == []
    assert ledger.negative_cash(book) == []  # never below zero without the treasurer's word
    for index, transaction_id in enumerate(posted):
        if reverse_mask[index % len(reverse_mask)]:
            ledger.reverse_transaction(book, transaction_id, allow_negative_cash=True)
            with pytest.raises(ValidationError):
                ledger.reverse_transaction(book, transaction_id)
    for index, transaction_id in enumerate(posted):
        if not reverse_mask[index % len(reverse_mask)]:
            ledger.reverse_transaction(book, transaction_id, allow_negative_cash=True)
    after = {code: amount for code, amount in _all_balances(book).items() if amount}
    assert after == {code: amount for code, amount in before.items() if amount}
    with book.transaction() as session:
        assert ledger_store.grand_total(session) == Money(0)


def test_trial_balance_of_a_later_period_carries_balances_and_earlier_results(
    restaurant_month: Book, accounts: dict[str, Account],
) -> None:
    ledger.post_receipt(restaurant_month, ledger.MoneyForm(date(2026, 4, 1), accounts["1000"].id,
                                                           accounts["8000"].id, Money("100"), "Dagomzet"))
    april = ledger.trial_balance(restaurant_month, Period.month(2026, 4))
    assert cells(april, "1000") == (Money("480.85"), None)
    assert cells(april, "8000") == (None, Money("100.00"))
    earlier = next(r for r in april.rows if r.cells[0] is None)
    assert earlier.cells[3] == Money("2170.70")
    assert april.totals[2] == april.totals[3]


def test_a_new_book_has_one_generic_sales_account_and_the_demo_one_per_activity(
    book: Book, tmp_path: Path
) -> None:
    from coopdesk.services.demo import generate_demo_book

    names = {a.code: a.name for a in ledger.list_accounts(book)}
    assert names["8000"] == "Omzet"
    assert not any("restaurant" in name.lower() for name in names.values())
    demo = generate_demo_book(tmp_path / "demo", members=3, seed=1)
    try:
        demo_names = {a.code: a.name for a in ledger.list_accounts(demo)}
    finally:
        demo.close()
    assert (demo_names["8000"], demo_names["8010"], demo_names["8020"]) == (
        "Omzet restaurant", "Omzet atelier", "Omzet stadslandbouw")
