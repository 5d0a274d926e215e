"""Cost centres (sub-cooperatives) and the activities members work in."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.money import Money
from coopdesk.store.tables.base import Base
from coopdesk.store.types import MoneyCents


class CostCentreRow(Base):
    __tablename__ = "cost_centre"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ActivityRow(Base):
    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    cost_centre_id: Mapped[int] = mapped_column(ForeignKey("cost_centre.id", ondelete="RESTRICT"), index=True)
    hourly_rate: Mapped[Money] = mapped_column(MoneyCents())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
