"""The one check every dated change goes through: is this date still open?

`ensure_open` checks one day (an edit); `closed_days` gives every closed day of a
date range at once, for a batch such as an hours import (look a day up with
`reason_for`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from coopdesk.domain.errors import ClosedPeriodError
from coopdesk.store import periods as period_store
from coopdesk.store.periods import ClosedDays, closed_reason, reason_for
from coopdesk.store.session import Session

__all__ = ["ClosedDays", "closed_days", "ensure_open", "reason_for"]


def ensure_open(session: Session, day: date, member_id: int | None = None, field: str | None = None) -> None:
    """Raise `ClosedPeriodError` (naming `field`) when `day` may no longer be changed."""
    reason = closed_reason(session, day, member_id)
    if reason is not None:
        raise ClosedPeriodError(reason, field, day=day)


def closed_days(
    session: Session, first: date, last: date, member_ids: Iterable[int] | None = None
) -> ClosedDays:
    """Every closed day from `first` to `last` for these members (or everyone): one query
    per kind of closure, however many days."""
    return period_store.closed_days(session, first, last, member_ids)
