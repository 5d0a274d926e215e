"""Whether other records point at a member (hours, postings, pots...).

Each area that refers to members registers a check here, so removing a member
(only ever the undo of a registration) can refuse cleanly instead of tripping
over a foreign key.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

MemberReferenceCheck = Callable[[Session, int], bool]
_checks: list[MemberReferenceCheck] = []


def register_member_reference(check: MemberReferenceCheck) -> MemberReferenceCheck:
    _checks.append(check)
    return check


def member_is_referenced(session: Session, member_id: int) -> bool:
    # make sure every table module has registered its check
    import coopdesk.store.tables  # noqa: F401

    return any(check(session, member_id) for check in _checks)
