"""Paying later the payout lines held for want of an IBAN (nabetalen), on real book files:
what is posted, every refusal (nothing written), a failure midway, the check on 1700, and
a property over sequences of runs, payments and later payments."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError, ValidationError
from coopdesk.domain.ledger import NegativeCashError
from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, RunStatus
from coopdesk.exports.payout_files import pay_held_by_sepa
from coopdesk.services import hours, ledger, statements
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book, open_book, update_cooperative
from coopdesk.services.check import check_book
from coopdesk.services.members import get_member, register_member, update_member
from coopdesk.services.payout_held import (
    PaymentMethod,
    list_held_lines,
    pay_held_lines,
    payout_problems,
)
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import year_close as year_close_store
from coopdesk.store.chart import ALLOWANCES_PAYABLE, BANK, CASH

MARCH = PayoutMonth(2026, 3)
IBAN = "NL91ABNA0417164300"
BO_IBAN = "NL02ABNA0123456789"
TODAY = date(2026, 11, 28)


class Cast:
    def __init__(self, book: Book) -> None:
        self.ans = register_member(book, MemberForm(
            name="Ans de Wit", joined_on=date(2024, 1, 1), birth_on=date(1970, 5, 5), iban=IBAN,
            address="Dorpsstraat 1", postcode="3511 AB", city="Utrecht",
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        self.bo = register_member(book, MemberForm(
            name="Bo Smit", joined_on=date(2024, 1, 1), birth_on=date(1990, 1, 1), iban="",
            address="Kerkstraat 2", postcode="3512 CD", city="Utrecht",
            regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
        centre = hours.list_cost_centres(book)[0]
        self.kitchen = hours.add_activity(book, "Keuken", centre.id, Money("5.00"))

    def work(self, book: Book, member: Member, day: date, text: str) -> None:
        hours.set_hours(book, member.id, self.kitchen.id, day, text)

    def give_iban(self, book: Book, member: Member, iban: str = BO_IBAN) -> None:
        current = get_member(book, member.id)
        update_member(book, member.id, replace(MemberForm.from_details(current.details), iban=iban))


@pytest.fixture
def cast(book: Book) -> Cast:
    update_cooperative(book, name="Cooperatie Test U.A.", kvk_number="12345678", iban=IBAN,
                       address="Dorpsstraat 12a", postcode="3511 AB", city="Utrecht", municipality="Utrecht")
    made = Cast(book)
    made.work(book, made.ans, date(2026, 3, 2), "10")  # 50.00
    made.work(book, made.bo, date(2026, 3, 3), "4")  # 20.00, no IBAN: held
    return made


def _balance(book: Book, code: str) -> Money:
    with book.transaction() as session:
        account = ledger_store.account_by_code(session, code)
        assert account is not None
        return ledger_store.account_balance(session, account.id)


def _count(book: Book) -> int:
    with book.transaction() as session:
        return ledger_store.count_transactions(session)


def _cash_in(book: Book, amount: Money, day: date) -> None:
    with book.transaction() as session:
        cash = ledger_store.account_by_code(session, CASH)
        reserve = ledger_store.account_by_code(session, "0100")
        assert cash is not None and reserve is not None
    ledger.post_journal_entry(book, day, "kas gevuld", [ledger.Posting(cash.id, amount),
                                                         ledger.Posting(reserve.id, -amount)])


def _posted_and_paid(book: Book) -> int:
    run_id, _ = payouts.post_payout(book, MARCH)
    payouts.mark_paid(book, run_id, date(2026, 4, 3))
    return run_id


def test_held_line_is_listed_owed_and_checked(book: Book, cast: Cast) -> None:
    run_id = _posted_and_paid(book)
    held = list_held_lines(book)
    assert [(h.member_name, h.run_id, h.month, h.amount, h.paid_on) for h in held] == [
        ("Bo Smit", run_id, MARCH, Money(20), None)]
    assert list_held_lines(book, cast.ans.number) == []
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(-20)
    assert payout_problems(book) == []  # 1700 holds exactly what is owed


def test_bank_payment_refused_without_iban_names_member_and_field(book: Book, cast: Cast) -> None:
    _posted_and_paid(book)
    before = _count(book)
    line = list_held_lines(book)[0]
    with pytest.raises(ValidationError) as refused:
        pay_held_lines(book, [line.line_id], TODAY, PaymentMethod.BANK)
    assert refused.value.fields == ("iban",)
    assert "Bo Smit" in refused.value.message("en") and "IBAN" in refused.value.message("nl")
    assert _count(book) == before and len(list_held_lines(book)) == 1


def test_pay_later_by_bank_moves_1700_to_the_bank_and_dates_the_line(book: Book, cast: Cast) -> None:
    run_id = _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    line = list_held_lines(book)[0]
    payment, changes = pay_held_lines(book, [line.line_id], date(2026, 10, 5), PaymentMethod.BANK, who="pm")
    assert changes.payouts and changes.ledger
    assert payment.total == Money(20) and payment.sepa is not None
    assert [(p.iban, p.amount, p.end_to_end_id) for p in payment.sepa.lines] == [
        (BO_IBAN, Money(20), f"COOPDESK-{run_id}-{cast.bo.number}-N")]
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(0) and _balance(book, BANK) == Money(-70)
    assert list_held_lines(book) == []
    paid = list_held_lines(book, include_paid=True)
    assert [(h.paid_on, h.method) for h in paid] == [(date(2026, 10, 5), "bank")]
    with book.transaction() as session:
        assert "nabetaling bank op 2026-10-05" in audit.recent(session, action_prefix="payout.held")[0].detail
    # the payment date that counts is the later one; the amounts count once, in March
    overview = payouts.municipality_overview_data(book, cast.bo.number, "2026-03", "2026-03")
    assert [(m.allowance, m.paid_on) for m in overview.months] == [(Money(20), date(2026, 10, 5))]
    ans = payouts.municipality_overview_data(book, cast.ans.number, "2026-03", "2026-03")
    assert ans.months[0].paid_on == date(2026, 4, 3)
    year = statements.year_statements(book, 2026, member_number=cast.bo.number)[0]
    assert year.months[2].paid_on == date(2026, 10, 5) and year.months[2].allowance == Money(20)
    assert sum((cap.paid.amount for cap in year.caps), Money(0).amount) == Money(20).amount
    assert payouts.get_run(book, run_id).status is RunStatus.PAID
    assert payout_problems(book) == []
    with pytest.raises(ValidationError, match="already paid on 05-10-2026") as twice:
        pay_held_lines(book, [line.line_id], TODAY, PaymentMethod.CASH)
    assert twice.value.fields == ("lines",)


def test_a_statement_shows_no_date_while_the_held_line_is_owed(book: Book, cast: Cast) -> None:
    _posted_and_paid(book)
    year = statements.year_statements(book, 2026, member_number=cast.bo.number)[0]
    assert year.months[2].allowance == Money(20) and year.months[2].paid_on is None


def test_pay_later_in_cash_and_cash_below_zero_is_refused(book: Book, cast: Cast) -> None:
    run_id, _ = payouts.post_payout(book, MARCH)  # posted, not yet paid: the held line may be paid already
    line = list_held_lines(book)[0]
    before = _count(book)
    with pytest.raises(NegativeCashError):
        pay_held_lines(book, [line.line_id], date(2026, 5, 1), PaymentMethod.CASH)
    assert _count(book) == before and len(list_held_lines(book)) == 1
    _cash_in(book, Money(25), date(2026, 4, 30))
    assert payouts.payout_lines_for_sepa(book, run_id).held == ((cast.bo.number, "Bo Smit"),)
    pay_held_lines(book, [line.line_id], date(2026, 5, 1), PaymentMethod.CASH)
    assert payouts.payout_lines_for_sepa(book, run_id).held == ()  # paid already: no warning in the run's file
    assert _balance(book, CASH) == Money(5) and _balance(book, ALLOWANCES_PAYABLE) == Money(-50)
    payouts.mark_paid(book, run_id, date(2026, 5, 2))  # pays Ans only: Bo's line is not paid twice
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(0) and _balance(book, BANK) == Money(-50)
    assert payout_problems(book) == []


@pytest.mark.parametrize(("day", "field", "words"), [
    (date(2026, 3, 30), "paid_on", "before March 2026 was posted"),
    (date(2026, 12, 1), "paid_on", "in the future"),
])
def test_bad_dates_are_refused(book: Book, cast: Cast, day: date, field: str, words: str) -> None:
    _posted_and_paid(book)
    line = list_held_lines(book)[0]
    before = _count(book)
    with pytest.raises(ValidationError) as refused:
        pay_held_lines(book, [line.line_id], day, PaymentMethod.CASH)
    assert refused.value.fields == (field,) and words in refused.value.message("en").replace("maart", "March")
    assert _count(book) == before


def test_no_lines_and_unknown_lines_are_refused(book: Book, cast: Cast) -> None:
    _posted_and_paid(book)
    with pytest.raises(ValidationError, match="Choose one or more"):
        pay_held_lines(book, [], TODAY, PaymentMethod.CASH)
    ans_line = 1  # Ans's line is not held
    with pytest.raises(CoopDeskError, match="not a held payout line"):
        pay_held_lines(book, [ans_line, 999], TODAY, PaymentMethod.CASH)


def test_a_date_in_a_closed_year_is_refused(book: Book, cast: Cast) -> None:
    cast.work(book, cast.bo, date(2025, 12, 3), "2")
    run_id, _ = payouts.post_payout(book, "2025-12")
    line = list_held_lines(book)[0]
    assert line.run_id == run_id
    with book.transaction() as session:
        year_close_store.insert_close(session, 2025, datetime(2026, 2, 1, tzinfo=UTC), "pm", Money(0),
                                      Money(0), None)
    before = _count(book)
    with pytest.raises(ClosedPeriodError) as refused:
        pay_held_lines(book, [line.line_id], date(2025, 12, 31), PaymentMethod.CASH)
    assert refused.value.field == "paid_on"
    assert _count(book) == before and len(list_held_lines(book)) == 1


def test_a_reversed_run_is_refused_and_reversing_takes_the_later_payment_back(book: Book, cast: Cast) -> None:
    run_id = _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    line = list_held_lines(book)[0]
    pay_held_lines(book, [line.line_id], TODAY, PaymentMethod.BANK)
    payouts.reverse_payout(book, run_id, "fout uurtarief")
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(0) and _balance(book, BANK) == Money(0)
    assert payout_problems(book) == []
    # a fresh run of March, then reverse it before paying anything: its held line is refused
    cast.give_iban(book, cast.bo, "")
    second, _ = payouts.post_payout(book, MARCH)
    payouts.reverse_payout(book, second, "nogmaals fout")
    assert list_held_lines(book, include_paid=True) == []  # a reversed run owes nothing and is not listed
    with book.transaction() as session:
        from coopdesk.store import payout_held as held_store

        reversed_line = held_store.held_lines(session, run_id=second, owed_only=False, include_reversed=True)[0]
    with pytest.raises(ValidationError, match="was reversed") as refused:
        pay_held_lines(book, [reversed_line.line_id], TODAY, PaymentMethod.CASH)
    assert refused.value.fields == ("lines",)


def test_a_held_premium_is_paid_within_its_payment_year(book: Book, cast: Cast) -> None:
    piet = register_member(book, MemberForm(
        name="Piet Premie", joined_on=date(2024, 1, 1), birth_on=date(1980, 1, 1), iban="",
        regime=PaymentRegime.PREMIUM))
    payouts.set_premium_payment_months(book, piet.id, 2025, {12})
    cast.work(book, piet, date(2025, 12, 4), "8")
    payouts.post_payout(book, "2025-12")
    [line] = list_held_lines(book, piet.number)
    assert line.premium.is_positive()
    with pytest.raises(ValidationError, match="counts for 2026") as refused:
        pay_held_lines(book, [line.line_id], date(2025, 12, 31), PaymentMethod.CASH)
    assert refused.value.fields == ("paid_on",)


# -- the SEPA file, and a failure midway --------------------------------------------------------


def test_pay_later_with_a_sepa_file(book: Book, cast: Cast, tmp_path: Path) -> None:
    _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    line = list_held_lines(book)[0]
    target = tmp_path / "nabetaling.xml"
    written, _ = pay_held_by_sepa(book, [line.line_id], TODAY, target)
    assert written.path == target and written.count == 1 and written.total == Money(20)
    assert target.stat().st_mode & 0o777 == 0o600
    root = ElementTree.parse(target).getroot()
    ns = {"p": root.tag.split("}")[0][1:]}
    assert [e.text for e in root.findall(".//p:CdtrAcct/p:Id/p:IBAN", ns)] == [BO_IBAN]
    assert [e.text for e in root.findall(".//p:InstdAmt", ns)] == ["20.00"]
    assert [e.text for e in root.findall(".//p:ReqdExctnDt/p:Dt", ns)] == [TODAY.isoformat()]
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(0)


def test_an_unwritable_sepa_file_writes_nothing(book: Book, cast: Cast, tmp_path: Path) -> None:
    _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    line = list_held_lines(book)[0]
    before = _count(book)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(CoopDeskError, match="could not be written") as refused:
        pay_held_by_sepa(book, [line.line_id], TODAY, blocked / "nabetaling.xml")
    assert refused.value.field == "path"
    assert _count(book) == before and len(list_held_lines(book)) == 1
    assert _balance(book, ALLOWANCES_PAYABLE) == Money(-20)
    with pytest.raises(CoopDeskError, match="in the past"):
        pay_held_by_sepa(book, [line.line_id], date(2026, 11, 1), tmp_path / "late.xml")
    assert not (tmp_path / "late.xml").exists() and _count(book) == before


def test_a_failure_after_the_file_removes_the_file(book: Book, cast: Cast, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    line = list_held_lines(book)[0]
    before = _count(book)

    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit, "record", crash)  # after the posting, before the file
    target = tmp_path / "nabetaling.xml"
    with pytest.raises(RuntimeError):
        pay_held_by_sepa(book, [line.line_id], TODAY, target)
    assert not target.exists()
    assert _count(book) == before and len(list_held_lines(book)) == 1


def test_check_finds_1700_out_of_step(book: Book, cast: Cast, book_path: Path) -> None:
    _posted_and_paid(book)
    with book.transaction() as session:
        payable = ledger_store.account_by_code(session, ALLOWANCES_PAYABLE)
        bank = ledger_store.account_by_code(session, BANK)
        assert payable is not None and bank is not None
    # paid by hand outside the app: 1700 no longer says what the runs owe
    ledger.post_journal_entry(book, date(2026, 6, 1), "hand", [ledger.Posting(payable.id, Money(20)),
                                                                ledger.Posting(bank.id, Money(-20))])
    found = payout_problems(book)
    assert len(found) == 1 and "still owe € 20,00" in found[0].en
    book.close()
    assert any("1700" in problem.en for problem in check_book(book_path))


# -- the property: 1700 always holds what is still owed ----------------------------------------------

STEPS = st.lists(st.tuples(st.sampled_from(["post", "post", "paid", "iban", "iban", "bank", "bank", "cash", "reverse"]),
                           st.integers(min_value=1, max_value=6)), min_size=1, max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_1700_equals_what_is_owed_after_any_sequence(template_book: Path, tmp_path_factory: pytest.TempPathFactory,
                                                     steps: list[tuple[str, int]]) -> None:
    path = tmp_path_factory.mktemp("held") / "book.coopdesk"
    shutil.copyfile(template_book, path)
    book = open_book(path, clock=FixedClock.on(TODAY), backup=False)
    try:
        cast = Cast(book)
        _cash_in(book, Money(1000), date(2026, 1, 1))
        for number in range(1, 7):
            cast.work(book, cast.ans, date(2026, number, 2), str(number))
            cast.work(book, cast.bo, date(2026, number, 3), str(number + 1))
        payouts.post_payout(book, PayoutMonth(2026, 1))  # Bo's January line is held from the start
        for action, number in steps:
            month = PayoutMonth(2026, number)
            try:
                if action == "post":
                    payouts.post_payout(book, month)
                elif action == "paid":
                    for run in payouts.list_runs(book):
                        if run.month == month:
                            payouts.mark_paid(book, run.id, date(2026, 7, 1))
                elif action == "iban":
                    cast.give_iban(book, cast.bo, BO_IBAN if number % 2 else "")
                elif action in ("bank", "cash"):
                    owed = [h.line_id for h in list_held_lines(book) if h.month <= month]
                    method = PaymentMethod.BANK if action == "bank" else PaymentMethod.CASH
                    pay_held_lines(book, owed, date(2026, 8, number), method)
                else:
                    for run in payouts.list_runs(book):
                        if run.month == month and run.status is not RunStatus.REVERSED:
                            payouts.reverse_payout(book, run.id, "terug")
                event(f"{action} done")
            except CoopDeskError:
                event(f"{action} refused")  # a refusal writes nothing; the invariant must hold all the same
            assert payout_problems(book) == []
            owed = sum((h.amount for h in list_held_lines(book)), Money(0))
            unpaid_runs = sum((r.paid_total - _held_total(book, r.id) for r in payouts.list_runs(book)
                               if r.status is RunStatus.POSTED), Money(0))
            assert -_balance(book, ALLOWANCES_PAYABLE) == owed + unpaid_runs
    finally:
        book.close()


def _held_total(book: Book, run_id: int) -> Money:
    return sum((line.paid for line in payouts.get_run(book, run_id).lines if line.payment_held), Money(0))


def test_a_refusal_on_the_second_line_leaves_the_first_unpaid(book: Book, cast: Cast) -> None:
    """Two held lines in one go, cash for the first only: the second's refusal takes the
    first posting back with it (one unit of work)."""
    _posted_and_paid(book)
    cast.work(book, cast.bo, date(2026, 4, 7), "2")  # 10.00, held again in April
    payouts.post_payout(book, "2026-04")
    lines = list_held_lines(book)
    assert [h.amount for h in lines] == [Money(20), Money(10)]
    _cash_in(book, Money(25), date(2026, 5, 1))
    before = _count(book)
    with pytest.raises(NegativeCashError):
        pay_held_lines(book, [h.line_id for h in lines], date(2026, 5, 2), PaymentMethod.CASH)
    assert _count(book) == before and len(list_held_lines(book)) == 2
    assert _balance(book, CASH) == Money(25) and payout_problems(book) == []


def test_the_accountants_payout_lines_carry_the_later_date(book: Book, cast: Cast, book_path: Path) -> None:
    from coopdesk.store.year_reads import reading_year

    _posted_and_paid(book)
    cast.give_iban(book, cast.bo)
    pay_held_lines(book, [list_held_lines(book)[0].line_id], date(2026, 9, 1), PaymentMethod.BANK)
    book.close()
    with reading_year(book_path) as source:
        paid = {line.name: line.paid_on for line in source.payout_lines(2026)}
    assert paid == {"Ans de Wit": date(2026, 4, 3), "Bo Smit": date(2026, 9, 1)}
