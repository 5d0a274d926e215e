"""The year-end statement a member gets (and often hands to the municipality).

A `YearStatement` is data only: who sends it (the cooperative), to whom (the member, by
name, number and postal address; never a BSN: the book holds none and the statement has
no field for one), per month of the calendar year the hours per activity and what the
posted (not reversed) payout run of that month paid, with the payment date, the year's
totals against the year's caps, and the savings pot when the book keeps one. The PDF
writer only lays it out; `explanations` holds the plain words about each amount.

Amounts per month are those of the run *for* that month. The volunteer allowance counts
in the year of the month worked; a premium counts in the calendar year it is paid, so
December's premium (paid in January) counts for the next year (see `domain.payout`).

The statement number is `<year>-<member number, five digits>`: the same member and year
always get the same number, so a reprint is recognisable; a reprint is marked duplicate.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.text import Text

ZERO = Money(0)


def statement_number(year: int, member_number: int) -> str:
    """`2025-00017`: stable for a member and year, so a reprint has the same number."""
    return f"{year}-{member_number:05d}"


def _total(amounts: Iterable[Money]) -> Money:
    return Money(sum((amount.amount for amount in amounts), Decimal(0)))


@dataclass(frozen=True)
class StatementMonth:
    """One month: minutes per activity (name, minutes; only activities worked in), and what
    the month's run paid, with the date it was paid (None: no run, or not paid yet)."""

    month: PayoutMonth
    minutes_by_activity: tuple[tuple[str, int], ...] = ()
    allowance: Money = ZERO
    premium: Money = ZERO
    actual_costs: Money = ZERO
    paid_on: date | None = None

    @property
    def minutes(self) -> int:
        return sum(minutes for _, minutes in self.minutes_by_activity)

    def minutes_in(self, activity: str) -> int:
        return sum(minutes for name, minutes in self.minutes_by_activity if name == activity)

    @property
    def paid(self) -> Money:
        return self.allowance + self.premium + self.actual_costs


class CapKind(enum.Enum):
    ALLOWANCE = "allowance"  # the volunteer allowance's year cap
    PREMIUM = "premium"  # the art. 31 premium maximum per calendar year

    @property
    def label(self) -> Text:
        return _CAP_LABELS[self]


_CAP_LABELS = {
    CapKind.ALLOWANCE: Text("Jaargrens vrijwilligersvergoeding", "Volunteer allowance year limit"),
    CapKind.PREMIUM: Text("Maximum premie per kalenderjaar", "Premium maximum per calendar year"),
}


@dataclass(frozen=True)
class CapRoom:
    """A year's cap against what counted for it: paid by the cooperative, and (for the
    volunteer allowance) what other organisations paid as the treasurer declared it."""

    kind: CapKind
    cap: Money
    paid: Money
    other_organisations: Money = ZERO

    @property
    def room(self) -> Money:
        left = self.cap - self.paid - self.other_organisations
        return left if left.is_positive() else ZERO


@dataclass(frozen=True)
class PotLine:
    """One movement of the pot in the year: what kind (in the pot's own words), the reason or
    purpose as the book holds it, and the amount."""

    on: date
    kind: Text
    detail: str
    amount: Money  # positive: into the pot; negative: out of it


@dataclass(frozen=True)
class PotSection:
    """The member's savings pot over the year."""

    opening: Money
    movements: tuple[PotLine, ...]
    closing: Money
    disposal: Text  # who may dispose of it


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""

    @property
    def town_line(self) -> str:
        return "  ".join(part for part in (self.postcode, self.city) if part)


@dataclass(frozen=True)
class YearStatement:
    """Everything on one member's statement of `year` (see the module docstring)."""

    year: int
    number: str
    issued_on: date
    duplicate: bool
    cooperative: CooperativeDetails
    member_number: int
    member: Addressee
    activities: tuple[str, ...]  # the activities the member worked in this year, in a fixed order
    months: tuple[StatementMonth, ...]  # January to December, also the empty months
    caps: tuple[CapRoom, ...] = ()
    pot: PotSection | None = None
    treasurer: str = ""  # the treasurer's name when the book holds it; else no signature line

    @property
    def total_minutes(self) -> int:
        return sum(month.minutes for month in self.months)

    def activity_minutes(self, activity: str) -> int:
        return sum(month.minutes_in(activity) for month in self.months)

    @property
    def total_allowance(self) -> Money:
        return _total(month.allowance for month in self.months)

    @property
    def total_premium(self) -> Money:
        return _total(month.premium for month in self.months)

    @property
    def total_actual_costs(self) -> Money:
        return _total(month.actual_costs for month in self.months)

    @property
    def total_paid(self) -> Money:
        return _total(month.paid for month in self.months)

    @property
    def is_empty(self) -> bool:
        """No hours and nothing paid this year: the statement says so briefly."""
        return self.total_minutes == 0 and not self.total_paid

    def with_duplicate(self, duplicate: bool) -> YearStatement:
        return replace(self, duplicate=duplicate)


