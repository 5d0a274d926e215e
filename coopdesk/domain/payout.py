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

A premium counts in the calendar year it is **paid** (income counts when it can be
disposed of). A run is posted after its month ends, so it is paid the month after:
December's run is paid in January and counts for the next year (`payment_year`). The
premium maximum is taken on the payment date (default: the first day of the next
month), and the two payments and the maximum are counted per payment year; the
services refuse to mark a run with premium paid in another year.

Actual costs: lines the treasurer adds (receipt reference), no cap, shown apart.

This module also holds the plain values the SEPA writer and the municipality
overview read (`SepaPaymentLine`, `SepaPaymentRun`, `MunicipalityMonth`,
`MunicipalityOverview`): the exporters never query the book.
"""

from __future__ import annotations

import calendar
import enum
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from coopdesk.domain.allowance_rules import AllowanceRules, FiscalCaps, PremiumMaximum
from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError, problem
from coopdesk.domain.member import PaymentRegime, age_on
from coopdesk.domain.money import CENT, Money, round_cents
from coopdesk.domain.text import Language, Text
from coopdesk.domain.validation import check_iban

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


ZERO = Money(0)  # immutable, so one shared zero serves every default


def _total(amounts: Iterable[Money]) -> Money:
    """Sum of amounts, rounded once (adding Money by Money makes a Money per step)."""
    return Money(sum((amount.amount for amount in amounts), Decimal(0)))


def payment_year(month: PayoutMonth) -> int:
    """The calendar year a run of `month` is paid in: it is posted after the month ends, so
    December's run is paid (and its premium counts) in January of the next year."""
    return month.next().year


def default_payment_on(month: PayoutMonth) -> date:
    """The earliest day a run of `month` can be paid: the first day of the next month."""
    return month.next().first_day


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
        return _total(line.amount for line in self.lines)

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
        return _total(m.allowance for m in self.months)

    @property
    def total_premium(self) -> Money:
        return _total(m.premium for m in self.months)

    @property
    def total_actual_costs(self) -> Money:
        return _total(m.actual_costs for m in self.months)


# -- the computation ---------------------------------------------------------------------


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

MAX_PREMIUM_PAYMENTS = 2  # Participatiewet art. 31 lid 2 onder j: "ten hoogste twee keer per jaar"
SOCIAL_ASSISTANCE_AGE = 27  # art. 31 lid 5: c, j, k, n and r do not apply under 27


@dataclass(frozen=True)
class PayoutWarning:
    """Something the treasurer must see before posting; it holds nothing back by itself."""

    text: Text
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | None = None) -> str:
        return self.text.render(language, **dict(self.values))


def _warn(nl: str, en: str, /, **values: object) -> PayoutWarning:
    return PayoutWarning(Text(nl, en), tuple(values.items()))


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
        return _total(held.amount for held in self.held_back)

    def held(self, reason: HeldBackReason) -> Money:
        return _total(h.amount for h in self.held_back if h.reason is reason)


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
        return _total(line.allowance for line in self.lines)

    @functools.cached_property
    def premium_total(self) -> Money:
        return _total(line.premium for line in self.lines)

    @functools.cached_property
    def actual_costs_total(self) -> Money:
        return _total(line.actual_costs for line in self.lines)

    @property
    def paid_total(self) -> Money:
        return self.allowance_total + self.premium_total + self.actual_costs_total

    @functools.cached_property
    def held_back_total(self) -> Money:
        return _total(line.held_back_total for line in self.lines)

    @property
    def warnings(self) -> tuple[tuple[PayoutMember, PayoutWarning], ...]:
        return tuple((line.member, warning) for line in self.lines for warning in line.warnings)

    def line_for(self, member_id: int) -> PayoutLine | None:
        return next((line for line in self.lines if line.member.id == member_id), None)


class PremiumPaymentsError(CoopDeskError):
    """A third premium payment month in one calendar year."""


