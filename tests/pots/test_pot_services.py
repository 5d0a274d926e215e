"""The pots through their services on a real book: posted to the ledger in the same unit
of work, never below zero, the liability account equal to the pots."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.ledger import NegativeCashError, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.pot import INCOME_WARNING, MovementKind, PotBelowZeroError, Purpose
from coopdesk.services import check, ledger, pots
from coopdesk.services.books import Book
from coopdesk.store import audit
from coopdesk.store.chart import BANK, CASH, GENERAL_RESERVE, POTS
from pots.bookhelp import RESERVE, Members, balance, receive

DAY = date(2026, 5, 1)
pytestmark = pytest.mark.usefixtures("reserve")  # a manual deposit comes from the general reserve


def _purpose(book: Book, name: str) -> Purpose:
    return next(p for p in pots.list_purposes(book) if p.name == name)


def _liability(book: Book) -> Money:
    return -balance(book, POTS)


def test_a_new_book_has_the_seeded_purposes_and_the_pots_account(book: Book) -> None:
    names = [p.name for p in pots.list_purposes(book)]
    assert names == ["Cursus of opleiding", "Gereedschap of materiaal voor eigen werk", "Goedgekeurde uitgave",
                     "Noodzakelijke privékosten", "Uitbetaling bij vertrek"]
    assert _liability(book) == Money(0)
    assert pots.pot_problems in check.invariant_checks()


def test_deposit_then_withdraw_posts_the_ledger_and_keeps_the_invariant(book: Book, members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(300), "Aanvulling besloten in ALV", DAY, who="penningmeester")
    assert _liability(book) == Money(300) and balance(book, GENERAL_RESERVE) == Money(300) - RESERVE
    course = _purpose(book, "Cursus of opleiding")
    _, warnings, changes = pots.withdraw(book, members.ans.id, Money("120.50"), course.id, "B-2026-7",
                                         booked_on=DAY)
    assert warnings == [] and changes.pots and changes.ledger
    assert _liability(book) == Money("179.50") and balance(book, BANK) == Money("4879.50")
    overview = pots.list_pots(book)
    assert [(row.name, row.balance) for row in overview.rows] == [("Ans de Wit", Money("179.50"))]
    assert overview.total == _liability(book)
    assert pots.pot_problems(book) == []
    with book.transaction() as session:
        assert [line.action for line in audit.recent(session, action_prefix="pots.")] == ["pots.withdraw",
                                                                                      "pots.deposit"]


def test_a_withdrawal_below_zero_is_refused_naming_the_balance_and_writes_nothing(
        book: Book, members: Members) -> None:
    pots.deposit(book, members.bo.id, Money(100), "Startbedrag", DAY)
    course = _purpose(book, "Cursus of opleiding")
    with pytest.raises(PotBelowZeroError) as refused:
        pots.withdraw(book, members.bo.id, Money("100.01"), course.id, "B-1", booked_on=DAY)
    assert "€ 100,00" in refused.value.message("nl")
    assert _liability(book) == Money(100) and balance(book, BANK) == Money(5000)
    assert len(pots.pot_statement(book, members.bo.number, date(2026, 1, 1), DAY).movements) == 1
    # a withdrawal dated before the deposit would take the pot below zero on that day
    with pytest.raises(PotBelowZeroError):
        pots.withdraw(book, members.bo.id, Money(50), course.id, "B-2", booked_on=date(2026, 4, 30))


def test_private_costs_need_a_board_member_and_warn(book: Book, members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(400), "Startbedrag", DAY)
    fridge = _purpose(book, "Noodzakelijke privékosten")
    with pytest.raises(ValidationError, match="approval"):
        pots.withdraw(book, members.ans.id, Money(350), fridge.id, "Koelkast-1", booked_on=DAY)
    movement_id, warnings, _ = pots.withdraw(book, members.ans.id, Money(350), fridge.id, "Koelkast-1",
                                             "Joke Jansen", booked_on=DAY)
    assert warnings == [INCOME_WARNING]
    found = pots.pot_statement(book, members.ans.number, DAY, DAY)
    last = found.movements[-1]
    assert last.id == movement_id and last.kind is MovementKind.WITHDRAWAL and last.approved_by == "Joke Jansen"
    assert last.receipt_reference == "Koelkast-1" and found.closing == Money(50)


def test_paid_from_an_empty_cash_box_is_refused_and_writes_nothing(book: Book, members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(100), "Startbedrag", DAY)
    course = _purpose(book, "Cursus of opleiding")
    with pytest.raises(NegativeCashError):
        pots.withdraw(book, members.ans.id, Money(40), course.id, "K-1", booked_on=DAY, paid_from="cash")
    assert _liability(book) == Money(100)
    receive(book, date(2026, 4, 1), Money(50), money=CASH)
    pots.withdraw(book, members.ans.id, Money(40), course.id, "K-1", booked_on=DAY, paid_from="cash")
    assert balance(book, CASH) == Money(10) and _liability(book) == Money(60)


def test_the_purposes_list_is_editable(book: Book) -> None:
    new_id, _ = pots.save_purpose(book, Purpose(0, "Fiets voor woon-werkverkeer", needs_approval=True))
    assert _purpose(book, "Fiets voor woon-werkverkeer").needs_approval
    with pytest.raises(CoopDeskError, match="already exists"):
        pots.save_purpose(book, Purpose(0, "Cursus of opleiding"))
    pots.save_purpose(book, Purpose(new_id, "Fiets voor woon-werkverkeer", active=False))
    assert "Fiets voor woon-werkverkeer" not in [p.name for p in pots.list_purposes(book)]


def test_check_reports_a_liability_that_differs_from_the_pots(book: Book, members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(100), "Startbedrag", DAY)
    from pots.bookhelp import account

    ledger.post_journal_entry(book, DAY, "Rechtstreeks op 1710", [
        Posting(account(book, GENERAL_RESERVE), Money(5)), Posting(account(book, POTS), Money(-5))])
    found = pots.pot_problems(book)
    assert len(found) == 1 and "€ 105,00" in found[0].render("nl") and "€ 100,00" in found[0].render("nl")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.booleans(), st.integers(1, 20_000), st.integers(0, 60)), min_size=1,
                      max_size=6))
def test_any_sequence_keeps_pots_non_negative_and_the_liability_equal(
        book: Book, members: Members, steps: list[tuple[bool, int, int]]) -> None:
    """Deposits and withdrawals in any order and on any day (the book keeps what earlier
    examples left: the invariant must hold at every moment, not only from zero)."""
    course = _purpose(book, "Cursus of opleiding")
    for is_deposit, cents, offset in steps:
        day = date(2026, 3, 1).replace(day=1 + offset % 28)
        amount = Money.from_cents(cents)
        try:
            if is_deposit:
                pots.deposit(book, members.ans.id, amount, "Storting", day)
            else:
                pots.withdraw(book, members.ans.id, amount, course.id, "B", booked_on=day)
        except PotBelowZeroError:
            pass
        assert pots.pot_problems(book) == []
        statement = pots.pot_statement(book, members.ans.number, date(2026, 1, 1), date(2026, 12, 31))
        assert not statement.closing.is_negative() and statement.closing == _liability(book)
