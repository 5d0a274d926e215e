"""Who gets a statement of a year: everyone who worked hours, received money (counted on the
payment date, as a premium counts in the year it is paid) or had a pot movement in it, also
a member who left before the year; nobody who joined after it, nor a former member with
nothing in it."""

from __future__ import annotations

from datetime import date

import pytest
from pots.bookhelp import fund_reserve

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.member import LeaveReason, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.statement import ALLOWANCE_EXPLAINED, NoStatementError, explanations
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import payout as payouts
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.members import record_leaving
from coopdesk.services.statements import year_statements
from tests.statements.cast import december_leaver, new_member
from tests.statements.conftest import YEAR, pdf_pages


def _numbers(book: Book, year: int) -> set[int]:
    return {statement.member_number for statement in year_statements(book, year)}


def test_a_member_who_left_before_the_year_but_was_paid_in_it_gets_a_statement(demo: Book) -> None:
    member, run_id = december_leaver(demo)
    paid = payouts.get_run(demo, run_id).allowance_total
    assert paid.is_positive()
    assert member.number in _numbers(demo, YEAR) and member.number in _numbers(demo, YEAR - 1)
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert not statement.is_empty
    [earlier] = statement.earlier
    assert (earlier.month, earlier.allowance, earlier.paid_on) == (PayoutMonth(YEAR - 1, 12), paid, date(YEAR, 1, 9))
    assert statement.total_minutes == 0 and statement.received_allowance == paid
    text = "\n".join(pdf_pages(statement_bytes([statement], language="nl")))
    assert f"december {YEAR - 1}\n–\n{show_euro(paid)}\n–\n–\n{show_date(date(YEAR, 1, 9))}" in text
    assert f"Betaald in {YEAR}\n\n{show_euro(paid)}" in text or f"Betaald in {YEAR}\n{show_euro(paid)}" in text
    assert "geen uren gewerkt en niets van ons ontvangen" not in " ".join(text.split())
    # no year limit for a year they did not work in: "paid by us ... € 0,00" beside "Betaald in" would contradict
    assert statement.caps == () and "Jaargrens" not in text
    # and the words explain the allowance the table shows, paid in the year for the month before it
    assert ALLOWANCE_EXPLAINED in explanations(statement)


def test_the_year_before_shows_december_paid_in_the_next_year_apart(demo: Book) -> None:
    member, run_id = december_leaver(demo)
    paid = payouts.get_run(demo, run_id).allowance_total
    [before] = year_statements(demo, YEAR - 1, member_number=member.number)
    december = before.months[-1]
    assert (december.allowance, december.paid_on) == (paid, date(YEAR, 1, 9))
    # worked in the year before, paid in this one: the year before's "paid in" total leaves it out
    assert before.total_allowance == paid and not before.received_allowance.is_positive()


def test_a_pot_payout_on_leaving_in_the_year_gives_a_statement(demo: Book) -> None:
    member = new_member(demo, "Pim Potvertrek", date(YEAR - 3, 1, 1), regime=PaymentRegime.NONE)
    fund_reserve(demo, day=date(2024, 1, 1))  # the deposit comes from the general reserve
    pots.deposit(demo, member.id, Money("40.00"), "Winst", date(YEAR - 1, 6, 1))
    record_leaving(demo, member.id, date(YEAR - 1, 11, 30), LeaveReason.PAID_JOB)
    assert member.number not in _numbers(demo, YEAR)  # a balance only is no movement in the year
    leaving = next(p for p in pots.list_purposes(demo) if p.name == "Uitbetaling bij vertrek")
    pots.withdraw(demo, member.id, Money("40.00"), leaving.id, "bon 3", approved_by="Bestuur",
                  booked_on=date(YEAR, 2, 3))
    assert member.number in _numbers(demo, YEAR)
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert statement.pot is not None and [line.amount for line in statement.pot.movements] == [Money("-40.00")]


def test_nobody_who_joined_after_the_year_and_no_former_member_with_nothing_in_it(demo: Book) -> None:
    later = new_member(demo, "Nina Nieuw", date(YEAR + 1, 1, 5))
    gone = new_member(demo, "Gijs Weg", date(YEAR - 3, 1, 1))
    record_leaving(demo, gone.id, date(YEAR - 1, 6, 30), LeaveReason.PAID_JOB)
    found = _numbers(demo, YEAR)
    assert later.number not in found and gone.number not in found
    for member in (later, gone):
        with pytest.raises(NoStatementError) as refused:
            year_statements(demo, YEAR, member_number=member.number)
        assert str(YEAR) in refused.value.message("nl") and member.name in refused.value.message("nl")
    # a member in the year with nothing in it still gets the short "nothing to report" statement
    quiet = new_member(demo, "Stil Lid", date(YEAR, 4, 1))
    [statement] = year_statements(demo, YEAR, member_number=quiet.number)
    assert statement.is_empty
