"""The audit log: who did what, and when (UTC), for every feature that wants a trace.

One row per action (`record`), written inside the action's own unit of work, so an
action that rolls back leaves no line and a line never outlives its action.
`who` is the operating-system user name unless the caller names someone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coopdesk.store.tables.payout import AuditLogRow


@dataclass(frozen=True)
class AuditLine:
    id: int
    logged_at: datetime
    who: str
    action: str
    detail: str


def record(session: Session, logged_at: datetime, who: str, action: str, detail: str = "") -> None:
    """Add one line to the audit log (`action`: a short stable name such as `payout.post`)."""
    session.execute(insert(AuditLogRow).values(logged_at=logged_at, who=who[:100], action=action[:60],
                                               detail=detail))


def recent(session: Session, limit: int = 100, action_prefix: str = "") -> list[AuditLine]:
    """The newest lines first (only actions starting with `action_prefix`, when given)."""
    query = select(AuditLogRow).order_by(AuditLogRow.id.desc()).limit(limit)
    if action_prefix:
        query = query.where(AuditLogRow.action.startswith(action_prefix))
    return [AuditLine(row.id, row.logged_at, row.who, row.action, row.detail) for row in session.scalars(query)]
