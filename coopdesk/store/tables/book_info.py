"""The cooperative's own details: exactly one row per book."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.store.tables.base import Base
from coopdesk.store.types import UtcDateTime


class CooperativeRow(Base):
    __tablename__ = "cooperative"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    treasurer: Mapped[str] = mapped_column(String(200), default="")  # migration 0007
    logo: Mapped[bytes] = mapped_column(LargeBinary, default=b"")  # PNG/JPEG, at most 512 KB
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
