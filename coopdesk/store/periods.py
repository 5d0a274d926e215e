"""Which dates are closed for changes, and why.

Hours in a month that is already paid out, postings in a closed year: both are
refused. Every service that writes something dated asks inside its transaction:
one edit through `closed_reason`, a batch (an hours import of 10,000 rows)
through `closed_days`, once for its whole date range. The year close and the
payout (later areas) add their tables and extend `closed_days` only;
`closed_reason` is built on it, so both always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from coopdesk.domain.text import Text
from coopdesk.store.payout import locked_months
from coopdesk.store.year_close import closed_years

# (member id, day) -> why that day is closed for that member; (None, day): closed for everyone
ClosedDays = dict[tuple[int | None, date], Text]


def closed_days(
    session: Session, first: date, last: date, member_ids: Iterable[int] | None = None
) -> ClosedDays:
    """The closed days from `first` to `last` (inclusive), with why.

    Keys are `(member_id, day)` for a day closed for one member (their month is paid out)
    and `(None, day)` for a day closed for everyone (the year is closed). With `member_ids`
    only those members' days need be listed. Days not in the result are open.

    A posted (not reversed) payout run closes its month for the members it has a line
    for; the message names the run. The year close adds its query here (one query each
    over the range, never one per day).
    """
    closed: ClosedDays = {}
    wanted = None if member_ids is None else sorted(set(member_ids))
    for run_id, year, month, member_id in locked_months(session, first, last, wanted):
        reason = _paid_out(run_id, year, month)
        day = max(first, date(year, month, 1))
        end = min(last, date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
        while day <= end:
            closed[(member_id, day)] = reason
            day += timedelta(days=1)
    for closed_year in closed_years(session, first.year, last.year):
        reason = _year_closed(closed_year.year)
        day = max(first, date(closed_year.year, 1, 1))
        end = min(last, date(closed_year.year, 12, 31))
        while day <= end:
            closed[(None, day)] = reason
            day += timedelta(days=1)
    return closed


def _year_closed(year: int) -> Text:
    return Text(
        f"Het jaar {year} is afgesloten; heropen het jaar (met een reden) om {{day}} te wijzigen.",
        f"The year {year} is closed; reopen the year (with a reason) to change {{day}}.",
    )


def _paid_out(run_id: int, year: int, month: int) -> Text:
    # the run and month are written into the text itself; {day} is filled in by the caller
    return Text(
        f"De uren van {month:02d}-{year} zijn uitbetaald in uitbetaling {run_id}; draai die uitbetaling "
        "eerst terug om {day} te wijzigen.",
        f"The hours of {month:02d}-{year} were paid out in payout run {run_id}; reverse that run first to "
        "change {day}.",
    )


def reason_for(closed: ClosedDays, day: date, member_id: int | None = None) -> Text | None:
    """Why `day` is closed for `member_id` according to a `closed_days` result, or None."""
    if (None, day) in closed:  # a closed year says so before a paid month does
        return closed[(None, day)]
    if member_id is not None:
        return closed.get((member_id, day))
    return None


def closed_reason(session: Session, day: date, member_id: int | None = None) -> Text | None:
    """Why `day` (for `member_id`, if given) is closed, or None when it is open."""
    members = None if member_id is None else [member_id]
    return reason_for(closed_days(session, day, day, members), day, member_id)
