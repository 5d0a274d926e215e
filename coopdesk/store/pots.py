"""Savings pots in the book: purposes, movements, balances (tables in `tables/pots.py`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.domain.pot import MovementKind, PotMovement, Purpose
from coopdesk.store.tables.member import MemberRow
from coopdesk.store.tables.pots import PotMovementRow, PotPurposeRow


def _purpose(row: Any) -> Purpose:
    return Purpose(row.id, row.name, bool(row.needs_approval), bool(row.income_warning), bool(row.active))


def list_purposes(session: Session, include_inactive: bool = True) -> list[Purpose]:
    query = select(PotPurposeRow.__table__).order_by(PotPurposeRow.id)
    if not include_inactive:
        query = query.where(PotPurposeRow.active.is_(True))
    return [_purpose(row) for row in session.execute(query)]


def get_purpose(session: Session, purpose_id: int) -> Purpose | None:
    row = session.execute(select(PotPurposeRow.__table__).where(PotPurposeRow.id == purpose_id)).first()
    return _purpose(row) if row is not None else None


def purpose_by_name(session: Session, name: str) -> Purpose | None:
    row = session.execute(select(PotPurposeRow.__table__).where(PotPurposeRow.name == name)).first()
    return _purpose(row) if row is not None else None


def save_purpose(session: Session, purpose: Purpose) -> int:
    values = {"name": purpose.name, "needs_approval": purpose.needs_approval,
              "income_warning": purpose.income_warning, "active": purpose.active}
    if purpose.id:
        session.execute(update(PotPurposeRow).where(PotPurposeRow.id == purpose.id).values(**values))
        return purpose.id
    return int(session.execute(insert(PotPurposeRow).values(**values).returning(PotPurposeRow.id)).scalar_one())


def set_purpose_active(session: Session, purpose_id: int, active: bool) -> None:
    session.execute(update(PotPurposeRow).where(PotPurposeRow.id == purpose_id).values(active=active))


def purpose_uses(session: Session, purpose_id: int) -> int:
    """How many pot movements were booked for the purpose (such a purpose is never removed)."""
    return int(session.scalar(select(func.count()).select_from(PotMovementRow)
                              .where(PotMovementRow.purpose_id == purpose_id)) or 0)


def _movement(row: Any) -> PotMovement:
    return PotMovement(row.id, row.member_id, row.booked_on, MovementKind(row.kind), row.amount, row.reason,
                       row.receipt_reference, row.approved_by, row.transaction_id)


def insert_movement(session: Session, movement: PotMovement, created_at: datetime, *,
                    purpose_id: int | None = None, year_close_id: int | None = None) -> int:
    return int(session.execute(insert(PotMovementRow).values(
        member_id=movement.member_id, booked_on=movement.booked_on, kind=movement.kind.value,
        amount=movement.amount, reason=movement.reason[:200], purpose_id=purpose_id,
        receipt_reference=movement.receipt_reference, approved_by=movement.approved_by,
        transaction_id=movement.transaction_id, year_close_id=year_close_id, created_at=created_at,
    ).returning(PotMovementRow.id)).scalar_one())


def member_movements(session: Session, member_id: int) -> list[PotMovement]:
    rows = session.execute(select(PotMovementRow.__table__).where(PotMovementRow.member_id == member_id)
                           .order_by(PotMovementRow.booked_on, PotMovementRow.id))
    return [_movement(row) for row in rows]


def close_movements(session: Session, year_close_id: int) -> list[PotMovement]:
    rows = session.execute(select(PotMovementRow.__table__).where(PotMovementRow.year_close_id == year_close_id)
                           .order_by(PotMovementRow.id))
    return [_movement(row) for row in rows]


def balances(session: Session, through: date | None = None) -> list[tuple[int, int, str, Money]]:
    """(member id, member number, name, balance) for every member with a movement."""
    cents = func.sum(type_coerce(PotMovementRow.amount, BigInteger))
    query = (select(MemberRow.id, MemberRow.number, MemberRow.name, cents)
             .join(PotMovementRow, PotMovementRow.member_id == MemberRow.id)
             .group_by(MemberRow.id, MemberRow.number, MemberRow.name).order_by(MemberRow.number))
    if through is not None:
        query = query.where(PotMovementRow.booked_on <= through)
    return [(int(r[0]), int(r[1]), str(r[2]), Money.from_cents(int(r[3] or 0))) for r in session.execute(query)]


def total(session: Session) -> Money:
    cents = session.scalar(select(func.coalesce(func.sum(type_coerce(PotMovementRow.amount, BigInteger)), 0)))
    return Money.from_cents(int(cents or 0))


def members_with_movements(session: Session, member_ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(member_ids))
    return set(session.scalars(select(PotMovementRow.member_id).where(PotMovementRow.member_id.in_(wanted))
                               .distinct()))
