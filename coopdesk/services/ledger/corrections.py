"""Corrections ("Corrigeren"): a posted transaction is never changed; it is reversed, and
optionally replaced by a corrected copy, in one unit of work."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import Entry, Transaction, TransactionId, corrected_copy, reversal
from coopdesk.services.ledger.posting import check_cash, load_transaction, post_entry, refuse_future
from coopdesk.services.periods import ensure_open
from coopdesk.store import ledger as store
from coopdesk.store.book import Book


def check_reversible(book: Book, transaction_id: int) -> Transaction:
    """The posted transaction "Corrigeren" would reverse; refuses a draft, a reversal and
    one already reversed, before the treasurer fills in the correction form."""
    with book.transaction() as session:
        original = load_transaction(session, transaction_id)
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
                        corrected: Entry | None = None, *,
                        allow_negative_cash: bool = False) -> tuple[TransactionId, TransactionId | None]:
    """"Corrigeren": post the reversal of a posted transaction (linked to it), and
    optionally a corrected copy (its description says which booking it replaces), in
    one unit of work: if the copy is refused, the reversal is not written either.
    Returns both ids."""
    day = booked_on or book.clock.today()
    with book.transaction() as session:
        original = load_transaction(session, transaction_id)
        entry = reversal(original, day)
        ensure_open(session, day, field="booked_on")
        refuse_future(book, day)
        copy = corrected_copy(original, corrected) if corrected is not None else None
        # the reversal and its copy together: reversing a receipt of 100 and posting 90 is fine
        check_cash(session, [entry] if copy is None else [entry, copy], allow_negative_cash)
        reversal_id = store.insert_transaction(session, entry, book.clock.now())
        corrected_id = post_entry(session, book, copy, allow_negative_cash=True) if copy is not None else None
        return reversal_id, corrected_id
