"""Members' savings pots as use cases: deposit, withdraw, the pots page, a pot statement,
and the purposes list.

Each function is one unit of work and joins the caller's (the year close deposits through
`deposit_in`). Every movement is posted to the ledger in the same unit of work, against
the one liability account "Spaarpotten leden" (1710), so its balance always equals the sum
of the pots (`pot_problems`, run by `coopdesk check`):

* a withdrawal: 1710 (debit) against the cash box or the bank (credit), refused when the
  pot would go below zero at any point (`PotBelowZeroError`, naming the balance) and, as
  any expense, when the cash box would;
* a manual deposit: the general reserve (or the account given) against 1710, refused
  (`ReserveTooLowError`, naming the reserve's balance) when the reserve cannot cover it;
* a distribution deposit: posted by the year close in its own entry.

What "cover" means, as the cash rule (`NegativeCashError`) does for the cash box: a
manual deposit from a reserve (the general reserve 0100 or the training reserve 0110,
both equity with a credit balance) is accepted only when, with it, the reserve's
balance (posted transactions, drafts left out) stays at zero or above at the end of the
deposit's date and of every later day that has a movement. The reserve holds what the
closed years' distributions and the opening balance put in it; the profit of a year not
yet closed is not in it, so it cannot be spent from the reserve before the close. A
deposit from any other account (a gift booked on an income account, say) has no such
limit; a cash account keeps the cash rule. `coopdesk check` reports every run of days a
reserve stood below zero (a book written before this rule).

A movement dated in a closed year (or in the future) is refused like any posting, and
that refusal comes first: a withdrawal dated in a closed year names the closed year, not
the pot's balance.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Literal

from coopdesk.domain.errors import CoopDeskError, NotFound
from coopdesk.domain.ledger import (
    AccountId,
    AccountRole,
    Posting,
    first_negative_day,
    negative_spans,
)
from coopdesk.domain.money import Money
from coopdesk.domain.pot import (
    MovementKind,
    PotMovement,
    PotRow,
    PotsOverview,
    PotStatement,
    Purpose,
    ReserveTooLowError,
    check_never_negative,
    deposit_problems,
    purpose_problems,
    statement,
    withdrawal_problems,
)
from coopdesk.domain.text import Text
from coopdesk.services import ledger
from coopdesk.services.changes import Changes
from coopdesk.services.ledger.checks import negative_cash_text
from coopdesk.services.ledger.posting import refuse_future
from coopdesk.services.payout import current_user
from coopdesk.services.periods import ensure_open
from coopdesk.store import audit
from coopdesk.store import ledger as ledger_store
from coopdesk.store import members as member_store
from coopdesk.store import pots as store
from coopdesk.store.book import Book
from coopdesk.store.chart import BANK, CASH, GENERAL_RESERVE, POTS, TRAINING_RESERVE
from coopdesk.store.session import Session

__all__ = ["deposit", "deposit_in", "list_pots", "list_purposes", "pot_problems", "pot_statement", "reserve_balance", "save_purpose",
           "set_purpose_active", "withdraw"]

POT_CHANGES = Changes(pots=True, ledger=True)
RESERVES = (GENERAL_RESERVE, TRAINING_RESERVE)  # a manual deposit from one of these must be covered
PaidFrom = Literal["cash", "bank"]


def account_id(session: Session, code: str) -> AccountId:
    account = ledger_store.account_by_code(session, code)
    if account is None or not account.active:
        raise CoopDeskError(Text("Rekening {code} ontbreekt of is niet actief; de spaarpotten boeken erop.",
                                 "Account {code} is missing or inactive; the savings pots post to it."), code=code)
    return account.id


def _money_account(session: Session, paid_from: PaidFrom) -> AccountId:
    role, code = (AccountRole.CASH, CASH) if paid_from == "cash" else (AccountRole.BANK, BANK)
    found = [a for a in ledger_store.accounts_by_role(session, role) if a.active]
    return found[0].id if found else account_id(session, code)


def _member(session: Session, member_id: int) -> tuple[int, str]:
    member = member_store.get_member(session, member_id)
    if member is None:
        raise NotFound(Text("Lid {id} bestaat niet.", "Member {id} does not exist."), "member", id=member_id)
    return int(member.number), member.name


def deposit_in(session: Session, book: Book, movement: PotMovement, *, purpose_id: int | None = None,
               year_close_id: int | None = None) -> int:
    """Write one movement inside the caller's unit of work, refusing a pot below zero (at any
    date) and a closed date. The ledger posting is the caller's."""
    ensure_open(session, movement.booked_on, field="booked_on")
    check_never_negative([*store.member_movements(session, movement.member_id),
                          replace(movement, id=2**62)])  # the new one last on its day
    return store.insert_movement(session, movement, book.clock.now(), purpose_id=purpose_id,
                                 year_close_id=year_close_id)


def _dated(session: Session, book: Book, day: date) -> None:
    """A movement's date is open and not in the future; checked before any balance."""
    ensure_open(session, day, field="booked_on")
    refuse_future(book, day)