def check_payment_years(chosen: Mapping[int, Iterable[int]]) -> None:
    """Refuse payment months (per run year, months already paid included) that would pay a
    premium more than twice in one **payment** year (December's run is paid in January)."""
    per_year: dict[int, set[PayoutMonth]] = {}
    for year, months in chosen.items():
        for number in months:
            month = PayoutMonth(year, number)
            per_year.setdefault(payment_year(month), set()).add(month)
    for year, paid in sorted(per_year.items()):
        if len(paid) > MAX_PREMIUM_PAYMENTS:
            raise PremiumPaymentsError(Text(
                "Een premie (art. 31 lid 2 onder j) mag ten hoogste twee keer per kalenderjaar worden "
                "betaald; in {year} zouden de uitbetalingen van {months} worden betaald (december wordt in "
                "januari betaald). Kies er ten hoogste twee.",
                "A premium (art. 31 lid 2 onder j) may be paid at most twice per calendar year; {year} would "
                "see the runs of {months} paid (December is paid in January). Choose two at most.",
            ), "payment_months", year=year, months=", ".join(str(m) for m in sorted(paid)))


def third_payment_refused(year: int, months: Iterable[int]) -> PremiumPaymentsError:
    return PremiumPaymentsError(Text(
        "Een premie (art. 31 lid 2 onder j) mag ten hoogste twee keer per kalenderjaar worden "
        "betaald; voor {year} zijn dat dan de maanden {months}. Kies er ten hoogste twee.",
        "A premium (art. 31 lid 2 onder j) may be paid at most twice per calendar year; for {year} "
        "that would be months {months}. Choose two at most.",
    ), "payment_months", year=year, months=", ".join(str(m) for m in sorted(months)))


def check_payment_months(year: int, months: Iterable[int], already_paid_in: Iterable[int] = ()) -> frozenset[int]:
    """The payment months of a calendar year, refused when more than two (months already paid
    in that year count too)."""
    chosen = frozenset(months)
    for month in chosen:
        if not 1 <= month <= 12:
            raise ValidationError([problem("payment_months", "{month} is geen maand (1 t/m 12).",
                                           "{month} is not a month (1 to 12).", month=month)])
    together = chosen | frozenset(already_paid_in)
    if len(together) > MAX_PREMIUM_PAYMENTS:
        raise third_payment_refused(year, together)
    return chosen


@functools.lru_cache(maxsize=4096)
def valid_iban(value: str) -> bool:
    """Whether `value` is a valid IBAN (cached: a payout checks the same IBANs every month)."""
    problems: list[Problem] = []
    return bool(value.strip()) and check_iban(value, "iban", problems) not in (None, "")


_SIXTY = Decimal(60)


def _exact(minutes: int, rate: Money) -> Decimal:
    """Minutes x hourly rate, exact (quarters of an hour times cents: four decimals at most)."""
    return Decimal(minutes) * rate.amount / _SIXTY


def _cents_not_over(exact: Decimal, ceiling: Decimal) -> Money:
    """`exact` rounded half-up to the cent, unless that would pass `ceiling` (a cap's exact
    amount): then rounded down. Half a cent over an hour cap is still over it."""
    rounded = round_cents(exact)
    if rounded > ceiling:
        rounded = exact.quantize(CENT, rounding=ROUND_FLOOR)
    return Money(rounded)


