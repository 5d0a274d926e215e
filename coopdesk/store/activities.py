"""Queries and writes for cost centres and activities."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.activity import Activity, ActivityId, CostCentre, CostCentreId
from coopdesk.domain.money import Money
from coopdesk.store.tables.activity import ActivityRow, CostCentreRow

DEFAULT_COST_CENTRE = ("ALG", "Algemeen")


def _cost_centre(row: CostCentreRow) -> CostCentre:
    return CostCentre(CostCentreId(row.id), row.code, row.name, row.active)


def _activity(row: ActivityRow) -> Activity:
    return Activity(ActivityId(row.id), row.name, CostCentreId(row.cost_centre_id), row.hourly_rate, row.active,
                    row.owner_member_id)


def insert_cost_centre(session: Session, code: str, name: str) -> CostCentre:
    row = CostCentreRow(code=code, name=name, active=True)
    session.add(row)
    session.flush()
    return _cost_centre(row)


def list_cost_centres(session: Session, include_inactive: bool = False) -> list[CostCentre]:
    query = select(CostCentreRow).order_by(CostCentreRow.code)
    if not include_inactive:
        query = query.where(CostCentreRow.active.is_(True))
    return [_cost_centre(row) for row in session.scalars(query)]


def get_cost_centre(session: Session, cost_centre_id: int) -> CostCentre | None:
    row = session.get(CostCentreRow, cost_centre_id)
    return None if row is None else _cost_centre(row)


def insert_activity(session: Session, name: str, cost_centre_id: int, hourly_rate: Money) -> Activity:
    row = ActivityRow(name=name, cost_centre_id=cost_centre_id, hourly_rate=hourly_rate, active=True)
    session.add(row)
    session.flush()
    return _activity(row)


def update_activity(
    session: Session, activity_id: int, name: str, cost_centre_id: int, hourly_rate: Money, active: bool
) -> Activity | None:
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return None
    row.name = name
    row.cost_centre_id = cost_centre_id
    row.hourly_rate = hourly_rate
    row.active = active
    session.flush()
    return _activity(row)


def set_activity_owner(session: Session, activity_id: int, member_id: int | None) -> Activity | None:
    """Make the activity a member enterprise of `member_id`, or the cooperative's again (None)."""
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return None
    row.owner_member_id = member_id
    session.flush()
    return _activity(row)


def list_activities(session: Session, include_inactive: bool = False) -> list[Activity]:
    query = select(ActivityRow).order_by(ActivityRow.name)
    if not include_inactive:
        query = query.where(ActivityRow.active.is_(True))
    return [_activity(row) for row in session.scalars(query)]


def get_activity(session: Session, activity_id: int) -> Activity | None:
    row = session.get(ActivityRow, activity_id)
    return None if row is None else _activity(row)


def name_key(name: str) -> str:
    """How activity names are compared: case and spacing do not count ("restaurant" is "Restaurant")."""
    return " ".join(name.casefold().split())


def activity_name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    """Whether another activity already has this name, ignoring case and spacing.

    Compared in Python with `str.casefold()`: SQL `lower()` is ASCII-only on SQLite, and
    a cooperative has a few dozen activities at most.
    """
    wanted = name_key(name)
    query = select(ActivityRow.id, ActivityRow.name)
    if except_id is not None:
        query = query.where(ActivityRow.id != except_id)
    return any(name_key(found) == wanted for _, found in session.execute(query))
