"""Posted payout runs as the book holds them: their status (posted, paid, reversed),
their totals and each member's line."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money, total
from coopdesk.domain.payout.month import PayoutMonth
from coopdesk.domain.payout.proposal import HeldBack
from coopdesk.domain.text import Text


class RunStatus(enum.Enum):
    """A payout run's life: a proposal (`concept`, not stored), posted, paid, or reversed."""

    CONCEPT = "concept"
    POSTED = "geboekt"
    PAID = "betaald"
    REVERSED = "teruggedraaid"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def locks_hours(self) -> bool:
        """A posted or paid run closes its month's hours for its members; a reversed one not."""
        return self in (RunStatus.POSTED, RunStatus.PAID)


_STATUS_LABELS = {
    RunStatus.CONCEPT: Text("Concept", "Draft"),
    RunStatus.POSTED: Text("Geboekt", "Posted"),
    RunStatus.PAID: Text("Betaald", "Paid"),
    RunStatus.REVERSED: Text("Teruggedraaid", "Reversed"),
}


@dataclass(frozen=True)
class RunLine:
    """One member's line of a posted run, as the book holds it."""

    member_id: int
    member_number: int
    member_name: str
    regime: PaymentRegime
    minutes: int
    asked: Money
    allowance: Money
    premium: Money
    premium_accrued: Money
    premium_carried: Money
    actual_costs: Money
    held_back: tuple[HeldBack, ...]
    payment_held: bool

    @property
    def paid(self) -> Money:
        return self.allowance + self.premium + self.actual_costs

    @property
    def held_back_total(self) -> Money:
        return total(held.amount for held in self.held_back)


@dataclass(frozen=True)
class PayoutRun:
    """A posted payout run with its totals; `lines` is filled by `get_run`, empty in lists."""

    id: int
    month: PayoutMonth
    status: RunStatus
    payment_on: date
    posted_on: date
    posted_by: str
    posted_transaction_id: int | None
    paid_on: date | None
    paid_transaction_id: int | None
    reversed_on: date | None
    reversed_transaction_id: int | None
    reversal_reason: str
    member_count: int
    allowance_total: Money
    premium_total: Money
    actual_costs_total: Money
    held_back_total: Money
    lines: tuple[RunLine, ...] = ()

    @property
    def paid_total(self) -> Money:
        return self.allowance_total + self.premium_total + self.actual_costs_total
