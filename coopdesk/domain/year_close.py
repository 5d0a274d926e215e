"""The year close: the year's result, and its distribution as the book's agreement says.

`distribute(profit, agreement, shares, enterprises)` is a pure function; every euro of the
profit is accounted for, to the cent (the parts always add up to the profit), in this order:

0. member enterprises first (the seed's Vrije Uitloop model: an activity that belongs to
   one member, who runs it as their own small business inside the cooperative): each one
   with a POSITIVE result gives `enterprise_percentage` of that result (rounded half up to
   the cent) to its owner's pot, before anything is shared. An enterprise with a loss
   gives nothing (its loss already lowers the profit). When the profit is smaller than
   these shares together (enterprise +1.000, restaurant -900, 50 %: 500 wanted, 100
   profit), the shares are capped at the profit, split by `allocate` over the wanted
   shares, and a note says so. The owner gets the share even after leaving: the pot is
   theirs. What is left after the enterprise shares is "the profit" of steps 1 to 4:
1. the municipality's share: `municipality_percentage` of that profit above
   `municipality_threshold` (rounded half up to the cent);
2. the training budget: a fixed amount or a percentage of that profit, never more than
   what is left after the municipality;
3. the pots: `pots_percentage` of what is then left, split over the members by hours
   worked in the year, equally per active member, or by hand. Leftover cents of the split
   go by `coopdesk.domain.money.allocate`'s rule: one each to the members with the
   largest remainders, ties to the member listed first (lowest member number);
4. the rest to the general reserve.

A loss (or a result of zero) distributes nothing, and says why, even when a member
enterprise made a profit that year (a note names it).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.money import Money, allocate, round_cents
from coopdesk.domain.text import Text

HUNDRED = Decimal(100)


class TrainingMode(enum.Enum):
    AMOUNT = "amount"
    PERCENTAGE = "percentage"


class PotsMethod(enum.Enum):
    HOURS = "hours"  # by hours worked in the year
    EQUAL = "equal"  # equally per active member
    MANUAL = "manual"  # by hand

    @property
    def label(self) -> Text:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    PotsMethod.HOURS: Text("naar gewerkte uren", "by hours worked"),
    PotsMethod.EQUAL: Text("gelijk per actief lid", "equally per active member"),
    PotsMethod.MANUAL: Text("met de hand", "by hand"),
}


@dataclass(frozen=True)
class Agreement:
    """How the book's members agreed to distribute a year's profit (with the date agreed)."""

    agreed_on: date | None = None  # None: nothing agreed, everything to the general reserve
    training_mode: TrainingMode = TrainingMode.PERCENTAGE
    training_amount: Money = field(default_factory=Money.zero)
    training_percentage: Decimal = Decimal(0)
    pots_method: PotsMethod = PotsMethod.HOURS
    pots_percentage: Decimal = Decimal(0)  # of what is left after municipality and training
    municipality_percentage: Decimal = Decimal(0)
    municipality_threshold: Money = field(default_factory=Money.zero)
    # of a member enterprise's positive result, to its owner's pot before the shared distribution
    enterprise_percentage: Decimal = Decimal(0)

    def validate(self) -> Agreement:
        found = []
        for name, value in (("training_percentage", self.training_percentage),
                            ("pots_percentage", self.pots_percentage),
                            ("municipality_percentage", self.municipality_percentage),
                            ("enterprise_percentage", self.enterprise_percentage)):
            if not Decimal(0) <= value <= HUNDRED:
                found.append(problem(name, "Een percentage moet tussen 0 en 100 liggen.",
                                     "A percentage must be between 0 and 100."))
        for name, amount in (("training_amount", self.training_amount),
                             ("municipality_threshold", self.municipality_threshold)):
            if amount.is_negative():
                found.append(problem(name, "Een bedrag mag niet negatief zijn.", "An amount cannot be negative."))
        if found:
            raise ValidationError(found)
        return self


@dataclass(frozen=True)
class MemberShare:
    """A member's weight in the pots' split (minutes worked, 1 per active member, or cents by hand)."""

    member_id: int
    member_number: int
    name: str
    weight: int


@dataclass(frozen=True)
class PotPart:
    member_id: int
    member_number: int
    name: str
    amount: Money


@dataclass(frozen=True)
class EnterpriseOwner:
    """The member a member enterprise (an activity) belongs to."""

    member_id: int
    member_number: int
    name: str


@dataclass(frozen=True)
class EnterprisePart:
    """An owner's share of their own enterprise's result, to their pot."""

    member_id: int
    member_number: int
    name: str
    activity: str
    result: Money
    amount: Money


@dataclass(frozen=True)
class Distribution:
    profit: Money
    municipality: Money
    training: Money
    pots: tuple[PotPart, ...]
    reserve: Money
    notes: tuple[Text, ...] = ()
    enterprise_parts: tuple[EnterprisePart, ...] = ()

    @property
    def pots_total(self) -> Money:
        return sum((part.amount for part in self.pots), Money.zero())

    @property
    def enterprise_total(self) -> Money:
        return sum((part.amount for part in self.enterprise_parts), Money.zero())

    @property
    def shared(self) -> Money:
        """What the shared distribution (municipality, training, pots, reserve) worked on."""
        return self.profit - self.enterprise_total

    @property
    def to_pots(self) -> Money:
        """Everything that goes to the members' pots: the shared pots and the enterprise shares."""
        return self.pots_total + self.enterprise_total

    @property
    def total(self) -> Money:
        return self.enterprise_total + self.municipality + self.training + self.pots_total + self.reserve


