"""What a benefits officer reads on the statement: the income warning next to a withdrawal
for necessary private costs, a reversed run shown as a correction, and a line that was not
in the bank file (paid apart, so the run's date is not its payment date)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pots.bookhelp import fund_reserve

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.pot import INCOME_WARNING
from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import hours, pots
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import get_member, register_member, update_member
from coopdesk.services.payout_held import PaymentMethod, list_held_lines, pay_held_lines
from coopdesk.services.statements import year_statements
from tests.statements.cast import activity_id, new_member
from tests.statements.conftest import YEAR, pdf_pages


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_withdrawal_for_private_costs_carries_the_income_warning(demo: Book) -> None:
    member = new_member(demo, "Pien Privé", date(YEAR - 3, 1, 1), regime=PaymentRegime.NONE)
    fund_reserve(demo, day=date(2024, 1, 1))  # the deposit comes from the general reserve
    pots.deposit(demo, member.id, Money("200.00"), "Winst", date(YEAR - 1, 6, 1))
    private = next(p for p in pots.list_purposes(demo) if p.income_warning)
    course = next(p for p in pots.list_purposes(demo) if p.name == "Cursus of opleiding")
    pots.withdraw(demo, member.id, Money("75.00"), private.id, "bon 8", approved_by="Bestuur",
                  booked_on=date(YEAR, 4, 2))
    pots.withdraw(demo, member.id, Money("20.00"), course.id, "bon 9", booked_on=date(YEAR, 5, 2))
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert statement.pot is not None
    assert [line.income_warning for line in statement.pot.movements] == [True, False]
    for language, word in (("nl", "Opname"), ("en", "Withdrawal")):
        text = "\n".join(pdf_pages(statement_bytes([statement], language=language)))
        assert f"{show_date(date(YEAR, 4, 2))}\n{word}: {private.name} *\n€ -75,00" in text
        assert f"{word}: {course.name}\n" in text  # no marker on the course
        assert f"* {_flat(INCOME_WARNING.render(language))}" in _flat(text)
    # no hours and no payout, but money out of the pot: never "nothing to report to the municipality"
    dutch = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert "U hoeft over" not in dutch and "geef die opname dan door aan uw gemeente" in dutch


def test_no_income_warning_without_such_a_withdrawal(demo: Book) -> None:
    member = new_member(demo, "Pim Cursus", date(YEAR - 3, 1, 1), regime=PaymentRegime.NONE)
    pots.deposit(demo, member.id, Money("50.00"), "Winst", date(YEAR, 2, 1))
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    text = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert _flat(INCOME_WARNING.nl) not in text


def test_a_reversed_run_is_shown_as_a_correction_never_dropped(demo: Book) -> None:
    member = new_member(demo, "Roos Terug", date(YEAR - 3, 1, 1))
    hours.set_hours(demo, member.id, activity_id(demo), date(YEAR, 12, 3), "4")
    run_id, _ = payouts.post_payout(demo, payouts.propose_payout(demo, PayoutMonth(YEAR, 12)))
    run = payouts.get_run(demo, run_id)
    payouts.mark_paid(demo, run_id, date(YEAR + 1, 1, 8))
    payouts.reverse_payout(demo, run_id, "verkeerde uren")
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert statement.months[-1].allowance == Money(0)  # the reversed run pays nothing in December
    [correction] = statement.corrections
    assert (correction.month, correction.amount, correction.paid_on) == \
        (PayoutMonth(YEAR, 12), run.allowance_total, date(YEAR + 1, 1, 8))
    assert not statement.is_empty
    text = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert "Correcties" in text and "december 2025" in text and show_euro(run.allowance_total) in text
    assert f"betaald op {show_date(date(YEAR + 1, 1, 8))}" in text and "teruggedraaid" in text
    english = _flat("\n".join(pdf_pages(statement_bytes([statement], language="en"))))
    assert "Corrections" in english and "reversed" in english


def test_a_line_held_out_of_the_bank_file_is_not_yet_paid_until_it_is_paid_later(demo: Book) -> None:
    """Held for want of an IBAN: not the run's date, and not "apart betaald" either (a tester's
    officer read that as received while the money was still owed); once paid later
    (Nabetalen), its own date."""
    member = register_member(demo, MemberForm(name="Hans Zonderiban", joined_on=date(YEAR - 3, 1, 1),
                                              birth_on=date(1970, 1, 1), iban="",
                                              regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
    hours.set_hours(demo, member.id, activity_id(demo), date(YEAR, 12, 3), "4")
    run_id, _ = payouts.post_payout(demo, payouts.propose_payout(demo, PayoutMonth(YEAR, 12)))
    payouts.mark_paid(demo, run_id, date(YEAR + 1, 1, 8))
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    december = statement.months[-1]
    assert december.allowance.is_positive() and december.paid_on is None
    text = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert show_date(date(YEAR + 1, 1, 8)) not in text
    assert "nog niet betaald" in text and "apart betaald" not in text
    member_form = MemberForm.from_details(get_member(demo, member.id).details)
    update_member(demo, member.id, replace(member_form, iban="NL91ABNA0417164300"))
    [line] = [line for line in list_held_lines(demo) if line.member_id == member.id]
    pay_held_lines(demo, [line.line_id], date(YEAR + 1, 1, 20), PaymentMethod.BANK)
    [statement] = year_statements(demo, YEAR, member_number=member.number)
    assert statement.months[-1].paid_on == date(YEAR + 1, 1, 20)
    text = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert show_date(date(YEAR + 1, 1, 20)) in text and "nog niet betaald" not in text


def test_a_member_under_27_is_told_the_art_31_disregard_may_not_apply(demo: Book) -> None:
    young = new_member(demo, "Jesse Jong", date(YEAR - 3, 1, 1), birth_on=date(YEAR - 22, 6, 1))
    older = new_member(demo, "Olga Ouder", date(YEAR - 3, 1, 1), birth_on=date(YEAR - 40, 6, 1))
    for person in (young, older):
        hours.set_hours(demo, person.id, activity_id(demo), date(YEAR, 12, 3), "4")
    payouts.post_payout(demo, payouts.propose_payout(demo, PayoutMonth(YEAR, 12)))
    said = {}
    for person in (young, older):
        [statement] = year_statements(demo, YEAR, member_number=person.number)
        said[person.name] = _flat("\n".join(pdf_pages(statement_bytes([statement], language="nl"))))
    assert "jonger dan 27" in said["Jesse Jong"] and "artikel 31" in said["Jesse Jong"]
    assert "jonger dan 27" not in said["Olga Ouder"]
