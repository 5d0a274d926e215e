"""Reads for the year-end member statements, for one member or all members of a year at once.

Each read is one query over the whole year (a few GROUP BYs, not one query per member),
so statements for 500 members gather their data in a fraction of the time the PDF takes.
Which statements were issued before is kept in the audit log (`statement.issue`, the
statement number as detail): a reprint finds its number there and is marked a duplicate.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Integer, func, insert, or_, select, type_coerce
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.store.payout import LOCKING
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import AuditLogRow, OtherAllowanceRow, PayoutLineRow, PayoutRunRow
from coopdesk.store.tables.payout_held import PayoutHeldPaymentRow

ISSUE_ACTION = "statement.issue"
ZERO = Money(0)


@dataclass(frozen=True)
class StatementMemberRow:
    id: int
    number: int
    name: str
    address: str
    postcode: str
    city: str
    regime: str


@dataclass(frozen=True)
class StatementRunRow:
    """One member's line of a posted or paid run."""

    member_id: int
    month: PayoutMonth
    run_id: int
    allowance: Money
    premium: Money
    actual_costs: Money
    paid_on: date | None


def year_members(session: Session, year: int, numbers: Collection[int] | None = None) -> list[StatementMemberRow]:
    """Members who were members at some time in `year` (or only those with `numbers`)."""
    m = MemberRow
    query = select(m.id, m.number, m.name, m.address, m.postcode, m.city, m.regime)
    if numbers is not None:
        query = query.where(m.number.in_(list(numbers)))
    else:
        query = query.where(m.joined_on <= date(year, 12, 31), or_(m.left_on.is_(None), m.left_on >= date(year, 1, 1)))
    return [StatementMemberRow(*row) for row in session.execute(query.order_by(m.number)).tuples()]


def year_minutes(session: Session, year: int,
                 member_ids: Collection[int] | None = None) -> dict[int, dict[tuple[int, int], int]]:
    """Per member: minutes per (month, activity id) in `year`: one GROUP BY per month over a
    date range (portable SQL; taking the month out of a date is not), a few rows each."""
    h = HoursEntryRow
    found: dict[int, dict[tuple[int, int], int]] = {}
    for number in range(1, 13):
        month = PayoutMonth(year, number)
        query = (select(h.member_id, h.activity_id, func.sum(h.minutes))
                 .where(h.worked_on >= month.first_day, h.worked_on <= month.last_day)
                 .group_by(h.member_id, h.activity_id))
        if member_ids is not None:
            query = query.where(h.member_id.in_(list(member_ids)))
        for member_id, activity_id, minutes in session.execute(query).tuples():
            found.setdefault(member_id, {})[(number, activity_id)] = int(minutes)
    return found


def _money(cents: int | None) -> Money:
    return Money.from_cents(cents) if cents else ZERO


def run_lines(session: Session, first: PayoutMonth, last: PayoutMonth,
              member_ids: Collection[int] | None = None) -> list[StatementRunRow]:
    """Every line of the posted or paid (not reversed) runs of `first` to `last`."""
    run, line = PayoutRunRow, PayoutLineRow
    runs = {run_id: (PayoutMonth(year, month), paid_on) for run_id, year, month, paid_on in session.execute(
        select(run.id, run.year, run.month, run.paid_on).where(
            run.status.in_(LOCKING), run.year >= first.year, run.year <= last.year)).tuples()
        if first <= PayoutMonth(year, month) <= last}
    if not runs:
        return []
    cents = (type_coerce(line.allowance, Integer), type_coerce(line.premium, Integer),
             type_coerce(line.actual_costs, Integer))
    # a line held for want of an IBAN is paid on its own later date (none while owed), not the run's
    later = PayoutHeldPaymentRow
    query = (select(line.member_id, line.run_id, *cents, line.payment_held, later.paid_on)
             .outerjoin(later, later.line_id == line.id).where(line.run_id.in_(list(runs))))
    if member_ids is not None:
        query = query.where(line.member_id.in_(list(member_ids)))
    return [StatementRunRow(member_id, runs[run_id][0], run_id, _money(allowance), _money(premium), _money(costs),
                            paid_later if held else runs[run_id][1])
            for member_id, run_id, allowance, premium, costs, held, paid_later in session.execute(query).tuples()]


def other_allowances(session: Session, year: int) -> dict[int, Money]:
    """The allowances other organisations paid each member in `year`, as the treasurer declared them."""
    return {member_id: amount for member_id, amount in session.execute(
        select(OtherAllowanceRow.member_id, OtherAllowanceRow.amount).where(OtherAllowanceRow.year == year)).tuples()}


def activity_names(session: Session) -> dict[int, str]:
    return {activity_id: name for activity_id, name in session.execute(select(ActivityRow.id, ActivityRow.name))}


def issued_numbers(session: Session, prefix: str) -> set[str]:
    """The statement numbers starting with `prefix` that were issued before."""
    return set(session.scalars(select(AuditLogRow.detail).where(AuditLogRow.action == ISSUE_ACTION,
                                                                AuditLogRow.detail.startswith(prefix))))


def record_issued(session: Session, logged_at: datetime, who: str, numbers: Iterable[str]) -> None:
    """One audit line per statement number issued now (in one insert)."""
    rows = [{"logged_at": logged_at, "who": who[:100], "action": ISSUE_ACTION, "detail": number}
            for number in numbers]
    if rows:
        session.execute(insert(AuditLogRow), rows)
