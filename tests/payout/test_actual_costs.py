"""Actual costs on a real book file: a cost for a month whose run already paid the member,
a month outside the membership, removing a paid cost, and the property that every cost
is paid exactly once whatever the order of adding, posting, supplementary runs and
reversals."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import ClosedPeriodError, CoopDeskError, NotFound, ValidationError
from coopdesk.domain.member import LeaveReason, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, RunStatus
from coopdesk.services import payout as payouts
from coopdesk.services import year_close
from coopdesk.services.books import Book, open_book
from coopdesk.services.members import register_member
from coopdesk.store import ledger as ledger_store
from coopdesk.store.chart import ACTUAL_COSTS

from . import test_services as _services
from .test_services import IBAN, MARCH, Cast

cast = _services.cast  # the fixture: Ans, Bo (no IBAN) and Piet (premium) with hours in March

APRIL = PayoutMonth(2026, 4)


def _costs_paid(book: Book) -> dict[tuple[int, PayoutMonth], list[Money]]:
    """Per member and month: the actual costs of every posted or paid line (one entry a line)."""
    paid: dict[tuple[int, PayoutMonth], list[Money]] = {}
    for run in payouts.list_runs(book):
        if run.status.locks_hours:
            for line in payouts.get_run(book, run.id).lines:
                paid.setdefault((line.member_id, run.month), []).append(line.actual_costs)
    return paid


def _ledger_costs(book: Book) -> Money:
    with book.transaction() as session:
        account = ledger_store.account_by_code(session, ACTUAL_COSTS)
        assert account is not None
        return ledger_store.account_balance(session, account.id)


def test_a_cost_for_a_month_already_paid_is_refused_naming_the_run_and_where_to_enter_it(
        book: Book, cast: Cast) -> None:
    """The reviewer's case: Ans was paid for March; a receipt of March turns up. It is not
    silently kept (and never paid): it is refused, naming March, the run and April."""
    run_id, _ = payouts.post_payout(book, MARCH)
    with pytest.raises(ClosedPeriodError) as refused:
        payouts.add_actual_cost(book, cast.ans.id, MARCH, Money("12.50"), "bon 31")
    english = refused.value.message("en")
    assert f"already paid for 03-2026 in payout run {run_id}" in english
    assert "Enter the receipt in 04-2026" in english and refused.value.field == "month"
    assert "Voer de bon in bij 04-2026" in refused.value.message("nl")
    assert payouts.list_actual_costs(book, MARCH) == []  # nothing written
    # entered in April as told, it is paid with April's run
    payouts.add_actual_cost(book, cast.ans.id, APRIL, Money("12.50"), "bon 31", "bon van 03-2026")
    april, _ = payouts.post_payout(book, APRIL)
    assert payouts.get_run(book, april).actual_costs_total == Money("12.50")


def test_the_month_to_enter_a_late_receipt_in_follows_the_last_paid_month(book: Book, cast: Cast) -> None:
    payouts.post_payout(book, MARCH)
    cast.work(book, cast.ans, date(2026, 5, 4), "1")
    payouts.post_payout(book, "2026-05")
    with pytest.raises(ClosedPeriodError, match="Enter the receipt in 06-2026"):
        payouts.add_actual_cost(book, cast.ans.id, MARCH, Money(5), "bon 32")


def test_a_cost_for_a_member_the_run_did_not_pay_goes_into_the_supplementary_run(book: Book, cast: Cast) -> None:
    first, _ = payouts.post_payout(book, MARCH)
    newcomer = register_member(book, MemberForm(name="Dirk Nieuw", joined_on=date(2026, 3, 15),
                                                birth_on=date(1985, 1, 1), iban=IBAN,
                                                regime=PaymentRegime.NONE))
    payouts.add_actual_cost(book, newcomer.id, MARCH, Money(8), "bon 33")
    [waiting] = payouts.cost_states(book, MARCH)
    assert waiting.waiting and waiting.month_has_run
    assert waiting.label() == "Wacht op de aanvullende uitbetaling van 03-2026"
    second, _ = payouts.post_payout(book, MARCH)
    assert second != first and payouts.get_run(book, second).actual_costs_total == Money(8)
    [paid] = payouts.cost_states(book, MARCH)
    assert paid.run_id == second and paid.label() == f"Geboekt in uitbetaling {second}, nog niet betaald"
    payouts.mark_paid(book, second, date(2026, 4, 3))
    assert payouts.cost_states(book, MARCH)[0].label() == f"Betaald in uitbetaling {second} op 03-04-2026"


def test_a_cost_waiting_for_a_supplementary_run_is_named_and_keeps_the_year_open(book: Book, cast: Cast) -> None:
    """The reviewer's "never paid, and nothing says so": March's run is posted, then a receipt
    of March comes in for a member that run did not pay. It waits for a supplementary run of
    March, which nothing asked the treasurer to post, and closing 2026 did not mind it."""
    payouts.post_payout(book, MARCH)
    newcomer = register_member(book, MemberForm(name="Dirk Nieuw", joined_on=date(2026, 3, 15),
                                                birth_on=date(1985, 1, 1), iban=IBAN, regime=PaymentRegime.NONE))
    payouts.add_actual_cost(book, newcomer.id, MARCH, Money(8), "bon 37")
    [waiting] = payouts.waiting_costs(book, "2026-01", "2026-12")
    assert (waiting.month, waiting.members, waiting.amount, waiting.month_has_run) == (MARCH, 1, Money(8), True)
    expected = "Actual costs of 03-2026 are waiting for a supplementary run: 1 member, € 8,00."
    assert waiting.text().render("en").startswith(expected)
    checks = [text.render("en") for text in year_close.close_checks(book, 2026, Money(0))]
    assert any(line.startswith(expected) for line in checks)
    payouts.post_payout(book, MARCH)  # the supplementary run
    assert payouts.waiting_costs(book, "2026-01", "2026-12") == []
    assert not any("Actual costs" in text.render("en") for text in year_close.close_checks(book, 2026, Money(0)))


def test_a_cost_outside_the_membership_is_refused(book: Book, cast: Cast) -> None:
    joins = register_member(book, MemberForm(name="Eva Later", joined_on=date(2026, 4, 10),
                                             birth_on=date(1990, 2, 2), iban=IBAN,
                                             regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
    with pytest.raises(ValidationError, match="only joined on 10-04-2026") as refused:
        payouts.add_actual_cost(book, joins.id, MARCH, Money(4), "bon 34")
    assert refused.value.fields == ("month",)
    payouts.add_actual_cost(book, joins.id, APRIL, Money(4), "bon 34")  # the month they joined in
    left = register_member(book, MemberForm(name="Fien Weg", joined_on=date(2025, 1, 1), birth_on=date(1975, 3, 3),
                                            iban=IBAN, regime=PaymentRegime.VOLUNTEER_ALLOWANCE,
                                            left_on=date(2026, 2, 20), leave_reason=LeaveReason.MOVED))
    with pytest.raises(ValidationError, match="left on 20-02-2026"):
        payouts.add_actual_cost(book, left.id, MARCH, Money(4), "bon 35")
    payouts.add_actual_cost(book, left.id, "2026-02", Money(4), "bon 35")  # the month they left in
    assert [cost.member_id for cost in payouts.list_actual_costs(book, MARCH)] == []


def test_an_amount_no_receipt_comes_near_is_refused_naming_the_field(book: Book, cast: Cast) -> None:
    """A tester saved 99999999999999 as a cost: the month's summary read "uit te betalen
    € 100.000.001.002.625,44", and the run could never have been posted."""
    with pytest.raises(ValidationError, match="more than € 10.000.000,00") as refused:
        payouts.add_actual_cost(book, cast.bo.id, "2026-04", Money(99999999999999), "bon 36")
    assert refused.value.fields == ("amount",)
    assert payouts.list_actual_costs(book, "2026-04") == []