# -- the plain words ---------------------------------------------------------------------------

ALLOWANCE_EXPLAINED = Text(
    "Vrijwilligersvergoeding: een vast bedrag per gewerkt uur voor uw vrijwilligerswerk. De Belastingdienst "
    "stelt grenzen per uur, per maand en per jaar; wij betalen nooit meer dan die grenzen toelaten. Bij de "
    "jaargrens tellen vergoedingen van andere organisaties mee, als u die aan ons hebt opgegeven.",
    "Volunteer allowance: a fixed amount per hour worked for your volunteer work. The tax authority sets limits "
    "per hour, per month and per year; we never pay more than those limits allow. Allowances from other "
    "organisations count towards the year limit, if you told us about them.")
PREMIUM_EXPLAINED = Text(
    "Premie: de premie voor uw deelname (Participatiewet, artikel 31). U krijgt die hoogstens twee keer per "
    "kalenderjaar en samen nooit meer dan het maximum van dat jaar. De premie telt in het jaar waarin hij is "
    "betaald: de premie over december betalen wij in januari, die telt dus mee in het volgende jaar.",
    "Premium: the premium for your participation (Participation Act, article 31). You receive it at most twice "
    "per calendar year, together never more than that year's maximum. A premium counts in the year it is paid: "
    "we pay December's premium in January, so it counts in the next year.")
COSTS_EXPLAINED = Text(
    "Werkelijke kosten: wij betaalden u kosten terug die u voor de coöperatie maakte, met een bon. Dit is geen "
    "beloning; het staat daarom apart.",
    "Actual costs: we paid you back costs you made for the cooperative, with a receipt. This is not a reward, "
    "so it is shown apart.")
POT_EXPLAINED = Text(
    "Spaarpot: het deel van de winst dat de coöperatie voor u opzij zet, bijvoorbeeld voor een cursus. Het is "
    "nog niet aan u uitbetaald.",
    "Savings pot: the part of the profit the cooperative sets aside for you, for example for a course. It has "
    "not been paid out to you.")
MUNICIPALITY_EXPLAINED = Text(
    "Krijgt u een uitkering? Geef dan aan uw gemeente door wat u per maand kreeg, met de datum waarop het is "
    "betaald: de vrijwilligersvergoeding en de premie elk apart, en de werkelijke kosten apart (dat is een "
    "terugbetaling). U kunt dit overzicht daarvoor meesturen. Twijfelt u wat u moet doorgeven, vraag het dan "
    "aan uw klantmanager of aan de penningmeester.",
    "Do you receive benefits? Then tell your municipality what you received per month, with the date it was "
    "paid: the volunteer allowance and the premium each apart, and the actual costs apart (that is a "
    "repayment). You may send this statement along. If you are unsure what to report, ask your case manager "
    "or the treasurer.")
NOTHING_EXPLAINED = Text(
    "U hebt in {year} bij ons geen uren gewerkt en niets van ons ontvangen. U hoeft over {year} dus niets van "
    "ons aan de gemeente door te geven.",
    "You did not work any hours with us in {year} and received nothing from us. So there is nothing from us "
    "to report to the municipality for {year}.")


def explanations(statement: YearStatement) -> tuple[Text, ...]:
    """The plain words for the amounts this statement shows (only those it shows)."""
    if statement.is_empty and statement.pot is None:
        return (NOTHING_EXPLAINED,)
    found: list[Text] = []
    if statement.total_allowance or any(cap.kind is CapKind.ALLOWANCE for cap in statement.caps):
        found.append(ALLOWANCE_EXPLAINED)
    if statement.total_premium or any(cap.kind is CapKind.PREMIUM for cap in statement.caps):
        found.append(PREMIUM_EXPLAINED)
    if statement.total_actual_costs:
        found.append(COSTS_EXPLAINED)
    if statement.pot is not None:
        found.append(POT_EXPLAINED)
    if statement.is_empty:
        found.append(NOTHING_EXPLAINED)
    else:
        found.append(MUNICIPALITY_EXPLAINED)
    return tuple(found)
