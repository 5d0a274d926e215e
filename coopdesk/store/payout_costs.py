"""The payout's actual costs (declared per member and month, with a receipt) and their state:
which posted or paid run pays them (`cost_states`), and which months still wait (`waiting_costs`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.domain.payout import ActualCost, CostState, PayoutMonth, RunStatus, WaitingCosts
from coopdesk.store.payout import LOCKING, active_run_for, as_cents, as_day, month_index
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import PayoutActualCostRow, PayoutLineRow, PayoutRunRow


def month_costs(session: Session, month: PayoutMonth) -> list[ActualCost]:
    c = PayoutActualCostRow
    rows = session.execute(select(c.id, c.member_id, c.amount, c.receipt_reference, c.description)
                           .where(c.year == month.year, c.month == month.month).order_by(c.id))
    return [ActualCost(row.member_id, row.amount, row.receipt_reference, row.description, row.id) for row in rows]


def insert_actual_cost(session: Session, month: PayoutMonth, cost: ActualCost, created_at: datetime) -> int:
    return int(session.execute(insert(PayoutActualCostRow).values(
        member_id=cost.member_id, year=month.year, month=month.month, amount=cost.amount,
        receipt_reference=cost.receipt_reference, description=cost.description, created_at=created_at,
    ).returning(PayoutActualCostRow.id)).scalar_one())


def delete_actual_cost(session: Session, cost_id: int) -> tuple[int, PayoutMonth] | None:
    """Remove a cost line; returns its member and month (None when it did not exist)."""
    row = session.get(PayoutActualCostRow, cost_id)
    if row is None:
        return None
    found = (row.member_id, PayoutMonth(row.year, row.month))
    session.execute(delete(PayoutActualCostRow).where(PayoutActualCostRow.id == cost_id))
    return found


def actual_cost_month(session: Session, cost_id: int) -> tuple[int, PayoutMonth] | None:
    """A cost's member and month (None when there is no such cost)."""
    row = session.get(PayoutActualCostRow, cost_id)
    return None if row is None else (row.member_id, PayoutMonth(row.year, row.month))


def cost_states(session: Session, month: PayoutMonth) -> list[CostState]:
    """Every actual cost of `month` with the posted or paid run that pays it: the run with a
    line for its member in that month (one query; a member has one such line at most)."""
    c, run, line, m = PayoutActualCostRow, PayoutRunRow, PayoutLineRow, MemberRow
    paying = (select(line.member_id, run.id.label("run_id"), run.status, run.paid_on)
              .join(run, run.id == line.run_id)
              .where(run.year == month.year, run.month == month.month, run.status.in_(LOCKING)).subquery())
    rows = session.execute(
        select(c.id, c.member_id, c.amount, c.receipt_reference, c.description, m.number, m.name,
               paying.c.run_id, paying.c.status, paying.c.paid_on)
        .join(m, m.id == c.member_id).outerjoin(paying, paying.c.member_id == c.member_id)
        .where(c.year == month.year, c.month == month.month).order_by(m.number, c.id))
    has_run = active_run_for(session, month) is not None
    return [CostState(ActualCost(row.member_id, row.amount, row.receipt_reference, row.description, row.id), month,
                      row.number, row.name, row.run_id, RunStatus(row.status) if row.status else None,
                      as_day(row.paid_on) if row.paid_on else None, has_run)
            for row in rows]


def waiting_costs(session: Session, first: PayoutMonth, last: PayoutMonth) -> list[WaitingCosts]:
    """Per month from `first` to `last`: the actual costs whose member has no line in a
    posted or paid run of that month (not paid yet), in two queries."""
    c, run, line = PayoutActualCostRow, PayoutRunRow, PayoutLineRow
    # correlated: the run of the cost's month (index on year, month), then its line for the member
    paid = (select(line.id).join(run, run.id == line.run_id)
            .where(run.year == c.year, run.month == c.month, run.status.in_(LOCKING), line.member_id == c.member_id)
            .exists())
    rows = session.execute(
        select(c.year, c.month, func.count(func.distinct(c.member_id)), func.sum(as_cents(c.amount)))
        .where(~paid, month_index(c.year, c.month) >= first.year * 12 + first.month,
               month_index(c.year, c.month) <= last.year * 12 + last.month)
        .group_by(c.year, c.month).order_by(c.year, c.month)).tuples().all()
    with_run = {(year, month) for year, month in session.execute(
        select(run.year, run.month).where(run.status.in_(LOCKING))).tuples()}
    return [WaitingCosts(PayoutMonth(year, month), int(members), Money.from_cents(int(cents or 0)),
                         (year, month) in with_run)
            for year, month, members, cents in rows]
