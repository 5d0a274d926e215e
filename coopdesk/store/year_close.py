"""The year close in the book: closed years, the distribution agreement, the year's
figures the close reads (tables in `tables/pots.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.domain.year_close import Agreement, EnterpriseOwner, PotsMethod, TrainingMode
from coopdesk.store.tables.activity import ActivityRow
from coopdesk.store.tables.hours import HoursEntryRow
from coopdesk.store.tables.ledger import TransactionRow
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.payout import PayoutRunRow
from coopdesk.store.tables.pots import DistributionAgreementRow, PotMovementRow, YearCloseRow

BASIS = Decimal(100)  # stored in hundredths of a percent


@dataclass(frozen=True)
class ClosedYear:
    id: int
    year: int
    closed_at: datetime
    closed_by: str
    profit: Money
    counted_cash: Money
    transaction_id: int | None


def closed_years(session: Session, first_year: int, last_year: int) -> list[ClosedYear]:
    """The years from `first_year` to `last_year` that are closed now (one query)."""
    rows = session.execute(select(YearCloseRow).where(
        YearCloseRow.year >= first_year, YearCloseRow.year <= last_year, YearCloseRow.reopened_at.is_(None)))
    return [ClosedYear(r.id, r.year, r.closed_at, r.closed_by, r.profit, r.counted_cash, r.transaction_id)
            for r in rows.scalars()]


def first_day(session: Session) -> date | None:
    """The first day the book holds anything dated: the earliest of its first transaction
    (the opening balance is one; a draft counts too), first hours entry, first payout run
    (the first of its month) and first pot movement. None: the book holds nothing dated
    yet. Members' joining dates do not count: a register copied into a new book goes back
    further than its books. Four MIN queries, each on a date index."""
    found = [session.scalar(select(func.min(TransactionRow.booked_on))),
             session.scalar(select(func.min(HoursEntryRow.worked_on))),
             session.scalar(select(func.min(PotMovementRow.booked_on)))]
    run = session.execute(select(PayoutRunRow.year, PayoutRunRow.month)
                          .order_by(PayoutRunRow.year, PayoutRunRow.month).limit(1)).first()
    if run is not None:
        found.append(date(int(run[0]), int(run[1]), 1))
    days = [day for day in found if day is not None]
    return min(days) if days else None


def current_close(session: Session, year: int) -> ClosedYear | None:
    found = closed_years(session, year, year)
    return found[0] if found else None


def insert_close(session: Session, year: int, closed_at: datetime, closed_by: str, profit: Money,
                 counted_cash: Money, transaction_id: int | None) -> int:
    return int(session.execute(insert(YearCloseRow).values(
        year=year, closed_at=closed_at, closed_by=closed_by[:100], profit=profit, counted_cash=counted_cash,
        transaction_id=transaction_id, reopened_by="", reopen_reason="").returning(YearCloseRow.id)).scalar_one())


def set_transaction(session: Session, close_id: int, transaction_id: int | None) -> None:
    session.execute(update(YearCloseRow).where(YearCloseRow.id == close_id).values(transaction_id=transaction_id))


def set_reopened(session: Session, close_id: int, reopened_at: datetime, who: str, reason: str) -> None:
    session.execute(update(YearCloseRow).where(YearCloseRow.id == close_id).values(
        reopened_at=reopened_at, reopened_by=who[:100], reopen_reason=reason[:500]))


def _basis(value: Decimal) -> int:
    return int((value * BASIS).to_integral_value())


def save_agreement(session: Session, agreement: Agreement, who: str, at: datetime) -> None:
    assert agreement.agreed_on is not None
    values = {
        "training_mode": agreement.training_mode.value, "training_amount": agreement.training_amount,
        "training_basis_points": _basis(agreement.training_percentage),
        "pots_method": agreement.pots_method.value, "pots_basis_points": _basis(agreement.pots_percentage),
        "municipality_basis_points": _basis(agreement.municipality_percentage),
        "municipality_threshold": agreement.municipality_threshold,
        "enterprise_basis_points": _basis(agreement.enterprise_percentage), "recorded_by": who[:100], "recorded_at": at}
    existing = session.scalar(select(DistributionAgreementRow.id)
                              .where(DistributionAgreementRow.agreed_on == agreement.agreed_on))
    if existing is None:
        session.execute(insert(DistributionAgreementRow).values(agreed_on=agreement.agreed_on, **values))
    else:
        session.execute(update(DistributionAgreementRow).where(DistributionAgreementRow.id == existing)
                        .values(**values))


def agreement_on(session: Session, day: date) -> Agreement:
    """The newest agreement made on or before `day`; an empty one (nothing agreed) if none."""
    row = session.scalars(select(DistributionAgreementRow).where(DistributionAgreementRow.agreed_on <= day)
                          .order_by(DistributionAgreementRow.agreed_on.desc()).limit(1)).first()
    if row is None:
        return Agreement()
    return Agreement(
        agreed_on=row.agreed_on, training_mode=TrainingMode(row.training_mode), training_amount=row.training_amount,
        training_percentage=Decimal(row.training_basis_points) / BASIS, pots_method=PotsMethod(row.pots_method),
        pots_percentage=Decimal(row.pots_basis_points) / BASIS,
        municipality_percentage=Decimal(row.municipality_basis_points) / BASIS,
        municipality_threshold=row.municipality_threshold,
        enterprise_percentage=Decimal(row.enterprise_basis_points) / BASIS)


def year_members(session: Session, year: int) -> list[tuple[int, int, str, int]]:
    """(member id, number, name, minutes worked in `year`) for every member whose
    membership touches the year, by member number."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    minutes = dict(session.execute(
        select(HoursEntryRow.member_id, func.sum(HoursEntryRow.minutes))
        .where(HoursEntryRow.worked_on >= first, HoursEntryRow.worked_on <= last)
        .group_by(HoursEntryRow.member_id)).tuples().all())
    rows = session.execute(select(MemberRow.id, MemberRow.number, MemberRow.name).where(
        MemberRow.joined_on <= last, (MemberRow.left_on.is_(None)) | (MemberRow.left_on >= first))
        .order_by(MemberRow.number))
    return [(int(i), int(n), str(name), int(minutes.get(i, 0) or 0)) for i, n, name in rows]


def enterprise_owners(session: Session) -> dict[int, EnterpriseOwner]:
    """Activity id -> the member it belongs to, for every member enterprise (whether or
    not the member has left since: the pot stays theirs)."""
    rows = session.execute(select(ActivityRow.id, MemberRow.id, MemberRow.number, MemberRow.name)
                           .join(MemberRow, MemberRow.id == ActivityRow.owner_member_id))
    return {int(a): EnterpriseOwner(int(m), int(n), str(name)) for a, m, n, name in rows}
