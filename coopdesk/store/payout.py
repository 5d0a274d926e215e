"""Queries and writes for the monthly payout: its runs and their lines.

* A run is written whole (`insert_run`): its row, its lines and held-back amounts with
  Core bulk inserts, inside the service's unit of work.
* `locked_months` feeds `store/periods.closed_days`: the members and months of posted
  (not reversed) runs.
* Where a run line's payment date is read (`member_run_lines`), a held line's date is
  that later payment's date, or none while it is owed, never the run's own date.

The rest of the payout's store lives beside this module: what a proposal reads
(`payout_reads`), the actual costs (`payout_costs`), the held lines paid later
(`payout_held`) and what the treasurer declares (`payout_declared`). They share
`LOCKING` and the small column helpers below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, case, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    HeldBack,
    HeldBackReason,
    PayoutMonth,
    PayoutProposal,
    PayoutRun,
    RunLine,
    RunStatus,
)
from coopdesk.store.tables.ledger import TransactionRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import PayoutHeldBackRow, PayoutLineRow, PayoutRunRow
from coopdesk.store.tables.payout_held import PayoutHeldPaymentRow

LOCKING = (RunStatus.POSTED.value, RunStatus.PAID.value)


def month_index(year: Any, month: Any) -> Any:
    return year * 12 + month


def as_cents(column: Any) -> Any:
    """A money column as its plain integer cents, for sums and CASE (no Money per row)."""
    return type_coerce(column, BigInteger)


def as_day(value: Any) -> date:
    """A date as the driver gives it (a `date`, or ISO text for a column read as String)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


# -- runs ----------------------------------------------------------------------------------------


def active_run_for(session: Session, month: PayoutMonth) -> int | None:
    """The posted or paid run of `month`, if there is one."""
    return session.scalar(select(PayoutRunRow.id).where(
        PayoutRunRow.year == month.year, PayoutRunRow.month == month.month,
        PayoutRunRow.status.in_(LOCKING)).limit(1))


@dataclass(frozen=True)
class NewRun:
    """A run to write: the proposal it posts and how it was posted (and perhaps paid)."""

    proposal: PayoutProposal
    posted_on: date
    posted_by: str
    posted_at: datetime
    transaction_id: int | None
    paid_on: date | None = None
    paid_transaction_id: int | None = None


def paid_members(session: Session, month: PayoutMonth) -> set[int]:
    """The members with a line in a posted or paid run of `month` (their month is closed)."""
    run, line = PayoutRunRow, PayoutLineRow
    return set(session.scalars(select(line.member_id).join(run, run.id == line.run_id).where(
        run.year == month.year, run.month == month.month, run.status.in_(LOCKING))))


def insert_run(session: Session, proposal: PayoutProposal, *, posted_on: date, posted_by: str,
               posted_at: datetime, transaction_id: int | None) -> int:
    """Write the run with its lines and held-back amounts; returns the run's id."""
    return insert_runs(session, [NewRun(proposal, posted_on, posted_by, posted_at, transaction_id)])[0]


def insert_runs(session: Session, runs: Sequence[NewRun]) -> list[int]:
    """Write runs with their lines and held-back amounts in three bulk inserts (the demo
    writes ten years at once); returns the runs' ids in order."""
    if not runs:
        return []
    first_run = int(session.scalar(select(func.coalesce(func.max(PayoutRunRow.id), 0))) or 0) + 1
    line_id = int(session.scalar(select(func.coalesce(func.max(PayoutLineRow.id), 0))) or 0)
    run_rows: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    for offset, new in enumerate(runs):
        run_id = first_run + offset
        proposal = new.proposal
        run_rows.append({
            "id": run_id, "year": proposal.month.year, "month": proposal.month.month,
            "status": (RunStatus.PAID if new.paid_on is not None else RunStatus.POSTED).value,
            "payment_on": proposal.payment_on, "posted_by": new.posted_by, "posted_at": new.posted_at,
            "posted_on": new.posted_on, "posted_transaction_id": new.transaction_id, "paid_on": new.paid_on,
            "paid_transaction_id": new.paid_transaction_id, "reversed_on": None, "reversed_transaction_id": None,
            "reversal_reason": ""})
        for line in proposal.lines:
            line_id += 1
            lines.append({
                "id": line_id, "run_id": run_id, "member_id": line.member.id, "regime": line.member.regime.value,
                "minutes": line.minutes, "asked": line.asked, "allowance": line.allowance,
                "premium": line.premium, "premium_accrued": line.premium_accrued,
                "premium_carried": line.premium_carried, "actual_costs": line.actual_costs,
                "held_back": line.held_back_total, "payment_held": line.payment_held})
            held.extend({"line_id": line_id, "reason": h.reason.value, "amount": h.amount}
                        for h in line.held_back)
    session.execute(insert(PayoutRunRow), run_rows)
    if lines:
        session.execute(insert(PayoutLineRow), lines)
    if held:
        session.execute(insert(PayoutHeldBackRow), held)
    return [row["id"] for row in run_rows]


