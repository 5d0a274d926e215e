"""Outflow (uitstroom) and earnings per working member: what a cooperative shows its
municipality.

* An `OutflowMember` left for a paid job or education (`LeaveReason.is_outflow`), with how
  long they were a member and, where the treasurer entered it, their former monthly
  benefit.
* The saved benefits are an ESTIMATE, stated as such: the former monthly benefit times the
  whole calendar months after the month of leaving that fall in the year (someone who left
  in March saves April to December, 9 months; a later year counts 12; the current year
  only the months that have ended). A year's estimate so counts the members who left in
  earlier years too; `OutflowYear.savings` lists every member's part, so the total can be
  traced (this year's leavers + those who left earlier). Nobody knows whether
  the member stayed off benefits; a member without an entered benefit counts for nothing
  and is reported as unknown.
* Earnings per working member: what members received in a year (allowances, premiums,
  pot deposits from the year close and the owners' shares of their own member
  enterprises) divided by the members who worked (had hours) that
  year, rounded half-up to the cent.

Pure: no I/O, no dates of today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.domain.member import LeaveReason
from coopdesk.domain.money import Money, total
from coopdesk.domain.text import Text

ESTIMATE_NOTE = Text(
    "Bespaarde uitkeringen zijn een schatting: per jaar de vroegere uitkering per maand maal de hele "
    "maanden van dat jaar na de maand van vertrek (dit jaar alleen de verstreken maanden). Ook wie in een "
    "eerder jaar vertrok telt elk jaar daarna mee, als 'eerder vertrokken'. Leden zonder ingevulde uitkering "
    "tellen niet mee.",
    "Saved benefits are an estimate: per year the former monthly benefit times the whole months of that "
    "year after the month of leaving (this year only the months passed). Someone who left in an earlier "
    "year counts in every year after it too, as 'left earlier'. Members without an entered benefit do "
    "not count.",
)


def whole_months(start: date, end: date) -> int:
    """Whole calendar months from `start` to `end` (0 when `end` is before a month has passed;
    31 January to 28 February is not yet a month)."""
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def months_saved_in(left_on: date, year: int, until: date | None = None) -> int:
    """Whole months after the month of leaving that fall in `year` (0 to 12), counting no
    month that has not ended before `until` (today; None: the whole year counts)."""
    first = 1 if year > left_on.year else left_on.month + 1 if year == left_on.year else 13
    last = 12 if until is None or year < until.year else until.month - 1 if year == until.year else 0
    return max(0, last - first + 1)


@dataclass(frozen=True)
class OutflowMember:
    number: int
    name: str
    joined_on: date
    left_on: date
    reason: LeaveReason
    former_monthly_benefit: Money | None = None

    @property
    def membership_months(self) -> int:
        return whole_months(self.joined_on, self.left_on)

    @property
    def membership_days(self) -> int:
        return max((self.left_on - self.joined_on).days, 0)

    def saved_in(self, year: int, until: date | None = None) -> Money:
        """The estimated benefit saved in `year` up to `until` (zero when no benefit was entered)."""
        if self.former_monthly_benefit is None:
            return Money.zero()
        return self.former_monthly_benefit * months_saved_in(self.left_on, year, until)


@dataclass(frozen=True)
class Saving:
    """What one member who left saved in one year: `months` times their former benefit."""

    member: OutflowMember
    months: int
    amount: Money


@dataclass(frozen=True)
class OutflowYear:
    """The members who left for a job or education in `year`, and the benefits estimated
    saved in that year by everyone who left for one up to and in it: `savings` has one
    line per member who saved something in the year (this year's leavers first, then
    those who left earlier), so the estimate adds up from the lines under it."""

    year: int
    members: tuple[OutflowMember, ...]
    saved_estimate: Money
    benefit_unknown: int  # members who left in the year without an entered benefit
    savings: tuple[Saving, ...] = ()

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def saved_by_leavers(self) -> Money:
        """Saved in the year by the members who left in it."""
        return total(s.amount for s in self.savings if s.member.left_on.year == self.year)

    @property
    def earlier(self) -> tuple[Saving, ...]:
        """The savings in the year of members who left in an earlier year."""
        return tuple(s for s in self.savings if s.member.left_on.year < self.year)

    @property
    def saved_by_earlier(self) -> Money:
        """Saved in the year by members who left in an earlier year."""
        return total(s.amount for s in self.earlier)

    def saving_of(self, number: int) -> Saving | None:
        return next((s for s in self.savings if s.member.number == number), None)


def outflow_years(members: list[OutflowMember], years: range, until: date | None = None) -> list[OutflowYear]:
    """One `OutflowYear` per year, members by leave date then number; the estimate counts
    only months ended before `until` (today)."""
    result = []
    for year in years:
        left = tuple(sorted((m for m in members if m.left_on.year == year),
                            key=lambda m: (m.left_on, m.number)))
        earlier = sorted((m for m in members if m.left_on.year < year), key=lambda m: (m.left_on, m.number))
        savings = tuple(Saving(m, months_saved_in(m.left_on, year, until), m.saved_in(year, until))
                        for m in (*left, *earlier) if m.saved_in(year, until).is_positive())
        unknown = sum(1 for m in left if m.former_monthly_benefit is None)
        result.append(OutflowYear(year, left, total(s.amount for s in savings), unknown, savings))
    return result


@dataclass(frozen=True)
class EarningsYear:
    year: int
    allowances: Money  # allowances and premiums from posted payout runs
    pot_deposits: Money  # pot deposits from the year close (net of reversals)
    working_members: int
    enterprise_shares: Money = Money.zero()  # own-enterprise shares from the year close (net of reversals)

    @property
    def received(self) -> Money:
        return self.allowances + self.pot_deposits + self.enterprise_shares

    @property
    def per_working_member(self) -> Money | None:
        """Received divided by the members who worked; None when nobody worked."""
        if self.working_members <= 0:
            return None
        return Money(self.received.amount / Decimal(self.working_members))


def trend(years: list[EarningsYear]) -> list[Money | None]:
    """The change in earnings per working member against the year before (None for the
    first year, or when either year had nobody working)."""
    changes: list[Money | None] = []
    previous: Money | None = None
    for index, year in enumerate(years):
        current = year.per_working_member
        changes.append(current - previous if index and current is not None and previous is not None else None)
        previous = current
    return changes


@dataclass(frozen=True)
class OutflowReport:
    years: tuple[OutflowYear, ...]
    earnings: tuple[EarningsYear, ...]

    @property
    def saved_estimate(self) -> Money:
        return total(y.saved_estimate for y in self.years)
