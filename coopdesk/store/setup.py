"""What a brand-new book holds besides the cooperative's details.

Each area adds its defaults here (the ledger its chart of accounts, hours a
default cost centre): `seed_new_book` runs once, inside the transaction that
creates the book.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.domain.clock import Clock
from coopdesk.store.activities import DEFAULT_COST_CENTRE, insert_cost_centre
from coopdesk.store.ledger import insert_default_chart
from coopdesk.store.rules import copy_shipped_rules


def seed_new_book(session: Session, clock: Clock) -> None:
    """Fill a new book with its defaults."""
    insert_cost_centre(session, *DEFAULT_COST_CENTRE)
    insert_default_chart(session)
    copy_shipped_rules(session)  # migration 0005 copied them already; adds rows a newer release ships
