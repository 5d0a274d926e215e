"""A month's payout proposal and its lines: what goes in (members, hours, rates, each
member's year so far, actual costs) and what comes out (per member: asked, paid, held back
and why, warnings). `calculation.compute_payout` makes the proposal."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.allowance_rules import FiscalCaps, PremiumMaximum
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money, total
from coopdesk.domain.payout.month import PayoutMonth
from coopdesk.domain.text import Language, Text

ZERO = Money(0)  # immutable, so one shared zero serves every default


class HeldBackReason(enum.Enum):
    """Which limit held back a part of what the hours would have given."""

    HOUR_RATE = "hour_rate"  # the hour cap for the member's age on the day worked
    MONTH_CAP = "month_cap"  # the volunteer allowance's month cap
    YEAR_CAP = "year_cap"  # what was left of the year cap, other organisations included
    PREMIUM_MAXIMUM = "premium_maximum"  # the art. 31 yearly maximum in force on the payment date
    PREMIUM_PAYMENTS = "premium_payments"  # a third premium payment in a calendar year
    NO_IBAN = "no_iban"  # the whole line: the member has no valid IBAN to pay to

    @property
    def label(self) -> Text:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    HeldBackReason.HOUR_RATE: Text("Uurgrens voor de leeftijd op de werkdag",
                                   "Hour cap for the age on the day worked"),
    HeldBackReason.MONTH_CAP: Text("Maandgrens vrijwilligersvergoeding", "Volunteer allowance month cap"),
    HeldBackReason.YEAR_CAP: Text("Jaargrens vrijwilligersvergoeding (incl. andere organisaties)",
                                  "Volunteer allowance year cap (other organisations included)"),
    HeldBackReason.PREMIUM_MAXIMUM: Text("Maximum premie art. 31 per kalenderjaar",
                                         "Art. 31 premium maximum per calendar year"),
    HeldBackReason.PREMIUM_PAYMENTS: Text("Al twee premiebetalingen dit kalenderjaar",
                                          "Already two premium payments this calendar year"),
    HeldBackReason.NO_IBAN: Text("Geen geldig IBAN", "No valid IBAN"),
}


@dataclass(frozen=True)
class PayoutWarning:
    """Something the treasurer must see before posting; it holds nothing back by itself."""

    text: Text
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | None = None) -> str:
        return self.text.render(language, **dict(self.values))

@dataclass(frozen=True)
class PayoutMember:
    """What the payout needs to know about a member."""

    id: int
    number: int
    name: str
    regime: PaymentRegime
    birth_on: date | None = None
    social_assistance: bool = False
    left_on: date | None = None
    iban: str = ""  # as the register holds it; checked here


@dataclass(frozen=True)
class HoursSum:
    """Minutes one member worked on one day in one activity (summed in SQL)."""

    member_id: int
    worked_on: date
    activity_id: int
    minutes: int


@dataclass(frozen=True)
class ActivityRate:
    activity_id: int
    name: str
    hourly_rate: Money


@dataclass(frozen=True)
class ActualCost:
    """A reimbursement of documented costs the treasurer added for a member and month."""

    member_id: int
    amount: Money
    receipt_reference: str
    description: str = ""
    id: int | None = None


@dataclass(frozen=True)
class MemberHistory:
    """A member's calendar year before the month being paid (from posted, not reversed runs),
    plus what the treasurer declared and chose for that year."""

    allowance_paid: Money = ZERO  # this calendar year (the hours' months)
    other_organisations: Money = ZERO  # declared, counts against the caps
    premium_paid: Money = ZERO  # in the payment year (`payment_year`) before this run
    premium_payments: int = 0  # premium payments already made in the payment year
    premium_accrued: Money = ZERO  # accrued and not yet paid (carried in)
    payment_months: frozenset[int] = frozenset()  # the treasurer's premium payment months this year


@dataclass(frozen=True)
class HeldBack:
    reason: HeldBackReason
    amount: Money


@dataclass(frozen=True)
class ActivityHours:
    """A member's hours in one activity this month, with the rate and what they ask."""

    activity_id: int
    name: str
    minutes: int
    hourly_rate: Money
    amount: Money  # minutes x rate, rounded half-up once


@dataclass(frozen=True)
class PayoutLine:
    """One member's line of a payout.

    * `asked`: hours x rate (the volunteer allowance or the premium accrual of this month);
    * `allowance`, `premium`: what is paid; `actual_costs`: reimbursements, apart;
    * `held_back`: every euro not paid, with the limit that held it back. For the volunteer
      regime `allowance + sum(held_back) == asked`;
    * `premium_accrued`: this month's accrual (premium regime); `premium_carried`: accrued
      and not paid after this month (carried to a later payment month);
    * `payment_held`: the member has no valid IBAN: the line is posted (the member is owed
      it) but left out of the bank file until an IBAN is entered."""

    member: PayoutMember
    minutes: int
    activities: tuple[ActivityHours, ...]
    asked: Money
    allowance: Money
    premium: Money
    premium_accrued: Money
    premium_carried: Money
    actual_costs: Money
    costs: tuple[ActualCost, ...]
    held_back: tuple[HeldBack, ...]
    payment_held: bool
    warnings: tuple[PayoutWarning, ...]

    @property
    def paid(self) -> Money:
        """What the member receives for this month: allowance + premium + actual costs."""
        return self.allowance + self.premium + self.actual_costs

    @property
    def held_back_total(self) -> Money:
        return total(held.amount for held in self.held_back)

    def held(self, reason: HeldBackReason) -> Money:
        return total(h.amount for h in self.held_back if h.reason is reason)


@dataclass(frozen=True)
class PayoutProposal:
    """What `compute_payout` proposes for one month; posted as a whole or not at all."""

    month: PayoutMonth
    payment_on: date
    lines: tuple[PayoutLine, ...]
    caps: FiscalCaps | None
    premium_maximum: PremiumMaximum | None

    @functools.cached_property
    def allowance_total(self) -> Money:
        return total(line.allowance for line in self.lines)

    @functools.cached_property
    def premium_total(self) -> Money:
        return total(line.premium for line in self.lines)

    @functools.cached_property
    def actual_costs_total(self) -> Money:
        return total(line.actual_costs for line in self.lines)

    @property
    def paid_total(self) -> Money:
        return self.allowance_total + self.premium_total + self.actual_costs_total

    @functools.cached_property
    def held_back_total(self) -> Money:
        return total(line.held_back_total for line in self.lines)

    @property
    def warnings(self) -> tuple[tuple[PayoutMember, PayoutWarning], ...]:
        return tuple((line.member, warning) for line in self.lines for warning in line.warnings)

    def line_for(self, member_id: int) -> PayoutLine | None:
        return next((line for line in self.lines if line.member.id == member_id), None)
