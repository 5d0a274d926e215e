"""Drafts: entries kept before they are posted (not in any report, freely editable, not
yet balanced), and posting, editing or deleting them; an Ontvangst or Uitgave draft in
its plain-word form."""

from __future__ import annotations

from coopdesk.domain.errors import CoopDeskError, ValidationError, problem
from coopdesk.domain.ledger import (
    DraftSummary,
    Entry,
    Transaction,
    TransactionId,
    TransactionKind,
    TransactionStatus,
    amount_problems,
)
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services.ledger.posting import (
    MoneyForm,
    check_accounts,
    check_cash,
    load_transaction,
    money_entry,
    refuse_future,
)
from coopdesk.services.periods import ensure_open
from coopdesk.store import ledger as store
from coopdesk.store.book import Book
from coopdesk.store.session import Session


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
        check_accounts(session, entry)
        ensure_open(session, entry.booked_on, field="booked_on")
        return store.insert_transaction(session, entry, None)


def _draft(session: Session, transaction_id: int) -> Transaction:
    found = load_transaction(session, transaction_id)
    if found.status is not TransactionStatus.DRAFT:
        raise CoopDeskError(Text("Boeking {number} is al geboekt; gebruik Corrigeren.",
                                 "Transaction {number} is already posted; use Reverse."), number=transaction_id)
    return found


def edit_draft(book: Book, transaction_id: int, entry: Entry) -> None:
    _draft_problems(entry)
    with book.transaction() as session:
        _draft(session, transaction_id)
        check_accounts(session, entry)
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


def post_draft(book: Book, transaction_id: int, entry: Entry | None = None, *,
               allow_negative_cash: bool = False) -> None:
    """Post a draft: from now on it is in the reports and can only be reversed. With
    `entry`, the draft's content is first replaced by it, in the same unit of work, so
    a refusal (unbalanced, closed period...) leaves the draft exactly as it was."""
    with book.transaction() as session:
        _post_draft(session, book, transaction_id, entry, allow_negative_cash)


def _post_draft(session: Session, book: Book, transaction_id: int, entry: Entry | None,
                allow_negative_cash: bool = False) -> None:
    draft = _draft(session, transaction_id)
    if entry is None:
        entry = draft.as_entry()
    entry.validate()
    check_accounts(session, entry)
    ensure_open(session, entry.booked_on, field="booked_on")
    refuse_future(book, entry.booked_on)
    check_cash(session, [entry], allow_negative_cash)
    if entry != draft.as_entry():
        store.replace_draft(session, transaction_id, entry)
    store.mark_posted(session, transaction_id, book.clock.now())


def save_money_draft(book: Book, kind: TransactionKind, form: MoneyForm, draft_id: int | None = None) -> TransactionId:
    """Keep an Ontvangst or Uitgave as a draft (new, or over draft `draft_id`)."""
    with book.transaction() as session:
        entry = money_entry(session, kind, form)
        check_accounts(session, entry)
        ensure_open(session, entry.booked_on, field="booked_on")
        if draft_id is None:
            return store.insert_transaction(session, entry, None)
        _draft(session, draft_id)
        store.replace_draft(session, draft_id, entry)
        return TransactionId(draft_id)


def post_money_draft(book: Book, kind: TransactionKind, form: MoneyForm, draft_id: int, *,
                     allow_negative_cash: bool = False) -> None:
    """Post an Ontvangst or Uitgave draft as the form now holds it, in one unit of work."""
    with book.transaction() as session:
        _post_draft(session, book, draft_id, money_entry(session, kind, form), allow_negative_cash)


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
