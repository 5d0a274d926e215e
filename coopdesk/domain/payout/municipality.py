"""What the municipality overview reads for one member: hours, allowance, premium and
actual costs per month, and when each was paid (the exporters never query the book)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.money import Money, total
from coopdesk.domain.payout.month import PayoutMonth


@dataclass(frozen=True)
class MunicipalityMonth:
    """One month of the municipality overview for one member.

    `minutes` are the hours worked that month (integer minutes); allowance, premium and
    actual costs come from the posted (not reversed) payout run of that month, apart,
    because a municipality deducts flat allowances but not actual costs. `paid_on` is the
    date the run was marked paid (income counts in the month it can be disposed of);
    None when the month has no run or it is not paid yet."""

    month: PayoutMonth
    minutes: int
    allowance: Money
    premium: Money
    actual_costs: Money
    paid_on: date | None
    run_id: int | None = None


@dataclass(frozen=True)
class MunicipalityOverview:
    """The overview a member hands in at the municipality: one `MunicipalityMonth` per
    month from `first_month` to `last_month` (every month, also the empty ones)."""

    member_number: int
    member_name: str
    birth_on: date | None
    cooperative_name: str
    first_month: PayoutMonth
    last_month: PayoutMonth
    months: tuple[MunicipalityMonth, ...]

    @property
    def total_minutes(self) -> int:
        return sum(m.minutes for m in self.months)

    @property
    def total_allowance(self) -> Money:
        return total(m.allowance for m in self.months)

    @property
    def total_premium(self) -> Money:
        return total(m.premium for m in self.months)

    @property
    def total_actual_costs(self) -> Money:
        return total(m.actual_costs for m in self.months)
