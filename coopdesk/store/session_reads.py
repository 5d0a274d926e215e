"""The stdlib reads (`coopdesk.store.reads.BookReader`) inside an open unit of work.

A book without a file (a server database), or a read inside a unit of work that must
see what it has not committed yet, runs the same portable SQL through the session.
"""

from __future__ import annotations

import sqlite3
from typing import Any, cast

from sqlalchemy import text

from coopdesk.store.reads import BookReader
from coopdesk.store.session import Session


class _SessionConnection:
    def __init__(self, session: Session) -> None:
        self._session = session

    def execute(self, sql: str, parameters: dict[str, object]) -> Any:
        return self._session.execute(text(sql), parameters)


def session_reader(session: Session) -> BookReader:
    """A `BookReader` whose queries run in `session` (what they return is the same)."""
    return BookReader(cast(sqlite3.Connection, _SessionConnection(session)))
