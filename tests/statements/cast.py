"""Members made for the statement tests on the demo book: a December leaver paid in January."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.member import LeaveReason, Member, MemberForm, PaymentRegime
from coopdesk.domain.payout import PayoutMonth
from coopdesk.services import hours
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import record_leaving, register_member
from tests.statements.conftest import YEAR

IBAN = "NL91ABNA0417164300"


def new_member(book: Book, name: str, joined_on: date, regime: PaymentRegime = PaymentRegime.VOLUNTEER_ALLOWANCE,
            birth_on: date = date(1970, 5, 5)) -> Member:
    return register_member(book, MemberForm(name=name, joined_on=joined_on, birth_on=birth_on, iban=IBAN,
                                            address="Lindelaan 4", postcode="3512 CD", city="Utrecht",
                                            regime=regime))


def activity_id(book: Book) -> int:
    return min((activity for activity in hours.list_activities(book) if activity.hourly_rate.is_positive()),
               key=lambda activity: activity.hourly_rate).id


def december_leaver(book: Book, paid_on: date = date(YEAR, 1, 9)) -> tuple[Member, int]:
    """A member who worked in December of the year before, left on 31 December and was paid
    for December in a (supplementary) run paid in January of the year."""
    leaver = new_member(book, "Lotte Verlaat", date(YEAR - 2, 3, 1))
    hours.set_hours(book, leaver.id, activity_id(book), date(YEAR - 1, 12, 10), "6")
    record_leaving(book, leaver.id, date(YEAR - 1, 12, 31), LeaveReason.PAID_JOB)
    proposal = payouts.propose_payout(book, PayoutMonth(YEAR - 1, 12))
    assert [line.member.id for line in proposal.lines] == [leaver.id]  # the supplementary run
    run_id, _ = payouts.post_payout(book, proposal)
    payouts.mark_paid(book, run_id, paid_on)
    return leaver, run_id