def compute_payout(
    month: PayoutMonth,
    members: Iterable[PayoutMember],
    hours: Iterable[HoursSum],
    rates: Mapping[int, ActivityRate],
    rules: AllowanceRules,
    history: Mapping[int, MemberHistory],
    actual_costs: Iterable[ActualCost] = (),
    payment_on: date | None = None,
) -> PayoutProposal:
    """The payout of `month`: one line per member with hours, actual costs, or accrued premium
    to pay in a payment month. Pure: the same input gives the same proposal.

    `payment_on` (default: the first day of the next month, `default_payment_on`) picks the
    premium maximum in force; the history's premium figures are those of its year.
    Raises `RulesError` when the book's rules lack the year or date needed, and
    `PremiumPaymentsError` when a member's payment months for the year are more than two."""
    paid_on = payment_on or default_payment_on(month)
    by_member: dict[int, list[HoursSum]] = {}
    first, last = month.first_day, month.last_day
    for entry in hours:
        if not first <= entry.worked_on <= last:
            raise ValueError(f"hours of {entry.worked_on} are not in {month}")
        by_member.setdefault(entry.member_id, []).append(entry)
    costs_by_member: dict[int, list[ActualCost]] = {}
    for cost in actual_costs:
        costs_by_member.setdefault(cost.member_id, []).append(cost)

    caps: FiscalCaps | None = None
    maximum: PremiumMaximum | None = None
    lines: list[PayoutLine] = []
    for member in sorted(members, key=lambda m: m.number):
        past = history.get(member.id, MemberHistory())
        entries = sorted(by_member.get(member.id, ()), key=lambda e: (e.worked_on, e.activity_id))
        costs = tuple(costs_by_member.get(member.id, ()))
        if member.regime is PaymentRegime.PREMIUM:
            check_payment_months(month.year, past.payment_months)
        premium_due = (member.regime is PaymentRegime.PREMIUM and month.month in past.payment_months
                       and past.premium_accrued.is_positive())
        if not entries and not costs and not premium_due:
            continue
        if member.regime is PaymentRegime.VOLUNTEER_ALLOWANCE and entries:
            caps = caps or rules.fiscal_caps(month.year)
        if member.regime is PaymentRegime.PREMIUM and month.month in past.payment_months:
            maximum = maximum or rules.premium_maximum(paid_on)
        lines.append(_line(month, member, entries, rates, caps, maximum, past, costs))
    return PayoutProposal(month, paid_on, tuple(lines), caps, maximum)


def _activities(entries: list[HoursSum], rates: Mapping[int, ActivityRate]) -> tuple[ActivityHours, ...]:
    minutes: dict[int, int] = {}
    for entry in entries:
        minutes[entry.activity_id] = minutes.get(entry.activity_id, 0) + entry.minutes
    result = []
    for activity_id in sorted(minutes):
        rate = rates[activity_id]
        result.append(ActivityHours(activity_id, rate.name, minutes[activity_id], rate.hourly_rate,
                                    Money(_exact(minutes[activity_id], rate.hourly_rate))))
    return tuple(result)


def _line(
    month: PayoutMonth,
    member: PayoutMember,
    entries: list[HoursSum],
    rates: Mapping[int, ActivityRate],
    caps: FiscalCaps | None,
    maximum: PremiumMaximum | None,
    past: MemberHistory,
    costs: tuple[ActualCost, ...],
) -> PayoutLine:
    zero = ZERO
    asked_exact = Decimal(0)
    if member.regime is not PaymentRegime.NONE:  # actual costs only: the hours ask nothing
        asked_exact = sum((_exact(e.minutes, rates[e.activity_id].hourly_rate) for e in entries), Decimal(0))
    asked = Money(asked_exact)  # rounded half-up once, for the whole line
    allowance = premium = accrued = carried = zero
    held: list[HeldBack] = []
    if member.regime is PaymentRegime.VOLUNTEER_ALLOWANCE and entries:
        assert caps is not None
        allowance, held = _volunteer(member, entries, rates, caps, past, asked_exact, asked)
    elif member.regime is PaymentRegime.PREMIUM:
        accrued = asked
        available = past.premium_accrued + accrued
        carried = available
        if month.month in past.payment_months and available.is_positive():
            if past.premium_payments >= MAX_PREMIUM_PAYMENTS:
                held.append(HeldBack(HeldBackReason.PREMIUM_PAYMENTS, available))
            else:
                assert maximum is not None
                room = maximum.yearly_maximum - past.premium_paid
                premium = available if available <= room else max(room, zero)
                if available - premium:
                    held.append(HeldBack(HeldBackReason.PREMIUM_MAXIMUM, available - premium))
                carried = available - premium
    actual = _total(cost.amount for cost in costs)
    warnings = _warnings(month, member, allowance + premium,
                         member.regime is PaymentRegime.VOLUNTEER_ALLOWANCE and bool(entries))
    payment_held = (allowance + premium + actual).is_positive() and not valid_iban(member.iban)
    if payment_held:
        warnings.append(_warn(
            "{name} heeft geen geldig IBAN: de regel wordt geboekt maar niet in het bankbestand gezet "
            "tot er een IBAN is.",
            "{name} has no valid IBAN: the line is posted but left out of the bank file until an IBAN "
            "is entered.", name=member.name))
    return PayoutLine(
        member=member, minutes=sum(e.minutes for e in entries), activities=_activities(entries, rates),
        asked=asked, allowance=allowance, premium=premium, premium_accrued=accrued,
        premium_carried=carried, actual_costs=actual, costs=costs, held_back=tuple(held),
        payment_held=payment_held, warnings=tuple(warnings))


