"""What the treasurer declares for the payout: allowances from other organisations per
member and year, and the months a premium member chose to be paid in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.store.tables.payout import OtherAllowanceRow, PremiumPaymentMonthRow


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
