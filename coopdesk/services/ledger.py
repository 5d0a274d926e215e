"""The cooperative's books as use cases: record money in and out, journal entries,
drafts, corrections by reversal, opening balances, accounts, and the reports.

Each function is one unit of work (`book.transaction()`). Every dated write asks
`ensure_open` first, so a period a later issue closes (payout, year close) is
refused here without changes to this module. The domain builds and checks every
entry before anything is written: bad input changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.errors import CoopDeskError, NotFound, Problem, ValidationError, problem
from coopdesk.domain.ledger import (
    MAX_ACCOUNT_CODE,
    MAX_ACCOUNT_NAME,
    Account,
    AccountRole,
    AccountType,
    DraftSummary,
    Entry,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    TransactionStatus,
    amount_problems,
    corrected_copy,
    expense,
    journal_entry,
    opening_entry,
    receipt,
    reversal,
    rgs_problems,
)
from coopdesk.domain.money import Money
from coopdesk.domain.reports import AccountBalance, BookLine, JournalLine, Period, Report
from coopdesk.domain.text import Text
from coopdesk.services import reports
from coopdesk.services.periods import ensure_open
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as store
from coopdesk.store.book import Book, normalise_path, open_book_read_only
from coopdesk.store.session import Session

__all__ = [
    "MoneyForm", "list_accounts", "money_accounts", "category_accounts", "cost_centres", "activities",
    "post_receipt", "post_expense", "post_journal_entry", "save_draft", "edit_draft", "post_draft",
    "delete_draft", "list_drafts", "count_drafts", "check_reversible", "correction_date",
    "save_money_draft", "post_money_draft", "money_form_of", "reverse_transaction", "post_opening_balances", "has_opening_balances",
    "trial_balance", "profit_and_loss", "balance_sheet", "book_lines", "count_book_lines",
    "journal_lines", "count_journal_lines", "account_balances_around", "get_transaction", "add_account", "rename_account", "set_account_rgs",
    "set_account_active", "remove_account", "ledger_problems", "open_for_reports", "years_with_postings",
]


# -- lookups ------------------------------------------------------------------------------------


def list_accounts(book: Book, include_inactive: bool = True) -> list[Account]:
    with book.transaction() as session:
        return store.list_accounts(session, include_inactive)


def money_accounts(book: Book) -> list[Account]:
    """The cash box and bank accounts (active), for the Ontvangst and Uitgave forms."""
    return [a for a in list_accounts(book, include_inactive=False) if a.is_money_account]


def category_accounts(book: Book, kind: TransactionKind) -> list[Account]:
    """The accounts a receipt (income first) or expense (costs first) can go to."""
    accounts = [a for a in list_accounts(book, include_inactive=False) if not a.is_money_account
                and a.role is not AccountRole.OPENING]
    first = AccountType.INCOME if kind is TransactionKind.RECEIPT else AccountType.EXPENSE
    return sorted(accounts, key=lambda a: (a.type is not first, a.code))


def cost_centres(book: Book) -> list[CostCentre]:
    with book.transaction() as session:
        return activity_store.list_cost_centres(session)


def get_transaction(book: Book, transaction_id: int) -> Transaction:
    with book.transaction() as session:
        return _load(session, transaction_id)


def _load(session: Session, transaction_id: int) -> Transaction:
    found = store.get_transaction(session, transaction_id)
    if found is None:
        raise NotFound(Text("Boeking {number} bestaat niet.", "Transaction {number} does not exist."),
                       number=transaction_id)
    return found


def _account(session: Session, account_id: int, field: str) -> Account:
    account = store.get_account(session, account_id)
    if account is None:
        raise ValidationError([problem(field, "Kies een rekening.", "Choose an account.")])
    return account


def _check_accounts(session: Session, entry: Entry) -> None:
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


# -- money in, money out, journal entries ---------------------------------------------------------


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


def _money_entry(session: Session, kind: TransactionKind, form: MoneyForm) -> Entry:
    money_account = _account(session, form.money_account_id, "money_account")
    category = _account(session, form.category_account_id, "category")
    build = receipt if kind is TransactionKind.RECEIPT else expense
    return build(form.booked_on, money_account, category, form.amount, form.description, form.reference,
                 form.cost_centre_id, form.activity_id)


def _post(session: Session, book: Book, entry: Entry) -> TransactionId:
    entry.validate()
    _check_accounts(session, entry)
    ensure_open(session, entry.booked_on, field="booked_on")
    _no_future(book, entry.booked_on)
    return store.insert_transaction(session, entry, book.clock.now())


def _no_future(book: Book, day: date) -> None:
    if day > book.clock.today():
        raise ValidationError([problem("booked_on", "De datum {day} ligt in de toekomst.",
                                       "The date {day} is in the future.", day=day)])


def post_receipt(book: Book, form: MoneyForm) -> TransactionId:
    """Money in: debit the cash box or bank, credit the chosen (income) account."""
    with book.transaction() as session:
        return _post(session, book, _money_entry(session, TransactionKind.RECEIPT, form))


def post_expense(book: Book, form: MoneyForm) -> TransactionId:
    """Money out: debit the chosen (cost) account, credit the cash box or bank."""
    with book.transaction() as session:
        return _post(session, book, _money_entry(session, TransactionKind.EXPENSE, form))


def post_journal_entry(book: Book, booked_on: date, description: str, postings: list[Posting],
                       reference: str = "", cost_centre_id: int | None = None) -> TransactionId:
    """A memoriaal: free lines that must balance to the cent."""
    entry = journal_entry(booked_on, description, postings, reference, cost_centre_id)
    with book.transaction() as session:
        return _post(session, book, entry)


# -- drafts ----------------------------------------------------------------------------------


def _draft_problems(entry: Entry) -> None:
    """A draft may be unbalanced, but not nonsense: description, date, reference and sizes
    are checked as for a posting."""
    found = [p for p in entry.problems() if p.field != "postings"]
    found += amount_problems(max((abs(p.amount) for p in entry.postings), default=Money.zero()), "postings")
    if not entry.postings:
        found.append(problem("postings", "Een concept heeft minstens één regel.", "A draft needs at least one line."))
    if found:
        raise ValidationError(found)


def save_draft(book: Book, entry: Entry) -> TransactionId:
    """Keep an entry as a draft: not in any report, freely editable, not yet balanced."""
    _draft_problems(entry)
    with book.transaction() as session:
        _check_accounts(session, entry)
        ensure_open(session, entry.booked_on, field="booked_on")
        return store.insert_transaction(session, entry, None)


def _draft(session: Session, transaction_id: int) -> Transaction:
    found = _load(session, transaction_id)
    if found.status is not TransactionStatus.DRAFT:
        raise CoopDeskError(Text("Boeking {number} is al geboekt; gebruik Corrigeren.",
                                 "Transaction {number} is already posted; use Reverse."), number=transaction_id)
    return found


def edit_draft(book: Book, transaction_id: int, entry: Entry) -> None:
    _draft_problems(entry)
    with book.transaction() as session:
        _draft(session, transaction_id)
        _check_accounts(session, entry)
        ensure_open(session, entry.booked_on, field="booked_on")
        store.replace_draft(session, transaction_id, entry)


def delete_draft(book: Book, transaction_id: int) -> None:
    with book.transaction() as session:
        _draft(session, transaction_id)
        store.delete_draft(session, transaction_id)


def list_drafts(book: Book) -> list[DraftSummary]:
    """The drafts (not yet posted), oldest date first, each with how far it is off."""
    with book.transaction() as session:
        return [DraftSummary.of(draft) for draft in store.list_drafts(session)]


def count_drafts(book: Book) -> int:
    with book.transaction() as session:
        return store.count_drafts(session)


def post_draft(book: Book, transaction_id: int, entry: Entry | None = None) -> None:
    """Post a draft: from now on it is in the reports and can only be reversed. With
    `entry`, the draft's content is first replaced by it, in the same unit of work, so
    a refusal (unbalanced, closed period...) leaves the draft exactly as it was."""
    with book.transaction() as session:
        _post_draft(session, book, transaction_id, entry)


def _post_draft(session: Session, book: Book, transaction_id: int, entry: Entry | None) -> None:
    draft = _draft(session, transaction_id)
    if entry is None:
        entry = draft.as_entry()
    entry.validate()
    _check_accounts(session, entry)
    ensure_open(session, entry.booked_on, field="booked_on")
    _no_future(book, entry.booked_on)
    if entry != draft.as_entry():
        store.replace_draft(session, transaction_id, entry)
    store.mark_posted(session, transaction_id, book.clock.now())


def save_money_draft(book: Book, kind: TransactionKind, form: MoneyForm, draft_id: int | None = None) -> TransactionId:
    """Keep an Ontvangst or Uitgave as a draft (new, or over draft `draft_id`)."""
    with book.transaction() as session:
        entry = _money_entry(session, kind, form)
        _check_accounts(session, entry)
        ensure_open(session, entry.booked_on, field="booked_on")
        if draft_id is None:
            return store.insert_transaction(session, entry, None)
        _draft(session, draft_id)
        store.replace_draft(session, draft_id, entry)
        return TransactionId(draft_id)


def post_money_draft(book: Book, kind: TransactionKind, form: MoneyForm, draft_id: int) -> None:
    """Post an Ontvangst or Uitgave draft as the form now holds it, in one unit of work."""
    with book.transaction() as session:
        _post_draft(session, book, draft_id, _money_entry(session, kind, form))


def money_form_of(draft: Transaction) -> MoneyForm | None:
    """An Ontvangst or Uitgave draft as the plain-word form holds it, or None when its
    lines do not fit that form (then the memoriaal form shows it)."""
    if draft.kind not in (TransactionKind.RECEIPT, TransactionKind.EXPENSE) or len(draft.postings) != 2:
        return None
    first, second = draft.postings
    if first.amount != -second.amount or not first.amount.is_positive():
        return None
    money, category = (first, second) if draft.kind is TransactionKind.RECEIPT else (second, first)
    return MoneyForm(draft.booked_on, money.account_id, category.account_id, first.amount, draft.description,
                     draft.reference, draft.cost_centre_id, draft.activity_id)


# -- corrections --------------------------------------------------------------------------------


def check_reversible(book: Book, transaction_id: int) -> Transaction:
    """The posted transaction "Corrigeren" would reverse; refuses a draft, a reversal and
    one already reversed, before the treasurer fills in the correction form."""
    with book.transaction() as session:
        original = _load(session, transaction_id)
    reversal(original, book.clock.today())
    return original


def correction_date(book: Book, original: Transaction) -> date:
    """The date the correction form starts on: the original's own date while that date is
    still open, otherwise today."""
    with book.transaction() as session:
        try:
            ensure_open(session, original.booked_on)
        except CoopDeskError:
            return book.clock.today()
    return original.booked_on


def reverse_transaction(book: Book, transaction_id: int, booked_on: date | None = None,
                        corrected: Entry | None = None) -> tuple[TransactionId, TransactionId | None]:
    """"Corrigeren": post the reversal of a posted transaction (linked to it), and
    optionally a corrected copy (its description says which booking it replaces), in
    one unit of work: if the copy is refused, the reversal is not written either.
    Returns both ids."""
    day = booked_on or book.clock.today()
    with book.transaction() as session:
        original = _load(session, transaction_id)
        entry = reversal(original, day)
        ensure_open(session, day, field="booked_on")
        _no_future(book, day)
        reversal_id = store.insert_transaction(session, entry, book.clock.now())
        copy = corrected_copy(original, corrected) if corrected is not None else None
        corrected_id = _post(session, book, copy) if copy is not None else None
        return reversal_id, corrected_id


# -- opening balances --------------------------------------------------------------------------------


def has_opening_balances(book: Book) -> bool:
    with book.transaction() as session:
        return store.has_opening_entry(session)


def post_opening_balances(book: Book, booked_on: date, balances: dict[int, Money]) -> TransactionId:
    """The guided first entry: starting balances per account (cash, bank, reserves...),
    each given as a plain positive figure the way the account normally stands; the
    difference goes to the "Beginbalans" account. Allowed once per book."""
    with book.transaction() as session:
        if store.has_opening_entry(session):
            raise CoopDeskError(Text("De beginbalans is al geboekt; corrigeer die met een memoriaal.",
                                     "The opening balance has already been posted; correct it with a journal entry."))
        openers = store.accounts_by_role(session, AccountRole.OPENING)
        if not openers:
            raise CoopDeskError(Text("Er is geen rekening Beginbalans.", "There is no opening balance account."))
        lines = []
        for account_id, amount in balances.items():
            account = _account(session, account_id, "balances")
            if account.type not in (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY):
                raise ValidationError([problem("balances", "{account} is geen balansrekening.",
                                               "{account} is not a balance sheet account.",
                                               account=account.label())])
            found = amount_problems(amount, "balances")
            if found:
                raise ValidationError(found)
            lines.append((account, amount * account.type.normal_sign))
        entry = opening_entry(booked_on, lines, openers[0])
        return _post(session, book, entry)


# -- reports ------------------------------------------------------------------------------------------


class _SessionSource:
    """The ORM queries of an open unit of work as a `reports.ReportSource` (the app's path;
    `coopdesk report` reads the same rows through `coopdesk.store.reads`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def balances(self, start: date | None, end: date, *, by_cost_centre: bool = False,
                 types: Iterable[AccountType] | None = None, by_activity: bool = False) -> list[AccountBalance]:
        return store.balances(self._session, start, end, by_cost_centre=by_cost_centre, types=types,
                              by_activity=by_activity)

    def period_and_closing_balances(self, start: date, end: date) -> list[tuple[Account, Money, Money]]:
        return store.period_and_closing_balances(self._session, start, end)

    def list_cost_centres(self, include_inactive: bool = False) -> list[CostCentre]:
        return activity_store.list_cost_centres(self._session, include_inactive)

    def list_activities(self, include_inactive: bool = False) -> list[Activity]:
        return activity_store.list_activities(self._session, include_inactive)


def trial_balance(book: Book, period: Period) -> Report:
    """See `coopdesk.services.reports.trial_balance`."""
    with book.transaction() as session:
        return reports.trial_balance(_SessionSource(session), period)


def profit_and_loss(book: Book, period: Period, by_cost_centre: bool = False, by: str = "") -> Report:
    """See `coopdesk.services.reports.profit_and_loss`."""
    with book.transaction() as session:
        return reports.profit_and_loss(_SessionSource(session), period, by_cost_centre, by)


def activities(book: Book) -> list[Activity]:
    """The active activities, for the Ontvangst and Uitgave forms' activity choice."""
    with book.transaction() as session:
        return activity_store.list_activities(session)


def balance_sheet(book: Book, on: date) -> Report:
    with book.transaction() as session:
        return reports.balance_sheet(_SessionSource(session), on)


def count_book_lines(book: Book, account_id: int, period: Period) -> int:
    with book.transaction() as session:
        return store.count_book_lines(session, account_id, period.start, period.end)


def book_lines(book: Book, account_id: int, period: Period, offset: int = 0, limit: int = 500) -> list[BookLine]:
    """A page of the cash book, bank book or any account's ledger, with running balances."""
    with book.transaction() as session:
        return store.book_lines(session, account_id, period.start, period.end, offset, limit)


def account_balances_around(book: Book, account_id: int, period: Period) -> tuple[Money, Money]:
    """An account's balance before the period starts and at its end (debit +, credit -)."""
    with book.transaction() as session:
        return (store.account_balance(session, account_id, before=period.start),
                store.account_balance(session, account_id, through=period.end))


def count_journal_lines(book: Book, period: Period) -> int:
    with book.transaction() as session:
        return store.count_journal_lines(session, period.start, period.end)


def journal_lines(book: Book, period: Period, offset: int = 0, limit: int = 500) -> list[JournalLine]:
    with book.transaction() as session:
        return store.journal_lines(session, period.start, period.end, offset, limit)


def years_with_postings(book: Book) -> list[int]:
    """The years the period chooser offers: from the first transaction to this year."""
    with book.transaction() as session:
        first_day = store.first_booking_date(session)
    first = first_day.year if first_day else book.clock.today().year
    return list(range(book.clock.today().year, first - 1, -1))


# -- accounts ---------------------------------------------------------------------------------------------


def add_account(book: Book, code: str, name: str, kind: AccountType, rgs_code: str = "") -> Account:
    code, name = code.strip(), " ".join(name.split())
    found = []
    if not code:
        found.append(problem("code", "Rekeningnummer is verplicht.", "Account code is required."))
    elif len(code) > MAX_ACCOUNT_CODE:
        found.append(problem("code", "Het rekeningnummer is te lang (hoogstens {limit} tekens).",
                             "The account code is too long ({limit} characters at most).", limit=MAX_ACCOUNT_CODE))
    found += _name_problems(name)
    rgs_code = rgs_code.strip()
    found += rgs_problems(rgs_code)
    if found:
        raise ValidationError(found)
    with book.transaction() as session:
        if store.account_by_code(session, code) is not None:
            raise ValidationError([problem("code", "Rekeningnummer {code} bestaat al.",
                                           "Account code {code} already exists.", code=code)])
        return store.insert_account(session, code, name, kind, rgs_code.strip())


def _name_problems(name: str) -> list[Problem]:
    if not name:
        return [problem("name", "Naam is verplicht.", "Name is required.")]
    if len(name) > MAX_ACCOUNT_NAME:
        return [problem("name", "De naam is te lang (hoogstens {limit} tekens).",
                        "The name is too long ({limit} characters at most).", limit=MAX_ACCOUNT_NAME)]
    return []


def rename_account(book: Book, account_id: int, name: str) -> Account:
    name = " ".join(name.split())
    found = _name_problems(name)
    if found:
        raise ValidationError(found)
    with book.transaction() as session:
        account = store.update_account(session, account_id, name=name)
    if account is None:
        raise NotFound(Text("Rekening bestaat niet.", "Account does not exist."))
    return account


def set_account_rgs(book: Book, account_id: int, code: str) -> Account:
    """Set (or clear, with "") an account's RGS reference code, after a format check."""
    code = code.strip()
    found = rgs_problems(code)
    if found:
        raise ValidationError(found)
    with book.transaction() as session:
        account = store.update_account(session, account_id, rgs_code=code)
    if account is None:
        raise NotFound(Text("Rekening bestaat niet.", "Account does not exist."))
    return account


def set_account_active(book: Book, account_id: int, active: bool) -> Account:
    """Deactivate (or reactivate) an account: it keeps its postings but is no longer offered."""
    with book.transaction() as session:
        account = store.update_account(session, account_id, active=active)
    if account is None:
        raise NotFound(Text("Rekening bestaat niet.", "Account does not exist."))
    return account


def remove_account(book: Book, account_id: int) -> None:
    """Delete an account that was never used; an account with postings is never deleted."""
    with book.transaction() as session:
        account = store.get_account(session, account_id)
        if account is None:
            raise NotFound(Text("Rekening bestaat niet.", "Account does not exist."))
        if store.account_has_postings(session, account_id):
            raise CoopDeskError(Text("Rekening {account} heeft boekingen en kan niet worden verwijderd; "
                                     "zet hem op niet-actief.",
                                     "Account {account} has postings and cannot be deleted; deactivate it."),
                                account=account.label())
        if account.role is not AccountRole.NONE:
            raise CoopDeskError(Text("Rekening {account} is nodig voor CoopDesk zelf.",
                                     "Account {account} is needed by CoopDesk itself."), account=account.label())
        store.delete_account(session, account_id)


# -- checks and read-only reports ----------------------------------------------------------------------------


def ledger_problems(book: Book) -> list[Text]:
    """For `coopdesk check`: every posted transaction balanced with at least two non-zero
    postings dated as their transaction, and all postings together summing to zero."""
    found: list[Text] = []
    with book.transaction() as session:
        for number, off, count in store.unbalanced_transactions(session):
            found.append(_both("Boeking {number} is niet in evenwicht (verschil {off}, {count} regels).",
                               "Transaction {number} does not balance (off by {off}, {count} lines).",
                               number=number, off=off, count=count))
        for number in store.zero_postings(session):
            found.append(_both("Boeking {number} heeft een regel van € 0,00.",
                               "Transaction {number} has a line of € 0.00.", number=number))
        for number in store.misdated_postings(session):
            found.append(_both("Boeking {number} heeft regels met een andere datum.",
                               "Transaction {number} has lines with another date.", number=number))
        grand = store.grand_total(session)
    if grand:
        found.append(_both("De saldibalans is niet nul: verschil {off}.",
                           "The trial balance is not zero: off by {off}.", off=grand))
    return found


def _both(nl: str, en: str, **values: object) -> Text:
    text = Text(nl, en)
    return Text(text.render("nl", **values), text.render("en", **values))


def open_for_reports(path: str | Path) -> Book:
    """Open a book read-only, so a report can run while the app has it open."""
    return open_book_read_only(normalise_path(path))


def with_booked_on(entry: Entry, day: date) -> Entry:
    return replace(entry, booked_on=day)
