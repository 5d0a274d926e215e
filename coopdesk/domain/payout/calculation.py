"""The monthly payout: how a month's hours become allowances, premiums and costs.

This module owns the one calculation a member must be able to trust
(domain-rules.md, sections 1-3). `compute_payout` is a pure function: the store
hands it the month's hours (summed per member, day and activity), the activity
rates, the book's copy of the rules and each member's history this calendar year;
it returns a `PayoutProposal`. The caps are enforced here and nowhere else: the
services post only lines this function produced. The volunteer allowance's caps are
in `allowance`, the premium's payment months and maximum in `premium`.

Actual costs: lines the treasurer adds (receipt reference), no cap, shown apart.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from coopdesk.domain.allowance_rules import AllowanceRules, FiscalCaps, PremiumMaximum
from coopdesk.domain.errors import Problem
from coopdesk.domain.member import PaymentRegime, age_on
from coopdesk.domain.money import Money, total
from coopdesk.domain.payout.allowance import exact_amount, volunteer_allowance
from coopdesk.domain.payout.month import PayoutMonth, default_payment_on
from coopdesk.domain.payout.premium import check_payment_months, premium_payment
from coopdesk.domain.payout.proposal import (
    ZERO,
    ActivityHours,
    ActivityRate,
    ActualCost,
    HeldBack,
    HoursSum,
    MemberHistory,
    PayoutLine,
    PayoutMember,
    PayoutProposal,
    PayoutWarning,
)
from coopdesk.domain.text import Text
from coopdesk.domain.validation import check_iban

SOCIAL_ASSISTANCE_AGE = 27  # art. 31 lid 5: c, j, k, n and r do not apply under 27


@functools.lru_cache(maxsize=4096)
def valid_iban(value: str) -> bool:
    """Whether `value` is a valid IBAN (cached: a payout checks the same IBANs every month)."""
    problems: list[Problem] = []
    return bool(value.strip()) and check_iban(value, "iban", problems) not in (None, "")


def _warn(nl: str, en: str, /, **values: object) -> PayoutWarning:
    return PayoutWarning(Text(nl, en), tuple(values.items()))


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
                                    Money(exact_amount(minutes[activity_id], rate.hourly_rate))))
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
        asked_exact = sum((exact_amount(e.minutes, rates[e.activity_id].hourly_rate) for e in entries), Decimal(0))
    asked = Money(asked_exact)  # rounded half-up once, for the whole line
    allowance = premium = accrued = carried = zero
    held: list[HeldBack] = []
    if member.regime is PaymentRegime.VOLUNTEER_ALLOWANCE and entries:
        assert caps is not None
        allowance, held = volunteer_allowance(member, entries, rates, caps, past, asked_exact, asked)
    elif member.regime is PaymentRegime.PREMIUM:
        accrued = asked
        premium, carried, held = premium_payment(month, accrued, past, maximum)
    actual = total(cost.amount for cost in costs)
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
