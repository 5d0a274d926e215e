"""The monthly payout as use cases: propose, post, pay, reverse; the declarations and the
rules tables the payout depends on; and the reads the SEPA file and the municipality
overview are written from.

Every function is one unit of work. The amounts come only from
`coopdesk.domain.payout.compute_payout`, over the book's own copy of the rules:

* A month is paid per member: once a run is posted, a member with a line in it is closed
  for that month, and hours entered later for someone who had none make a supplementary
  run of the same month (`propose_payout` leaves the paid members out). Actual costs
  follow the same rule (`coopdesk.domain.payout.costs`): a cost for a member the run did
  not pay goes into the supplementary run (`waiting_costs` names such months; the year
  close waits for them), a cost for a member already paid that month is refused with
  the month to enter it in instead, and a paid cost is never removed.
* `post_payout` recomputes the proposal inside its unit of work and refuses when it
  differs from the one the treasurer reviewed (hours, rates or rules changed meanwhile),
  so nothing is posted that the treasurer did not see and the domain did not produce.
  It then posts the ledger entry (expense per regime against allowances payable),
  writes the run with its lines (which closes the month's hours for those members:
  `store/periods.closed_days`) and a line in the audit log, together: a failure
  anywhere leaves nothing written.
* `reverse_payout` posts reversals (never deletes) and reopens the month.
* `mark_paid` posts the payable against the bank on the bank's execution date, for
  the lines that are in the bank file (a line held for want of an IBAN stays payable
  until it is paid later: `coopdesk.services.payout_held`; `reverse_payout` reverses
  those later payments with the run).

`who` (the audit log, an edited rule) is the operating-system user unless given.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import date

from coopdesk.domain.allowance_rules import AllowanceRules, FiscalCaps, PremiumMaximum
from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError, problem
from coopdesk.domain.ledger import MAX_AMOUNT, AccountId, AccountRole, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    ActualCost,
    CostState,
    MunicipalityMonth,
    MunicipalityOverview,
    PayoutMonth,
    PayoutProposal,
    PayoutRun,
    RunStatus,
    SepaPaymentLine,
    SepaPaymentRun,
    WaitingCosts,
    check_payment_months,
    check_payment_years,
    compute_payout,
    membership_problem,
    month_paid_refusal,
    payment_year,
    remittance_text,
    removal_refusal,
)
from coopdesk.domain.text import Text
from coopdesk.services import ledger
from coopdesk.services.changes import Changes
from coopdesk.services.periods import ensure_open
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import members as member_store
from coopdesk.store import payout as store
from coopdesk.store import payout_costs as cost_store
from coopdesk.store import payout_declared as declared_store
from coopdesk.store import payout_held as held_store
from coopdesk.store import payout_reads as reads_store
from coopdesk.store import rules as rules_store
from coopdesk.store.book import Book
from coopdesk.store.chart import ACTUAL_COSTS, ALLOWANCES, ALLOWANCES_PAYABLE, BANK, PREMIUMS
from coopdesk.store.session import Session

__all__ = [
    "add_actual_cost", "audit_log", "cost_states", "current_user", "member_year_settings", "edit_rule", "get_run", "list_actual_costs", "list_runs", "mark_paid",
    "municipality_overview_data", "payout_lines_for_sepa", "post_payout", "propose_payout", "remove_actual_cost",
    "reverse_payout", "rules", "set_other_allowance", "set_premium_payment_months", "waiting_costs",
]

PAYOUTS = Changes(payouts=True)
COUNTRY = "NL"


def current_user() -> str:
    """The operating-system user, for the audit log and edited rules."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment is not an error
        return "?"


def _month(month: PayoutMonth | str) -> PayoutMonth:
    return month if isinstance(month, PayoutMonth) else PayoutMonth.parse(month)


def _propose(session: Session, month: PayoutMonth, payment_on: date | None) -> PayoutProposal:
    """The month's proposal for the members not yet paid for it: after a run is posted, hours
    entered later for a member who had none then make a supplementary run, never a second
    line for a member already paid."""
    paid = store.paid_members(session, month)
    hours = [h for h in reads_store.month_hours(session, month) if h.member_id not in paid]
    costs = [c for c in cost_store.month_costs(session, month) if c.member_id not in paid]
    members = [m for m in reads_store.payout_members(session, {h.member_id for h in hours} | {c.member_id for c in costs})
               if m.id not in paid]
    return compute_payout(month, members, hours, reads_store.activity_rates(session), rules_store.load_rules(session),
                          reads_store.histories(session, month), costs, payment_on)


