"""The payout: the book's copy of the rules tables, payout runs and their lines, what the
treasurer declared per member and year, and the audit log.

* `rule_fiscal_caps` (one row per year) and `rule_premium_maximum` (one row per date in
  force) hold the book's copy of `resources/rules/allowance_rules.toml`; the payout only
  ever reads these, so a year is recomputed with the rules the book holds for it. An
  edited row records who edited it and when (`edited_by`, `edited_at`).
* `payout_run`: one posted month. Status `geboekt` (posted), `betaald` (paid) or
  `teruggedraaid` (reversed); a proposal (`concept`) is not stored. The run points at
  the ledger transactions that posted, paid and reversed it.
* `payout_line`: one member's line of a run, with every amount as integer cents, and
  `payout_held_back`: what a limit held back, per reason.
* `payout_actual_cost`: actual costs the treasurer added for a member and month (with
  the receipt reference); a run posts them into its lines.
* `member_other_allowance`, `member_premium_payment_month`: per member and calendar year.
* `audit_log`: who did what, when (UTC), for every feature that wants a trace.

A member with payout lines or cost lines is never removed (the check registered below).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    exists,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from coopdesk.domain.money import Money
from coopdesk.store.references import register_member_reference
from coopdesk.store.tables.base import Base
from coopdesk.store.types import MoneyCents, UtcDateTime


class FiscalCapsRow(Base):
    __tablename__ = "rule_fiscal_caps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    hour_rate_21_plus: Mapped[Money] = mapped_column(MoneyCents())
    hour_rate_under_21: Mapped[Money] = mapped_column(MoneyCents())
    month_cap: Mapped[Money] = mapped_column(MoneyCents())
    year_cap: Mapped[Money] = mapped_column(MoneyCents())
    source: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(100), default="confirmed")
    edited_by: Mapped[str] = mapped_column(String(100), default="")
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class PremiumMaximumRow(Base):
    __tablename__ = "rule_premium_maximum"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    in_force_on: Mapped[date] = mapped_column(Date, unique=True)
    yearly_maximum: Mapped[Money] = mapped_column(MoneyCents())
    income_disregard_month: Mapped[Money] = mapped_column(MoneyCents())
    source: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(100), default="confirmed")
    edited_by: Mapped[str] = mapped_column(String(100), default="")
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class PayoutRunRow(Base):
    __tablename__ = "payout_run"
    __table_args__ = (Index("ix_payout_run_year_month", "year", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(15))
    payment_on: Mapped[date] = mapped_column(Date)  # the date the premium maximum was taken on
    posted_by: Mapped[str] = mapped_column(String(100), default="")
    posted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    posted_on: Mapped[date] = mapped_column(Date)
    posted_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_transaction.id", ondelete="RESTRICT"), nullable=True)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_transaction.id", ondelete="RESTRICT"), nullable=True)
    reversed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reversed_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_transaction.id", ondelete="RESTRICT"), nullable=True)
    reversal_reason: Mapped[str] = mapped_column(String(200), default="")


class PayoutLineRow(Base):
    __tablename__ = "payout_line"
    __table_args__ = (
        UniqueConstraint("run_id", "member_id"),
        Index("ix_payout_line_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("payout_run.id", ondelete="RESTRICT"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    regime: Mapped[str] = mapped_column(String(30))
    minutes: Mapped[int] = mapped_column(Integer)
    asked: Mapped[Money] = mapped_column(MoneyCents())
    allowance: Mapped[Money] = mapped_column(MoneyCents())
    premium: Mapped[Money] = mapped_column(MoneyCents())
    premium_accrued: Mapped[Money] = mapped_column(MoneyCents())
    premium_carried: Mapped[Money] = mapped_column(MoneyCents())
    actual_costs: Mapped[Money] = mapped_column(MoneyCents())
    held_back: Mapped[Money] = mapped_column(MoneyCents())
    payment_held: Mapped[bool] = mapped_column(Boolean, default=False)


class PayoutHeldBackRow(Base):
    __tablename__ = "payout_held_back"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("payout_line.id", ondelete="RESTRICT"), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    amount: Mapped[Money] = mapped_column(MoneyCents())


class PayoutActualCostRow(Base):
    __tablename__ = "payout_actual_cost"
    __table_args__ = (Index("ix_payout_actual_cost_year_month", "year", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Money] = mapped_column(MoneyCents())
    receipt_reference: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class OtherAllowanceRow(Base):
    __tablename__ = "member_other_allowance"
    __table_args__ = (UniqueConstraint("member_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Money] = mapped_column(MoneyCents())


class PremiumPaymentMonthRow(Base):
    __tablename__ = "member_premium_payment_month"
    __table_args__ = (UniqueConstraint("member_id", "year", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)


class AuditLogRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")


@register_member_reference
def member_has_payouts(session: Session, member_id: int) -> bool:
    return bool(session.scalar(select(
        exists().where(PayoutLineRow.member_id == member_id)
        | exists().where(PayoutActualCostRow.member_id == member_id)
        | exists().where(OtherAllowanceRow.member_id == member_id)
        | exists().where(PremiumPaymentMonthRow.member_id == member_id))))
