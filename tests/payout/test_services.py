"""The payout use cases on a real book file: post, lock, pay, reverse, and every refusal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError, ValidationError
from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import HeldBackReason, PayoutMonth, PremiumPaymentsError, RunStatus
from coopdesk.services import hours, ledger
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.members import register_member
from coopdesk.services.periods import closed_days
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store.chart import ALLOWANCES, ALLOWANCES_PAYABLE, BANK, PREMIUMS

MARCH = PayoutMonth(2026, 3)
IBAN = "NL91ABNA0417164300"


class Cast:
    def __init__(self, book: Book) -> None:
        self.ans = register_member(book, MemberForm(
            name="Ans de Wit", joined_on=date(2024, 1, 1), birth_on=date(1970, 5, 5), iban=IBAN,
            address="Dorpsstraat 1", postcode="3511 AB", city="Utrecht",
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        self.bo = register_member(book, MemberForm(
            name="Bo Smit", joined_on=date(2024, 1, 1), birth_on=date(1990, 1, 1), iban="",
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        self.piet = register_member(book, MemberForm(
            name="Piet Premie", joined_on=date(2024, 1, 1), birth_on=date(1980, 1, 1), iban=IBAN,
            regime=PaymentRegime.PREMIUM))
        centre = hours.list_cost_centres(book)[0]
        self.kitchen = hours.add_activity(book, "Keuken", centre.id, Money("5.00"))

    def work(self, book: Book, member: Member, day: date, text: str) -> None:
        hours.set_hours(book, member.id, self.kitchen.id, day, text)


@pytest.fixture
def cast(book: Book) -> Cast:
    made = Cast(book)
    made.work(book, made.ans, date(2026, 3, 2), "10")  # 50.00
    made.work(book, made.bo, date(2026, 3, 3), "4")  # 20.00, no IBAN
    made.work(book, made.piet, date(2026, 3, 4), "8")  # 40.00 premium accrued
    return made


def _balance(book: Book, code: str) -> Money:
    with book.transaction() as session:
        account = ledger_store.account_by_code(session, code)
        assert account is not None
        return ledger_store.account_balance(session, account.id)


def test_new_book_holds_its_own_copy_of_the_rules(book: Book) -> None:
    rules = payouts.rules(book)
    assert rules.fiscal_caps(2026).month == Money(220)
    assert rules.premium_maximum(date(2026, 3, 1)).yearly_maximum == Money(3398)
    with book.transaction() as session:
        assert ledger_store.account_by_code(session, ALLOWANCES) is not None


def test_post_locks_the_month_for_its_members_and_books_the_ledger(book: Book, cast: Cast) -> None:
    proposal = payouts.propose_payout(book, "2026-03")
    assert [line.member.name for line in proposal.lines] == ["Ans de Wit", "Bo Smit", "Piet Premie"]
    run_id, changes = payouts.post_payout(book, proposal, who="penningmeester")
    assert changes.payouts and changes.ledger and changes.hours
    run = payouts.get_run(book, run_id)
    assert run.status is RunStatus.POSTED and run.allowance_total == Money(70)
    assert _balance(book, ALLOWANCES) == Money(70) and _balance(book, ALLOWANCES_PAYABLE) == Money(-70)
    # the grid refuses the paid month for Ans, naming the run; other months stay open
    with pytest.raises(ClosedPeriodError) as refused:
        cast.work(book, cast.ans, date(2026, 3, 9), "2")
    assert f"payout run {run_id}" in refused.value.message("en")
    cast.work(book, cast.ans, date(2026, 4, 1), "2")
    with book.transaction() as session:
        closed = closed_days(session, date(2026, 2, 27), date(2026, 4, 2))
    assert (cast.ans.id, date(2026, 3, 31)) in closed and (cast.ans.id, date(2026, 4, 1)) not in closed
    with book.transaction() as session:
        lines = audit.recent(session, action_prefix="payout.")
    assert lines[0].who == "penningmeester" and f"uitbetaling {run_id}" in lines[0].detail


def test_posting_twice_is_refused(book: Book, cast: Cast) -> None:
    payouts.post_payout(book, MARCH)
    with pytest.raises(CoopDeskError, match="already posted"):
        payouts.post_payout(book, MARCH)


@pytest.mark.parametrize("month", ["2026-13", "maart", "2026-12"])
def test_bad_or_future_month_is_refused(book: Book, month: str) -> None:
    with pytest.raises(ValidationError):
        payouts.propose_payout(book, month)


def test_month_not_over_is_not_posted(book: Book, cast: Cast) -> None:
    cast.work(book, cast.ans, date(2026, 11, 2), "1")
    with pytest.raises(ValidationError, match="not over"):
        payouts.post_payout(book, "2026-11")


def test_a_stale_proposal_is_refused(book: Book, cast: Cast) -> None:
    proposal = payouts.propose_payout(book, MARCH)
    cast.work(book, cast.ans, date(2026, 3, 10), "1")
    with pytest.raises(CoopDeskError, match="changed since"):
        payouts.post_payout(book, proposal)
    assert payouts.list_runs(book) == []


def test_posting_in_a_closed_month_is_refused(book: Book, cast: Cast) -> None:
    """Actual costs and hours for a month already posted are refused."""
    run_id, _ = payouts.post_payout(book, MARCH)
    with pytest.raises(ClosedPeriodError, match=f"payout run {run_id}"):
        payouts.add_actual_cost(book, cast.ans.id, MARCH, Money(10), "bon 1")
    with pytest.raises(ClosedPeriodError):
        cast.work(book, cast.bo, date(2026, 3, 20), "1")


def test_a_failure_midway_leaves_nothing_half_posted(book: Book, cast: Cast,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit, "record", crash)  # after the ledger entry and the run are written
    with pytest.raises(RuntimeError):
        payouts.post_payout(book, MARCH)
    assert payouts.list_runs(book) == []
    assert _balance(book, ALLOWANCES) == Money(0)
    with book.transaction() as session:
        assert ledger_store.count_transactions(session) == 0
    cast.work(book, cast.ans, date(2026, 3, 9), "2")  # the month is still open


def test_reverse_by_reversal_and_post_again(book: Book, cast: Cast) -> None:
    run_id, _ = payouts.post_payout(book, MARCH)
    with pytest.raises(ValidationError):
        payouts.reverse_payout(book, run_id, "  ")
    payouts.reverse_payout(book, run_id, "bank weigerde het bestand")
    run = payouts.get_run(book, run_id)
    assert run.status is RunStatus.REVERSED and run.reversal_reason == "bank weigerde het bestand"
    assert _balance(book, ALLOWANCES) == Money(0)
    assert run.posted_transaction_id is not None
    assert ledger.get_transaction(book, run.posted_transaction_id).reversed_by_id == run.reversed_transaction_id
    with pytest.raises(CoopDeskError, match="already reversed"):
        payouts.reverse_payout(book, run_id, "nogmaals")
    cast.work(book, cast.ans, date(2026, 3, 9), "2")  # open again
    second, _ = payouts.post_payout(book, MARCH)
    assert payouts.get_run(book, second).allowance_total == Money(80)


def test_mark_paid_and_the_sepa_lines(book: Book, cast: Cast) -> None:
    run_id, _ = payouts.post_payout(book, MARCH)
    sepa = payouts.payout_lines_for_sepa(book, run_id)
    assert [(line.name, line.amount, line.remittance) for line in sepa.lines] == [
        ("Ans de Wit", Money(50), "Vergoeding maart 2026")]
    assert sepa.lines[0].end_to_end_id == f"COOPDESK-{run_id}-{cast.ans.number}"
    assert (sepa.lines[0].postcode, sepa.lines[0].town, sepa.lines[0].country) == ("3511 AB", "Utrecht", "NL")
    assert sepa.held == ((cast.bo.number, "Bo Smit"),)  # no IBAN: held, not dropped silently
    assert sepa.debtor_iban == IBAN and sepa.total == Money(50)
    with pytest.raises(ValidationError):
        payouts.mark_paid(book, run_id, date(2026, 3, 30))  # before the posting
    payouts.mark_paid(book, run_id, date(2026, 4, 3))
    assert _balance(book, BANK) == Money(-50) and _balance(book, ALLOWANCES_PAYABLE) == Money(-20)
    assert payouts.get_run(book, run_id).status is RunStatus.PAID
    with pytest.raises(CoopDeskError):
        payouts.mark_paid(book, run_id, date(2026, 4, 3))
    overview = payouts.municipality_overview_data(book, cast.ans.number, "2026-02", "2026-04")
    assert [(m.month.month, m.minutes, m.allowance, m.paid_on) for m in overview.months] == [
        (2, 0, Money(0), None), (3, 600, Money(50), date(2026, 4, 3)), (4, 0, Money(0), None)]
    payouts.reverse_payout(book, run_id, "terugbetaald door de bank")
    assert _balance(book, BANK) == Money(0) and _balance(book, ALLOWANCES_PAYABLE) == Money(0)


def test_premium_payment_months_and_the_third_payment(book: Book, cast: Cast) -> None:
    with pytest.raises(PremiumPaymentsError):
        payouts.set_premium_payment_months(book, cast.piet.id, 2026, {3, 6, 9})
    payouts.set_premium_payment_months(book, cast.piet.id, 2026, {3, 6})
    run_id, _ = payouts.post_payout(book, MARCH)
    assert payouts.get_run(book, run_id).premium_total == Money(40)
    assert _balance(book, PREMIUMS) == Money(40)
    # March was paid: choosing two other months would make a third payment
    with pytest.raises(PremiumPaymentsError):
        payouts.set_premium_payment_months(book, cast.piet.id, 2026, {6, 9})
    payouts.set_premium_payment_months(book, cast.piet.id, 2026, {9})
    assert payouts.member_year_settings(book, cast.piet.id, 2026) == (Money(0), frozenset({9}))
    assert payouts.audit_log(book, action_prefix="payout.payment_months")[0].detail.endswith("[9]")


def test_year_history_other_organisations_and_actual_costs(book: Book, cast: Cast) -> None:
    payouts.set_other_allowance(book, cast.ans.id, 2026, Money("2140"))
    cost_id, _ = payouts.add_actual_cost(book, cast.ans.id, MARCH, Money("12.50"), "bon 7", "treinkaartje")
    with pytest.raises(ValidationError):
        payouts.add_actual_cost(book, cast.ans.id, MARCH, Money(0), "")
    line = payouts.propose_payout(book, MARCH).line_for(cast.ans.id)
    assert line is not None
    assert line.allowance == Money(50) and line.actual_costs == Money("12.50")
    payouts.post_payout(book, MARCH)
    cast.work(book, cast.ans, date(2026, 4, 1), "10")
    april = payouts.propose_payout(book, "2026-04").line_for(cast.ans.id)
    assert april is not None  # 2,200 - 2,140 - 50 paid in March = 10 left
    assert april.allowance == Money(10) and april.held(HeldBackReason.YEAR_CAP) == Money(40)
    assert cost_id > 0


def test_an_edited_rule_is_used_and_says_who(book: Book, cast: Cast) -> None:
    caps = payouts.rules(book).fiscal_caps(2026)
    payouts.edit_rule(book, replace(caps, month=Money(30), status="confirmed"), who="kascommissie")
    edited = payouts.rules(book).fiscal_caps(2026)
    assert edited.edited_by == "kascommissie" and edited.edited_at is not None
    line = payouts.propose_payout(book, MARCH).line_for(cast.ans.id)
    assert line is not None and line.allowance == Money(30)
    with pytest.raises(ValidationError):
        payouts.edit_rule(book, replace(caps, month=Money(3000)))


def test_the_hours_import_refuses_a_paid_month_naming_the_run(book: Book, cast: Cast) -> None:
    from coopdesk.domain.hours import ImportRow

    run_id, _ = payouts.post_payout(book, MARCH)
    rows = [ImportRow(2, cast.ans.number, cast.ans.name, date(2026, 3, 16), "Keuken", 60),
            ImportRow(3, cast.ans.number, cast.ans.name, date(2026, 4, 16), "Keuken", 60)]
    report = hours.import_hours(book, rows, "hash-1", "uren.xlsx")
    assert not report.ok
    assert [problem.row for problem in report.problems] == [2]
    assert f"payout run {run_id}" in report.problems[0].message("en")


def test_december_premium_counts_in_january(book: Book, cast: Cast) -> None:
    """December's run is paid in January: choosing January next year as well as June would
    pay three times in that year; and the December run with premium is paid in January."""
    payouts.set_premium_payment_months(book, cast.piet.id, 2025, {6, 12})
    with pytest.raises(PremiumPaymentsError, match="2026"):
        payouts.set_premium_payment_months(book, cast.piet.id, 2026, {1, 6})
    payouts.set_premium_payment_months(book, cast.piet.id, 2026, {6, 12})
    cast.work(book, cast.piet, date(2025, 12, 3), "8")
    run_id, _ = payouts.post_payout(book, "2025-12")
    assert payouts.get_run(book, run_id).premium_total == Money(40)
    with pytest.raises(ValidationError, match="2026"):
        payouts.mark_paid(book, run_id, date(2025, 12, 31))
    payouts.mark_paid(book, run_id, date(2026, 1, 5))


def test_a_new_year_of_rules_and_an_edited_premium_maximum(book: Book) -> None:
    from coopdesk.domain.allowance_rules import FiscalCaps, PremiumMaximum

    payouts.edit_rule(book, FiscalCaps(2027, Money("5.60"), Money("3.30"), Money(230), Money(2300),
                                       "eigen invoer", "unconfirmed"), who="ans")
    payouts.edit_rule(book, PremiumMaximum(date(2026, 7, 1), Money(3450), Money(290), "Staatscourant"), who="ans")
    rules = payouts.rules(book)
    assert rules.fiscal_caps(2027).year_total == Money(2300)
    assert rules.premium_maximum(date(2026, 6, 30)).yearly_maximum == Money(3398)
    assert rules.premium_maximum(date(2026, 7, 1)).edited_by == "ans"
    assert [line.action for line in payouts.audit_log(book)] == ["rules.edit", "rules.edit"]


def test_a_month_posted_late_counts_what_later_months_paid(book: Book, cast: Cast) -> None:
    """April posted before March: March's year cap still counts April's payment."""
    payouts.set_other_allowance(book, cast.ans.id, 2026, Money(2100))  # 100 left of 2,200
    cast.work(book, cast.ans, date(2026, 4, 6), "16")  # 80.00
    april, _ = payouts.post_payout(book, "2026-04")
    assert payouts.get_run(book, april).allowance_total == Money(80)
    march = payouts.propose_payout(book, MARCH).line_for(cast.ans.id)
    assert march is not None
    assert march.allowance == Money(20) and march.held(HeldBackReason.YEAR_CAP) == Money(30)


def test_hours_entered_after_posting_make_a_supplementary_run(book: Book, cast: Cast) -> None:
    first, _ = payouts.post_payout(book, MARCH)
    late = register_member(book, MemberForm(name="Cees Laat", joined_on=date(2026, 1, 1), birth_on=date(1960, 1, 1),
                                            iban=IBAN, regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
    cast.work(book, late, date(2026, 3, 20), "2")
    cost_id, _ = payouts.add_actual_cost(book, late.id, MARCH, Money(3), "bon 9")
    proposal = payouts.propose_payout(book, MARCH)
    assert [line.member.name for line in proposal.lines] == ["Cees Laat"]  # the paid members are left out
    second, _ = payouts.post_payout(book, proposal)
    assert second != first and payouts.get_run(book, second).paid_total == Money(13)
    with pytest.raises(CoopDeskError, match="already paid out"):
        payouts.remove_actual_cost(book, cost_id)
    with pytest.raises(CoopDeskError, match="already posted"):
        payouts.post_payout(book, MARCH)
