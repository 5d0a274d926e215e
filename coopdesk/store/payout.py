"""Queries and writes for the monthly payout.

* The proposal reads the month's hours summed in SQL per member, day and activity
  (`month_hours`), never cell by cell, and each member's calendar year from the posted
  runs (`histories`) in a few GROUP BY queries, however many members.
* A run is written whole (`insert_run`): its row, its lines and held-back amounts with
  Core bulk inserts, inside the service's unit of work.
* `locked_months` feeds `store/periods.closed_days`: the members and months of posted
  (not reversed) runs.
* A line held for want of an IBAN (`payment_held`) stays owed on allowances payable until
  it is paid later (`payout_held_payment`, `held_lines`, `insert_held_payment`); where a
  run line's payment date is read (`member_run_lines`), a held line's date is that later
  payment's date, or none while it is owed, never the run's own date.
* `owed_cents` is what the open runs and held lines still owe: what allowances payable
  (1700) must hold (`payable_cents`), which `coopdesk check` compares.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    String,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from coopdesk.domain.ledger import TransactionKind, TransactionStatus
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    ActivityRate,
    ActualCost,
    CostState,
    HeldBack,
    HeldBackReason,
    HoursSum,
    MemberHistory,
    PayoutMember,
    PayoutMonth,
    PayoutProposal,
    PayoutRun,
    RunLine,
    RunStatus,
    WaitingCosts,
    payment_year,
)
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.ledger import AccountRow, PostingRow, TransactionRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import (
    OtherAllowanceRow,
    PayoutActualCostRow,
    PayoutHeldBackRow,
    PayoutLineRow,
    PayoutRunRow,
    PremiumPaymentMonthRow,
)
from coopdesk.store.tables.payout_held import PayoutHeldPaymentRow

LOCKING = (RunStatus.POSTED.value, RunStatus.PAID.value)


def _month_index(year: Any, month: Any) -> Any:
    return year * 12 + month


def _c(column: Any) -> Any:
    """A money column as its plain integer cents, for sums and CASE (no Money per row)."""
    return type_coerce(column, BigInteger)


# -- what a proposal reads -------------------------------------------------------------------


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def month_hours(session: Session, month: PayoutMonth) -> list[HoursSum]:
    """The month's minutes per member, day and activity, summed in SQL.

    The day is read as the driver gives it and parsed here (`date.fromisoformat`), which
    is several times faster than SQLAlchemy's Date processing row by row."""
    h = HoursEntryRow
    rows = session.execute(
        select(h.member_id, type_coerce(h.worked_on, String), h.activity_id, func.sum(h.minutes))
        .where(h.worked_on >= month.first_day, h.worked_on <= month.last_day)
        .group_by(h.member_id, h.worked_on, h.activity_id)).tuples()
    return [HoursSum(member_id, _day(worked_on), activity_id, int(minutes))
            for member_id, worked_on, activity_id, minutes in rows]


def payout_members(session: Session, member_ids: Iterable[int]) -> list[PayoutMember]:
    """These members and every member under the premium regime (who may have accrued premium
    to pay without hours this month)."""
    m = MemberRow
    wanted = sorted(set(member_ids))
    rows = session.execute(
        select(m.id, m.number, m.name, m.regime, m.birth_on, m.social_assistance, m.left_on, m.iban)
        .where(or_(m.id.in_(wanted), m.regime == PaymentRegime.PREMIUM.value)))
    return [PayoutMember(row.id, row.number, row.name, PaymentRegime(row.regime), row.birth_on,
                         bool(row.social_assistance), row.left_on, row.iban) for row in rows]


def activity_rates(session: Session) -> dict[int, ActivityRate]:
    rows = session.execute(select(ActivityRow.id, ActivityRow.name, ActivityRow.hourly_rate))
    return {row.id: ActivityRate(row.id, row.name, row.hourly_rate) for row in rows}


def month_costs(session: Session, month: PayoutMonth) -> list[ActualCost]:
    c = PayoutActualCostRow
    rows = session.execute(select(c.id, c.member_id, c.amount, c.receipt_reference, c.description)
                           .where(c.year == month.year, c.month == month.month).order_by(c.id))
    return [ActualCost(row.member_id, row.amount, row.receipt_reference, row.description, row.id) for row in rows]


