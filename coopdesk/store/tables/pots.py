"""Savings pots and the year close (migration 0006).

* `pot_purpose`: the book's editable list of withdrawal purposes (seeded by the migration).
* `pot_movement`: every movement of a member's pot (positive in, negative out, integer
  cents), pointing at the ledger transaction that posted it and, for a distribution, at
  the year close it belongs to.
* `distribution_agreement`: how the members agreed to distribute a year's profit, one row
  per agreement with its date; a year uses the newest agreed on or before its last day.
  Percentages are stored in hundredths of a percent (2500 = 25 %);
  `enterprise_basis_points` (migration 0009) is the share of a member enterprise's
  positive result that goes to its owner's pot before the shared distribution.
* `year_close`: one row per close of a year; `reopened_at` set when it was reopened (with
  the reason). A year is closed while it has a row that was not reopened.

A member with pot movements is never removed (the check registered below).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, exists, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from coopdesk.domain.money import Money
from coopdesk.store.references import register_member_reference
from coopdesk.store.tables.base import Base
from coopdesk.store.types import MoneyCents, UtcDateTime


class PotPurposeRow(Base):
    __tablename__ = "pot_purpose"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    income_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class YearCloseRow(Base):
    __tablename__ = "year_close"
    __table_args__ = (Index("ix_year_close_year", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_by: Mapped[str] = mapped_column(String(100))
    profit: Mapped[Money] = mapped_column(MoneyCents())
    counted_cash: Mapped[Money] = mapped_column(MoneyCents())
    transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_transaction.id", ondelete="RESTRICT"), nullable=True)
    reopened_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    reopened_by: Mapped[str] = mapped_column(String(100), default="")
    reopen_reason: Mapped[str] = mapped_column(String(500), default="")


class PotMovementRow(Base):
    __tablename__ = "pot_movement"
    __table_args__ = (Index("ix_pot_movement_member_id_booked_on", "member_id", "booked_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    booked_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Money] = mapped_column(MoneyCents())
    reason: Mapped[str] = mapped_column(String(200), default="")
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("pot_purpose.id", ondelete="RESTRICT"), nullable=True)
    receipt_reference: Mapped[str] = mapped_column(String(60), default="")
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_transaction.id", ondelete="RESTRICT"), nullable=True)
    year_close_id: Mapped[int | None] = mapped_column(
        ForeignKey("year_close.id", ondelete="RESTRICT"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DistributionAgreementRow(Base):
    __tablename__ = "distribution_agreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreed_on: Mapped[date] = mapped_column(Date, unique=True)
    training_mode: Mapped[str] = mapped_column(String(20))
    training_amount: Mapped[Money] = mapped_column(MoneyCents())
    training_basis_points: Mapped[int] = mapped_column(Integer)
    pots_method: Mapped[str] = mapped_column(String(20))
    pots_basis_points: Mapped[int] = mapped_column(Integer)
    municipality_basis_points: Mapped[int] = mapped_column(Integer)
    municipality_threshold: Mapped[Money] = mapped_column(MoneyCents())
    enterprise_basis_points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


@register_member_reference
def member_has_pot(session: Session, member_id: int) -> bool:
    return bool(session.scalar(select(exists().where(PotMovementRow.member_id == member_id))))
