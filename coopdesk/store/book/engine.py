"""The SQLAlchemy engine of a book: the only place with SQLite-specific connection
settings and PRAGMAs, and SQLite's own integrity checks.

Connections run with `foreign_keys=ON`, `synchronous=FULL` and a rollback journal
(`journal_mode=DELETE`): books live on USB sticks and network shares, where WAL is
unsafe. Read-only engines open the file with `mode=ro` and `query_only=ON`.

SQLAlchemy is imported inside the functions here, not at the top: opening a book does
not import it (see `unit_of_work`). `friendly_driver_error` turns SQLite's locked, busy,
full-disk and I/O errors into a `BookError` a treasurer can act on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book.inspect import read_only_uri

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from coopdesk.store.book.unit_of_work import Book

# How long a write waits for another connection's lock before SQLite says "busy".
BUSY_TIMEOUT_SECONDS = 5.0


def writable_engine(path: Path) -> Engine:
    from sqlalchemy import URL, create_engine, event

    # URL.create passes the path through untouched ('?' or '#' in a folder name)
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS},
    )

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
    from sqlalchemy import URL, create_engine, event

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
    from sqlalchemy.exc import DBAPIError

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


_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_DISK = {"SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _sqlite_kind(error: sqlite3.Error) -> str | None:
    name = getattr(error, "sqlite_errorname", None) or ""
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    text = str(error).lower()
    if base in _LOCKED or "database is locked" in text or "database is busy" in text:
        return "locked"
    if base in _DISK or "disk is full" in text or "disk i/o error" in text or "readonly" in text:
        return "disk"
    if base in _DAMAGED or "malformed" in text or "not a database" in text:
        return "damaged"
    return None


def friendly_driver_error(error: BaseException, book: str) -> BookError | None:
    """A `BookError` for SQLite saying the book is locked or busy, the disk is full or
    failing, or the file is damaged; None for anything else (a bug, left as it is).

    Takes SQLAlchemy's wrapper (its `.orig` is the driver's error) or a bare `sqlite3`
    error, without importing SQLAlchemy.
    """
    driver = getattr(error, "orig", error)
    if not isinstance(driver, sqlite3.Error):
        return None
    kind = _sqlite_kind(driver)
    if kind == "locked":
        return BookError(
            Text(
                "Het boek {book} is bezet: een ander programma schrijft er op dit moment in. "
                "Er is niets gewijzigd; probeer het zo nog eens.",
                "The book {book} is busy: another program is writing to it right now. "
                "Nothing was changed; try again in a moment.",
            ),
            book=book,
        )
    if kind == "disk":
        return BookError(
            Text(
                "Er kon niet in het boek {book} worden geschreven ({error}). Er is niets "
                "gewijzigd. Is de schijf vol, of de USB-stick verwijderd?",
                "The book {book} could not be written ({error}). Nothing was changed. Is the "
                "disk full, or the USB stick removed?",
            ),
            book=book,
            error=str(driver),
        )
    if kind == "damaged":
        return BookError(
            Text(
                "Het boek {book} lijkt beschadigd ({error}). Werk er niet verder in: sluit het "
                "en open de nieuwste reservekopie uit de map 'backups'.",
                "The book {book} seems damaged ({error}). Do not go on working in it: close it "
                "and open the newest backup from the 'backups' folder.",
            ),
            book=book,
            error=str(driver),
        )
    return None
