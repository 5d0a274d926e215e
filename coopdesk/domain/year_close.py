"""The year close: the year's result, and its distribution as the book's agreement says.

`distribute(profit, agreement, shares)` is a pure function; every euro of the profit is
accounted for, to the cent (the parts always add up to the profit), in this order:

1. the municipality's share: `municipality_percentage` of the profit above
   `municipality_threshold` (rounded half up to the cent);
2. the training budget: a fixed amount or a percentage of the profit, never more than
   what is left after the municipality;
3. the pots: `pots_percentage` of what is then left, split over the members by hours
   worked in the year, equally per active member, or by hand. Leftover cents of the split
   go by `coopdesk.domain.money.allocate`'s rule: one each to the members with the
   largest remainders, ties to the member listed first (lowest member number);
4. the rest to the general reserve.

A loss (or a result of zero) distributes nothing, and says why.
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

    def validate(self) -> Agreement:
        found = []
        for name, value in (("training_percentage", self.training_percentage),
                            ("pots_percentage", self.pots_percentage),
                            ("municipality_percentage", self.municipality_percentage)):
            if not Decimal(0) <= value <= HUNDRED:
                found.append(problem(name, "Een percentage ligt tussen 0 en 100.",
                                     "A percentage lies between 0 and 100."))
        for name, amount in (("training_amount", self.training_amount),
                             ("municipality_threshold", self.municipality_threshold)):
            if amount.is_negative():
                found.append(problem(name, "Een bedrag is niet negatief.", "An amount is not negative."))
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
class Distribution:
    profit: Money
    municipality: Money
    training: Money
    pots: tuple[PotPart, ...]
    reserve: Money
    notes: tuple[Text, ...] = ()

    @property
    def pots_total(self) -> Money:
        return sum((part.amount for part in self.pots), Money.zero())

    @property
    def total(self) -> Money:
        return self.municipality + self.training + self.pots_total + self.reserve


def percentage_of(amount: Money, percentage: Decimal) -> Money:
    return Money(round_cents(amount.amount * percentage / HUNDRED))


NOTHING_TO_DISTRIBUTE = Text("Het jaar sloot met een verlies of zonder resultaat: er is niets te verdelen.",
                             "The year closed with a loss or no result: there is nothing to distribute.")
NO_AGREEMENT = Text("Er is geen verdeling afgesproken: de hele winst gaat naar de algemene reserve.",
                    "No distribution was agreed: the whole profit goes to the general reserve.")
NO_MEMBERS = Text("Geen lid komt in aanmerking voor de spaarpotten: dat deel gaat naar de algemene reserve.",
                  "No member qualifies for the savings pots: that part goes to the general reserve.")


def distribute(profit: Money, agreement: Agreement, shares: Sequence[MemberShare]) -> Distribution:
    """The profit's distribution; see the module's docstring. With `PotsMethod.MANUAL` the
    shares' weights are the amounts by hand in cents, and the pots' part is their sum (it may
    not exceed what is left)."""
    zero = Money.zero()
    if not profit.is_positive():
        return Distribution(profit, zero, zero, (), zero, (NOTHING_TO_DISTRIBUTE,))
    agreement.validate()
    if agreement.agreed_on is None:
        return Distribution(profit, zero, zero, (), profit, (NO_AGREEMENT,))
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
    return Distribution(profit, municipality, training, parts, left - pots_part, tuple(notes))


@dataclass(frozen=True)
class ActivityResult:
    name: str
    income: Money
    costs: Money

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