def _check_covered(session: Session, reserve: AccountId, amount: Money, day: date) -> None:
    """Refuse (`ReserveTooLowError`) a deposit of `amount` on `day` that leaves the reserve
    (a credit balance: shown positive) below zero at the end of `day` or of any later day."""
    existing = [(on, -moved) for on, moved in ledger_store.daily_movements(session, [reserve], day)[reserve]]
    found = first_negative_day(existing, [(day, -amount)], day)
    if found is not None:
        low_day, after = found
        account = ledger_store.get_account(session, reserve)
        assert account is not None
        raise ReserveTooLowError(account.name, account.code, low_day, after + amount, amount, day)


def deposit(book: Book, member_id: int, amount: Money, reason: str, booked_on: date | None = None, *,
            from_account: str = GENERAL_RESERVE, who: str | None = None) -> tuple[int, Changes]:
    """A manual deposit with a reason: `from_account` (default the general reserve) against
    the pots' liability account. Refused, with nothing written: a bad amount or reason
    (`ValidationError`), a closed year or a future date, then a reserve that cannot cover it
    (`ReserveTooLowError`: the reserve's balance on the deposit's date and every later day
    stays at zero or above, see the module's docstring)."""
    deposit_problems(amount, reason)
    day = booked_on or book.clock.today()
    with book.transaction() as session:
        number, _ = _member(session, member_id)
        _dated(session, book, day)
        source = account_id(session, from_account)
        if from_account in RESERVES:
            _check_covered(session, source, amount, day)
        transaction_id = ledger.post_journal_entry(
            book, day, f"Storting spaarpot lid {number}: {reason.strip()}"[:200],
            [Posting(source, amount), Posting(account_id(session, POTS), -amount)],
            reference=f"spaarpot {number}")
        movement_id = deposit_in(session, book, PotMovement(
            0, member_id, day, MovementKind.DEPOSIT, amount, reason.strip(), transaction_id=transaction_id))
        audit.record(session, book.clock.now(), who or current_user(), "pots.deposit",
                     f"lid {number}: {amount} op {day.isoformat()} ({reason.strip()})")
    return movement_id, POT_CHANGES | Changes(members=frozenset({member_id}))


def withdraw(book: Book, member_id: int, amount: Money, purpose_id: int, receipt_reference: str,
             approved_by: str = "", booked_on: date | None = None, *, paid_from: PaidFrom = "bank",
             who: str | None = None) -> tuple[int, list[Text], Changes]:
    """A withdrawal for a purpose, paid from the cash box or the bank and posted in the same
    unit of work. Returns the movement's id and the warnings to show (a purpose the
    municipality may count as income)."""
    day = booked_on or book.clock.today()
    with book.transaction() as session:
        purpose = store.get_purpose(session, purpose_id)
        withdrawal_problems(amount, purpose, receipt_reference, approved_by)
        assert purpose is not None
        number, _ = _member(session, member_id)
        _dated(session, book, day)  # a closed year or a future date first: the pot's balance is beside the point
        # the pot before the cash box: its refusal names the pot's balance, not the cash box's
        check_never_negative([*store.member_movements(session, member_id),
                              PotMovement(2**62, member_id, day, MovementKind.WITHDRAWAL, -amount)])
        transaction_id = ledger.post_journal_entry(
            book, day, f"Opname spaarpot lid {number}: {purpose.name}"[:200],
            [Posting(account_id(session, POTS), amount), Posting(_money_account(session, paid_from), -amount)],
            reference=receipt_reference.strip())
        movement_id = deposit_in(session, book, PotMovement(
            0, member_id, day, MovementKind.WITHDRAWAL, -amount, purpose.name, receipt_reference.strip(),
            approved_by.strip(), transaction_id), purpose_id=purpose.id)
        audit.record(session, book.clock.now(), who or current_user(), "pots.withdraw",
                     f"lid {number}: {amount} op {day.isoformat()} voor {purpose.name}, bon "
                     f"{receipt_reference.strip()}, goedgekeurd door {approved_by.strip() or '-'}")
    warnings = [purpose.warning] if purpose.warning is not None else []
    return movement_id, warnings, POT_CHANGES | Changes(members=frozenset({member_id}))


def reserve_balance(book: Book, on: date, code: str = GENERAL_RESERVE) -> Money:
    """What the reserve `code` holds at the end of `on` (a credit balance shown positive,
    drafts left out): what the deposit form shows beside the amount."""
    with book.transaction() as session:
        account = ledger_store.account_by_code(session, code)
        return -ledger_store.account_balance(session, account.id, through=on) if account else Money.zero()


def list_pots(book: Book, on: date | None = None) -> PotsOverview:
    """Every member with a pot, with its balance on `on` (default today), and the total."""
    day = on or book.clock.today()
    with book.transaction() as session:
        rows = store.balances(session, day)
    return PotsOverview(day, tuple(PotRow(*row) for row in rows))


