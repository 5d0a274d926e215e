"""Who gets a statement of a year: everyone who worked hours, received money (counted on the
payment date, as a premium counts in the year it is paid) or had a pot movement in it, also
a member who left before the year; nobody who joined after it, nor a former member with
nothing in it."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.member import LeaveReason, Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.statement import NoStatementError
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import hours, pots
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import record_leaving, register_member
from coopdesk.services.statements import year_statements
from tests.statements.conftest import YEAR, pdf_pages

IBAN = "NL91ABNA0417164300"


def _member(book: Book, name: str, joined_on: date, regime: PaymentRegime = PaymentRegime.VOLUNTEER_ALLOWANCE,
            birth_on: date = date(1970, 5, 5)) -> Member:
    return register_member(book, MemberForm(name=name, joined_on=joined_on, birth_on=birth_on, iban=IBAN,
                                            address="Lindelaan 4", postcode="3512 CD", city="Utrecht",
                                            regime=regime))


def _activity_id(book: Book) -> int:
    return min((activity for activity in hours.list_activities(book) if activity.hourly_rate.is_positive()),
               key=lambda activity: activity.hourly_rate).id


def december_leaver(book: Book, paid_on: date = date(YEAR, 1, 9)) -> tuple[Member, int]:
    """A member who worked in December of the year before, left on 31 December and was paid
    for December in a (supplementary) run paid in January of the year."""
    member = _member(book, "Lotte Verlaat", date(YEAR - 2, 3, 1))
    hours.set_hours(book, member.id, _activity_id(book), date(YEAR - 1, 12, 10), "6")
    record_leaving(book, member.id, date(YEAR - 1, 12, 31), LeaveReason.PAID_JOB)
    proposal = payouts.propose_payout(book, PayoutMonth(YEAR - 1, 12))
    assert [line.member.id for line in proposal.lines] == [member.id]  # the supplementary run
    run_id, _ = payouts.post_payout(book, proposal)
    payouts.mark_paid(book, run_id, paid_on)
    return member, run_id


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


def test_the_year_before_shows_december_paid_in_the_next_year_apart(demo: Book) -> None:
    member, run_id = december_leaver(demo)
    paid = payouts.get_run(demo, run_id).allowance_total
    [before] = year_statements(demo, YEAR - 1, member_number=member.number)
    december = before.months[-1]
    assert (december.allowance, december.paid_on) == (paid, date(YEAR, 1, 9))
    # worked in the year before, paid in this one: the year before's "paid in" total leaves it out
    assert before.total_allowance == paid and not before.received_allowance.is_positive()


def test_a_pot_payout_on_leaving_in_the_year_gives_a_statement(demo: Book) -> None:
    member = _member(demo, "Pim Potvertrek", date(YEAR - 3, 1, 1), regime=PaymentRegime.NONE)
    pots.deposit(demo, member.id, Money("40.00"), "Winst", date(YEAR - 1, 6, 1))
    record_leaving(demo, member.id, date(YEAR - 1, 11, 30), LeaveReason.PAID_JOB)
    assert member.number not in _numbers(demo, YEAR)  # a balance only is no movement in the year
    leaving = next(p for p in pots.list_purposes(demo) if p.name == "Uitbetaling bij vertrek")
    pots.withdraw(demo, member.id, Money("40.00"), leaving.id, "bon 3", approved_by="Bestuur",
                  booked_on=date(YEAR, 2, 3))
    assert member.number in _numbers(demo, YEAR)
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert statement.pot is not None and [line.amount for line in statement.pot.movements] == [Money("-40.00")]


def test_hours_in_the_year_give_a_statement_even_when_the_leaving_date_says_otherwise(demo: Book) -> None:
    member = _member(demo, "Rik Uren", date(YEAR - 3, 1, 1))
    # the leaving date typed first, the hours of the year before it: still a statement of that year
    hours.set_hours(demo, member.id, _activity_id(demo), date(YEAR, 2, 3), "2")
    assert member.number in _numbers(demo, YEAR)


def test_nobody_who_joined_after_the_year_and_no_former_member_with_nothing_in_it(demo: Book) -> None:
    later = _member(demo, "Nina Nieuw", date(YEAR + 1, 1, 5))
    gone = _member(demo, "Gijs Weg", date(YEAR - 3, 1, 1))
    record_leaving(demo, gone.id, date(YEAR - 1, 6, 30), LeaveReason.PAID_JOB)
    found = _numbers(demo, YEAR)
    assert later.number not in found and gone.number not in found
    for member in (later, gone):
        with pytest.raises(NoStatementError) as refused:
            year_statements(demo, YEAR, member_number=member.number)
        assert str(YEAR) in refused.value.message("nl") and member.name in refused.value.message("nl")
    # a member in the year with nothing in it still gets the short "nothing to report" statement
    quiet = _member(demo, "Stil Lid", date(YEAR, 4, 1))
    [statement] = year_statements(demo, YEAR, member_number=quiet.number)
    assert statement.is_empty
