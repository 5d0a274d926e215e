"""Posted rows are immutable in the store itself: through the ORM and through plain SQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import Account
from coopdesk.domain.money import Money
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.store.tables.ledger import PostingRow, TransactionRow


@pytest.fixture
def posted_id(book: Book, accounts: dict[str, Account]) -> int:
    return ledger.post_receipt(book, ledger.MoneyForm(date(2026, 3, 2), accounts["1000"].id, accounts["8000"].id,
                                                      Money("45.50"), "Dagomzet"))


def test_the_orm_refuses_to_change_a_posted_transaction(book: Book, posted_id: int) -> None:
    with pytest.raises(CoopDeskError), book.transaction() as session:
        session.get(TransactionRow, posted_id).description = "anders"  # type: ignore[union-attr]
        session.flush()
    with pytest.raises(CoopDeskError), book.transaction() as session:
        session.delete(session.get(TransactionRow, posted_id))
        session.flush()


def test_the_orm_refuses_to_change_or_delete_a_posted_posting(book: Book, posted_id: int) -> None:
    with pytest.raises(CoopDeskError), book.transaction() as session:
        row = session.scalars(select(PostingRow).where(PostingRow.transaction_id == posted_id)).first()
        assert row is not None
        row.amount = Money("1")
        session.flush()
    with pytest.raises(CoopDeskError), book.transaction() as session:
        row = session.scalars(select(PostingRow).where(PostingRow.transaction_id == posted_id)).first()
        session.delete(row)
        session.flush()


@pytest.mark.parametrize(
    "statement",
    [
        update(TransactionRow).values(description="anders"),
        delete(TransactionRow),
        update(PostingRow).values(account_id=1),
        delete(PostingRow),
    ],
)
def test_sql_triggers_refuse_changes_to_posted_rows(book: Book, posted_id: int, statement: object) -> None:
    with pytest.raises(IntegrityError, match="immutable"), book.transaction() as session:
        session.execute(statement)  # type: ignore[call-overload]


def test_a_trigger_refuses_a_posting_added_to_a_posted_transaction(book: Book, posted_id: int) -> None:
    with pytest.raises(IntegrityError, match="immutable"), book.transaction() as session:
        session.execute(text("INSERT INTO posting (transaction_id, account_id, booked_on, amount) "
                             "VALUES (:t, 1, '2026-03-02', 100)"), {"t": posted_id})
    assert ledger.ledger_problems(book) == []


def test_drafts_stay_editable_until_posted(book: Book, accounts: dict[str, Account]) -> None:
    from coopdesk.domain.ledger import Entry, Posting, TransactionKind

    lines = (Posting(accounts["1000"].id, Money("10")), Posting(accounts["8000"].id, Money("-9")))
    draft = ledger.save_draft(book, Entry(date(2026, 3, 2), "Concept", TransactionKind.JOURNAL, lines))
    with pytest.raises(CoopDeskError):
        ledger.post_draft(book, draft)  # unbalanced
    fixed = (Posting(accounts["1000"].id, Money("10")), Posting(accounts["8000"].id, Money("-10")))
    ledger.edit_draft(book, draft, Entry(date(2026, 3, 2), "Concept", TransactionKind.JOURNAL, fixed))
    ledger.post_draft(book, draft)
    with pytest.raises(CoopDeskError):
        ledger.edit_draft(book, draft, Entry(date(2026, 3, 2), "x", TransactionKind.JOURNAL, fixed))


def test_an_account_with_postings_is_never_deleted(book: Book, posted_id: int, accounts: dict[str, Account]) -> None:
    with pytest.raises(CoopDeskError):
        ledger.remove_account(book, accounts["8000"].id)
    ledger.set_account_active(book, accounts["8000"].id, False)
    assert not {a.code: a for a in ledger.list_accounts(book)}["8000"].active
    spare = ledger.add_account(book, "4950", "Representatie", accounts["4900"].type)
    ledger.rename_account(book, spare.id, "Attenties")
    ledger.remove_account(book, spare.id)
    assert "4950" not in {a.code for a in ledger.list_accounts(book)}
