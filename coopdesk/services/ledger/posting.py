"""Money in, money out and journal entries: what every posting passes before it is
written (accounts that exist and are active, an open period, no future date, no cash box
below zero unless the treasurer said so)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from coopdesk.domain.errors import NotFound, ValidationError, problem
from coopdesk.domain.ledger import (
    Account,
    AccountId,
    AccountRole,
    DailyMovement,
    Entry,
    NegativeCashError,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    expense,
    first_negative_day,
    journal_entry,
    receipt,
)
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services.periods import ensure_open
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as store
from coopdesk.store.book import Book
from coopdesk.store.session import Session


def get_transaction(book: Book, transaction_id: int) -> Transaction:
    with book.transaction() as session:
        return load_transaction(session, transaction_id)


def load_transaction(session: Session, transaction_id: int) -> Transaction:
    found = store.get_transaction(session, transaction_id)
    if found is None:
        raise NotFound(Text("Boeking {number} bestaat niet.", "Transaction {number} does not exist."),
                       number=transaction_id)
    return found


def chosen_account(session: Session, account_id: int, field: str) -> Account:
    account = store.get_account(session, account_id)
    if account is None:
        raise ValidationError([problem(field, "Kies een rekening.", "Choose an account.")])
    return account


def check_accounts(session: Session, entry: Entry) -> None:
    """Every account the entry posts to exists and is active, and its cost centres and
    activity exist (the form's choice may have been deleted meanwhile)."""
    centres = {entry.cost_centre_id} | {p.cost_centre_id for p in entry.postings}
    for centre_id in sorted(c for c in centres if c is not None):
        if activity_store.get_cost_centre(session, centre_id) is None:
            raise ValidationError([problem("cost_centre", "Kostenplaats {id} bestaat niet.",
                                           "Cost centre {id} does not exist.", id=centre_id)])
    if entry.activity_id is not None and activity_store.get_activity(session, entry.activity_id) is None:
        raise ValidationError([problem("activity", "Activiteit {id} bestaat niet.",
                                       "Activity {id} does not exist.", id=entry.activity_id)])
    for posting in entry.postings:
        account = store.get_account(session, posting.account_id)
        if account is None:
            raise ValidationError([problem("postings", "Rekening {id} bestaat niet.",
                                           "Account {id} does not exist.", id=posting.account_id)])
        if not account.active:
            raise ValidationError([problem("postings", "Rekening {account} is niet meer actief.",
                                           "Account {account} is no longer active.", account=account.label())])


@dataclass(frozen=True)
class MoneyForm:
    """What the Ontvangst / Uitgave form holds: plain words, no debit or credit."""

    booked_on: date
    money_account_id: int
    category_account_id: int
    amount: Money
    description: str
    reference: str = ""
    cost_centre_id: int | None = None
    activity_id: int | None = None


def money_entry(session: Session, kind: TransactionKind, form: MoneyForm) -> Entry:
    money_account = chosen_account(session, form.money_account_id, "money_account")
    category = chosen_account(session, form.category_account_id, "category")
    build = receipt if kind is TransactionKind.RECEIPT else expense
    return build(form.booked_on, money_account, category, form.amount, form.description, form.reference,
                 form.cost_centre_id, form.activity_id)


def post_entry(session: Session, book: Book, entry: Entry, allow_negative_cash: bool = False) -> TransactionId:
    entry.validate()
    check_accounts(session, entry)
    ensure_open(session, entry.booked_on, field="booked_on")
    refuse_future(book, entry.booked_on)
    check_cash(session, [entry], allow_negative_cash)
    return store.insert_transaction(session, entry, book.clock.now())


def check_cash(session: Session, entries: list[Entry], allow_negative_cash: bool) -> None:
    """Refuse (`NegativeCashError`) entries that take money out of a cash account when,
    with them, its balance is below zero at the end of any day from their date on;
    unless the treasurer explicitly said to post anyway. Money coming in is never refused,
    even into a cash box that is already short."""
    if allow_negative_cash:
        return
    cash = {a.id: a for a in store.accounts_by_role(session, AccountRole.CASH)}
    new: dict[AccountId, list[DailyMovement]] = {}
    for entry in entries:
        for posting in entry.postings:
            if posting.account_id in cash:
                new.setdefault(posting.account_id, []).append((entry.booked_on, posting.amount))
    lowered = [account_id for account_id, moves in new.items() if any(m.is_negative() for _, m in moves)]
    if not lowered:
        return
    since = min(day for account_id in lowered for day, _ in new[account_id])
    existing = store.daily_movements(session, lowered, since)  # the balance before `since`, then each day
    for account_id in lowered:
        found = first_negative_day(existing[account_id], new[account_id],
                                   min(day for day, _ in new[account_id]))
        if found is not None:
            raise NegativeCashError(cash[account_id], *found)


def refuse_future(book: Book, day: date) -> None:
    if day > book.clock.today():
        raise ValidationError([problem("booked_on", "De datum {day} ligt in de toekomst.",
                                       "The date {day} is in the future.", day=day)])


def post_receipt(book: Book, form: MoneyForm, *, allow_negative_cash: bool = False) -> TransactionId:
    """Money in: debit the cash box or bank, credit the chosen (income) account.

    Every posting function refuses with `NegativeCashError` what would leave a cash
    account below zero on any day from its date on, unless `allow_negative_cash`."""
    with book.transaction() as session:
        return post_entry(session, book, money_entry(session, TransactionKind.RECEIPT, form), allow_negative_cash)


def post_expense(book: Book, form: MoneyForm, *, allow_negative_cash: bool = False) -> TransactionId:
    """Money out: debit the chosen (cost) account, credit the cash box or bank."""
    with book.transaction() as session:
        return post_entry(session, book, money_entry(session, TransactionKind.EXPENSE, form), allow_negative_cash)


def post_journal_entry(book: Book, booked_on: date, description: str, postings: list[Posting],
                       reference: str = "", cost_centre_id: int | None = None, *,
                       allow_negative_cash: bool = False) -> TransactionId:
    """A memoriaal: free lines that must balance to the cent."""
    entry = journal_entry(booked_on, description, postings, reference, cost_centre_id)
    with book.transaction() as session:
        return post_entry(session, book, entry, allow_negative_cash)


def with_booked_on(entry: Entry, day: date) -> Entry:
    return replace(entry, booked_on=day)
