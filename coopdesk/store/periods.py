"""Which dates are closed for changes, and why.

Hours in a month that is already paid out, postings in a closed year: both are
refused. Every service that writes something dated asks `closed_reason` inside
its transaction. The year close and the payout (later areas) add their tables
and extend this one function; nothing else needs to change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coopdesk.domain.text import Text


def closed_reason(session: Session, day: date, member_id: int | None = None) -> Text | None:
    """Why `day` (for `member_id`, if given) is closed, or None when it is open.

    No period can be closed yet: the year close and the payout run add their checks here.
    """
    return None
