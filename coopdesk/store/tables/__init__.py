"""The book's schema as SQLAlchemy 2.x typed ORM classes, one module per area.

Every table module is imported here so that `Base.metadata` is complete for
Alembic's drift check and for creating a fresh book.
"""

from coopdesk.store.tables import (  # noqa: F401  (register tables)
    activity,
    book_info,
    hours,
    ledger,
    member,
    payout,
    payout_held,
    pots,
    statements,
)
from coopdesk.store.tables.base import Base

__all__ = ["Base"]