def test_a_paid_cost_is_not_removed_until_its_run_is_reversed(book: Book, cast: Cast) -> None:
    cost_id, _ = payouts.add_actual_cost(book, cast.ans.id, MARCH, Money(9), "bon 36")
    run_id, _ = payouts.post_payout(book, MARCH)
    with pytest.raises(CoopDeskError, match=f"already paid out in payout run {run_id}"):
        payouts.remove_actual_cost(book, cost_id)
    assert [cost.id for cost in payouts.list_actual_costs(book, MARCH)] == [cost_id]
    payouts.reverse_payout(book, run_id, "bank weigerde het bestand")
    [state] = payouts.cost_states(book, MARCH)
    assert state.waiting and state.removable
    payouts.remove_actual_cost(book, cost_id)
    assert payouts.list_actual_costs(book, MARCH) == []
    with pytest.raises(NotFound):
        payouts.remove_actual_cost(book, cost_id)


@contextmanager
def _fresh_book(template_book: Path) -> Iterator[Book]:
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-costs-"))
    path = folder / "book.coopdesk"
    shutil.copyfile(template_book, path)
    os.chmod(path, 0o600)
    opened = open_book(path, clock=FixedClock.on(date(2026, 11, 28)), backup=False)
    try:
        yield opened
    finally:
        opened.close()
        shutil.rmtree(folder, ignore_errors=True)


