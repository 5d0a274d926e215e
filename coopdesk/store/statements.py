"""Reads for the year-end member statements, for one member or all members of a year at once.

Each read is one query over the whole year (a few GROUP BYs, not one query per member),
so statements for 500 members gather their data in a fraction of the time the PDF takes.
Which statements were issued before is kept in `statement_issue`, one row per version
with the fingerprint of its content (`issued_versions`, `record_versions`); each issue
also leaves an audit line (`statement.issue`, the statement number as detail).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, and_, exists, func, insert, or_, select, type_coerce
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, RunStatus
from coopdesk.domain.statement import IssuedVersion
from coopdesk.store.payout import LOCKING
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import AuditLogRow, OtherAllowanceRow, PayoutLineRow, PayoutRunRow
from coopdesk.store.tables.payout_held import PayoutHeldPaymentRow
from coopdesk.store.tables.pots import PotMovementRow, PotPurposeRow
from coopdesk.store.tables.statements import StatementIssueRow

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
    birth_on: date | None = None


@dataclass(frozen=True)
class StatementRunRow:
    """One member's line of a posted, paid or reversed run."""

    member_id: int
    month: PayoutMonth
    run_id: int
    allowance: Money
    premium: Money
    actual_costs: Money
    paid_on: date | None  # a held line's own later date (nabetaald), none while it is owed
    reversed_on: date | None = None  # set for a reversed run only
    reversed: bool = False


def _year_runs(year: int) -> Any:
    """The runs that touch `year`: for one of its months, paid in it, reversed in it, or
    December of the year before while not paid yet (it is paid in January of this year)."""
    run = PayoutRunRow
    first, last = date(year, 1, 1), date(year, 12, 31)
    return or_(run.year == year, run.paid_on.between(first, last), run.reversed_on.between(first, last),
               and_(run.year == year - 1, run.month == 12, run.paid_on.is_(None)))


def year_members(session: Session, year: int, numbers: Collection[int] | None = None) -> list[StatementMemberRow]:
    """The members with a statement of `year` (of those with `numbers`, when given): who were
    members at some time in it, or, whatever their dates say, worked hours in it, had a line
    in a run that touches it (`_year_runs`: paid in it, a December paid in January) or a
    pot movement in it. So a member who left before the year but was paid in it is in; one
    who joined after it, or left before it with nothing in it, is not."""
    m, h, line, run, pot = MemberRow, HoursEntryRow, PayoutLineRow, PayoutRunRow, PotMovementRow
    first, last = date(year, 1, 1), date(year, 12, 31)
    # correlated EXISTS after the dates: SQLite looks them up (by index) only for the few
    # members outside the year's dates
    worked = exists().where(h.member_id == m.id, h.worked_on.between(first, last))
    paid = exists().where(line.member_id == m.id, run.id == line.run_id,
                          run.status.in_((*LOCKING, RunStatus.REVERSED.value)), _year_runs(year))
    moved = exists().where(pot.member_id == m.id, pot.booked_on.between(first, last))
    query = select(m.id, m.number, m.name, m.address, m.postcode, m.city, m.regime, m.birth_on).where(or_(
        and_(m.joined_on <= last, or_(m.left_on.is_(None), m.left_on >= first)), worked, paid, moved))
    if numbers is not None:
        query = query.where(m.number.in_(list(numbers)))
    return [StatementMemberRow(*row) for row in session.execute(query.order_by(m.number)).tuples()]


def member_name(session: Session, number: int) -> str | None:
    """The name of member `number` (None: no such member)."""
    return session.scalar(select(MemberRow.name).where(MemberRow.number == number))


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


