"""The chart of accounts and what the forms choose from: accounts, cost centres and
activities; adding, renaming, an RGS code, (de)activating and removing an unused account."""

from __future__ import annotations

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.errors import CoopDeskError, NotFound, Problem, ValidationError, problem
from coopdesk.domain.ledger import (
    MAX_ACCOUNT_CODE,
    MAX_ACCOUNT_NAME,
    Account,
    AccountRole,
    AccountType,
    TransactionKind,
    rgs_problems,
)
from coopdesk.domain.text import Text
from coopdesk.store import activities as activity_store
from coopdesk.store import ledger as store
from coopdesk.store.book import Book


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


def activities(book: Book) -> list[Activity]:
    """The active activities, for the Ontvangst and Uitgave forms' activity choice."""
    with book.transaction() as session:
        return activity_store.list_activities(session)


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
