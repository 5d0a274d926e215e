"""Closing and reopening a year through the services on a real book: the hand-computed
restaurant year, the lock everywhere, the way back, and nothing half-done on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import Members, account, balance, receive

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError, ValidationError
from coopdesk.domain.hours import ImportRow
from coopdesk.domain.ledger import Entry, Posting, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.pot import PotBelowZeroError
from coopdesk.domain.year_close import NOTHING_TO_DISTRIBUTE, Agreement, PotsMethod
from coopdesk.services import hours, ledger, pots, year_close
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book, open_book
from coopdesk.services.periods import closed_days
from coopdesk.store import audit
from coopdesk.store.chart import (
    GENERAL_RESERVE,
    MUNICIPALITY_PAYABLE,
    POTS,
    RESULT_DISTRIBUTION,
    TRAINING_RESERVE,
)

RESTAURANT = Agreement(agreed_on=date(2025, 3, 1), training_percentage=Decimal(20), pots_method=PotsMethod.HOURS,
                       pots_percentage=Decimal(100), municipality_percentage=Decimal(25),
                       municipality_threshold=Money(2000))
ZERO = Money(0)


def _restaurant_year(book: Book, members: Members) -> None:
    """€ 5.000 + € 1.000 (restaurant) income in 2025: € 6.000 profit. Ans worked 2 hours,
    Bo 4, in March; March is paid out."""
    centre = hours.list_cost_centres(book)[0]
    kitchen = hours.add_activity(book, "Restaurant", centre.id, Money("0.00"))
    receive(book, date(2025, 6, 1), Money(1000), activity_id=kitchen.id)
    hours.set_hours(book, members.ans.id, kitchen.id, date(2025, 3, 3), "2")
    hours.set_hours(book, members.bo.id, kitchen.id, date(2025, 3, 4), "4")
    payouts.post_payout(book, "2025-03")
    year_close.record_agreement(book, RESTAURANT, who="ALV")


def test_the_checks_name_what_blocks_a_close(book: Book, members: Members) -> None:
    centre = hours.list_cost_centres(book)[0]
    kitchen = hours.add_activity(book, "Restaurant", centre.id, Money("0.00"))
    hours.set_hours(book, members.ans.id, kitchen.id, date(2025, 3, 3), "2")
    ledger.save_draft(book, Entry(date(2025, 4, 1), "Half werk", TransactionKind.JOURNAL,
                                  (Posting(account(book, "4000"), Money(10)),)))
    found = [text.render("en") for text in year_close.close_checks(book, 2025)]
    assert any("payout of 2025-03" in line for line in found)
    assert any("1 drafts in 2025" in line for line in found)
    assert any("Enter the cash counted" in line for line in found)
    assert year_close.close_checks(book, 2026, ZERO)[0].render("en") == "2026 is not over yet."
    with pytest.raises(CoopDeskError, match="cannot be closed yet"):
        year_close.close_year(book, 2025, ZERO)
    counted = [t.render("en") for t in year_close.close_checks(book, 2025, Money(5))]
    assert any(line.startswith("€ 5,00 more was counted than the books say (€ 0,00).") for line in counted)


def test_closing_the_restaurant_year_accounts_for_every_cent(book: Book, members: Members,
                                                             book_path: Path) -> None:
    _restaurant_year(book, members)
    proposal = year_close.propose_close(book, 2025, ZERO)
    assert proposal.findings == ()
    assert [(a.name, a.result) for a in proposal.result.activities] == [
        ("Restaurant", Money(1000)), ("Zonder activiteit", Money(5000))]
    d = proposal.distribution
    assert (d.profit, d.municipality, d.training, d.reserve) == (Money(6000), Money(1000), Money(1200), ZERO)
    assert [(p.name, p.amount) for p in d.pots] == [("Ans de Wit", Money("1266.67")), ("Bo Smit", Money("2533.33"))]

    close_id, backup, changes = year_close.close_year(book, 2025, ZERO, proposal=proposal, who="penningmeester")
    assert changes.pots and changes.ledger
    assert backup is not None and backup.exists() and backup.parent == book_path.parent / "backups"
    assert balance(book, RESULT_DISTRIBUTION) == Money(6000)
    assert balance(book, MUNICIPALITY_PAYABLE) == Money(-1000)
    assert balance(book, TRAINING_RESERVE) == Money(-1200)
    assert balance(book, POTS) == Money(-3800) and balance(book, GENERAL_RESERVE) == ZERO
    assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [
        ("Ans de Wit", Money("1266.67")), ("Bo Smit", Money("2533.33"))]
    assert pots.pot_problems(book) == [] and ledger.ledger_problems(book) == []
    with book.transaction() as session:
        line = audit.recent(session, action_prefix="year.")[0]
    assert line.action == "year.close" and line.who == "penningmeester" and f"afsluiting {close_id}" in line.detail
    with pytest.raises(CoopDeskError, match="already closed"):
        year_close.close_year(book, 2025, ZERO)


def test_a_closed_year_is_refused_through_every_service(book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    year_close.close_year(book, 2025, ZERO)
    bank, sales = account(book, "1100"), account(book, "8000")
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        ledger.post_receipt(book, ledger.MoneyForm(date(2025, 7, 1), bank, sales, Money(1), "Laat"))
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        ledger.post_journal_entry(book, date(2025, 12, 31), "Memoriaal", [
            Posting(sales, Money(1)), Posting(bank, Money(-1))])
    activity = hours.list_activities(book)[0]
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        hours.set_hours(book, members.ans.id, activity.id, date(2025, 8, 1), "1")
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):  # even a month paid out names the year
        hours.set_hours(book, members.ans.id, activity.id, date(2025, 3, 10), "1")
    report = hours.import_hours(book, [ImportRow(2, members.bo.number, members.bo.name, date(2025, 9, 1),
                                                 activity.name, 60)], "sheet-2025")
    assert not report.ok and "2025 is afgesloten" in report.problems[0].message("nl")
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        payouts.add_actual_cost(book, members.bo.id, "2025-05", Money(3), "B-1")
    course = next(p for p in pots.list_purposes(book) if p.name == "Cursus of opleiding")
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        pots.withdraw(book, members.ans.id, Money(10), course.id, "B-9", booked_on=date(2025, 12, 31))
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        pots.deposit(book, members.ans.id, Money(10), "Laat", date(2025, 12, 1))
    with book.transaction() as session:
        closed = closed_days(session, date(2025, 12, 30), date(2026, 1, 2))
    assert (None, date(2025, 12, 31)) in closed and (None, date(2026, 1, 1)) not in closed
    # 2026 stays open: the pot pays for a course in 2026
    pots.withdraw(book, members.ans.id, Money(10), course.id, "B-10", booked_on=date(2026, 2, 1))


def test_reopen_needs_a_reason_reverses_the_distribution_and_closing_again_works(
        book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    first_id, _, _ = year_close.close_year(book, 2025, ZERO)
    with pytest.raises(ValidationError, match="reason"):
        year_close.reopen_year(book, 2025, "  ")
    year_close.reopen_year(book, 2025, "Vergeten factuur van december", who="penningmeester")
    with book.transaction() as session:
        line = audit.recent(session, action_prefix="year.")[0]
    assert line.action == "year.reopen" and "Vergeten factuur van december" in line.detail
    for code in (RESULT_DISTRIBUTION, MUNICIPALITY_PAYABLE, TRAINING_RESERVE, POTS):
        assert balance(book, code) == ZERO
    assert pots.list_pots(book).total == ZERO and pots.pot_problems(book) == []
    with pytest.raises(CoopDeskError, match="not closed"):
        year_close.reopen_year(book, 2025, "Nog eens")
    # the year takes postings again; closing again distributes the new result
    receive(book, date(2025, 12, 20), Money(400))
    second_id, _, _ = year_close.close_year(book, 2025, ZERO)
    assert second_id != first_id
    assert year_close.propose_close(book, 2025, ZERO).findings  # "already closed"
    assert balance(book, RESULT_DISTRIBUTION) == Money(6400) and balance(book, MUNICIPALITY_PAYABLE) == Money(-1100)
    assert pots.pot_problems(book) == [] and ledger.ledger_problems(book) == []


def test_reopening_is_refused_when_a_pot_was_spent_since(book: Book, members: Members) -> None:
    _restaurant_year(book, members)
    year_close.close_year(book, 2025, ZERO)
    course = next(p for p in pots.list_purposes(book) if p.name == "Cursus of opleiding")
    pots.withdraw(book, members.bo.id, Money(2000), course.id, "Cursus-1", booked_on=date(2026, 2, 1))
    with pytest.raises(PotBelowZeroError):
        year_close.reopen_year(book, 2025, "Fout in de verdeling")
    assert year_close.close_checks(book, 2025, ZERO)[0].render("en") == "2025 is already closed."
    assert balance(book, RESULT_DISTRIBUTION) == Money(6000)


def test_a_loss_year_closes_without_distributing(book: Book, members: Members) -> None:
    rent, bank = account(book, "4100"), account(book, "1100")
    ledger.post_expense(book, ledger.MoneyForm(date(2025, 2, 1), bank, rent, Money(5500), "Huur"))
    proposal = year_close.propose_close(book, 2025, ZERO)
    assert proposal.result.total == Money(-500) and proposal.distribution.notes == (NOTHING_TO_DISTRIBUTE,)
    year_close.close_year(book, 2025, ZERO)
    assert balance(book, RESULT_DISTRIBUTION) == ZERO and pots.list_pots(book).rows == ()
    year_close.reopen_year(book, 2025, "Controle kascommissie")


def test_a_stale_proposal_is_refused(book: Book, members: Members) -> None:
    proposal = year_close.propose_close(book, 2025, ZERO)
    receive(book, date(2025, 12, 1), Money(1))
    with pytest.raises(CoopDeskError, match="changed since"):
        year_close.close_year(book, 2025, ZERO, proposal=proposal)


def _nothing_half_done(book: Book) -> None:
    assert year_close.close_checks(book, 2025, ZERO) == []  # not closed
    assert balance(book, RESULT_DISTRIBUTION) == ZERO and balance(book, POTS) == ZERO
    assert pots.list_pots(book).rows == ()
    with book.transaction() as session:
        assert [line.action for line in audit.recent(session, action_prefix="year.close")] == []


def test_an_exception_in_the_middle_of_close_year_leaves_nothing_half_done(
        book: Book, members: Members, monkeypatch: pytest.MonkeyPatch) -> None:
    _restaurant_year(book, members)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(year_close.audit, "record", fail)
    with pytest.raises(RuntimeError):
        year_close.close_year(book, 2025, ZERO)
    monkeypatch.undo()
    _nothing_half_done(book)
    year_close.close_year(book, 2025, ZERO)  # and it closes fine afterwards


KILL_IN_CLOSE = """
import os, signal, sys
from datetime import date
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.services import year_close
from coopdesk.services.books import open_book

def die(*args, **kwargs):  # the last step of the unit of work: everything else is written
    os.kill(os.getpid(), signal.SIGKILL)

book = open_book(sys.argv[1], clock=FixedClock.on(date(2026, 11, 28)), backup=False)
year_close.audit.record = die
year_close.close_year(book, 2025, Money(0))
"""


def test_a_kill_in_the_middle_of_close_year_leaves_nothing_half_done(
        book: Book, members: Members, book_path: Path, clock: FixedClock) -> None:
    _restaurant_year(book, members)
    book.close()
    root = Path(__file__).resolve().parents[2]
    child = subprocess.run([sys.executable, "-c", KILL_IN_CLOSE, str(book_path)], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert child.returncode == -9, child.stderr
    reopened = open_book(book_path, clock=clock, backup=False, break_lock=True)
    try:
        _nothing_half_done(reopened)
    finally:
        reopened.close()
