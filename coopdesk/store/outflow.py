"""Reads for the outflow report and the earnings per working member, aggregated in SQL.

* `outflow_members`: members who left for a paid job or education up to a date.
* `payout_received`: allowances and premiums per year from payout runs that stand
  (posted or paid; a reversed run paid nothing).
* `pot_deposits`: the year close's pot deposits per closed year, net of the reversals
  written when a year was reopened; `enterprise_shares` the same for the owners' shares
  of their own member enterprises.
* `working_members`: distinct members with hours per year.
* `set_former_monthly_benefit`: the treasurer's entry for one member.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract, func, select, update

from coopdesk.domain.member import LeaveReason
from coopdesk.domain.money import Money
from coopdesk.domain.outflow import OutflowMember
from coopdesk.domain.payout import RunStatus
from coopdesk.domain.pot import MovementKind
from coopdesk.store.session import Session
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import PayoutLineRow, PayoutRunRow
from coopdesk.store.tables.pots import PotMovementRow, YearCloseRow

_OUTFLOW = [reason.value for reason in LeaveReason if reason.is_outflow]
_STANDING_RUNS = [RunStatus.POSTED.value, RunStatus.PAID.value]
_CLOSE_MOVEMENTS = [MovementKind.DISTRIBUTION.value, MovementKind.REVERSAL.value]
_ENTERPRISE_MOVEMENTS = [MovementKind.ENTERPRISE.value, MovementKind.ENTERPRISE_REVERSAL.value]


def _money(value: Money | None) -> Money:
    """A SUM over a money column comes back as Money (the column's type), or None for no rows."""
    return value if value is not None else Money.zero()


def outflow_members(session: Session, up_to: date) -> list[OutflowMember]:
    rows = session.execute(
        select(MemberRow.number, MemberRow.name, MemberRow.joined_on, MemberRow.left_on,
               MemberRow.leave_reason, MemberRow.former_monthly_benefit)
        .where(MemberRow.leave_reason.in_(_OUTFLOW), MemberRow.left_on.is_not(None),
               MemberRow.left_on <= up_to)
        .order_by(MemberRow.left_on, MemberRow.number))
    return [OutflowMember(int(number), str(name), joined_on, left_on, LeaveReason(reason), benefit)
            for number, name, joined_on, left_on, reason, benefit in rows]


def payout_received(session: Session, first_year: int, last_year: int) -> dict[int, Money]:
    rows = session.execute(
        select(PayoutRunRow.year, func.sum(PayoutLineRow.allowance), func.sum(PayoutLineRow.premium))
        .join(PayoutRunRow, PayoutRunRow.id == PayoutLineRow.run_id)
        .where(PayoutRunRow.status.in_(_STANDING_RUNS),
               PayoutRunRow.year >= first_year, PayoutRunRow.year <= last_year)
        .group_by(PayoutRunRow.year))
    return {int(year): _money(allowance) + _money(premium) for year, allowance, premium in rows}


def pot_deposits(session: Session, first_year: int, last_year: int) -> dict[int, Money]:
    return _close_movements(session, first_year, last_year, _CLOSE_MOVEMENTS)


def enterprise_shares(session: Session, first_year: int, last_year: int) -> dict[int, Money]:
    return _close_movements(session, first_year, last_year, _ENTERPRISE_MOVEMENTS)


def _close_movements(session: Session, first_year: int, last_year: int, kinds: list[str]) -> dict[int, Money]:
    rows = session.execute(
        select(YearCloseRow.year, func.sum(PotMovementRow.amount))
        .join(YearCloseRow, YearCloseRow.id == PotMovementRow.year_close_id)
        .where(PotMovementRow.kind.in_(kinds),
               YearCloseRow.year >= first_year, YearCloseRow.year <= last_year)
        .group_by(YearCloseRow.year))
    return {int(year): _money(amount) for year, amount in rows}


def working_members(session: Session, first_year: int, last_year: int) -> dict[int, int]:
    year = extract("year", HoursEntryRow.worked_on)
    rows = session.execute(
        select(year, func.count(func.distinct(HoursEntryRow.member_id)))
        .where(HoursEntryRow.worked_on >= date(first_year, 1, 1),
               HoursEntryRow.worked_on <= date(last_year, 12, 31), HoursEntryRow.minutes > 0)
        .group_by(year))
    return {int(y): int(n) for y, n in rows}


def set_former_monthly_benefit(session: Session, member_number: int, amount: Money | None) -> int | None:
    """Store the benefit; the member's id, or None when there is no such member (nothing written)."""
    member_id = session.scalar(select(MemberRow.id).where(MemberRow.number == member_number))
    if member_id is None:
        return None
    session.execute(update(MemberRow).where(MemberRow.id == member_id).values(former_monthly_benefit=amount))
    return int(member_id)


def former_monthly_benefit(session: Session, member_number: int) -> Money | None:
    return session.scalar(select(MemberRow.former_monthly_benefit).where(MemberRow.number == member_number))
