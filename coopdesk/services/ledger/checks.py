"""What `coopdesk check` and the Kasboek tab report about the books: unbalanced or
misdated transactions, lines of zero, a trial balance that is not zero, and every run of
days a cash box stood below zero."""

from __future__ import annotations

from coopdesk.domain.ledger import Account, AccountRole, NegativeSpan, negative_spans
from coopdesk.domain.text import Text
from coopdesk.store import ledger as store
from coopdesk.store.book import Book


def negative_cash(book: Book) -> list[tuple[Account, NegativeSpan]]:
    """Every run of days on which a cash account stood below zero (end of day), per
    account in code order, for `coopdesk check` and the Kasboek tab."""
    with book.transaction() as session:
        cash = store.accounts_by_role(session, AccountRole.CASH)
        movements = store.daily_movements(session, [a.id for a in cash])
    return [(account, span) for account in cash for span in negative_spans(movements[account.id])]


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
    found += [negative_cash_text(account, span) for account, span in negative_cash(book)]
    return found


def negative_cash_text(account: Account, span: NegativeSpan) -> Text:
    """"Kas staat onder nul van ... tot en met ...", for `check` and the Kasboek tab."""
    values = {"account": account.label(), "first": span.first_day, "last": span.last_day,
              "lowest": span.lowest, "on": span.lowest_on}
    if span.last_day is None:
        return _both("{account} staat onder nul vanaf {first} (laagste saldo {lowest} op {on}).",
                     "{account} is below zero from {first} on (lowest balance {lowest} on {on}).", **values)
    if span.last_day == span.first_day:
        return _both("{account} stond onder nul op {first}: {lowest}.",
                     "{account} was below zero on {first}: {lowest}.", **values)
    return _both("{account} stond onder nul van {first} tot en met {last} (laagste saldo {lowest} op {on}).",
                 "{account} was below zero from {first} through {last} (lowest balance {lowest} on {on}).",
                 **values)


def _both(nl: str, en: str, **values: object) -> Text:
    text = Text(nl, en)
    return Text(text.render("nl", **values), text.render("en", **values))