def pot_statement(book: Book, member_number: int, first: date, last: date) -> PotStatement:
    with book.transaction() as session:
        member = member_store.get_member_by_number(session, member_number)
        if member is None:
            raise NotFound(Text("Lid {number} bestaat niet.", "Member {number} does not exist."), "member",
                           number=member_number)
        movements = store.member_movements(session, int(member.id))
    return statement(member_number, member.name, movements, first, last)


def list_purposes(book: Book, include_inactive: bool = False) -> list[Purpose]:
    with book.transaction() as session:
        return store.list_purposes(session, include_inactive)


def save_purpose(book: Book, purpose: Purpose, *, who: str | None = None) -> tuple[int, Changes]:
    """Add (id 0) or change a withdrawal purpose: its name, whether it needs the board's
    approval, whether the municipality may count it as income, whether it is offered.

    The name is required, at most `MAX_PURPOSE` characters, spaces folded, and unique
    whatever its capitals. A purpose is deactivated, never deleted; a new name holds for
    new withdrawals (earlier ones keep the name they were booked under). The audit log
    has what changed; saving it unchanged writes nothing."""
    purpose_problems(purpose.name)
    purpose = replace(purpose, name=" ".join(purpose.name.split()))
    with book.transaction() as session:
        same = next((p for p in store.list_purposes(session) if p.name.casefold() == purpose.name.casefold()
                     and p.id != purpose.id), None)
        if same is not None:
            raise CoopDeskError(Text("Het doel '{name}' bestaat al.", "The purpose '{name}' already exists."),
                                "name", name=same.name)
        before = store.get_purpose(session, purpose.id) if purpose.id else None
        if purpose.id and before is None:
            raise NotFound(Text("Doel {id} bestaat niet.", "Purpose {id} does not exist."), id=purpose.id)
        if before == purpose:
            return purpose.id, Changes()
        purpose_id = store.save_purpose(session, purpose)
        if before is None:
            what = f"toegevoegd: {purpose.name}"
        elif before.name != purpose.name:
            what = f"gewijzigd: {before.name} heet nu {purpose.name}"
        else:
            what = f"gewijzigd: {purpose.name}"
        audit.record(session, book.clock.now(), who or current_user(), "pots.purpose",
                     f"{what}; goedkeuring bestuur {_yes(purpose.needs_approval)}, inkomenswaarschuwing "
                     f"{_yes(purpose.income_warning)}, actief {_yes(purpose.active)}")
    return purpose_id, Changes(pots=True)


def set_purpose_active(book: Book, purpose_id: int, active: bool, *, who: str | None = None) -> Changes:
    """Deactivate a purpose (no longer offered for a withdrawal; the movements booked for it
    keep its name) or offer it again. Never a delete: the audit log has it, with how many
    movements use it."""
    with book.transaction() as session:
        purpose = store.get_purpose(session, purpose_id)
        if purpose is None:
            raise NotFound(Text("Doel {id} bestaat niet.", "Purpose {id} does not exist."), id=purpose_id)
        if purpose.active == active:
            return Changes()
        store.set_purpose_active(session, purpose_id, active)
        audit.record(session, book.clock.now(), who or current_user(),
                     "pots.purpose.reactivate" if active else "pots.purpose.deactivate",
                     f"{purpose.name} (bewegingen met dit doel: {store.purpose_uses(session, purpose_id)})")
    return Changes(pots=True)


def _yes(flag: bool) -> str:
    return "ja" if flag else "nee"


def pot_problems(book: Book) -> list[Text]:
    """For `coopdesk check`: the pots' liability account equals the sum of the pots, no
    pot is below zero, and no reserve the deposits come from ever stood below zero (every
    run of days, as for the cash box)."""
    found: list[Text] = []
    with book.transaction() as session:
        reserves = [a for a in (ledger_store.account_by_code(session, code) for code in RESERVES) if a is not None]
        moves = ledger_store.daily_movements(session, [a.id for a in reserves])
        found += [negative_cash_text(reserve, span) for reserve in reserves
                  for span in negative_spans((on, -moved) for on, moved in moves[reserve.id])]
        account = ledger_store.account_by_code(session, POTS)
        total = store.total(session)
        liability = -ledger_store.account_balance(session, account.id) if account is not None else Money.zero()
        negative = [(number, name, amount) for _, number, name, amount in store.balances(session)
                    if amount.is_negative()]
    if liability != total:
        found.append(_both("Rekening {code} Spaarpotten leden staat op {liability}, de spaarpotten samen op "
                           "{total}.", "Account {code} (savings pots) stands at {liability}, the pots together at "
                           "{total}.", code=POTS, liability=liability, total=total))
    for number, name, amount in negative:
        found.append(_both("De spaarpot van lid {number} ({name}) staat onder nul: {amount}.",
                           "The savings pot of member {number} ({name}) is below zero: {amount}.",
                           number=number, name=name, amount=amount))
    return found


def _both(nl: str, en: str, **values: object) -> Text:
    text = Text(nl, en)
    return Text(text.render("nl", **values), text.render("en", **values))