def _runs(session: Session, where: Any) -> list[PayoutRun]:
    run, line = PayoutRunRow, PayoutLineRow
    totals = (select(line.run_id, func.count(line.id).label("members"),
                     func.sum(as_cents(line.allowance)).label("allowance"), func.sum(as_cents(line.premium)).label("premium"),
                     func.sum(as_cents(line.actual_costs)).label("costs"), func.sum(as_cents(line.held_back)).label("held"))
              .group_by(line.run_id).subquery())
    rows = session.execute(
        select(run, totals.c.members, totals.c.allowance, totals.c.premium, totals.c.costs, totals.c.held)
        .outerjoin(totals, totals.c.run_id == run.id).where(where)
        .order_by(run.year.desc(), run.month.desc(), run.id.desc()))
    result = []
    for row in rows:
        r: PayoutRunRow = row[0]
        result.append(PayoutRun(
            id=r.id, month=PayoutMonth(r.year, r.month), status=RunStatus(r.status), payment_on=r.payment_on,
            posted_on=r.posted_on, posted_by=r.posted_by, posted_transaction_id=r.posted_transaction_id,
            paid_on=r.paid_on, paid_transaction_id=r.paid_transaction_id, reversed_on=r.reversed_on,
            reversed_transaction_id=r.reversed_transaction_id, reversal_reason=r.reversal_reason,
            member_count=int(row.members or 0), allowance_total=Money.from_cents(int(row.allowance or 0)),
            premium_total=Money.from_cents(int(row.premium or 0)),
            actual_costs_total=Money.from_cents(int(row.costs or 0)),
            held_back_total=Money.from_cents(int(row.held or 0))))
    return result


def list_runs(session: Session, year: int | None = None) -> list[PayoutRun]:
    """Every run (of `year`), newest month first, with totals (one query)."""
    return _runs(session, PayoutRunRow.year == year if year is not None else PayoutRunRow.id.is_not(None))


def get_run(session: Session, run_id: int) -> PayoutRun | None:
    """The run with its lines (member number and name as the register holds them now)."""
    found = _runs(session, PayoutRunRow.id == run_id)
    if not found:
        return None
    line, m = PayoutLineRow, MemberRow
    held: dict[int, list[HeldBack]] = {}
    for line_id, reason, amount in session.execute(
        select(PayoutHeldBackRow.line_id, PayoutHeldBackRow.reason, PayoutHeldBackRow.amount)
        .join(line, line.id == PayoutHeldBackRow.line_id).where(line.run_id == run_id)
        .order_by(PayoutHeldBackRow.id)
    ):
        held.setdefault(line_id, []).append(HeldBack(HeldBackReason(reason), amount))
    rows = session.execute(
        select(line.id, line.member_id, m.number, m.name, line.regime, line.minutes, line.asked, line.allowance,
               line.premium, line.premium_accrued, line.premium_carried, line.actual_costs, line.payment_held)
        .join(m, m.id == line.member_id).where(line.run_id == run_id).order_by(m.number))
    lines = tuple(
        RunLine(row.member_id, row.number, row.name, PaymentRegime(row.regime), row.minutes, row.asked,
                row.allowance, row.premium, row.premium_accrued, row.premium_carried, row.actual_costs,
                tuple(held.get(row.id, ())), bool(row.payment_held))
        for row in rows)
    return replace(found[0], lines=lines)


def set_run_paid(session: Session, run_id: int, paid_on: date, transaction_id: int | None) -> None:
    session.execute(update(PayoutRunRow).where(PayoutRunRow.id == run_id).values(
        status=RunStatus.PAID.value, paid_on=paid_on, paid_transaction_id=transaction_id))