def histories(session: Session, month: PayoutMonth) -> dict[int, MemberHistory]:
    """Every member's calendar year around `month` from the posted (not reversed) runs of the
    **other** months of that year, before and after it (a month posted late still counts
    what later months paid), the declared other-organisation allowances and the premium
    payment months of that year. Premium accrued and not yet paid is carried from the runs
    before `month` only."""
    run, line = PayoutRunRow, PayoutLineRow
    # the few runs first (one per month at most), then their lines through (run, member)
    runs = [(run_id, year, number) for run_id, year, number in session.execute(
        select(run.id, run.year, run.month).where(run.status.in_(LOCKING))).tuples()
        if (year, number) != (month.year, month.month)]
    this_year = [run_id for run_id, year, _ in runs if year == month.year]
    # premiums count in the year they are paid (December's run is paid in January)
    paid_year = payment_year(month)
    premium_year = [run_id for run_id, year, number in runs if payment_year(PayoutMonth(year, number)) == paid_year]
    earlier = [run_id for run_id, year, number in runs if (year, number) < (month.year, month.month)]
    found: dict[int, dict[str, Any]] = {}

    def of(member_id: int) -> dict[str, Any]:
        return found.setdefault(member_id, {})

    if this_year:
        for member_id, allowance in session.execute(
            select(line.member_id, func.sum(_c(line.allowance)))
            .where(line.run_id.in_(this_year)).group_by(line.member_id)
        ).tuples():
            if allowance:
                of(member_id)["allowance_paid"] = Money.from_cents(int(allowance))
    if premium_year:
        for member_id, premium, payments in session.execute(
            select(line.member_id, func.sum(_c(line.premium)), func.sum(case((_c(line.premium) > 0, 1), else_=0)))
            .where(line.run_id.in_(premium_year), _c(line.premium) > 0).group_by(line.member_id)
        ).tuples():
            entry = of(member_id)
            entry["premium_paid"] = Money.from_cents(int(premium or 0))
            entry["premium_payments"] = int(payments or 0)
    if earlier:
        # premium accrued and not yet paid is carried across years: every earlier premium line
        for member_id, accrued, paid_ever in session.execute(
            select(line.member_id, func.sum(_c(line.premium_accrued)), func.sum(_c(line.premium)))
            .where(line.run_id.in_(earlier),
                   line.regime == PaymentRegime.PREMIUM.value).group_by(line.member_id)
        ).tuples():
            carried = int(accrued or 0) - int(paid_ever or 0)
            if carried:
                of(member_id)["premium_accrued"] = Money.from_cents(carried)
    for member_id, amount in session.execute(
        select(OtherAllowanceRow.member_id, OtherAllowanceRow.amount).where(OtherAllowanceRow.year == month.year)
    ):
        of(member_id)["other_organisations"] = amount
    months: dict[int, set[int]] = {}
    for member_id, number in session.execute(
        select(PremiumPaymentMonthRow.member_id, PremiumPaymentMonthRow.month)
        .where(PremiumPaymentMonthRow.year == month.year)
    ):
        months.setdefault(member_id, set()).add(number)
    for member_id, chosen in months.items():
        of(member_id)["payment_months"] = frozenset(chosen)
    return {member_id: MemberHistory(**values) for member_id, values in found.items()}


def premium_paid_months(session: Session, member_id: int, year: int) -> set[int]:
    """The run months of `year` in which this member was paid a premium (posted, not reversed)."""
    run, line = PayoutRunRow, PayoutLineRow
    return set(session.scalars(
        select(run.month).join(line, line.run_id == run.id)
        .where(line.member_id == member_id, run.year == year, run.status.in_(LOCKING), _c(line.premium) > 0)))


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
                     func.sum(_c(line.allowance)).label("allowance"), func.sum(_c(line.premium)).label("premium"),
                     func.sum(_c(line.actual_costs)).label("costs"), func.sum(_c(line.held_back)).label("held"))
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
                    _month_index(run.year, run.month) >= first.year * 12 + first.month,
                    _month_index(run.year, run.month) <= last.year * 12 + last.month))
    if member_ids is not None:
        query = query.where(line.member_id.in_(list(member_ids)))
    return [(r, y, m, member) for r, y, m, member in session.execute(query)]


# -- what the treasurer declares ---------------------------------------------------------------------


def set_other_allowance(session: Session, member_id: int, year: int, amount: Money) -> None:
    session.execute(delete(OtherAllowanceRow).where(OtherAllowanceRow.member_id == member_id,
                                                    OtherAllowanceRow.year == year))
    if amount:
        session.execute(insert(OtherAllowanceRow).values(member_id=member_id, year=year, amount=amount))


def other_allowance(session: Session, member_id: int, year: int) -> Money:
    found = session.scalar(select(OtherAllowanceRow.amount).where(OtherAllowanceRow.member_id == member_id,
                                                                  OtherAllowanceRow.year == year))
    return found if found is not None else Money.zero()


def set_payment_months(session: Session, member_id: int, year: int, months: Iterable[int]) -> None:
    session.execute(delete(PremiumPaymentMonthRow).where(PremiumPaymentMonthRow.member_id == member_id,
                                                         PremiumPaymentMonthRow.year == year))
    rows = [{"member_id": member_id, "year": year, "month": month} for month in sorted(set(months))]
    if rows:
        session.execute(insert(PremiumPaymentMonthRow), rows)