def _not_begun(book: Book, month: PayoutMonth) -> None:
    if month.first_day > book.clock.today():
        raise ValidationError([problem("month", "{month} is nog niet begonnen.", "{month} has not begun yet.",
                                       month=str(month))])


def propose_payout(book: Book, month: PayoutMonth | str, payment_on: date | None = None) -> PayoutProposal:
    """The proposal for `month` (nothing is written). `payment_on` (default: the first day of
    the next month) is the date whose art. 31 premium maximum applies."""
    chosen = _month(month)
    _not_begun(book, chosen)
    with book.transaction() as session:
        return _propose(session, chosen, payment_on)


def _account_id(session: Session, code: str) -> AccountId:
    account = ledger_store.account_by_code(session, code)
    if account is None or not account.active:
        raise CoopDeskError(Text("Rekening {code} ontbreekt of is niet actief; de uitbetaling boekt erop.",
                                 "Account {code} is missing or inactive; the payout posts to it."), code=code)
    return account.id


def _bank_id(session: Session) -> AccountId:
    banks = [a for a in ledger_store.accounts_by_role(session, AccountRole.BANK) if a.active]
    if banks:
        return banks[0].id
    return _account_id(session, BANK)


def _run(session: Session, run_id: int) -> PayoutRun:
    found = store.get_run(session, run_id)
    if found is None:
        raise NotFound(Text("Uitbetaling {run} bestaat niet.", "Payout run {run} does not exist."), run=run_id)
    return found


def posting_description(month: PayoutMonth) -> str:
    return f"Uitbetaling vergoedingen {month.dutch_name}"


def payout_postings(session: Session, proposal: PayoutProposal) -> list[Posting]:
    """The run's ledger lines: each regime's expense (debit) against allowances payable (credit)."""
    postings = [Posting(_account_id(session, code), amount) for code, amount in (
        (ALLOWANCES, proposal.allowance_total), (PREMIUMS, proposal.premium_total),
        (ACTUAL_COSTS, proposal.actual_costs_total)) if amount]
    postings.append(Posting(_account_id(session, ALLOWANCES_PAYABLE), -proposal.paid_total))
    return postings


def payment_postings(session: Session, amount: Money) -> list[Posting]:
    """Paying a run: allowances payable (debit) against the bank (credit)."""
    return [Posting(_account_id(session, ALLOWANCES_PAYABLE), amount), Posting(_bank_id(session), -amount)]


def post_payout(book: Book, proposal: PayoutProposal | PayoutMonth | str, *,
                who: str | None = None) -> tuple[int, Changes]:
    """Post a month's payout: ledger entry, run and lines (hours locked), audit line, in one
    unit of work. Given a month, its current proposal is posted; given a proposal, it is
    posted only if recomputing it now gives the same. Returns the run's id."""
    month = proposal.month if isinstance(proposal, PayoutProposal) else _month(proposal)
    payment_on = proposal.payment_on if isinstance(proposal, PayoutProposal) else None
    today = book.clock.today()
    if month.last_day > today:
        raise ValidationError([problem("month", "{month} is nog niet voorbij; boek de uitbetaling na {day}.",
                                       "{month} is not over yet; post the payout after {day}.",
                                       month=str(month), day=month.last_day)])
    with book.transaction() as session:
        fresh = _propose(session, month, payment_on)
        if isinstance(proposal, PayoutProposal) and fresh != proposal:
            raise CoopDeskError(Text(
                "Uren, tarieven of regels zijn veranderd sinds dit voorstel; bekijk het nieuwe voorstel.",
                "Hours, rates or rules changed since this proposal; review the new proposal."), "month")
        existing = store.active_run_for(session, month)
        if not fresh.lines and existing is not None:
            raise CoopDeskError(Text(
                "{month} is al geboekt in uitbetaling {run}; draai die eerst terug om opnieuw te boeken.",
                "{month} was already posted in payout run {run}; reverse it first to post again."),
                "month", month=str(month), run=existing)
        if not fresh.lines:
            raise CoopDeskError(Text("Er is niets uit te betalen over {month}.", "There is nothing to pay for {month}."),
                                "month", month=str(month))
        transaction_id = None
        if fresh.paid_total:
            transaction_id = ledger.post_journal_entry(
                book, month.last_day, posting_description(month), payout_postings(session, fresh),
                reference=f"uitbetaling {month}")
        else:
            ensure_open(session, month.last_day, field="month")
        user = who or current_user()
        run_id = store.insert_run(session, fresh, posted_on=month.last_day, posted_by=user,
                                  posted_at=book.clock.now(), transaction_id=transaction_id)
        audit.record(session, book.clock.now(), user, "payout.post",
                     f"uitbetaling {run_id} ({month}): {len(fresh.lines)} leden, uitbetaald {fresh.paid_total}, "
                     f"ingehouden {fresh.held_back_total}, boeking {transaction_id}")
    return run_id, PAYOUTS | Changes(ledger=True, hours=True)


