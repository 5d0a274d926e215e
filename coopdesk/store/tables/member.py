"""The member register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.money import Money
from coopdesk.store.tables.base import Base
from coopdesk.store.types import MoneyCents, UtcDateTime


class MemberRow(Base):
    __tablename__ = "member"
    __table_args__ = (Index("ix_member_name", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    birth_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    leave_reason: Mapped[str | None] = mapped_column(String(20), nullable=True)
    regime: Mapped[str] = mapped_column(String(30))
    social_assistance: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    former_monthly_benefit: Mapped[Money | None] = mapped_column(MoneyCents(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
