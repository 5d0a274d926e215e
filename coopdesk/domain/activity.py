"""Activities and cost centres.

A *cost centre* is a part of the cooperative that keeps its own results: for a
single cooperative usually just one ("Algemeen"), for an umbrella cooperative
one per sub-cooperative. An *activity* is the work members do ("Restaurant",
"Atelier", "Stadslandbouw"); it belongs to one cost centre and has the hourly
allowance rate the payout uses. Hours are recorded per activity; sales and costs
are booked per cost centre (and optionally activity). An activity may belong to one
member (`owner_member_id`): a member enterprise, run by that member as their own small
business inside the cooperative; the year close can give their pot a share of its result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NewType

from coopdesk.domain.money import Money

CostCentreId = NewType("CostCentreId", int)
ActivityId = NewType("ActivityId", int)


@dataclass(frozen=True)
class CostCentre:
    id: CostCentreId
    code: str
    name: str
    active: bool = True


@dataclass(frozen=True)
class Activity:
    id: ActivityId
    name: str
    cost_centre_id: CostCentreId
    hourly_rate: Money
    active: bool = True
    owner_member_id: int | None = None  # a member enterprise: the member it belongs to
