"""Checking an activity's hourly rate against the fiscal hour caps (domain-rules.md, 1-3).

The payout already holds back every euro above the hour cap for a member's age on the
day worked; this check tells the treasurer when the rate is *set*, so that a rate the
payout could never pay is not promised to anyone:

* above the 21+ hour cap of the current year, while the book has members on the
  volunteer regime: **refused** (members of any regime may write hours on any activity,
  so "nobody on the volunteer regime works here yet" would let a new activity through);
  without such members it is a warning (premium members are paid under art. 31, not
  under the fiscal hour cap, but a member moved to the volunteer regime later would be
  held to the cap);
* above the under-21 cap but within the 21+ cap: a warning that members under 21 are
  held to the lower rate;
* no caps for the current year in the book's rules: a warning that the rate could not
  be checked (the treasurer adds the row under Rules).

Every message names the cap, its year, its source and whether it is confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.allowance_rules import FiscalCaps
from coopdesk.domain.errors import Problem, problem
from coopdesk.domain.money import Money

FIELD = "hourly_rate"


@dataclass(frozen=True)
class RateCheck:
    """What the rules say about a rate: a refusal (nothing may be saved) and/or warnings."""

    refusal: Problem | None = None
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.refusal is None and not self.warnings


def _cap_values(caps: FiscalCaps) -> dict[str, object]:
    return {
        "year": caps.year,
        "source": caps.source or "?",
        "status_nl": "bevestigd" if caps.confirmed else "niet bevestigd, controleer dit bij de Belastingdienst",
        "status_en": "confirmed" if caps.confirmed else "unconfirmed, check with the Belastingdienst",
    }


def check_activity_rate(rate: Money, caps: FiscalCaps | None, *, volunteers: bool, year: int) -> RateCheck:
    """Check `rate` against `caps` (the book's fiscal caps of `year`, None when the book has
    none); `volunteers`: whether the book has members on the volunteer allowance regime."""
    if caps is None:
        return RateCheck(warnings=(problem(
            FIELD,
            "De regels van dit boek hebben geen uurgrens voor {year}; het tarief is niet gecontroleerd.",
            "This book's rules have no hour cap for {year}; the rate was not checked.", year=year),))
    values = _cap_values(caps)
    if rate > caps.hour_rate_21_plus:
        cap = caps.hour_rate_21_plus
        if volunteers:
            return RateCheck(refusal=problem(
                FIELD,
                "Een uurvergoeding van {rate} is hoger dan de uurgrens van de vrijwilligersvergoeding "
                "(21 jaar en ouder) in {year}: {cap} (bron: {source}; {status_nl}). Er zijn leden met de "
                "vrijwilligersvergoeding: kies hoogstens {cap}, of vergoed meer als werkelijke kosten met bonnen.",
                "An hourly rate of {rate} is above the volunteer allowance hour cap (21 and over) "
                "for {year}: {cap} (source: {source}; {status_en}). Members are on the volunteer "
                "allowance regime: choose at most {cap}, or reimburse more as actual costs with receipts.",
                rate=rate, cap=cap, **values))
        return RateCheck(warnings=(problem(
            FIELD,
            "Let op: {rate} is hoger dan de uurgrens van de vrijwilligersvergoeding (21 jaar en ouder) in "
            "{year}: {cap} (bron: {source}; {status_nl}). Voor de premie (art. 31) geldt die grens niet; wie "
            "later de vrijwilligersvergoeding krijgt, wordt op {cap} gehouden.",
            "Note: {rate} is above the volunteer allowance hour cap (21 and over) for {year}: {cap} "
            "(source: {source}; {status_en}). The premium (art. 31) is not held to it; a member moved "
            "to the volunteer allowance later is held to {cap}.",
            rate=rate, cap=cap, **values),))
    if rate > caps.hour_rate_under_21:
        return RateCheck(warnings=(problem(
            FIELD,
            "Let op: leden onder 21 krijgen met de vrijwilligersvergoeding hoogstens {cap} per uur "
            "({year}; bron: {source}; {status_nl}); het meerdere wordt bij de uitbetaling ingehouden.",
            "Note: members under 21 on the volunteer allowance get at most {cap} an hour "
            "({year}; source: {source}; {status_en}); the payout holds the rest back.",
            cap=caps.hour_rate_under_21, **values),))
    return RateCheck()