def run_lines(session: Session, year: int, member_ids: Collection[int] | None = None) -> list[StatementRunRow]:
    """Every line of the runs that touch `year` (`_year_runs`): posted, paid or reversed
    (a reversed one has `reversed` set; its `paid_on` says whether it had been paid)."""
    run, line = PayoutRunRow, PayoutLineRow
    runs = {run_id: (PayoutMonth(run_year, month), paid_on, status == RunStatus.REVERSED.value, reversed_on)
            for run_id, run_year, month, paid_on, status, reversed_on in session.execute(
                select(run.id, run.year, run.month, run.paid_on, run.status, run.reversed_on).where(
                    run.status.in_((*LOCKING, RunStatus.REVERSED.value)), _year_runs(year))).tuples()}
    if not runs:
        return []
    cents = (type_coerce(line.allowance, Integer), type_coerce(line.premium, Integer),
             type_coerce(line.actual_costs, Integer))
    # a line held for want of an IBAN is paid on its own later date (nabetaald), not the run's;
    # one still owed has no date: the statement says "nog niet betaald" (it used to say "apart
    # betaald", which an officer reads as received, before the book knew of later payments)
    later = PayoutHeldPaymentRow
    query = (select(line.member_id, line.run_id, *cents, line.payment_held, later.paid_on)
             .outerjoin(later, later.line_id == line.id).where(line.run_id.in_(list(runs))))
    if member_ids is not None:
        query = query.where(line.member_id.in_(list(member_ids)))
    found = []
    for member_id, run_id, allowance, premium, costs, held, paid_later in session.execute(query).tuples():
        month, paid_on, reversed_, reversed_on = runs[run_id]
        if held:
            paid_on = paid_later
        found.append(StatementRunRow(member_id, month, run_id, _money(allowance), _money(premium), _money(costs),
                                     paid_on, reversed_on, reversed_))
    return found


def income_warning_movements(session: Session, member_ids: Collection[int]) -> set[int]:
    """The ids of these members' pot movements (withdrawals) for a purpose that carries the
    income warning (the municipality may count it as income)."""
    pot, purpose = PotMovementRow, PotPurposeRow
    if not member_ids:
        return set()
    return set(session.scalars(select(pot.id).join(purpose, purpose.id == pot.purpose_id).where(
        purpose.income_warning.is_(True), pot.member_id.in_(list(member_ids)))))


def other_allowances(session: Session, year: int) -> dict[int, Money]:
    """The allowances other organisations paid each member in `year`, as the treasurer declared them."""
    return {member_id: amount for member_id, amount in session.execute(
        select(OtherAllowanceRow.member_id, OtherAllowanceRow.amount).where(OtherAllowanceRow.year == year)).tuples()}


def activity_names(session: Session) -> dict[int, str]:
    return {activity_id: name for activity_id, name in session.execute(select(ActivityRow.id, ActivityRow.name))}


def issued_versions(session: Session, year: int,
                    member_numbers: Collection[int] | None = None) -> dict[int, list[IssuedVersion]]:
    """Per member number: the versions of its statement of `year` issued so far, oldest first."""
    row = StatementIssueRow
    query = select(row.member_number, row.version, row.fingerprint, row.issued_on).where(row.year == year)
    if member_numbers is not None:
        query = query.where(row.member_number.in_(list(member_numbers)))
    found: dict[int, list[IssuedVersion]] = {}
    for number, version, fingerprint, issued_on in session.execute(
            query.order_by(row.member_number, row.version)).tuples():
        found.setdefault(number, []).append(IssuedVersion(year, number, version, fingerprint, issued_on))
    return found


def record_versions(session: Session, issued_at: datetime, who: str, versions: Iterable[IssuedVersion]) -> None:
    """One row per version issued now, and one audit line each (two inserts). A version
    that is already there breaks the unique constraint: the caller checks first."""
    new = list(versions)
    if not new:
        return
    session.execute(insert(StatementIssueRow), [
        {"year": v.year, "member_number": v.member_number, "version": v.version, "fingerprint": v.fingerprint,
         "issued_on": v.issued_on, "issued_at": issued_at, "who": who[:100]} for v in new])
    session.execute(insert(AuditLogRow), [
        {"logged_at": issued_at, "who": who[:100], "action": ISSUE_ACTION, "detail": v.number} for v in new])