def reverse_payout(book: Book, run_id: int, reason: str, *, who: str | None = None) -> Changes:
    """Reverse a posted (or paid) run as a whole, by reversal entries dated today; its
    month's hours are open again. The run stays, marked reversed, with the reason."""
    if not reason.strip():
        raise ValidationError([problem("reason", "Geef een reden voor het terugdraaien.",
                                       "Give a reason for reversing.")])
    today = book.clock.today()
    with book.transaction() as session:
        run = _run(session, run_id)
        if not run.status.locks_hours:
            raise CoopDeskError(Text("Uitbetaling {run} is al teruggedraaid.", "Payout run {run} was already reversed."),
                                run=run_id)
        reversal_id = None
        # held lines paid later (nabetaald) are reversed with their run: the run owes nothing any more
        for held in held_store.held_lines(session, run_id=run_id, owed_only=False):
            if held.transaction_id is not None:
                ledger.reverse_transaction(book, held.transaction_id, today, allow_negative_cash=True)
        if run.paid_transaction_id is not None:
            ledger.reverse_transaction(book, run.paid_transaction_id, today, allow_negative_cash=True)
        if run.posted_transaction_id is not None:
            reversal_id, _ = ledger.reverse_transaction(book, run.posted_transaction_id, today)
        store.set_run_reversed(session, run_id, today, reversal_id, reason.strip())
        audit.record(session, book.clock.now(), who or current_user(), "payout.reverse",
                     f"uitbetaling {run_id} ({run.month}) teruggedraaid: {reason.strip()}")
    return PAYOUTS | Changes(ledger=True, hours=True)


def mark_paid(book: Book, run_id: int, paid_on: date, *, who: str | None = None) -> Changes:
    """The bank executed the transfers on `paid_on`: post allowances payable against the bank
    for the lines in the bank file."""
    with book.transaction() as session:
        run = _run(session, run_id)
        if run.status is not RunStatus.POSTED:
            raise CoopDeskError(Text("Uitbetaling {run} is {status}; alleen een geboekte uitbetaling wordt betaald.",
                                     "Payout run {run} is {status}; only a posted run is paid."),
                                run=run_id, status=run.status.label.render())
        if paid_on < run.posted_on:
            raise ValidationError([problem("paid_on", "De betaaldatum ligt vóór de boeking ({day}).",
                                           "The payment date is before the posting ({day}).", day=run.posted_on)])
        if paid_on > book.clock.today():
            raise ValidationError([problem("paid_on", "De datum {day} ligt in de toekomst.",
                                           "The date {day} is in the future.", day=paid_on)])
        if run.premium_total and paid_on.year != payment_year(run.month):
            raise ValidationError([problem(
                "paid_on", "Deze uitbetaling bevat premies, die meetellen voor {year} (het jaar waarin ze worden "
                "betaald); kies een betaaldatum in {year}, of draai de uitbetaling terug.",
                "This run holds premiums, which count for {year} (the year they are paid in); choose a payment "
                "date in {year}, or reverse the run.", year=payment_year(run.month))])
        amount = sum((line.paid for line in run.lines if not line.payment_held), Money.zero())
        transaction_id = None
        if amount:
            transaction_id = ledger.post_journal_entry(
                book, paid_on, f"Betaling vergoedingen {run.month.dutch_name}", payment_postings(session, amount),
                reference=f"uitbetaling {run.month}")
        store.set_run_paid(session, run_id, paid_on, transaction_id)
        audit.record(session, book.clock.now(), who or current_user(), "payout.paid",
                     f"uitbetaling {run_id} ({run.month}) betaald op {paid_on.isoformat()}: {amount}")
    return PAYOUTS | Changes(ledger=True)


