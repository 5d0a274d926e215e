"""The SQLAlchemy engine of a book: the only place with SQLite-specific connection
settings and PRAGMAs, and SQLite's own integrity checks.

Connections run with `foreign_keys=ON`, `synchronous=FULL` and a rollback journal
(`journal_mode=DELETE`): books live on USB sticks and network shares, where WAL is
unsafe. Read-only engines open the file with `mode=ro` and `query_only=ON`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from coopdesk.store.book.inspect import read_only_uri

if TYPE_CHECKING:
    from coopdesk.store.book.unit_of_work import Book


def writable_engine(path: Path) -> Engine:
    # URL.create passes the path through untouched ('?' or '#' in a folder name)
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def read_only_engine(path: Path) -> Engine:
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=read_only_uri(path), query={"uri": "true"})
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA query_only=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    from coopdesk.store.migrations import upgrade_to_head

    upgrade_to_head(engine)


def integrity_problems(book: Book) -> list[str]:
    """SQLite's own integrity and foreign-key checks; an empty list means healthy."""
    problems: list[str] = []
    try:
        with book.engine.connect() as connection:
            for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    problems.append(f"integrity_check: {line}")
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign_key_check: table {row[0]} row {row[1]} -> {row[2]}")
    except DBAPIError as error:
        problems.append(f"integrity_check: {error.orig}")
    return problems