MONTHS = (MARCH, APRIL)
STEP = st.one_of(
    st.tuples(st.just("cost"), st.integers(0, 2), st.integers(0, 1), st.integers(1, 5_000)),
    st.tuples(st.just("hours"), st.integers(0, 2), st.integers(0, 1), st.integers(1, 8)),
    st.tuples(st.just("post"), st.just(0), st.integers(0, 1), st.just(0)),
    st.tuples(st.just("reverse"), st.just(0), st.integers(0, 1), st.just(0)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=12))
def test_every_cost_is_paid_exactly_once(template_book: Path, steps: list[tuple[str, int, int, int]]) -> None:
    """Any order of adding costs and hours, posting (first and supplementary runs) and
    reversing: a member-month is in at most one standing line, that line pays exactly the
    costs of its member and month, and once every month is posted every cost is paid once
    (lines and ledger agree)."""
    with _fresh_book(template_book) as book:
        cast = Cast(book)
        members = (cast.ans, cast.bo, cast.piet)
        costs: dict[tuple[int, PayoutMonth], Money] = {}
        for kind, who, which, amount in steps:
            member, month = members[who], MONTHS[which]
            try:
                if kind == "cost":
                    payouts.add_actual_cost(book, member.id, month, Money.from_cents(amount), f"bon {amount}")
                    costs[(member.id, month)] = costs.get((member.id, month), Money.zero()) + Money.from_cents(amount)
                elif kind == "hours":
                    cast.work(book, member, month.first_day.replace(day=amount), "1")
                elif kind == "post":
                    payouts.post_payout(book, month)
                else:
                    standing = [run for run in payouts.list_runs(book) if run.month == month
                                and run.status is RunStatus.POSTED]
                    if standing:
                        payouts.reverse_payout(book, standing[0].id, "proef")
            except CoopDeskError:
                pass  # a refusal writes nothing; the checks below hold either way
            paid = _costs_paid(book)
            for key, lines in paid.items():
                assert len(lines) == 1, key
                assert lines[0] == costs.get(key, Money.zero()), key
        for month in MONTHS:
            with contextlib.suppress(CoopDeskError):  # nothing (more) to pay
                payouts.post_payout(book, month)
        paid = _costs_paid(book)
        for key, amount in costs.items():
            assert paid.get(key) == [amount], key
        assert _ledger_costs(book) == sum(costs.values(), Money.zero())
        assert all(not state.waiting for month in MONTHS for state in payouts.cost_states(book, month))
        assert payouts.waiting_costs(book, MARCH, APRIL) == []
