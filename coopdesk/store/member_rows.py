"""How a member is stored: the columns of the `member` table and the one mapping
from a stored row to the domain's `Member`, shared by the ORM queries
(`store/members.py`) and the read-only stdlib reads (`store/reads.py`).

A row may come from SQLAlchemy (dates as `date`, flags as `bool`) or from the stdlib
`sqlite3` module (dates as ISO text, flags as 0/1); `member_from_row` accepts both and
refuses anything else with a `ValueError` (a value CoopDesk never wrote).

May import: coopdesk.domain and the standard library; never SQLAlchemy.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from coopdesk.domain.member import (
    LeaveReason,
    Member,
    MemberDetails,
    MemberId,
    MemberNumber,
    PaymentRegime,
)

#: A member's row has one column per `MemberDetails` field, of the same name, plus its id
#: and number: the mapping is that one list of fields (a test fails when a field has no
#: column). Enums are stored as their values, dates as dates (ISO text to stdlib sqlite3).
MEMBER_COLUMNS = ("id", "number", *(field.name for field in fields(MemberDetails)))
_ENUMS: dict[str, type[PaymentRegime] | type[LeaveReason]] = {
    "regime": PaymentRegime, "leave_reason": LeaveReason}
_DATES = frozenset({"joined_on", "birth_on", "left_on"})
_FLAGS = frozenset({"social_assistance"})


@dataclass(frozen=True)
class MemberFilter:
    """Which members a list shows: a search text over name, number, city, email;
    former members only when asked for; optionally one payment regime."""

    search: str = ""
    include_former: bool = False
    regime: PaymentRegime | None = None
    on: date | None = None  # "former" means left before this day (default: today)


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise ValueError(f"not a date: {type(value).__name__}")


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise ValueError(f"not a yes/no value: {value!r}")


def member_from_row(value: Callable[[str], object]) -> Member:
    """The `Member` a stored row describes; `value(column)` gives one column's value."""
    values: dict[str, Any] = {}
    for field in fields(MemberDetails):
        raw = value(field.name)
        if field.name in _ENUMS:
            values[field.name] = _ENUMS[field.name](raw) if raw else None  # no reason until one leaves
        elif field.name in _DATES:
            values[field.name] = _date(raw)
        elif field.name in _FLAGS:
            values[field.name] = _flag(raw)
        else:
            values[field.name] = raw if isinstance(raw, str) else str(raw)
    if values["joined_on"] is None:
        raise ValueError("a member without a join date")
    return Member(id=MemberId(int(str(value("id")))), number=MemberNumber(int(str(value("number")))),
                  details=MemberDetails(**values))


def row_values(details: MemberDetails) -> dict[str, object]:
    """What `details` stores, column by column (enums as their values)."""
    values: dict[str, object] = {}
    for field in fields(MemberDetails):
        value = getattr(details, field.name)
        values[field.name] = value.value if isinstance(value, enum.Enum) else value
    return values