def list_runs(book: Book, year: int | None = None) -> list[PayoutRun]:
    with book.transaction() as session:
        return store.list_runs(session, year)


def get_run(book: Book, run_id: int) -> PayoutRun:
    with book.transaction() as session:
        return _run(session, run_id)


# -- declarations ------------------------------------------------------------------------------


def _member_id(session: Session, member_id: int) -> int:
    if member_store.get_member(session, member_id) is None:
        raise NotFound(Text("Lid {id} bestaat niet.", "Member {id} does not exist."), "member", id=member_id)
    return member_id


def set_other_allowance(book: Book, member_id: int, year: int, amount: Money, *, who: str | None = None) -> Changes:
    """Declare what a member receives from other organisations in `year` (counts against the
    year cap); zero removes the declaration."""
    if amount.is_negative():
        raise ValidationError([problem("amount", "Een bedrag van andere organisaties is niet negatief.",
                                       "An amount from other organisations is not negative.")])
    with book.transaction() as session:
        declared_store.set_other_allowance(session, _member_id(session, member_id), year, amount)
        audit.record(session, book.clock.now(), who or current_user(), "payout.other_allowance",
                     f"lid {member_id}, {year}: {amount}")
    return PAYOUTS | Changes(members=frozenset({member_id}))


def set_premium_payment_months(book: Book, member_id: int, year: int, months: set[int] | frozenset[int],
                               *, who: str | None = None) -> Changes:
    """Choose a member's premium payment months in `year`: at most two, months already paid
    in that year included (a third is refused with `PremiumPaymentsError`)."""
    with book.transaction() as session:
        _member_id(session, member_id)
        chosen = check_payment_months(year, months, reads_store.premium_paid_months(session, member_id, year))
        # December's run is paid in January: count per payment year, the neighbours included
        around = {other: set(declared_store.payment_months(session, member_id, other))
                  | reads_store.premium_paid_months(session, member_id, other) for other in (year - 1, year + 1)}
        check_payment_years({**around, year: set(chosen) | reads_store.premium_paid_months(session, member_id, year)})
        declared_store.set_payment_months(session, member_id, year, chosen)
        audit.record(session, book.clock.now(), who or current_user(), "payout.payment_months",
                     f"lid {member_id}, {year}: {sorted(chosen)}")
    return PAYOUTS | Changes(members=frozenset({member_id}))


def member_year_settings(book: Book, member_id: int, year: int) -> tuple[Money, frozenset[int]]:
    """What the treasurer declared for a member and year: the allowance from other
    organisations and the premium payment months (for the member's payout form)."""
    with book.transaction() as session:
        _member_id(session, member_id)
        return declared_store.other_allowance(session, member_id, year), declared_store.payment_months(session, member_id, year)


def audit_log(book: Book, limit: int = 100, action_prefix: str = "") -> list[audit.AuditLine]:
    """The newest audit lines first (only those whose action starts with `action_prefix`)."""
    with book.transaction() as session:
        return audit.recent(session, limit, action_prefix)


