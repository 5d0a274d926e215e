"""The year-end statement a member gets (and often hands to the municipality).

A `YearStatement` is data only: who sends it (the cooperative), to whom (the member, by
name, number and postal address; never a BSN: the book holds none and the statement has
no field for one), per month of the calendar year the hours per activity and what the
posted (not reversed) payout run of that month paid, with the payment date, the year's
totals against the year's caps, and the savings pot when the book keeps one. The PDF
writer only lays it out; `explanations` holds the plain words about each amount.

Amounts per month are those of the run *for* that month, with its payment date. A payment
counts in the year it is paid (income counts when it can be disposed of; a premium counts
in the calendar year it is paid, see `domain.payout`): December's run, paid in January,
is on both statements, on the year worked as December and on the year paid as an
`earlier` month, and the "paid in" totals (`received_*`) count each payment in its own
year only. So a member who left before the year but was paid in it gets a statement of it
(`store.statements.year_members` selects by the same dates). The year's volunteer
allowance cap counts the months worked, as the payout does.

A run that was reversed is never dropped silently: it is listed as a `Correction`. A line
that was held out of the bank file (no IBAN) has its own payment date when it was paid
later (nabetaald), and none while it is owed: the run's payment date is never its date.

The statement number is `<year>-<member number, five digits>`: the same member and year
always get the same number, so a reprint is recognisable. A member often hands the
statement to a benefits officer, so two papers with one number must say the same thing.
The book keeps, per issued version, the statement's `fingerprint` (a hash of what it
says: months, amounts, dates, corrections, caps, pot movements; not the print date, the
number or the letterhead). Printed again with the fingerprint of the latest version, it
is that version again, marked duplicate. Printed with other content (a run reversed, a
held line paid, a late run, a pot movement, a year closed differently), it is a new
version `<year>-<member>-2` (3, ...) that says which earlier statement it replaces and of
what date, and is not a duplicate (`place_statement`). A latest version with no
fingerprint (issued before the book kept them) is taken as different: a new version is
never wrong, a "duplicate" that says something else is.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, payment_year
from coopdesk.domain.pot import MovementKind, PotMovement
from coopdesk.domain.text import Text

ZERO = Money(0)


def statement_number(year: int, member_number: int, version: int = 1) -> str:
    """`2025-00017`: stable for a member and year, so a reprint has the same number; a
    later version with other content is `2025-00017-2` (3, ...)."""
    if version < 1:
        raise ValueError(f"a statement version starts at 1, not {version}")
    base = f"{year}-{member_number:05d}"
    return base if version == 1 else f"{base}-{version}"


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
    def paid_in(self) -> int:
        """The year this month's payment counts in: the year of the payment date, or while it
        is not paid, the year a run of this month is paid in (`payment_year`)."""
        return self.paid_on.year if self.paid_on is not None else payment_year(self.month)

    @property
    def minutes(self) -> int:
        return sum(minutes for _, minutes in self.minutes_by_activity)

    def minutes_in(self, activity: str) -> int:
        return sum(minutes for name, minutes in self.minutes_by_activity if name == activity)

    @property
    def paid(self) -> Money:
        return self.allowance + self.premium + self.actual_costs

    @property
    def has_payment(self) -> bool:
        """Something was paid (`paid` is not zero), without adding amounts up."""
        return bool(self.allowance or self.premium or self.actual_costs)


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
class Correction:
    """A payout run for this member that was reversed: what it paid (or would have paid),
    when it was paid (None: never), and when it was reversed. The statement lists it, so a
    figure on an earlier statement or overview does not disappear without a word."""

    month: PayoutMonth
    amount: Money
    paid_on: date | None
    reversed_on: date | None


@dataclass(frozen=True)
class PotLine:
    """One movement of the pot in the year: what kind (in the pot's own words), the reason or
    purpose as the book holds it, and the amount. `income_warning`: a withdrawal for a
    purpose the municipality may count as income (`domain.pot.INCOME_WARNING`)."""

    on: date
    kind: Text
    detail: str
    amount: Money  # positive: into the pot; negative: out of it
    income_warning: bool = False


@dataclass(frozen=True)
class PotSection:
    """The member's savings pot over the year."""

    opening: Money
    movements: tuple[PotLine, ...]
    closing: Money
    disposal: Text  # who may dispose of it

    @property
    def income_warning(self) -> bool:
        return any(line.income_warning for line in self.movements)

    @property
    def withdrawn(self) -> bool:
        """Money went out of the pot in the year (to or for the member)."""
        return any(line.amount.is_negative() for line in self.movements)


_UNDONE_BY = {MovementKind.REVERSAL: MovementKind.DISTRIBUTION,
              MovementKind.ENTERPRISE_REVERSAL: MovementKind.ENTERPRISE}


def pot_lines_shown(movements: Iterable[PotMovement]) -> list[PotMovement]:
    """The pot movements a member's statement lists: a year-close deposit taken back when the
    year was reopened is left out together with its reversal (both are dated 31 December of
    the same year and cancel to the cent), so a year closed, reopened and closed again shows
    the one deposit that stands, not three lines a benefits officer could read as two
    payments. The opening and closing balances are computed from every movement, as before;
    the pots page keeps showing the whole trail."""
    shown = list(movements)
    for reversal in [m for m in shown if m.kind in _UNDONE_BY]:
        undone = next((m for m in shown if m.kind is _UNDONE_BY[reversal.kind] and m.booked_on == reversal.booked_on
                       and m.amount == -reversal.amount), None)
        if undone is not None:
            shown.remove(undone)
            shown.remove(reversal)
    return shown


def pot_detail(kind: MovementKind, reason: str) -> str:
    """The reason as the statement shows it after the kind's words: a year close writes
    "Winstverdeling 2025" or "Aandeel eigen onderneming Tuinonderhoud 2025" as the reason,
    which after "Winstverdeling:" would say it twice; the statement then shows "2025" or
    "Tuinonderhoud 2025"."""
    words = kind.label.render("nl")
    if kind in (MovementKind.DISTRIBUTION, MovementKind.ENTERPRISE) and reason.startswith(words):
        return reason[len(words):].strip()
    return reason


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
class IssuedVersion:
    """A version of a member's statement of a year as the book recorded it when it was
    printed or saved. `fingerprint` None: issued before the book kept fingerprints."""

    year: int
    member_number: int
    version: int
    fingerprint: str | None
    issued_on: date

    @property
    def number(self) -> str:
        return statement_number(self.year, self.member_number, self.version)


@dataclass(frozen=True)
class Replaces:
    """The earlier version a new version of a statement replaces (said on the statement)."""

    number: str
    issued_on: date


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
    earlier: tuple[StatementMonth, ...] = ()  # runs of months before the year, paid in it
    corrections: tuple[Correction, ...] = ()  # reversed runs of the year's months or paid in it
    under_27: bool = False  # younger than 27 at some time in the year (art. 31 lid 5); False: unknown
    version: int = 1  # 1, or a later version because the content changed since the last one issued
    replaces: Replaces | None = None  # the earlier version this one replaces (a version above 1)

    @property
    def fingerprint(self) -> str:
        """A hash of what this statement says (`statement_fingerprint`)."""
        return statement_fingerprint(self)

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

    def _received(self) -> list[StatementMonth]:
        return [month for month in self.earlier + self.months if month.has_payment and month.paid_in == self.year]

    @property
    def received_allowance(self) -> Money:
        """The allowance paid in this year (on the payment date), whatever month it was for."""
        return _total(month.allowance for month in self._received())

    @property
    def received_premium(self) -> Money:
        return _total(month.premium for month in self._received())

    @property
    def received_actual_costs(self) -> Money:
        return _total(month.actual_costs for month in self._received())

    @property
    def payment_dates_differ(self) -> bool:
        """Some month shown is paid in another year: the "paid in" total differs from the months'."""
        return any(month.has_payment and month.paid_in != self.year for month in self.months) or \
            any(month.has_payment for month in self.earlier)

    @property
    def is_empty(self) -> bool:
        """No hours, nothing paid and nothing corrected this year: the statement says so briefly."""
        return self.total_minutes == 0 and not self.total_paid and not any(m.has_payment for m in self.earlier) \
            and not self.corrections

    def with_duplicate(self, duplicate: bool) -> YearStatement:
        return replace(self, duplicate=duplicate)


def _cents(amount: Money) -> int:
    return int(amount.amount * 100)


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _month_content(month: StatementMonth) -> list[object]:
    return [month.month.year, month.month.month, [list(pair) for pair in month.minutes_by_activity],
            _cents(month.allowance), _cents(month.premium), _cents(month.actual_costs), _day(month.paid_on)]


def statement_fingerprint(statement: YearStatement) -> str:
    """A SHA-256 hash of what the statement says to a member or a benefits officer: the
    year and member, every month's hours and amounts with their payment dates, months of
    the year before paid in it, corrections, the caps and their room, the pot's opening,
    movements and closing, and whether the under-27 warning is on it. Not the print date,
    the number, the version or duplicate mark, the cooperative's letterhead, the address
    or the treasurer's name: printing on another day, or after a move, says nothing new."""
    pot = statement.pot
    content = {
        "year": statement.year, "member": statement.member_number,
        "months": [_month_content(month) for month in statement.months],
        "earlier": [_month_content(month) for month in statement.earlier],
        "corrections": [[c.month.year, c.month.month, _cents(c.amount), _day(c.paid_on), _day(c.reversed_on)]
                        for c in statement.corrections],
        "caps": [[cap.kind.value, _cents(cap.cap), _cents(cap.paid), _cents(cap.other_organisations)]
                 for cap in statement.caps],
        "pot": None if pot is None else [
            _cents(pot.opening), _cents(pot.closing),
            [[line.on.isoformat(), line.kind.nl, line.detail, _cents(line.amount), line.income_warning]
             for line in pot.movements]],
        "under_27": statement.under_27,
    }
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def place_statement(statement: YearStatement, issued: Iterable[IssuedVersion]) -> YearStatement:
    """`statement` numbered against the versions issued of it (of its member and year; none:
    never issued). Never issued: version 1. The same content as the latest version: that
    version again, marked duplicate (a duplicate of version 2 still says what version 1
    it replaces). Other content, or a latest version without fingerprint: the next
    version, not a duplicate, saying which version of what date it replaces. Only the
    latest counts: content that went back to what version 1 said is still a new version,
    because the officer holds the latest paper."""
    versions = sorted((found for found in issued
                       if (found.year, found.member_number) == (statement.year, statement.member_number)),
                      key=lambda found: found.version)
    if not versions:
        return replace(statement, number=statement_number(statement.year, statement.member_number), version=1,
                       duplicate=False, replaces=None)
    latest = versions[-1]
    if latest.fingerprint is not None and latest.fingerprint == statement.fingerprint:
        before = versions[-2] if len(versions) > 1 else None
        return replace(statement, number=latest.number, version=latest.version, duplicate=True,
                       replaces=None if before is None else Replaces(before.number, before.issued_on))
    version = latest.version + 1
    return replace(statement, number=statement_number(statement.year, statement.member_number, version),
                   version=version, duplicate=False, replaces=Replaces(latest.number, latest.issued_on))


class StatementChangedError(CoopDeskError):
    """Another version of a statement was issued between gathering it and recording it
    (printed from another window): its number is taken, so it is not issued."""

    def __init__(self, number: str) -> None:
        super().__init__(Text(
            "Jaaroverzicht {number} is intussen al vanuit een ander venster gemaakt; er is niets vastgelegd. "
            "Maak het overzicht opnieuw.",
            "Statement {number} was made from another window in the meantime; nothing was recorded. "
            "Make the statement again."), "statement", number=number)


class NoStatementError(CoopDeskError):
    """A member with nothing in a year (not a member then, no hours, no payment, no pot
    movement) gets no statement of it."""

    def __init__(self, name: str, number: int, year: int) -> None:
        super().__init__(Text(
            "{name} (lid {number}) was in {year} geen lid en had in {year} geen uren, betalingen of "
            "spaarpotboekingen bij ons: er is geen jaaroverzicht {year}.",
            "{name} (member {number}) was not a member in {year} and had no hours, payments or savings pot "
            "movements with us in {year}: there is no annual statement {year}."),
            "member", name=name, number=number, year=year)


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

NOTHING_BUT_POT_EXPLAINED = Text(
    "U hebt in {year} bij ons geen uren gewerkt en geen vergoeding, premie of kosten van ons ontvangen. Wel is er "
    "in {year} geld uit uw spaarpot opgenomen (zie hierboven). Krijgt u een uitkering, geef die opname dan door "
    "aan uw gemeente.",
    "You did not work any hours with us in {year} and received no allowance, premium or costs from us. Money was "
    "taken out of your savings pot in {year}, though (see above). If you receive benefits, report that withdrawal "
    "to your municipality.")

# domain-rules.md section 2: art. 31 lid 5 Participatiewet, onderdelen j and k do not apply under 27
UNDER_27_EXPLAINED = Text(
    "Krijgt u bijstand en was u in {year} jonger dan 27? Dan geldt de vrijlating van de Participatiewet "
    "(artikel 31) voor een premie of vrijwilligersvergoeding in de regel niet, en kan de gemeente het bedrag van "
    "uw uitkering aftrekken. Vraag het uw klantmanager.",
    "Do you receive social assistance and were you younger than 27 in {year}? Then the Participation Act's "
    "disregard (article 31) for a premium or volunteer allowance does not apply as a rule, and the municipality "
    "may deduct the amount from your benefit. Ask your case manager.")


def explanations(statement: YearStatement) -> tuple[Text, ...]:
    """The plain words for the amounts this statement shows (only those it shows)."""
    if statement.is_empty and statement.pot is None:
        return (NOTHING_EXPLAINED,)
    found: list[Text] = []
    # what the table shows: the year's months and the months before it paid in it
    if statement.total_allowance or statement.received_allowance or \
            any(cap.kind is CapKind.ALLOWANCE for cap in statement.caps):
        found.append(ALLOWANCE_EXPLAINED)
    if statement.total_premium or statement.received_premium or \
            any(cap.kind is CapKind.PREMIUM for cap in statement.caps):
        found.append(PREMIUM_EXPLAINED)
    flat = statement.total_allowance + statement.total_premium + statement.received_allowance \
        + statement.received_premium
    if statement.under_27 and flat.is_positive():
        found.append(UNDER_27_EXPLAINED)
    if statement.total_actual_costs or statement.received_actual_costs:
        found.append(COSTS_EXPLAINED)
    if statement.pot is not None:
        found.append(POT_EXPLAINED)
    if statement.is_empty:
        found.append(NOTHING_BUT_POT_EXPLAINED if statement.pot is not None and statement.pot.withdrawn
                     else NOTHING_EXPLAINED)
    else:
        found.append(MUNICIPALITY_EXPLAINED)
    return tuple(found)
