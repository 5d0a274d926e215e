"""The one check every dated change goes through: is this date still open?"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.errors import ClosedPeriodError
from coopdesk.store.periods import closed_reason
from coopdesk.store.session import Session


def ensure_open(session: Session, day: date, member_id: int | None = None, field: str | None = None) -> None:
    """Raise `ClosedPeriodError` (naming `field`) when `day` may no longer be changed."""
    reason = closed_reason(session, day, member_id)
    if reason is not None:
        raise ClosedPeriodError(reason, field, day=day)