def add_actual_cost(book: Book, member_id: int, month: PayoutMonth | str, amount: Money, receipt_reference: str,
                    description: str = "") -> tuple[int, Changes]:
    """Add a reimbursement of documented costs (no cap) to a member's payout of `month`: paid
    in the month's run, or in its supplementary run when the run did not pay this member.

    A member's paid month is fixed (`coopdesk.domain.payout.costs`): a cost for a month whose
    run already paid this member is refused with a `ClosedPeriodError` naming the run and
    the month to enter the receipt in instead (the first after the member's last paid
    month); so is a closed year, and a month the member was not a member in
    (`ValidationError`)."""
    chosen = _month(month)
    found = []
    if not amount.is_positive():
        found.append(problem("amount", "Het bedrag moet groter zijn dan nul.", "The amount must be more than zero."))
    elif amount > MAX_AMOUNT:  # a typo (99999999999999): the run could never be posted with it
        found.append(problem("amount", "Bedrag: {amount} is meer dan {limit}; dat kan niet kloppen.",
                             "Amount: {amount} is more than {limit}; that cannot be right.", amount=amount,
                             limit=MAX_AMOUNT))
    if not receipt_reference.strip():
        found.append(problem("receipt_reference", "Vul het bonnummer in.", "Fill in the receipt reference."))
    elif len(receipt_reference.strip()) > 60:
        found.append(problem("receipt_reference", "Het bonnummer is te lang (hoogstens 60 tekens).",
                             "The receipt reference is too long (60 characters at most)."))
    if found:
        raise ValidationError(found)
    with book.transaction() as session:
        member = member_store.get_member(session, _member_id(session, member_id))
        assert member is not None
        ensure_open(session, chosen.first_day, field="month")  # a closed year, for everyone
        outside = membership_problem(member.name, member.details.joined_on, member.details.left_on, chosen)
        if outside is not None:
            raise ValidationError([outside])
        run_id = store.member_month_run(session, member_id, chosen)
        if run_id is not None:
            raise month_paid_refusal(member.name, chosen, run_id, _open_month(session, member_id, chosen))
        cost_id = cost_store.insert_actual_cost(session, chosen, ActualCost(
            member_id, amount, receipt_reference.strip(), description.strip()[:200]), book.clock.now())
    return cost_id, PAYOUTS


def _open_month(session: Session, member_id: int, paid: PayoutMonth) -> PayoutMonth:
    """Where a late receipt of a paid month goes: the month after the member's last paid one."""
    last = store.member_last_paid_month(session, member_id)
    return max(paid.next(), last.next() if last is not None else paid.next())


def remove_actual_cost(book: Book, cost_id: int) -> Changes:
    """Remove a cost no run has paid. A paid cost is posted money: refused, naming the run to
    reverse; a cost in a closed year is refused too."""
    with book.transaction() as session:
        found = cost_store.actual_cost_month(session, cost_id)
        if found is None:
            raise NotFound(Text("Deze kosten bestaan niet (meer).", "These costs do not exist (any more)."))
        member_id, month = found
        run_id = store.member_month_run(session, member_id, month)
        if run_id is not None:
            raise removal_refusal(month, run_id)
        ensure_open(session, month.first_day, field="month")
        cost_store.delete_actual_cost(session, cost_id)
    return PAYOUTS


def list_actual_costs(book: Book, month: PayoutMonth | str) -> list[ActualCost]:
    with book.transaction() as session:
        return cost_store.month_costs(session, _month(month))


def waiting_costs(book: Book, first: PayoutMonth | str, last: PayoutMonth | str) -> list[WaitingCosts]:
    """The months from `first` to `last` with actual costs no run has paid yet."""
    with book.transaction() as session:
        return cost_store.waiting_costs(session, _month(first), _month(last))


def cost_states(book: Book, month: PayoutMonth | str) -> list[CostState]:
    """The month's actual costs, each with the run that paid it or `waiting` (for the view)."""
    with book.transaction() as session:
        return cost_store.cost_states(session, _month(month))


# -- rules -----------------------------------------------------------------------------------


def rules(book: Book) -> AllowanceRules:
    """The book's copy of the rules tables (what every payout of this book uses)."""
    with book.transaction() as session:
        return rules_store.load_rules(session)


def edit_rule(book: Book, rule: FiscalCaps | PremiumMaximum, *, who: str | None = None) -> Changes:
    """Replace (or add) one row of the book's rules tables; the row records who and when.
    Amounts a person types are read with `coopdesk.domain.numbers.parse_amount` first."""
    user = who or current_user()
    now = book.clock.now()
    amounts: tuple[Money, ...]
    if isinstance(rule, FiscalCaps):
        amounts = (rule.hour_rate_21_plus, rule.hour_rate_under_21, rule.month, rule.year_total)
        if rule.month > rule.year_total:
            raise ValidationError([problem("month", "De maandgrens is hoger dan de jaargrens.",
                                           "The month cap is above the year cap.")])
    else:
        amounts = (rule.yearly_maximum, rule.income_disregard_month)
    if any(amount.is_negative() for amount in amounts):
        raise ValidationError([problem(None, "Een grens is niet negatief.", "A cap is not negative.")])
    with book.transaction() as session:
        if isinstance(rule, FiscalCaps):
            rules_store.save_fiscal_caps(session, replace(rule, edited_by=user, edited_at=now), user, now)
            what = f"vrijwilligersvergoeding {rule.year}: uur {rule.hour_rate_21_plus}/{rule.hour_rate_under_21}, " \
                   f"maand {rule.month}, jaar {rule.year_total}"
        else:
            rules_store.save_premium_maximum(session, rule, user, now)
            what = f"premiemaximum vanaf {rule.in_force_on.isoformat()}: {rule.yearly_maximum}"
        audit.record(session, now, user, "rules.edit", what)
    return PAYOUTS


