"""The opening balance ("Beginbalans"): the guided first entry of a book, once."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.errors import CoopDeskError, ValidationError, problem
from coopdesk.domain.ledger import (
    AccountRole,
    AccountType,
    TransactionId,
    amount_problems,
    opening_entry,
)
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services.ledger.posting import chosen_account, post_entry
from coopdesk.store import ledger as store
from coopdesk.store.book import Book


def has_opening_balances(book: Book) -> bool:
    with book.transaction() as session:
        return store.has_opening_entry(session)


def post_opening_balances(book: Book, booked_on: date, balances: dict[int, Money], *,
                          allow_negative_cash: bool = False) -> TransactionId:
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
            account = chosen_account(session, account_id, "balances")
            if account.type not in (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY):
                raise ValidationError([problem("balances", "{account} is geen balansrekening.",
                                               "{account} is not a balance sheet account.",
                                               account=account.label())])
            found = amount_problems(amount, "balances")
            if found:
                raise ValidationError(found)
            lines.append((account, amount * account.type.normal_sign))
        entry = opening_entry(booked_on, lines, openers[0])
        return post_entry(session, book, entry, allow_negative_cash)