def _volunteer(
    member: PayoutMember,
    entries: list[HoursSum],
    rates: Mapping[int, ActivityRate],
    caps: FiscalCaps,
    past: MemberHistory,
    asked_exact: Decimal,
    asked: Money,
) -> tuple[Money, list[HeldBack]]:
    """Hour cap by age on each day, then the month cap, then what is left of the year cap."""
    within_exact = Decimal(0)  # minutes x min(rate, hour cap for the age that day)
    ceiling = Decimal(0)  # minutes x hour cap for the age that day
    for entry in entries:
        cap = caps.hour_rate(age_on(member.birth_on, entry.worked_on))
        rate = rates[entry.activity_id].hourly_rate
        within_exact += _exact(entry.minutes, min(rate, cap))
        ceiling += _exact(entry.minutes, cap)
    within = _cents_not_over(within_exact, ceiling)
    if within > asked:  # only by rounding: never pay more than asked
        within = asked
    held: list[HeldBack] = []
    if asked - within:
        held.append(HeldBack(HeldBackReason.HOUR_RATE, asked - within))
    zero = ZERO
    month_room = caps.month
    after_month = min(within, month_room)
    if within - after_month:
        held.append(HeldBack(HeldBackReason.MONTH_CAP, within - after_month))
    year_room = max(caps.year_total - past.allowance_paid - past.other_organisations, zero)
    paid = min(after_month, year_room)
    if after_month - paid:
        held.append(HeldBack(HeldBackReason.YEAR_CAP, after_month - paid))
    return paid, held


def _warnings(month: PayoutMonth, member: PayoutMember, flat: Money, volunteer: bool) -> list[PayoutWarning]:
    found: list[PayoutWarning] = []
    age = age_on(member.birth_on, month.first_day)
    if member.social_assistance and flat.is_positive() and (age is None or age < SOCIAL_ASSISTANCE_AGE):
        found.append(_warn(
            "{name} is jonger dan 27 (of de geboortedatum ontbreekt) en heeft een bijstandsuitkering: "
            "een vergoeding of premie wordt in beginsel volledig gekort op de uitkering (art. 31 lid 5). "
            "Alleen werkelijke kosten zijn veilig.",
            "{name} is under 27 (or the birth date is missing) and on social assistance: an allowance or "
            "premium is in principle deducted in full from the benefit (art. 31 lid 5). Only actual costs "
            "are safe.", name=member.name))
    if volunteer and member.birth_on is None:
        found.append(_warn(
            "{name} heeft geen geboortedatum: de uurgrens voor onder de 21 is gebruikt.",
            "{name} has no birth date: the hour cap for under 21 was used.", name=member.name))
    if member.left_on is not None and member.left_on < month.first_day:
        found.append(_warn("{name} is op {day} vertrokken, voor deze maand.",
                           "{name} left on {day}, before this month.", name=member.name, day=member.left_on))
    return found


# -- posted runs -------------------------------------------------------------------------------


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
        return _total(held.amount for held in self.held_back)


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
