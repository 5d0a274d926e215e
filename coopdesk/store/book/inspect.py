"""Inspecting a book file without changing it: is it SQLite, is it a CoopDesk book,
which schema revision. Only stdlib `sqlite3`, read-only; a bad file is refused with a
`BookError` and never modified, moved or deleted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

EXTENSION = ".coopdesk"
_SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only; '#', '?', '%' and spaces in folder names
    are percent-encoded (a plain f"file:{path}" would open another file)."""
    return path.absolute().as_uri() + "?mode=ro"


def _damaged(path: Path, detail: str) -> BookError:
    from coopdesk.store import recovery

    return recovery.damaged_book(path, detail)


def read_revision(path: Path) -> str | None:
    """The book's schema revision, read without writing; raises BookError for a bad file."""
    if not path.exists():
        raise BookError(
            Text("Het boek {book} bestaat niet.", "The book {book} does not exist."), book=str(path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise BookError(
            Text("Kan {book} niet lezen: {error}", "Cannot read {book}: {error}"),
            book=path.name,
            error=error.strerror,
        ) from error
    if header != _SQLITE_HEADER:
        raise _damaged(path, "geen SQLite-bestand / not an SQLite file")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if not tables:
                    return None
                raise _damaged(path, "geen CoopDesk-tabellen / no CoopDesk tables")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None and len(tables) > 1:
                from coopdesk.store import recovery

                raise recovery.empty_version_table(path)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    return None if row is None else str(row[0])


def check_revision(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise BookError(
            Text(
                "{book} is gemaakt met een nieuwere versie van CoopDesk (schema {revision}). "
                "Installeer de nieuwste CoopDesk om het te openen; het bestand is niet gewijzigd.",
                "{book} was written by a newer version of CoopDesk (schema {revision}). "
                "Install the latest CoopDesk to open it; the file has not been changed.",
            ),
            book=path.name,
            revision=revision,
        )


def require_current(path: Path, revision: str | None) -> None:
    """Refuse a book a read-only look cannot use: one from a newer CoopDesk, or one that
    must be migrated first (a read-only open never migrates)."""
    check_revision(path, revision)
    if revision != HEAD_REVISION:
        raise BookError(
            Text(
                "{book} moet eerst worden bijgewerkt: open het één keer gewoon in CoopDesk.",
                "{book} needs updating first: open it once normally in CoopDesk.",
            ),
            book=path.name,
        )