def set_run_reversed(session: Session, run_id: int, reversed_on: date, transaction_id: int | None,
                     reason: str) -> None:
    session.execute(update(PayoutRunRow).where(PayoutRunRow.id == run_id).values(
        status=RunStatus.REVERSED.value, reversed_on=reversed_on, reversed_transaction_id=transaction_id,
        reversal_reason=reason[:200]))


def locked_months(session: Session, first: date, last: date,
                  member_ids: Sequence[int] | None) -> list[tuple[int, int, int, int]]:
    """(run id, year, month, member id) of every posted or paid run line whose month touches
    `first`..`last` (one query)."""
    run, line = PayoutRunRow, PayoutLineRow
    query = (select(run.id, run.year, run.month, line.member_id).join(line, line.run_id == run.id)
             .where(run.status.in_(LOCKING),
                    month_index(run.year, run.month) >= first.year * 12 + first.month,
                    month_index(run.year, run.month) <= last.year * 12 + last.month))
    if member_ids is not None:
        query = query.where(line.member_id.in_(list(member_ids)))
    return [(r, y, m, member) for r, y, m, member in session.execute(query)]


def member_month_run(session: Session, member_id: int, month: PayoutMonth) -> int | None:
    """The posted or paid run of `month` with a line for this member (that pays their costs)."""
    run, line = PayoutRunRow, PayoutLineRow
    return session.scalar(select(run.id).join(line, line.run_id == run.id).where(
        line.member_id == member_id, run.year == month.year, run.month == month.month,
        run.status.in_(LOCKING)).limit(1))


def member_last_paid_month(session: Session, member_id: int) -> PayoutMonth | None:
    """The latest month a posted or paid run has a line for this member in."""
    run, line = PayoutRunRow, PayoutLineRow
    found = session.execute(select(run.year, run.month).join(line, line.run_id == run.id).where(
        line.member_id == member_id, run.status.in_(LOCKING))
        .order_by(run.year.desc(), run.month.desc()).limit(1)).first()
    return None if found is None else PayoutMonth(found[0], found[1])


# -- what the SEPA writer and the municipality overview read ----------------------------------------


def sepa_rows(session: Session, run_id: int) -> list[Any]:
    """Per line of the run: member number, name, IBAN, address parts, amount paid, held or not,
    and for a held line the date it was paid later (`paid_later`, None while owed)."""
    line, m, later = PayoutLineRow, MemberRow, PayoutHeldPaymentRow
    return list(session.execute(
        select(m.number, m.name, m.iban, m.address, m.postcode, m.city, line.allowance, line.premium,
               line.actual_costs, line.payment_held, later.paid_on.label("paid_later"))
        .join(m, m.id == line.member_id).outerjoin(later, later.line_id == line.id)
        .where(line.run_id == run_id).order_by(m.number)).all())


def member_run_lines(session: Session, member_id: int, first: PayoutMonth,
                     last: PayoutMonth) -> dict[tuple[int, int], tuple[int, Money, Money, Money, date | None]]:
    """Per (year, month): the posted or paid run's id, allowance, premium, actual costs, paid date."""
    run, line, later = PayoutRunRow, PayoutLineRow, PayoutHeldPaymentRow
    rows = session.execute(
        select(run.year, run.month, run.id, line.allowance, line.premium, line.actual_costs,
               case((line.payment_held, later.paid_on), else_=run.paid_on))
        .join(line, line.run_id == run.id).outerjoin(later, later.line_id == line.id)
        .where(line.member_id == member_id, run.status.in_(LOCKING),
               month_index(run.year, run.month) >= first.year * 12 + first.month,
               month_index(run.year, run.month) <= last.year * 12 + last.month))
    return {(y, m): (run_id, allowance, premium, costs, paid_on)
            for y, m, run_id, allowance, premium, costs, paid_on in rows}


# -- bulk, for the demo generator ------------------------------------------------------------------


def next_transaction_id(session: Session) -> int:
    """The id `ledger.bulk_insert_posted` gives its first entry (it numbers them in order)."""
    return int(session.scalar(select(func.coalesce(func.max(TransactionRow.id), 0))) or 0) + 1