def percentage_of(amount: Money, percentage: Decimal) -> Money:
    return Money(round_cents(amount.amount * percentage / HUNDRED))


NOTHING_TO_DISTRIBUTE = Text("Het jaar sloot met een verlies of zonder resultaat: er is niets te verdelen.",
                             "The year closed with a loss or no result: there is nothing to distribute.")
NO_AGREEMENT = Text("Er is geen verdeling afgesproken: de hele winst gaat naar de algemene reserve.",
                    "No distribution was agreed: the whole profit goes to the general reserve.")
NO_MEMBERS = Text("Geen lid komt in aanmerking voor de spaarpotten: dat deel gaat naar de algemene reserve.",
                  "No member qualifies for the savings pots: that part goes to the general reserve.")


ENTERPRISE_CAPPED = Text(
    "De aandelen eigen onderneming ({wanted}) zijn meer dan de winst ({profit}): ze zijn verlaagd tot de winst, "
    "naar verhouding verdeeld; voor de gezamenlijke verdeling blijft niets over.",
    "The own enterprise shares ({wanted}) are more than the profit ({profit}): they were lowered to the profit, "
    "split in proportion; nothing is left for the shared distribution.")
ENTERPRISE_IN_LOSS_YEAR = Text(
    "De onderneming {activity} van {name} had een winst van {result}, maar het jaar sloot met een verlies of "
    "zonder resultaat: er gaat geen aandeel naar de spaarpot.",
    "The enterprise {activity} of {name} made a profit of {result}, but the year closed with a loss or no "
    "result: no share goes to the pot.")


def _rendered(text: Text, **values: object) -> Text:
    return Text(text.render("nl", **values), text.render("en", **values))


def distribute(profit: Money, agreement: Agreement, shares: Sequence[MemberShare],
               enterprises: Sequence[ActivityResult] = ()) -> Distribution:
    """The profit's distribution; see the module's docstring. `enterprises`: the year's
    activity results (only those with an owner count). With `PotsMethod.MANUAL` the
    shares' weights are the amounts by hand in cents, and the pots' part is their sum (it
    may not exceed what is left)."""
    zero = Money.zero()
    owned = sorted((a for a in enterprises if a.owner is not None and a.result.is_positive()),
                   key=lambda a: (a.owner.member_number if a.owner else 0, a.name))
    if not profit.is_positive():
        loss_notes = [NOTHING_TO_DISTRIBUTE]
        loss_notes += [_rendered(ENTERPRISE_IN_LOSS_YEAR, activity=a.name, name=a.owner.name, result=a.result)
                       for a in owned if a.owner is not None]
        return Distribution(profit, zero, zero, (), zero, tuple(loss_notes))
    agreement.validate()
    if agreement.agreed_on is None:
        return Distribution(profit, zero, zero, (), profit, (NO_AGREEMENT,))
    notes: list[Text] = []
    wanted = [percentage_of(a.result, agreement.enterprise_percentage) for a in owned]
    wanted_total = sum(wanted, zero)
    amounts = wanted
    if wanted_total > profit:
        amounts = allocate(profit, [w.cents for w in wanted])
        notes.append(_rendered(ENTERPRISE_CAPPED, wanted=wanted_total, profit=profit))
    enterprise_parts = tuple(
        EnterprisePart(a.owner.member_id, a.owner.member_number, a.owner.name, a.name, a.result, amount)
        for a, amount in zip(owned, amounts, strict=True) if a.owner is not None and amount.is_positive())
    shared = profit - sum(amounts, zero)
    municipality, training, pots, reserve, shared_notes = _shared(shared, agreement, shares)
    return Distribution(profit, municipality, training, pots, reserve, tuple(notes + shared_notes), enterprise_parts)


