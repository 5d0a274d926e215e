"""Demo hours: three activities and years of realistic weekly hours.

Each member gets a usual number of hours a week (4 to 20, most around 8 to 12),
one main activity and sometimes a second one, and fixed working days (mostly
weekdays). They take about four weeks of holiday a year, now and then skip a
week, and work only while they are a member and never after "today". Amounts
are whole quarter hours. The same seed gives the same hours.

Written with one Core bulk insert (design.md, speed habits): with 500 members
over 10 years this is about 250,000 entries.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from coopdesk.domain.hours import QUARTER_MINUTES, monday_of
from coopdesk.domain.member import Member
from coopdesk.domain.money import Money
from coopdesk.store import activities as activity_store
from coopdesk.store import hours as hours_store
from coopdesk.store.book import Book

if TYPE_CHECKING:
    from coopdesk.services.demo import DemoPlan

DEMO_ACTIVITIES = (
    ("Restaurant", Money("2.50"), 5),
    ("Atelier", Money("2.50"), 3),
    ("Stadslandbouw", Money("2.00"), 2),
)
HOLIDAY_WEEKS = 4


def add_demo_hours(book: Book, rng: random.Random, plan: DemoPlan, members: list[Member]) -> None:
    """Activities and realistic weekly hours for the demo members."""
    now = book.clock.now()
    with book.transaction() as session:
        centre = activity_store.list_cost_centres(session)[0]
        activities = [
            activity_store.insert_activity(session, name, centre.id, rate) for name, rate, _ in DEMO_ACTIVITIES
        ]
        weights = [weight for _, _, weight in DEMO_ACTIVITIES]
        rows: list[dict[str, object]] = []
        for member in members:
            rows.extend(_member_hours(rng, plan, member, [a.id for a in activities], weights, now))
        hours_store.insert_entries(session, rows)


def _member_hours(
    rng: random.Random,
    plan: DemoPlan,
    member: Member,
    activity_ids: list[int],
    weights: list[int],
    now: datetime,
) -> list[dict[str, object]]:
    details = member.details
    first = max(details.joined_on, plan.start_on)
    last = min(details.left_on or plan.end_on, plan.end_on)
    if first > last:
        return []
    weekly_quarters = round(rng.triangular(4, 20, 10) * 4)
    main = rng.choices(activity_ids, weights=weights)[0]
    second = rng.choice([a for a in activity_ids if a != main]) if rng.random() < 0.35 else None
    per_day = rng.choice((4, 4.5, 5, 5.5, 6, 6.5))
    day_count = max(1, min(5, round(weekly_quarters / 4 / per_day)))
    weekdays = sorted(rng.sample(range(5), day_count))
    if rng.random() < 0.08:
        weekdays.append(5)  # the odd Saturday market
    quarters_per_day = max(4, weekly_quarters // len(weekdays))

    holidays: dict[int, set[int]] = {}
    rows: list[dict[str, object]] = []
    monday = monday_of(first)
    while monday <= last:
        year, week, _ = monday.isocalendar()
        if year not in holidays:
            start = rng.randint(27, 33)  # summer
            holidays[year] = {start, start + 1, start + 2, rng.choice((1, 52, 17, 43))}
        if week not in holidays[year] and rng.random() > 0.08:
            for weekday in weekdays:
                day = monday + timedelta(days=weekday)
                if day < first or day > last:
                    continue
                quarters = max(2, quarters_per_day + rng.randint(-2, 2))
                activity = second if second is not None and rng.random() < 0.4 else main
                rows.append({
                    "member_id": member.id,
                    "activity_id": activity,
                    "worked_on": day,
                    "minutes": quarters * QUARTER_MINUTES,
                    "note": "",
                    "created_at": now,
                })
        monday += timedelta(days=7)
    return rows

