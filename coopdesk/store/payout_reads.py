"""What a payout proposal reads: the month's hours, the members and rates, and each member's year.

* The month's hours are summed in SQL per member, day and activity (`month_hours`), never
  cell by cell, and each member's calendar year from the posted runs (`histories`) in a
  few GROUP BY queries, however many members.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    ActivityRate,
    HoursSum,
    MemberHistory,
    PayoutMember,
    PayoutMonth,
    payment_year,
)
from coopdesk.store.payout import LOCKING, as_cents, as_day
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import (
    OtherAllowanceRow,
    PayoutLineRow,
    PayoutRunRow,
    PremiumPaymentMonthRow,
)


def month_hours(session: Session, month: PayoutMonth) -> list[HoursSum]:
    """The month's minutes per member, day and activity, summed in SQL.

    The day is read as the driver gives it and parsed here (`date.fromisoformat`), which
    is several times faster than SQLAlchemy's Date processing row by row."""
    h = HoursEntryRow
    rows = session.execute(
        select(h.member_id, type_coerce(h.worked_on, String), h.activity_id, func.sum(h.minutes))
        .where(h.worked_on >= month.first_day, h.worked_on <= month.last_day)
        .group_by(h.member_id, h.worked_on, h.activity_id)).tuples()
    return [HoursSum(member_id, as_day(worked_on), activity_id, int(minutes))
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
            select(line.member_id, func.sum(as_cents(line.allowance)))
            .where(line.run_id.in_(this_year)).group_by(line.member_id)
        ).tuples():
            if allowance:
                of(member_id)["allowance_paid"] = Money.from_cents(int(allowance))
    if premium_year:
        for member_id, premium, payments in session.execute(
            select(line.member_id, func.sum(as_cents(line.premium)), func.sum(case((as_cents(line.premium) > 0, 1), else_=0)))
            .where(line.run_id.in_(premium_year), as_cents(line.premium) > 0).group_by(line.member_id)
        ).tuples():
            entry = of(member_id)
            entry["premium_paid"] = Money.from_cents(int(premium or 0))
            entry["premium_payments"] = int(payments or 0)
    if earlier:
        # premium accrued and not yet paid is carried across years: every earlier premium line
        for member_id, accrued, paid_ever in session.execute(
            select(line.member_id, func.sum(as_cents(line.premium_accrued)), func.sum(as_cents(line.premium)))
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
        .where(line.member_id == member_id, run.year == year, run.status.in_(LOCKING), as_cents(line.premium) > 0)))


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
        day = as_day(text)
        months.setdefault((day.year, day.month), []).append(HoursSum(member_id, day, activity_id, int(minutes)))
    for (year, month), sums in months.items():
        by_month[PayoutMonth(year, month)] = sums
    return by_month
