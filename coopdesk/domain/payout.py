"""The monthly payout: how a month's hours become allowances, premiums and costs.

This module owns the one calculation a member must be able to trust
(domain-rules.md, sections 1-3). `compute_payout` is a pure function: the store
hands it the month's hours (summed per member, day and activity), the activity
rates, the book's copy of the rules and each member's history this calendar year;
it returns a `PayoutProposal`. The caps are enforced here and nowhere else: the
services post only lines this function produced.

Volunteer allowance (per member, day by day in date order):

1. every day's amount is hours x the activity's rate, rounded half-up to the cent
   once per (day, activity) line; what the line would be is the *asked* amount;
2. the hour rate is limited to the cap for the member's age **on that day** (under
   21 or 21+); the difference is held back as `HOUR_RATE`;
3. what is left is limited to the month cap minus what was already paid this month
   (`MONTH_CAP`), then to the year cap minus what was paid this calendar year and
   declared by other organisations (`YEAR_CAP`).

For every line: paid + held back == asked, to the cent. There is no "pay anyway".

Premium (Participatiewet art. 31 lid 2 onder j): hours accrue at the activity's
rate every month; only in a month the treasurer chose as a payment month (at most
two per calendar year) is the accrued amount paid, never more than the maximum in
force on the payment date minus what was paid this calendar year. What is over it
stays held back (`PREMIUM_MAXIMUM`); accrued premium in a month that is not a payment
month is not held back but carried (`accrued`).

Actual costs: lines the treasurer adds (receipt reference), no cap, shown apart.

This module also holds the plain values the SEPA writer and the municipality
overview read (`SepaPaymentLine`, `SepaPaymentRun`, `MunicipalityMonth`,
`MunicipalityOverview`): the exporters never query the book.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.money import Money

# -- the month a payout is for ---------------------------------------------------------

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")

MONTH_NAMES_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december")


@dataclass(frozen=True, order=True)
class PayoutMonth:
    """A calendar month (`2025-03`)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2099:
            raise ValidationError([problem("month", "{text} is geen maand; typ bijvoorbeeld 2025-03.",
                                           "{text} is not a month; type for example 2025-03.",
                                           text=f"{self.year}-{self.month:02d}")])

    @classmethod
    def parse(cls, text: str, field_name: str = "month") -> PayoutMonth:
        """`2025-03` (year-month) as a month; a `ValidationError` naming `field_name` otherwise."""
        match = _MONTH.match(text)
        if match is None or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError([problem(field_name, "{text} is geen maand; typ bijvoorbeeld 2025-03.",
                                           "{text} is not a month; type for example 2025-03.", text=text.strip())])
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> PayoutMonth:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def next(self) -> PayoutMonth:
        return PayoutMonth(self.year + (self.month == 12), self.month % 12 + 1)

    @property
    def dutch_name(self) -> str:
        """`maart 2025`."""
        return f"{MONTH_NAMES_NL[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}"


def remittance_text(month: PayoutMonth) -> str:
    """The remittance information on a member's bank statement: `Vergoeding maart 2025`."""
    return f"Vergoeding {month.dutch_name}"


# -- what the SEPA writer and the municipality overview read --------------------------


@dataclass(frozen=True)
class SepaPaymentLine:
    """One credit transfer to one member for a posted payout run.

    `amount` is what the member receives for the run (allowance + premium + actual
    costs), always positive. The address parts are as the register holds them; the
    writer sends them structured/hybrid (postcode, town and country as fields, the
    street line as an address line) or leaves the address out when town is empty.
    `end_to_end_id` is unique per line and at most 35 characters; `remittance` is
    `Vergoeding <maand> <jaar>` (at most 140 characters)."""

    member_number: int
    name: str
    iban: str
    street: str
    postcode: str
    town: str
    country: str
    amount: Money
    end_to_end_id: str
    remittance: str


@dataclass(frozen=True)
class SepaPaymentRun:
    """Everything the SEPA writer needs for one posted run: the cooperative as debtor
    (name, IBAN, structured address parts), the run, and one line per member paid.

    Members whose line was held for want of a valid IBAN are not in `lines`; they are
    named in `held` (member number, name) so the writer can tell the treasurer."""

    run_id: int
    month: PayoutMonth
    debtor_name: str
    debtor_iban: str
    debtor_street: str
    debtor_postcode: str
    debtor_town: str
    debtor_country: str
    lines: tuple[SepaPaymentLine, ...]
    held: tuple[tuple[int, str], ...] = ()

    @property
    def total(self) -> Money:
        return sum((line.amount for line in self.lines), Money.zero())

    @property
    def count(self) -> int:
        return len(self.lines)


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
        return sum((m.allowance for m in self.months), Money.zero())

    @property
    def total_premium(self) -> Money:
        return sum((m.premium for m in self.months), Money.zero())

    @property
    def total_actual_costs(self) -> Money:
        return sum((m.actual_costs for m in self.months), Money.zero())
