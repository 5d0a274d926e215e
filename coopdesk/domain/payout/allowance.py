"""The volunteer allowance under its caps (domain-rules.md, sections 1-2).

Per member, day by day in date order:

1. every day's amount is hours x the activity's rate, rounded half-up to the cent
   once per (day, activity) line; what the line would be is the *asked* amount;
2. the hour rate is limited to the cap for the member's age **on that day** (under
   21 or 21+); the difference is held back as `HOUR_RATE`;
3. what is left is limited to the month cap minus what was already paid this month
   (`MONTH_CAP`), then to the year cap minus what was paid this calendar year and
   declared by other organisations (`YEAR_CAP`).

For every line: paid + held back == asked, to the cent. There is no "pay anyway".
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_FLOOR, Decimal

from coopdesk.domain.allowance_rules import FiscalCaps
from coopdesk.domain.member import age_on
from coopdesk.domain.money import CENT, Money, round_cents
from coopdesk.domain.payout.proposal import (
    ZERO,
    ActivityRate,
    HeldBack,
    HeldBackReason,
    HoursSum,
    MemberHistory,
    PayoutMember,
)

_SIXTY = Decimal(60)


def exact_amount(minutes: int, rate: Money) -> Decimal:
    """Minutes x hourly rate, exact (quarters of an hour times cents: four decimals at most)."""
    return Decimal(minutes) * rate.amount / _SIXTY


def _cents_not_over(exact: Decimal, ceiling: Decimal) -> Money:
    """`exact` rounded half-up to the cent, unless that would pass `ceiling` (a cap's exact
    amount): then rounded down. Half a cent over an hour cap is still over it."""
    rounded = round_cents(exact)
    if rounded > ceiling:
        rounded = exact.quantize(CENT, rounding=ROUND_FLOOR)
    return Money(rounded)


def volunteer_allowance(
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
        within_exact += exact_amount(entry.minutes, min(rate, cap))
        ceiling += exact_amount(entry.minutes, cap)
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
