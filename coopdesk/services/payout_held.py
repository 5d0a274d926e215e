"""Paying later what a payout run held for want of an IBAN (nabetalen).

A run posts every member's line: expense against allowances payable (1700). Paying the
run (`payout.mark_paid`) moves the lines in the bank file from 1700 to the bank; a line
held because the member had no valid IBAN (`RunLine.payment_held`) stays owed on 1700.
Here the treasurer pays such lines later, once the member's IBAN is entered (or in cash):

* `list_held_lines` shows the held lines still owed (member, run and month, amount).
* `pay_held_lines` pays chosen held lines on `paid_on`, by bank or from the cash box, in
  one unit of work: one ledger entry per line (1700 debit, bank or cash credit, dated
  `paid_on`; one per line so reversing a run reverses exactly its own lines), one
  `payout_held_payment` row per line (the line is paid, with the date and the entry), and
  an audit line. For a bank payment the caller may hand in `write_file`, which gets the
  SEPA values (`SepaPaymentRun`, one transfer per line) inside the unit of work:
  `exports.payout_files.pay_held_by_sepa` writes the file there, so a file that cannot be
  written leaves nothing posted, and the line stays owed.
* Refused, naming the member and the field, with nothing written: a bank payment for a
  member still without a valid IBAN (`iban`); a line already paid later, or of a reversed
  run (`lines`); a date before the run's posting, in the future, or in a closed period
  (`paid_on`); a cash payment that would leave the cash box below zero on any day
  (`NegativeCashError`, the ledger's own rule).
* `payout.reverse_payout` reverses a run's later payments together with the run.
* `payout_problems` (run by `coopdesk check`): 1700's balance, opening balances aside,
  equals what the runs still owe (`store.payout_held.owed_cents`).

**Caps and statements (the reading this module keeps).** Every cap counts a line once, in
the run it belongs to, never by when it was paid: the volunteer allowance in the month and
year worked, a premium in its run's payment year (`domain.payout.payment_year`, December's
run counts in January's year). The amount was inside the caps when the run was posted, so
a later payment adds nothing to any cap: no cap reads `payout_held_payment`, and the year
histories, the statements' totals and the municipality overview's amounts stay those of
the run line. What the later payment changes is the **payment date**: the statement and
the municipality overview show a held line's own payment date (none while it is owed),
never the date the rest of its run was paid (`store.payout.member_run_lines`,
`store.statements.run_lines`). So that "a premium counts in the calendar year it is paid"
stays true for a held premium, a line with a premium is paid later only within its
run's payment year, as `payout.mark_paid` already requires for a run with premiums;
after that year the way out is reversing the run (refused here with that advice).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import CoopDeskError, NotFound, Problem, ValidationError, problem
from coopdesk.domain.ledger import AccountId, AccountRole, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.payout import SepaPaymentLine, SepaPaymentRun, payment_year, remittance_text
from coopdesk.domain.payout.calculation import valid_iban
from coopdesk.domain.text import Text
from coopdesk.services import ledger
from coopdesk.services.changes import Changes
from coopdesk.services.payout import COUNTRY, current_user
from coopdesk.services.periods import ensure_open
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import members as member_store
from coopdesk.store import payout_held as store
from coopdesk.store.book import Book
from coopdesk.store.chart import ALLOWANCES_PAYABLE, BANK, CASH
from coopdesk.store.payout_held import HeldLine
from coopdesk.store.session import Session

__all__ = ["HeldLine", "HeldPayment", "PaymentMethod", "list_held_lines", "pay_held_lines", "payout_problems"]


class PaymentMethod(enum.Enum):
    BANK = "bank"
    CASH = "cash"

    @property
    def label(self) -> Text:
        return Text("bank", "bank") if self is PaymentMethod.BANK else Text("kas", "cash")


@dataclass(frozen=True)
class HeldPayment:
    """What `pay_held_lines` did: the lines paid, their total, the SEPA values (bank only)."""

    lines: tuple[HeldLine, ...]
    paid_on: date
    method: PaymentMethod
    total: Money
    sepa: SepaPaymentRun | None
    transaction_ids: tuple[int, ...]


def list_held_lines(book: Book, member_number: int | None = None, *, run_id: int | None = None,
                    include_paid: bool = False) -> list[HeldLine]:
    """The held lines of posted or paid runs still owed (of one member, of one run), oldest
    month first; with `include_paid` also those paid later, with their date."""
    with book.transaction() as session:
        member_id = None
        if member_number is not None:
            member_id = _member_id(session, member_number)
        return store.held_lines(session, member_id=member_id, run_id=run_id, owed_only=not include_paid)


def _member_id(session: Session, member_number: int) -> int:
    member = member_store.get_member_by_number(session, member_number)
    if member is None:
        raise NotFound(Text("Lid {number} bestaat niet.", "Member {number} does not exist."), "member",
                       number=member_number)
    return int(member.id)


def _who(line: HeldLine) -> str:
    return f"{line.member_number} ({line.member_name})"


def _account(session: Session, role: AccountRole, code: str) -> AccountId:
    found = [a for a in ledger_store.accounts_by_role(session, role) if a.active]
    if found:
        return found[0].id
    account = ledger_store.account_by_code(session, code)
    if account is None or not account.active:
        raise CoopDeskError(Text("Rekening {code} ontbreekt of is niet actief; de nabetaling boekt erop.",
                                 "Account {code} is missing or inactive; the later payment posts to it."),
                            code=code)
    return account.id


def _refusals(lines: list[HeldLine], paid_on: date, method: PaymentMethod) -> list[Problem]:
    """What refuses these lines, as (field, message naming the member)."""
    found: list[Problem] = []
    for line in lines:
        who, month = _who(line), line.month.dutch_name
        if not line.run_status.locks_hours:
            found.append(problem("lines",
                "Lid {who}: uitbetaling {run} ({month}) is teruggedraaid; er is niets na te betalen.",
                "Member {who}: payout run {run} ({month}) was reversed; there is nothing to pay later.",
                who=who, run=line.run_id, month=month))
        elif line.paid_on is not None:
            found.append(problem("lines",
                "Lid {who}: de regel van {month} is al betaald op {day}.",
                "Member {who}: the line of {month} was already paid on {day}.",
                who=who, month=month, day=line.paid_on))
        elif method is PaymentMethod.BANK and not valid_iban(line.iban):
            found.append(problem("iban",
                "Lid {who}: er is nog geen geldig IBAN; vul het IBAN in bij het lid, of betaal contant.",
                "Member {who}: there is still no valid IBAN; enter the IBAN in the member's details, or pay "
                "in cash.", who=who))
        if paid_on < line.month.last_day:
            found.append(problem("paid_on",
                "Lid {who}: de betaaldatum {day} ligt vóór de boeking van {month} ({posted}).",
                "Member {who}: the payment date {day} is before {month} was posted ({posted}).",
                who=who, day=paid_on, month=month, posted=line.month.last_day))
        elif line.premium.is_positive() and paid_on.year != payment_year(line.month):
            found.append(problem("paid_on",
                "Lid {who}: de regel van {month} bevat een premie, die meetelt voor {year} (het jaar waarin hij "
                "wordt betaald); kies een betaaldatum in {year}, of draai de uitbetaling terug.",
                "Member {who}: the line of {month} holds a premium, which counts for {year} (the year it is "
                "paid in); choose a payment date in {year}, or reverse the run.",
                who=who, month=month, year=payment_year(line.month)))
    return found


def pay_held_lines(book: Book, line_ids: Collection[int], paid_on: date, method: PaymentMethod, *,
                   write_file: Callable[[SepaPaymentRun], object] | None = None,
                   who: str | None = None) -> tuple[HeldPayment, Changes]:
    """Pay held lines `line_ids` on `paid_on` by bank or cash, in one unit of work (see the
    module docstring for what is posted and refused). `write_file`, for a bank payment, is
    called last, inside the unit of work, with the SEPA values: if it raises, nothing is
    written."""
    wanted = sorted(set(line_ids))
    if not wanted:
        raise ValidationError([problem("lines", "Kies een of meer regels om na te betalen.",
                                       "Choose one or more lines to pay.")])
    if write_file is not None and method is not PaymentMethod.BANK:
        raise ValidationError([problem("method", "Een SEPA-bestand hoort bij een betaling per bank.",
                                       "A SEPA file belongs to a payment by bank.")])
    if paid_on > book.clock.today():
        raise ValidationError([problem("paid_on", "De datum {day} ligt in de toekomst.",
                                       "The date {day} is in the future.", day=paid_on)])
    user = who or current_user()
    with book.transaction() as session:
        lines = store.held_lines(session, line_ids=wanted, owed_only=False, include_reversed=True)
        missing = sorted(set(wanted) - {line.line_id for line in lines})
        if missing:
            raise NotFound(Text("Regel {line} is geen vastgehouden uitbetalingsregel.",
                                "Line {line} is not a held payout line."), "lines", line=missing[0])
        refused = _refusals(lines, paid_on, method)
        if refused:
            raise ValidationError(refused)
        ensure_open(session, paid_on, field="paid_on")
        payable = _payable(session)
        money = _account(session, AccountRole.BANK, BANK) if method is PaymentMethod.BANK \
            else _account(session, AccountRole.CASH, CASH)
        transaction_ids: list[int] = []
        for line in lines:
            transaction_id = ledger.post_journal_entry(
                book, paid_on, f"Nabetaling vergoeding {line.month.dutch_name} aan {line.member_name}"[:200],
                [Posting(payable, line.amount), Posting(money, -line.amount)],
                reference=f"nabetaling {line.month}")
            store.insert_held_payment(session, line.line_id, paid_on, method.value, transaction_id, user,
                                      book.clock.now())
            transaction_ids.append(int(transaction_id))
        amount = sum((line.amount for line in lines), Money.zero())
        audit.record(session, book.clock.now(), user, "payout.held_paid",
                     f"nabetaling {method.value} op {paid_on.isoformat()}: " + ", ".join(
                         f"lid {line.member_number} uitbetaling {line.run_id} ({line.month}) {line.amount}"
                         for line in lines) + f"; totaal {amount}")
        sepa = _sepa_run(session, lines) if method is PaymentMethod.BANK else None
        if write_file is not None and sepa is not None:
            write_file(sepa)  # last: a file that cannot be written rolls all of this back
    result = HeldPayment(tuple(lines), paid_on, method, amount, sepa, tuple(transaction_ids))
    return result, Changes(payouts=True, ledger=True)


def _payable(session: Session) -> AccountId:
    account = ledger_store.account_by_code(session, ALLOWANCES_PAYABLE)
    if account is None or not account.active:
        raise CoopDeskError(Text("Rekening {code} ontbreekt of is niet actief; de nabetaling boekt erop.",
                                 "Account {code} is missing or inactive; the later payment posts to it."),
                            code=ALLOWANCES_PAYABLE)
    return account.id


def _sepa_run(session: Session, lines: list[HeldLine]) -> SepaPaymentRun:
    """The SEPA values paying these lines: one transfer per line, its own end-to-end id
    (`COOPDESK-<run>-<member>-N`, N for nabetaling: never the id the run's own file used)."""
    cooperative = member_store.load_cooperative(session)
    first = lines[0]
    return SepaPaymentRun(
        run_id=first.run_id, month=first.month, debtor_name=cooperative.name if cooperative else "",
        debtor_iban=cooperative.iban if cooperative else "",
        debtor_street=cooperative.address if cooperative else "",
        debtor_postcode=cooperative.postcode if cooperative else "",
        debtor_town=cooperative.city if cooperative else "", debtor_country=COUNTRY,
        lines=tuple(SepaPaymentLine(
            member_number=line.member_number, name=line.member_name, iban=line.iban, street=line.street,
            postcode=line.postcode, town=line.town, country=COUNTRY, amount=line.amount,
            end_to_end_id=f"COOPDESK-{line.run_id}-{line.member_number}-N",
            remittance=f"{remittance_text(line.month)} (nabetaling)") for line in lines))


def payout_problems(book: Book) -> list[Text]:
    """For `coopdesk check`: allowances payable (1700), opening balances aside, holds what
    the posted runs and the held lines still owe."""
    with book.transaction() as session:
        balance = store.payable_cents(session, ALLOWANCES_PAYABLE)
        if balance is None:
            return []
        owed = store.owed_cents(session)
    if balance == owed:
        return []
    text = Text(
        "Rekening {code} (te betalen vergoedingen) staat op {balance}, maar de uitbetalingen en de "
        "vastgehouden regels zijn nog {owed} schuldig.",
        "Account {code} (allowances payable) stands at {balance}, but the payout runs and the held lines "
        "still owe {owed}.")
    values = {"code": ALLOWANCES_PAYABLE, "balance": Money.from_cents(balance), "owed": Money.from_cents(owed)}
    return [Text(text.render("nl", **values), text.render("en", **values))]
