"""Queries and writes for the ledger: accounts, transactions, postings, and the
aggregates the reports are built from.

* Every write of a transaction inserts it as a draft first, then its postings,
  then (when posting) flips its status in one UPDATE: the triggers of migration
  0003 refuse postings added to an already posted transaction.
* Reports aggregate in SQL (`GROUP BY account`) over the (account, date) index of
  `posting`; drafts are left out by a small `NOT IN` over the few draft ids.
* Lists for the views (cash book, journal) are fetched a page at a time as
  tuples; running balances come from a window function, not from Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.ledger import (
    Account,
    AccountId,
    AccountRole,
    AccountType,
    DailyMovement,
    Entry,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    TransactionStatus,
)
from coopdesk.domain.money import Money
from coopdesk.domain.reports import MANY_ACCOUNTS, AccountBalance, BookLine, JournalLine
from coopdesk.store.chart import DEFAULT_CHART
from coopdesk.store.tables.ledger import AccountRow, PostingRow, TransactionRow

_MANY = "*"  # the counter account of a line whose transaction has several other lines (never a real "code name")
DRAFT = TransactionStatus.DRAFT.value
POSTED = TransactionStatus.POSTED.value


# -- accounts -------------------------------------------------------------------------------


def _account(row: Any) -> Account:
    return Account(AccountId(row.id), row.code, row.name, AccountType(row.type), row.rgs_code,
                   bool(row.active), AccountRole(row.role))


def insert_default_chart(session: Session) -> None:
    session.execute(
        insert(AccountRow),
        [{"code": code, "name": name, "type": kind.value, "role": role.value, "rgs_code": rgs, "active": True}
         for code, name, kind, role, rgs in DEFAULT_CHART],
    )


def list_accounts(session: Session, include_inactive: bool = True) -> list[Account]:
    query = select(AccountRow.__table__).order_by(AccountRow.code)
    if not include_inactive:
        query = query.where(AccountRow.active.is_(True))
    return [_account(row) for row in session.execute(query)]


def get_account(session: Session, account_id: int) -> Account | None:
    row = session.execute(select(AccountRow.__table__).where(AccountRow.id == account_id)).first()
    return None if row is None else _account(row)


def account_by_code(session: Session, code: str) -> Account | None:
    row = session.execute(select(AccountRow.__table__).where(AccountRow.code == code)).first()
    return None if row is None else _account(row)


def accounts_by_role(session: Session, role: AccountRole) -> list[Account]:
    rows = session.execute(select(AccountRow.__table__).where(AccountRow.role == role.value)
                           .order_by(AccountRow.code))
    return [_account(row) for row in rows]


def insert_account(session: Session, code: str, name: str, kind: AccountType, rgs_code: str = "",
                   role: AccountRole = AccountRole.NONE) -> Account:
    row = AccountRow(code=code, name=name, type=kind.value, rgs_code=rgs_code, role=role.value, active=True)
    session.add(row)
    session.flush()
    return _account(row)


def update_account(session: Session, account_id: int, *, name: str | None = None,
                   active: bool | None = None, rgs_code: str | None = None) -> Account | None:
    row = session.get(AccountRow, account_id)
    if row is None:
        return None
    if name is not None:
        row.name = name
    if active is not None:
        row.active = active
    if rgs_code is not None:
        row.rgs_code = rgs_code
    session.flush()
    return _account(row)


def delete_account(session: Session, account_id: int) -> None:
    session.execute(delete(AccountRow).where(AccountRow.id == account_id))


def account_has_postings(session: Session, account_id: int) -> bool:
    return session.scalar(select(PostingRow.id).where(PostingRow.account_id == account_id).limit(1)) is not None


# -- transactions ---------------------------------------------------------------------------


def _transaction_values(entry: Entry) -> dict[str, Any]:
    return {
        "booked_on": entry.booked_on,
        "description": entry.description,
        "kind": entry.kind.value,
        "reference": entry.reference,
        "cost_centre_id": entry.cost_centre_id,
        "activity_id": entry.activity_id,
        "reverses_id": entry.reverses_id,
        "corrects_id": entry.corrects_id,
    }


def _posting_values(transaction_id: int, entry: Entry) -> list[dict[str, Any]]:
    return [
        {
            "transaction_id": transaction_id,
            "account_id": p.account_id,
            "booked_on": entry.booked_on,
            "amount": p.amount,
            "cost_centre_id": p.cost_centre_id if p.cost_centre_id is not None else entry.cost_centre_id,
        }
        for p in entry.postings
    ]


def insert_transaction(session: Session, entry: Entry, posted_at: datetime | None) -> TransactionId:
    """Write `entry` as a draft (posted_at None) or posted; returns its id."""
    result = session.execute(
        insert(TransactionRow).values(**_transaction_values(entry), status=DRAFT).returning(TransactionRow.id)
    )
    transaction_id = int(result.scalar_one())
    session.execute(insert(PostingRow), _posting_values(transaction_id, entry))
    if posted_at is not None:
        mark_posted(session, transaction_id, posted_at)
    return TransactionId(transaction_id)


def replace_draft(session: Session, transaction_id: int, entry: Entry) -> None:
    session.execute(delete(PostingRow).where(PostingRow.transaction_id == transaction_id))
    session.execute(update(TransactionRow).where(TransactionRow.id == transaction_id)
                    .values(**_transaction_values(entry)))
    session.execute(insert(PostingRow), _posting_values(transaction_id, entry))


def delete_draft(session: Session, transaction_id: int) -> None:
    session.execute(delete(PostingRow).where(PostingRow.transaction_id == transaction_id))
    session.execute(delete(TransactionRow).where(TransactionRow.id == transaction_id))


def mark_posted(session: Session, transaction_id: int, posted_at: datetime) -> None:
    session.execute(update(TransactionRow).where(TransactionRow.id == transaction_id)
                    .values(status=POSTED, posted_at=posted_at))


def get_transaction(session: Session, transaction_id: int) -> Transaction | None:
    tx = TransactionRow.__table__
    row = session.execute(select(tx).where(tx.c.id == transaction_id)).first()
    if row is None:
        return None
    postings = session.execute(
        select(PostingRow.account_id, PostingRow.amount, PostingRow.cost_centre_id)
        .where(PostingRow.transaction_id == transaction_id).order_by(PostingRow.id)
    )
    reversed_by = session.scalar(select(TransactionRow.id).where(TransactionRow.reverses_id == transaction_id))
    return _transaction(row, (Posting(AccountId(a), amount, c) for a, amount, c in postings), reversed_by)


def list_drafts(session: Session) -> list[Transaction]:
    """Every draft with its postings, oldest date first: two queries, however many drafts."""
    tx = TransactionRow.__table__
    rows = session.execute(select(tx).where(tx.c.status == DRAFT).order_by(tx.c.booked_on, tx.c.id)).all()
    lines: dict[int, list[Posting]] = {row.id: [] for row in rows}
    if lines:
        for transaction_id, account_id, amount, centre in session.execute(
            select(PostingRow.transaction_id, PostingRow.account_id, PostingRow.amount, PostingRow.cost_centre_id)
            .where(PostingRow.transaction_id.in_(_drafts())).order_by(PostingRow.id)
        ):
            lines[transaction_id].append(Posting(AccountId(account_id), amount, centre))
    return [_transaction(row, lines[row.id], None) for row in rows]


def _transaction(row: Any, postings: Iterable[Posting], reversed_by: int | None) -> Transaction:
    return Transaction(
        id=TransactionId(row.id),
        booked_on=row.booked_on,
        description=row.description,
        kind=TransactionKind(row.kind),
        status=TransactionStatus(row.status),
        postings=tuple(postings),
        reference=row.reference,
        cost_centre_id=row.cost_centre_id,
        activity_id=row.activity_id,
        reverses_id=None if row.reverses_id is None else TransactionId(row.reverses_id),
        posted_at=row.posted_at,
        reversed_by_id=None if reversed_by is None else TransactionId(reversed_by),
        corrects_id=None if row.corrects_id is None else TransactionId(row.corrects_id),
    )


def count_drafts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(TransactionRow)
                              .where(TransactionRow.status == DRAFT)) or 0)


def has_opening_entry(session: Session) -> bool:
    return session.scalar(select(TransactionRow.id).where(
        TransactionRow.kind == TransactionKind.OPENING.value).limit(1)) is not None


def bulk_insert_posted(session: Session, entries: Sequence[Entry], posted_at: datetime) -> int:
    """Write many entries at once with Core (the demo generator); returns how many."""
    if not entries:
        return 0
    first = int(session.scalar(select(func.coalesce(func.max(TransactionRow.id), 0))) or 0) + 1
    transactions = []
    postings: list[dict[str, Any]] = []
    for offset, entry in enumerate(entries):
        transaction_id = first + offset
        transactions.append({"id": transaction_id, **_transaction_values(entry), "status": DRAFT,
                             "posted_at": None})
        postings.extend(_posting_values(transaction_id, entry))
    session.execute(insert(TransactionRow), transactions)
    session.execute(insert(PostingRow), postings)
    session.execute(update(TransactionRow).where(TransactionRow.id >= first, TransactionRow.status == DRAFT)
                    .values(status=POSTED, posted_at=posted_at))
    return len(entries)


# -- aggregates for the reports ----------------------------------------------------------------


def _cents() -> Any:
    """The amount column as plain integer cents (for sums and comparisons with 0)."""
    return type_coerce(PostingRow.amount, BigInteger)


def _drafts() -> Any:
    return select(TransactionRow.id).where(TransactionRow.status == DRAFT)


def balances(
    session: Session, start: date | None, end: date, *, by_cost_centre: bool = False,
    types: Iterable[AccountType] | None = None, by_activity: bool = False,
) -> list[AccountBalance]:
    """The sum of the posted postings per account (and cost centre, or activity: the
    transaction's) from `start` (or the beginning) to `end`, both included: one GROUP BY
    over the (account, date) index."""
    amount = func.sum(PostingRow.amount)
    columns: list[Any] = [PostingRow.account_id, amount]
    group: list[Any] = [PostingRow.account_id]
    if by_cost_centre:
        columns.append(PostingRow.cost_centre_id)
        group.append(PostingRow.cost_centre_id)
    elif by_activity:
        columns.append(TransactionRow.activity_id)
        group.append(TransactionRow.activity_id)
    conditions = [PostingRow.booked_on <= end, PostingRow.transaction_id.not_in(_drafts())]
    if start is not None:
        conditions.append(PostingRow.booked_on >= start)
    accounts = {a.id: a for a in list_accounts(session)}
    wanted = set(types) if types is not None else None
    if wanted is not None:
        ids = [a.id for a in accounts.values() if a.type in wanted]
        conditions.append(PostingRow.account_id.in_(ids))
    query = select(*columns).where(and_(*conditions)).group_by(*group)
    if by_activity and not by_cost_centre:
        query = query.join_from(PostingRow, TransactionRow, TransactionRow.id == PostingRow.transaction_id)
    found = []
    for row in session.execute(query):
        account = accounts[AccountId(row[0])]
        found.append(AccountBalance(account, _money(row[1]), row[2] if by_cost_centre else None,
                                    row[2] if by_activity and not by_cost_centre else None))
    return found


def period_and_closing_balances(session: Session, start: date, end: date) -> list[tuple[Account, Money, Money]]:
    """Per account, in one pass over the postings up to `end`: the sum within the period
    (from `start`) and the sum of everything up to `end` (the closing balance)."""
    cents = _cents()
    in_period = func.sum(case((PostingRow.booked_on >= start, cents), else_=0))
    to_end = func.sum(cents)
    accounts = {a.id: a for a in list_accounts(session)}
    rows = session.execute(
        select(PostingRow.account_id, in_period, to_end)
        .where(PostingRow.booked_on <= end, PostingRow.transaction_id.not_in(_drafts()))
        .group_by(PostingRow.account_id)
    )
    return [(accounts[AccountId(r[0])], _money(r[1]), _money(r[2])) for r in rows]


def _money(value: Any) -> Money:
    if isinstance(value, Money):
        return value
    return Money.from_cents(int(value or 0))


def account_balance(session: Session, account_id: int, before: date | None = None,
                    through: date | None = None) -> Money:
    conditions = [PostingRow.account_id == account_id, PostingRow.transaction_id.not_in(_drafts())]
    if before is not None:
        conditions.append(PostingRow.booked_on < before)
    if through is not None:
        conditions.append(PostingRow.booked_on <= through)
    cents = session.scalar(select(func.coalesce(func.sum(_cents()), 0))
                           .where(and_(*conditions)))
    return _money(cents)


def daily_movements(session: Session, account_ids: Iterable[int],
                    since: date | None = None) -> dict[AccountId, list[DailyMovement]]:
    """Per account, the sum of its posted postings on each day that has any, in date
    order: one GROUP BY over the (account, date) index. The domain turns these into
    end-of-day balances (`end_of_day_balances`). With `since`, everything before it is
    summed into one movement on the day before `since` (what a posting's check needs:
    the balance it starts from, and each day after), so Python sees a few rows, not years."""
    wanted = sorted(set(account_ids))
    found: dict[AccountId, list[DailyMovement]] = {AccountId(i): [] for i in wanted}
    if not wanted:
        return found
    day: Any = PostingRow.booked_on
    if since is not None:
        day = case((PostingRow.booked_on < since, literal(since - timedelta(days=1), Date)), else_=day)
    day = day.label("day")
    rows = session.execute(
        select(PostingRow.account_id, day, func.sum(_cents()))
        .where(PostingRow.account_id.in_(wanted), PostingRow.transaction_id.not_in(_drafts()))
        .group_by(PostingRow.account_id, day)
        .order_by(PostingRow.account_id, day)
    )
    for account_id, on, cents in rows:
        found[AccountId(account_id)].append((on, _money(cents)))
    return found


# -- pages of the cash book, account ledger and journal ------------------------------------------


def count_book_lines(session: Session, account_id: int, start: date, end: date) -> int:
    return int(session.scalar(
        select(func.count()).select_from(PostingRow).where(
            PostingRow.account_id == account_id, PostingRow.booked_on.between(start, end),
            PostingRow.transaction_id.not_in(_drafts()))
    ) or 0)


def book_lines(session: Session, account_id: int, start: date, end: date, offset: int, limit: int) -> list[BookLine]:
    """One page of an account's lines in date order, each with the running balance
    (the balance before `start` plus a window sum over the period)."""
    opening = account_balance(session, account_id, before=start).cents
    p = PostingRow.__table__
    t = TransactionRow.__table__
    running = func.sum(p.c.amount).over(order_by=(p.c.booked_on, p.c.transaction_id, p.c.id))
    inner = (
        select(p.c.id, p.c.transaction_id, p.c.booked_on, p.c.amount.label("cents"), running.label("running"))
        .where(p.c.account_id == account_id, p.c.booked_on.between(start, end),
               p.c.transaction_id.not_in(_drafts()))
        .subquery()
    )
    other = aliased(PostingRow)
    other_account = aliased(AccountRow)
    counter = (
        select(case((func.count() == 1, func.min(other_account.code + literal(" ") + other_account.name)),
                    else_=literal(_MANY)))
        .select_from(other).join(other_account, other_account.id == other.account_id)
        .where(other.transaction_id == inner.c.transaction_id, other.id != inner.c.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(inner.c.transaction_id, inner.c.booked_on, t.c.description, t.c.reference, counter,
               inner.c.cents, inner.c.running)
        .join_from(inner, t, t.c.id == inner.c.transaction_id)
        .order_by(inner.c.booked_on, inner.c.transaction_id, inner.c.id)
        .offset(offset).limit(limit)
    )
    return [
        BookLine(TransactionId(r[0]), r[1], r[2], r[3], MANY_ACCOUNTS if r[4] == _MANY else r[4] or "", _money(r[5]),
                 Money.from_cents(opening + int(_money(r[6]).cents)))
        for r in rows
    ]


def count_journal_lines(session: Session, start: date, end: date) -> int:
    return int(session.scalar(
        select(func.count()).select_from(PostingRow).where(
            PostingRow.booked_on.between(start, end), PostingRow.transaction_id.not_in(_drafts()))
    ) or 0)


def journal_lines(session: Session, start: date, end: date, offset: int, limit: int) -> list[JournalLine]:
    """One page of the journal: every posted posting in date and transaction order (drafts
    are not in the journal until they are posted; the Concepten list shows them)."""
    p = PostingRow.__table__
    t = TransactionRow.__table__
    a = AccountRow.__table__
    rows = session.execute(
        select(p.c.transaction_id, p.c.booked_on, t.c.kind, t.c.description, t.c.reference,
               a.c.code, a.c.name, p.c.amount, t.c.status, t.c.reverses_id, t.c.corrects_id)
        .join(t, t.c.id == p.c.transaction_id).join(a, a.c.id == p.c.account_id)
        .where(p.c.booked_on.between(start, end), t.c.status == POSTED)
        .order_by(p.c.booked_on, p.c.transaction_id, p.c.id)
        .offset(offset).limit(limit)
    )
    found = []
    for r in rows:
        amount = _money(r[7])
        found.append(JournalLine(
            TransactionId(r[0]), r[1], TransactionKind(r[2]), r[3], r[4], f"{r[5]} {r[6]}",
            amount if amount.is_positive() else None, -amount if amount.is_negative() else None,
            r[8] == DRAFT, None if r[9] is None else TransactionId(r[9]),
            None if r[10] is None else TransactionId(r[10]),
        ))
    return found


# -- checks -------------------------------------------------------------------------------------


def unbalanced_transactions(session: Session) -> list[tuple[int, Money, int]]:
    """Posted transactions whose postings do not sum to zero or that have fewer than two."""
    total_amount = func.sum(_cents())
    count = func.count(PostingRow.id)
    rows = session.execute(
        select(TransactionRow.id, func.coalesce(total_amount, 0), count)
        .outerjoin(PostingRow, PostingRow.transaction_id == TransactionRow.id)
        .where(TransactionRow.status == POSTED)
        .group_by(TransactionRow.id)
        .having((func.coalesce(total_amount, 0) != 0) | (count < 2))
    )
    return [(int(r[0]), _money(r[1]), int(r[2])) for r in rows]


def zero_postings(session: Session) -> list[int]:
    return [int(i) for i in session.scalars(select(PostingRow.transaction_id)
                                            .where(_cents() == 0).distinct())]


def misdated_postings(session: Session) -> list[int]:
    return [int(i) for i in session.scalars(
        select(PostingRow.transaction_id).join(TransactionRow, TransactionRow.id == PostingRow.transaction_id)
        .where(PostingRow.booked_on != TransactionRow.booked_on).distinct())]


def grand_total(session: Session) -> Money:
    cents = session.scalar(select(func.coalesce(func.sum(_cents()), 0))
                           .where(PostingRow.transaction_id.not_in(_drafts())))
    return _money(cents)


def first_booking_date(session: Session) -> date | None:
    return session.scalar(select(func.min(TransactionRow.booked_on)))


def count_transactions(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(TransactionRow)) or 0)


def export_rows(session: Session) -> Any:
    """Every posted posting with its transaction and account, in order (benchmarks' journal writer)."""
    p = PostingRow.__table__
    t = TransactionRow.__table__
    a = AccountRow.__table__
    return session.execute(
        select(t.c.id, t.c.booked_on, t.c.description, a.c.code, a.c.name, type_coerce(p.c.amount, BigInteger))
        .join(t, t.c.id == p.c.transaction_id).join(a, a.c.id == p.c.account_id)
        .where(t.c.status == POSTED).order_by(t.c.booked_on, t.c.id, p.c.id)
    )
