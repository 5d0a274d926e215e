"""Demo payouts: every month of the demo's history posted, and paid early the month after.

Premium members get June and December as their payment months every year; about one
volunteer member in twenty declares an allowance from another organisation. Months are
computed in order with `compute_payout` (the same function the treasurer's payout uses),
each month's result carried into the next month's history in memory; then everything is
written at once: the payment months, the ledger entries (`bulk_insert_posted`) and the
runs with their lines (`insert_runs`). A month the book's rules do not cover (the shipped
tables start in 2022, the premium maximum in 2024) is left unpaid, and so is the month of
"today": its hours are still being entered.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from coopdesk.domain.allowance_rules import AllowanceRules, RulesError
from coopdesk.domain.ledger import Entry, TransactionKind
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    ZERO,
    MemberHistory,
    PayoutMonth,
    PayoutProposal,
    compute_payout,
    payment_year,
)
from coopdesk.services.payout import payment_postings, payout_postings, posting_description
from coopdesk.store import ledger as ledger_store
from coopdesk.store import payout as payout_store
from coopdesk.store import payout_declared as declared_store
from coopdesk.store import payout_reads as reads_store
from coopdesk.store import rules as rules_store
from coopdesk.store.book import Book
from coopdesk.store.session import Session

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan

PAYMENT_MONTHS = frozenset({6, 12})
DEMO_USER = "demo"


class _Year:
    """What each member was paid so far: allowances in the calendar year of the hours,
    premiums in the year they are paid (December's run is paid in January)."""

    def __init__(self) -> None:
        self.allowance: dict[int, Money] = defaultdict(lambda: ZERO)
        self.premium: dict[int, Money] = defaultdict(lambda: ZERO)
        self.payments: dict[int, int] = defaultdict(int)
        self.allowance_year = 0
        self.premium_year = 0

    def start(self, month: PayoutMonth) -> None:
        if month.year != self.allowance_year:
            self.allowance, self.allowance_year = defaultdict(lambda: ZERO), month.year
        if payment_year(month) != self.premium_year:
            self.premium, self.payments = defaultdict(lambda: ZERO), defaultdict(int)
            self.premium_year = payment_year(month)

    def add(self, proposal: PayoutProposal) -> None:
        for line in proposal.lines:
            self.allowance[line.member.id] += line.allowance
            self.premium[line.member.id] += line.premium
            self.payments[line.member.id] += bool(line.premium)


def add_demo_payouts(book: Book, rng: random.Random, plan: DemoPlan) -> int:
    """Post (and pay) every whole month of the demo's history; returns how many runs."""
    now = book.clock.now()
    today = book.clock.today()
    with book.transaction() as session:
        rules = rules_store.load_rules(session)
        rates = reads_store.activity_rates(session)
        members = {m.id: m for m in reads_store.all_members(session)}
        by_month = reads_store.all_hours_by_month(session)
        years = range(plan.start_on.year, today.year + 1)
        premium_ids = sorted(i for i, m in members.items() if m.regime is PaymentRegime.PREMIUM)
        volunteer_ids = sorted(i for i, m in members.items() if m.regime is PaymentRegime.VOLUNTEER_ALLOWANCE)
        other = {(member_id, year): Money(rng.choice((600, 1500)))
                 for year in years for member_id in volunteer_ids if rng.random() < 0.05}
        declared_store.insert_payment_months(
            session, [(member_id, year, month) for year in years for member_id in premium_ids
                      for month in sorted(PAYMENT_MONTHS)])
        declared_store.insert_other_allowances(session, [(m, y, amount) for (m, y), amount in other.items()])

        carried: dict[int, Money] = defaultdict(lambda: ZERO)
        made: list[tuple[payout_store.NewRun, Entry | None, Entry | None]] = []
        so_far = _Year()
        month = PayoutMonth.of(plan.start_on)
        while month.last_day < today:
            so_far.start(month)
            if not _rules_cover(rules, month):
                month = month.next()
                continue
            hours = by_month.get(month, [])
            ids = {s.member_id for s in hours} | set(premium_ids)
            history = {member_id: MemberHistory(
                allowance_paid=so_far.allowance[member_id], premium_paid=so_far.premium[member_id],
                premium_payments=so_far.payments[member_id], premium_accrued=carried[member_id],
                payment_months=PAYMENT_MONTHS if member_id in premium_ids else frozenset(),
                other_organisations=other.get((member_id, month.year), ZERO)) for member_id in ids}
            try:
                proposal = compute_payout(month, [members[i] for i in ids], hours, rates, rules, history)
            except RulesError:
                month = month.next()
                continue
            if proposal.lines:
                so_far.add(proposal)
                for line in proposal.lines:
                    if line.member.regime is PaymentRegime.PREMIUM:
                        carried[line.member.id] = line.premium_carried
                made.append(_run(session, proposal, rng.randint(3, 7), now, today))
            month = month.next()

        first_id = payout_store.next_transaction_id(session)
        ledger_store.bulk_insert_posted(
            session, [e for _, posting, payment in made for e in (posting, payment) if e is not None], now)
        runs: list[payout_store.NewRun] = []
        next_id = first_id
        for run, posting, payment in made:
            posted_id = paid_id = None
            if posting is not None:
                posted_id, next_id = next_id, next_id + 1
            if payment is not None:
                paid_id, next_id = next_id, next_id + 1
            runs.append(replace(run, transaction_id=posted_id, paid_transaction_id=paid_id))
        payout_store.insert_runs(session, runs)
    return len(runs)


def _rules_cover(rules: AllowanceRules, month: PayoutMonth) -> bool:
    """Whether the book's rules hold what `month`'s payout needs (checked before computing)."""
    try:
        rules.fiscal_caps(month.year)
        if month.month in PAYMENT_MONTHS:
            rules.premium_maximum(month.last_day)
    except RulesError:
        return False
    return True


def _run(session: Session, proposal: PayoutProposal, days_later: int, now: datetime,
         today: date) -> tuple[payout_store.NewRun, Entry | None, Entry | None]:
    month = proposal.month
    paid_on = month.last_day + timedelta(days=days_later)
    paid = paid_on <= today
    posting = Entry(month.last_day, posting_description(month), TransactionKind.JOURNAL,
                    tuple(payout_postings(session, proposal)), f"uitbetaling {month}") if proposal.paid_total else None
    to_bank = sum((line.paid for line in proposal.lines if not line.payment_held), ZERO)
    payment = Entry(paid_on, f"Betaling vergoedingen {month.dutch_name}", TransactionKind.JOURNAL,
                    tuple(payment_postings(session, to_bank)), f"uitbetaling {month}") if to_bank and paid else None
    run = payout_store.NewRun(proposal, month.last_day, DEMO_USER, now, None, paid_on if paid else None)
    return run, posting, payment
