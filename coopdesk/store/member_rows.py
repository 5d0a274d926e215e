"""How a member is stored: the columns of the `member` table and the one mapping
from a stored row to the domain's `Member`, shared by the ORM queries
(`store/members.py`) and the read-only stdlib reads (`store/reads.py`).

A row may come from SQLAlchemy (dates as `date`, flags as `bool`) or from the stdlib
`sqlite3` module (dates as ISO text, flags as 0/1); `member_from_row` accepts both and
refuses anything else with a `ValueError` (a value CoopDesk never wrote).

May import: coopdesk.domain and the standard library; never SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.member import (
    LeaveReason,
    Member,
    MemberDetails,
    MemberId,
    MemberNumber,
    PaymentRegime,
)

#: The columns a `Member` is built from, in the order `reads.py` selects them.
MEMBER_COLUMNS = (
    "id", "number", "name", "address", "postcode", "city", "birth_on", "email", "phone",
    "iban", "joined_on", "left_on", "leave_reason", "regime", "social_assistance", "notes",
)


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


def _required_date(value: object) -> date:
    day = _date(value)
    if day is None:
        raise ValueError("a required date is empty")
    return day


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise ValueError(f"not a yes/no value: {value!r}")


def member_from_row(value: Callable[[str], object]) -> Member:
    """The `Member` a stored row describes; `value(column)` gives one column's value."""
    leave_reason = value("leave_reason")
    return Member(
        id=MemberId(int(str(value("id")))),
        number=MemberNumber(int(str(value("number")))),
        details=MemberDetails(
            name=str(value("name")),
            joined_on=_required_date(value("joined_on")),
            address=str(value("address")),
            postcode=str(value("postcode")),
            city=str(value("city")),
            birth_on=_date(value("birth_on")),
            email=str(value("email")),
            phone=str(value("phone")),
            iban=str(value("iban")),
            regime=PaymentRegime(value("regime")),
            social_assistance=_flag(value("social_assistance")),
            notes=str(value("notes")),
            left_on=_date(value("left_on")),
            leave_reason=LeaveReason(leave_reason) if leave_reason else None,
        ),
    )