def _shared(profit: Money, agreement: Agreement,
            shares: Sequence[MemberShare]) -> tuple[Money, Money, tuple[PotPart, ...], Money, list[Text]]:
    """Steps 1 to 4 of the module's docstring on `profit` (zero or more): municipality,
    training, pots and reserve."""
    zero = Money.zero()
    above = profit - agreement.municipality_threshold
    municipality = percentage_of(above, agreement.municipality_percentage) if above.is_positive() else zero
    left = profit - municipality
    wanted = agreement.training_amount if agreement.training_mode is TrainingMode.AMOUNT \
        else percentage_of(profit, agreement.training_percentage)
    training = min(wanted, left)
    left = left - training
    notes: list[Text] = []
    ordered = sorted((s for s in shares if s.weight > 0), key=lambda s: s.member_number)
    if agreement.pots_method is PotsMethod.MANUAL:
        pots_part = Money.from_cents(sum(s.weight for s in ordered))
        if pots_part > left:
            raise ValidationError([problem("pots", "De spaarpotten met de hand ({pots}) zijn meer dan er te "
                                           "verdelen is ({left}).",
                                           "The pots by hand ({pots}) are more than there is to distribute "
                                           "({left}).", pots=pots_part, left=left)])
        amounts = [Money.from_cents(s.weight) for s in ordered]
    else:
        pots_part = percentage_of(left, agreement.pots_percentage)
        if pots_part.is_positive() and not ordered:
            notes.append(NO_MEMBERS)
            pots_part = zero
        amounts = allocate(pots_part, [s.weight for s in ordered]) if pots_part.is_positive() \
            else [zero] * len(ordered)
    parts = tuple(PotPart(s.member_id, s.member_number, s.name, amount)
                  for s, amount in zip(ordered, amounts, strict=True) if amount.is_positive())
    return municipality, training, parts, left - pots_part, notes


@dataclass(frozen=True)
class ActivityResult:
    name: str
    income: Money
    costs: Money
    owner: EnterpriseOwner | None = None  # a member enterprise: the member it belongs to

    @property
    def result(self) -> Money:
        return self.income - self.costs


@dataclass(frozen=True)
class YearResult:
    year: int
    activities: tuple[ActivityResult, ...]

    @property
    def total(self) -> Money:
        return sum((a.result for a in self.activities), Money.zero())

    @property
    def enterprises(self) -> tuple[ActivityResult, ...]:
        """The member enterprises' results (activities with an owner)."""
        return tuple(a for a in self.activities if a.owner is not None)


@dataclass(frozen=True)
class CloseProposal:
    """What closing `year` would do: the findings that block it, the result, the distribution."""

    year: int
    findings: tuple[Text, ...]
    result: YearResult
    agreement: Agreement
    distribution: Distribution
    counted_cash: Money | None

    @property
    def can_close(self) -> bool:
        return not self.findings


def manual_shares(amounts: Mapping[int, Money], members: Mapping[int, tuple[int, str]]) -> list[MemberShare]:
    """By-hand amounts (member id -> amount) as shares; `members`: id -> (number, name)."""
    found = [problem("pots", "Lid {id} bestaat niet.", "Member {id} does not exist.", id=member_id)
             for member_id in amounts if member_id not in members]
    found += [problem("pots", "Een bedrag met de hand is niet negatief.", "An amount by hand is not negative.")
              for amount in amounts.values() if amount.is_negative()]
    if found:
        raise ValidationError(found)
    return [MemberShare(member_id, *members[member_id], amount.cents) for member_id, amount in amounts.items()]