def payment_months(session: Session, member_id: int, year: int) -> frozenset[int]:
    return frozenset(session.scalars(select(PremiumPaymentMonthRow.month).where(
        PremiumPaymentMonthRow.member_id == member_id, PremiumPaymentMonthRow.year == year)))


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
                      _day(row.paid_on) if row.paid_on else None, has_run)
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
        select(c.year, c.month, func.count(func.distinct(c.member_id)), func.sum(_c(c.amount)))
        .where(~paid, _month_index(c.year, c.month) >= first.year * 12 + first.month,
               _month_index(c.year, c.month) <= last.year * 12 + last.month)
        .group_by(c.year, c.month).order_by(c.year, c.month)).tuples().all()
    with_run = {(year, month) for year, month in session.execute(
        select(run.year, run.month).where(run.status.in_(LOCKING))).tuples()}
    return [WaitingCosts(PayoutMonth(year, month), int(members), Money.from_cents(int(cents or 0)),
                         (year, month) in with_run)
            for year, month, members, cents in rows]


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


def member_month_minutes(session: Session, member_id: int, first: date, last: date) -> dict[tuple[int, int], int]:
    """Minutes per (year, month) of one member from `first` to `last`: summed per day in SQL,
    per month here (taking the month out of a date is not portable SQL); a few hundred rows."""
    h = HoursEntryRow
    rows = session.execute(
        select(h.worked_on, func.sum(h.minutes)).where(h.member_id == member_id, h.worked_on >= first,
                                                       h.worked_on <= last).group_by(h.worked_on))
    totals: dict[tuple[int, int], int] = {}
    for day, minutes in rows:
        key = (day.year, day.month)
        totals[key] = totals.get(key, 0) + int(minutes)
    return totals


def member_run_lines(session: Session, member_id: int, first: PayoutMonth,
                     last: PayoutMonth) -> dict[tuple[int, int], tuple[int, Money, Money, Money, date | None]]:
    """Per (year, month): the posted or paid run's id, allowance, premium, actual costs, paid date."""
    run, line, later = PayoutRunRow, PayoutLineRow, PayoutHeldPaymentRow
    rows = session.execute(
        select(run.year, run.month, run.id, line.allowance, line.premium, line.actual_costs,
               case((line.payment_held, later.paid_on), else_=run.paid_on))
        .join(line, line.run_id == run.id).outerjoin(later, later.line_id == line.id)
        .where(line.member_id == member_id, run.status.in_(LOCKING),
               _month_index(run.year, run.month) >= first.year * 12 + first.month,
               _month_index(run.year, run.month) <= last.year * 12 + last.month))
    return {(y, m): (run_id, allowance, premium, costs, paid_on)
            for y, m, run_id, allowance, premium, costs, paid_on in rows}


# -- held lines paid later (nabetalen) ----------------------------------------------------------------


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
                    _c(line.allowance) + _c(line.premium) + _c(line.actual_costs) > 0)
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
    amount = _c(line.allowance) + _c(line.premium) + _c(line.actual_costs)
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
        select(func.coalesce(func.sum(_c(PostingRow.amount)), 0)).join(t, t.id == PostingRow.transaction_id)
        .where(PostingRow.account_id == account_id, t.status != TransactionStatus.DRAFT.value,
               t.kind != TransactionKind.OPENING.value)) or 0)


# -- bulk, for the demo generator ------------------------------------------------------------------


def all_members(session: Session) -> list[PayoutMember]:
    m = MemberRow
    rows = session.execute(select(m.id, m.number, m.name, m.regime, m.birth_on, m.social_assistance, m.left_on,
                                  m.iban))
    return [PayoutMember(row.id, row.number, row.name, PaymentRegime(row.regime), row.birth_on,
                         bool(row.social_assistance), row.left_on, row.iban) for row in rows]


def all_hours_by_month(session: Session) -> dict[PayoutMonth, list[HoursSum]]:
    """Every hour in the book, summed per member, day and activity (one GROUP BY), by month."""
    h = HoursEntryRow
    by_month: dict[PayoutMonth, list[HoursSum]] = {}
    months: dict[tuple[int, int], list[HoursSum]] = {}
    for member_id, text, activity_id, minutes in session.execute(
        select(h.member_id, type_coerce(h.worked_on, String), h.activity_id, func.sum(h.minutes))
        .group_by(h.member_id, h.worked_on, h.activity_id)
    ).tuples():
        day = _day(text)
        months.setdefault((day.year, day.month), []).append(HoursSum(member_id, day, activity_id, int(minutes)))
    for (year, month), sums in months.items():
        by_month[PayoutMonth(year, month)] = sums
    return by_month


def insert_payment_months(session: Session, rows: Sequence[tuple[int, int, int]]) -> None:
    """(member id, year, month) rows, in one bulk insert."""
    if rows:
        session.execute(insert(PremiumPaymentMonthRow),
                        [{"member_id": m, "year": y, "month": month} for m, y, month in rows])


def insert_other_allowances(session: Session, rows: Sequence[tuple[int, int, Money]]) -> None:
    """(member id, year, amount) rows, in one bulk insert."""
    if rows:
        session.execute(insert(OtherAllowanceRow),
                        [{"member_id": m, "year": y, "amount": amount} for m, y, amount in rows])


def next_transaction_id(session: Session) -> int:
    """The id `ledger.bulk_insert_posted` gives its first entry (it numbers them in order)."""
    from coopdesk.store.tables.ledger import TransactionRow

    return int(session.scalar(select(func.coalesce(func.max(TransactionRow.id), 0))) or 0) + 1
