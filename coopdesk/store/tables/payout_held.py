"""Payout lines held for want of an IBAN and paid later (nabetalen).

`payout_held_payment`: one row per held line (`payout_line.payment_held`) that was paid
after its run was posted, by bank (perhaps with a SEPA file) or cash, with the date it was
paid and the ledger transaction that moved it off allowances payable (1700). A line has
at most one such row (unique `line_id`). The row is never deleted: when the whole run is
reversed, the payment's transaction is reversed and the run's status says so.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.store.tables.base import Base
from coopdesk.store.types import UtcDateTime


class PayoutHeldPaymentRow(Base):
    __tablename__ = "payout_held_payment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("payout_line.id", ondelete="RESTRICT"), unique=True)
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(10))  # "bank" or "cash"
    transaction_id: Mapped[int] = mapped_column(ForeignKey("ledger_transaction.id", ondelete="RESTRICT"))
    paid_by: Mapped[str] = mapped_column(String(100), default="")
    paid_at: Mapped[datetime] = mapped_column(UtcDateTime())
