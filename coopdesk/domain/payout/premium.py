"""The premium (Participatiewet art. 31 lid 2 onder j).

Hours accrue at the activity's rate every month; only in a month the treasurer chose as
a payment month (at most two per calendar year) is the accrued amount paid, never more
than the maximum in force on the payment date minus what was paid this calendar year.
What is over it stays held back (`PREMIUM_MAXIMUM`); accrued premium in a month that is
not a payment month is not held back but carried (`accrued`).

A premium counts in the calendar year it is **paid** (income counts when it can be
disposed of): December's run is paid in January and counts for the next year
(`payment_year`). The premium maximum is taken on the payment date (default: the first
day of the next month), and the two payments and the maximum are counted per payment
year; the services refuse to mark a run with premium paid in another year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coopdesk.domain.allowance_rules import PremiumMaximum
from coopdesk.domain.errors import CoopDeskError, ValidationError, problem
from coopdesk.domain.money import Money
from coopdesk.domain.payout.month import PayoutMonth, payment_year
from coopdesk.domain.payout.proposal import ZERO, HeldBack, HeldBackReason, MemberHistory
from coopdesk.domain.text import Text

MAX_PREMIUM_PAYMENTS = 2  # Participatiewet art. 31 lid 2 onder j: "ten hoogste twee keer per jaar"


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


def premium_payment(month: PayoutMonth, accrued: Money, past: MemberHistory,
                    maximum: PremiumMaximum | None) -> tuple[Money, Money, list[HeldBack]]:
    """The premium paid this month, what stays carried after it, and what was held back.

    Only in a payment month is anything paid: what was accrued before plus `accrued`, up
    to the maximum (in force on the payment date) minus what was paid this payment year,
    and never in a third payment of a year."""
    available = past.premium_accrued + accrued
    if month.month not in past.payment_months or not available.is_positive():
        return ZERO, available, []
    if past.premium_payments >= MAX_PREMIUM_PAYMENTS:
        return ZERO, available, [HeldBack(HeldBackReason.PREMIUM_PAYMENTS, available)]
    assert maximum is not None
    room = maximum.yearly_maximum - past.premium_paid
    paid = available if available <= room else max(room, ZERO)
    held = [HeldBack(HeldBackReason.PREMIUM_MAXIMUM, available - paid)] if available - paid else []
    return paid, available - paid, held