# -- reads for the SEPA file and the municipality overview ----------------------------------------------


def payout_lines_for_sepa(book: Book, run_id: int) -> SepaPaymentRun:
    """What the SEPA writer needs for a posted or paid run: the cooperative as debtor and one
    line per member with something to receive; lines held for want of an IBAN are named in
    `held` instead."""
    with book.transaction() as session:
        run = _run(session, run_id)
        if not run.status.locks_hours:
            raise CoopDeskError(Text("Uitbetaling {run} is teruggedraaid; er is niets te betalen.",
                                     "Payout run {run} was reversed; there is nothing to pay."), run=run_id)
        cooperative = member_store.load_cooperative(session)
        rows = store.sepa_rows(session, run_id)
    lines: list[SepaPaymentLine] = []
    held: list[tuple[int, str]] = []
    for row in rows:
        amount = row.allowance + row.premium + row.actual_costs
        if not amount.is_positive():
            continue
        if row.payment_held:
            if row.paid_later is None:  # a held line paid later (nabetaald) is no news for this file
                held.append((row.number, row.name))
            continue
        lines.append(SepaPaymentLine(
            member_number=row.number, name=row.name, iban=row.iban, street=row.address, postcode=row.postcode,
            town=row.city, country=COUNTRY, amount=amount, end_to_end_id=f"COOPDESK-{run_id}-{row.number}",
            remittance=remittance_text(run.month)))
    return SepaPaymentRun(
        run_id=run_id, month=run.month, debtor_name=cooperative.name if cooperative else "",
        debtor_iban=cooperative.iban if cooperative else "", debtor_street=cooperative.address if cooperative else "",
        debtor_postcode=cooperative.postcode if cooperative else "",
        debtor_town=cooperative.city if cooperative else "", debtor_country=COUNTRY,
        lines=tuple(lines), held=tuple(held))


def municipality_overview_data(book: Book, member_number: int, first_month: PayoutMonth | str,
                               last_month: PayoutMonth | str) -> MunicipalityOverview:
    """Per month from `first_month` to `last_month`: hours, allowance, premium, actual costs
    (apart) and the payment date, from the posted (not reversed) runs."""
    first, last = _month(first_month), _month(last_month)
    if last < first:
        raise ValidationError([problem("last_month", "De laatste maand ligt vóór de eerste.",
                                       "The last month is before the first.")])
    with book.transaction() as session:
        member = member_store.get_member_by_number(session, member_number)
        if member is None:
            raise NotFound(Text("Lid {number} bestaat niet.", "Member {number} does not exist."), "member",
                           number=member_number)
        minutes = reads_store.member_month_minutes(session, int(member.id), first.first_day, last.last_day)
        runs = store.member_run_lines(session, int(member.id), first, last)
        cooperative = member_store.load_cooperative(session)
    months: list[MunicipalityMonth] = []
    current = first
    zero = Money.zero()
    while current <= last:
        key = (current.year, current.month)
        run = runs.get(key)
        months.append(MunicipalityMonth(
            month=current, minutes=minutes.get(key, 0),
            allowance=run[1] if run else zero, premium=run[2] if run else zero,
            actual_costs=run[3] if run else zero, paid_on=run[4] if run else None,
            run_id=run[0] if run else None))
        current = current.next()
    return MunicipalityOverview(
        member_number=int(member.number), member_name=member.name, birth_on=member.details.birth_on,
        cooperative_name=cooperative.name if cooperative else "", first_month=first, last_month=last,
        months=tuple(months))
