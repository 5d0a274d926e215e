"""Payout lines held for want of an IBAN and paid later (nabetalen).

* A line held (`payment_held`) stays owed on allowances payable until it is paid later
  (`payout_held_payment`, `held_lines`, `insert_held_payment`).
* `owed_cents` is what the open runs and held lines still owe: what allowances payable
  (1700) must hold (`payable_cents`), which `coopdesk check` compares.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.ledger import TransactionKind, TransactionStatus
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, RunStatus
from coopdesk.store.payout import LOCKING, as_cents
from coopdesk.store.tables.ledger import AccountRow, PostingRow, TransactionRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import PayoutLineRow, PayoutRunRow
from coopdesk.store.tables.payout_held import PayoutHeldPaymentRow


@dataclass(frozen=True)
class HeldLine:
    """A run line held for want of an IBAN: the member as the register holds them now (the
    IBAN they may have entered since), the run, what the line pays, and its later payment
    (`paid_on`, `method`, `transaction_id`; None while it is still owed)."""

    line_id: int
    run_id: int
    month: PayoutMonth
    run_status: RunStatus
    member_id: int
    member_number: int
    member_name: str
    iban: str
    street: str
    postcode: str
    town: str
    allowance: Money
    premium: Money
    actual_costs: Money
    paid_on: date | None = None
    method: str | None = None
    transaction_id: int | None = None

    @property
    def amount(self) -> Money:
        return self.allowance + self.premium + self.actual_costs


def held_lines(session: Session, *, member_id: int | None = None, line_ids: Collection[int] | None = None,
               run_id: int | None = None, owed_only: bool = True,
               include_reversed: bool = False) -> list[HeldLine]:
    """The held lines with money to receive (of one member, these lines, or one run), oldest
    month first; only those still owed unless `owed_only` is false; only of posted or paid runs
    unless `include_reversed`. One query."""
    run, line, m, later = PayoutRunRow, PayoutLineRow, MemberRow, PayoutHeldPaymentRow
    query = (select(line.id, run.id, run.year, run.month, run.status, m.id, m.number, m.name, m.iban, m.address,
                    m.postcode, m.city, line.allowance, line.premium, line.actual_costs, later.paid_on,
                    later.method, later.transaction_id)
             .join(run, run.id == line.run_id).join(m, m.id == line.member_id)
             .outerjoin(later, later.line_id == line.id)
             .where(line.payment_held.is_(True),
                    as_cents(line.allowance) + as_cents(line.premium) + as_cents(line.actual_costs) > 0)
             .order_by(run.year, run.month, run.id, m.number))
    if not include_reversed:
        query = query.where(run.status.in_(LOCKING))
    if owed_only:
        query = query.where(later.id.is_(None))
    if member_id is not None:
        query = query.where(line.member_id == member_id)
    if line_ids is not None:
        query = query.where(line.id.in_(sorted(set(line_ids))))
    if run_id is not None:
        query = query.where(run.id == run_id)
    return [HeldLine(line_id, run_id_, PayoutMonth(year, month), RunStatus(status), member_id_, number, name,
                     iban or "", address or "", postcode or "", city or "", allowance, premium, costs, paid_on,
                     method, transaction_id)
            for (line_id, run_id_, year, month, status, member_id_, number, name, iban, address, postcode, city,
                 allowance, premium, costs, paid_on, method, transaction_id) in session.execute(query).tuples()]


def insert_held_payment(session: Session, line_id: int, paid_on: date, method: str, transaction_id: int,
                        paid_by: str, paid_at: datetime) -> None:
    """Record that held line `line_id` was paid later (the unique line id refuses a second time)."""
    session.execute(insert(PayoutHeldPaymentRow).values(
        line_id=line_id, paid_on=paid_on, method=method, transaction_id=transaction_id, paid_by=paid_by[:100],
        paid_at=paid_at))


def owed_cents(session: Session) -> int:
    """What the posted and paid runs still owe their members, in cents: every line of a run
    not yet paid that is not held, and every held line not yet paid later."""
    run, line, later = PayoutRunRow, PayoutLineRow, PayoutHeldPaymentRow
    amount = as_cents(line.allowance) + as_cents(line.premium) + as_cents(line.actual_costs)
    owed = or_(line.payment_held.is_(True) & later.id.is_(None),
               line.payment_held.is_(False) & (run.status == RunStatus.POSTED.value))
    return int(session.scalar(
        select(func.coalesce(func.sum(amount), 0)).select_from(line).join(run, run.id == line.run_id)
        .outerjoin(later, later.line_id == line.id).where(run.status.in_(LOCKING), owed)) or 0)


def payable_cents(session: Session, code: str) -> int | None:
    """What account `code` (allowances payable) owes, in cents (credit positive), from every
    posted transaction except opening balances (a debt from before the book is not a run's);
    None when the book has no such account."""
    account_id = session.scalar(select(AccountRow.id).where(AccountRow.code == code))
    if account_id is None:
        return None
    t = TransactionRow
    return -int(session.scalar(
        select(func.coalesce(func.sum(as_cents(PostingRow.amount)), 0)).join(t, t.id == PostingRow.transaction_id)
        .where(PostingRow.account_id == account_id, t.status != TransactionStatus.DRAFT.value,
               t.kind != TransactionKind.OPENING.value)) or 0)
