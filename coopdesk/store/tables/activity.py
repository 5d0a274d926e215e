"""Cost centres (sub-cooperatives) and the activities members work in.

An activity may belong to one member (`owner_member_id`, migration 0009): a member
enterprise, which the member runs as their own small business inside the cooperative.
A member who owns an activity is never removed (the check registered below).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, exists, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from coopdesk.domain.money import Money
from coopdesk.store.references import register_member_reference
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
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), nullable=True,
                                                        index=True)


@register_member_reference
def member_owns_activity(session: Session, member_id: int) -> bool:
    return bool(session.scalar(select(exists().where(ActivityRow.owner_member_id == member_id))))
