"""Recovering a book after a crash, and the checks that decide whether it is damaged.

An interrupted save is not damage. A process killed (or a laptop losing power)
while it commits leaves a *hot* rollback journal (`<book>-journal`) beside the
book. SQLite rolls it back on the next read-write open, and the book is then
exactly as it was before the save. But a read-only connection cannot roll back:
it refuses the book ("attempt to write a readonly database"). So every way into
a book (`open_book_file`, `open_book_read_only`, the CLI commands, the app) first
calls `recover_interrupted_save(path)`:

1. no `-journal` or `-wal` beside the book: nothing to do (the usual case, one
   `stat` per file);
2. the book's lock is held by a live CoopDesk (or one CoopDesk cannot look at,
   on another computer): the journal is theirs, part of a save in progress; it
   is never touched;
3. otherwise the lock is taken (or, when a crashed CoopDesk left its lock
   behind, SQLite's own file locks keep the rollback safe), the book is opened
   read-write once, which makes SQLite roll the journal back, and the lock is
   released again.

It returns True only when a journal was really rolled back, so the app and the
CLI can say "Een onderbroken opslag is teruggedraaid".

The rest of this module is the judgement "is this file healthy": the same
`PRAGMA integrity_check` that `coopdesk check` runs (a quick check misses damage
in an index), the messages for a damaged book (they point to Bestand → Backup
terugzetten… and `coopdesk restore`, never to copying files by hand), a
backups folder CoopDesk cannot write in, and `.partial` copies a quit or crash
cut off. Only the standard library is imported at module level: reads a person
waits for must not pay for SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.display import show_moment
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text

if TYPE_CHECKING:
    from coopdesk.store.book import BackupJob, Book

JOURNAL_SUFFIXES = ("-journal", "-wal")
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

RECOVERED = Text(
    "Een onderbroken opslag is teruggedraaid; het boek is zoals het was vóór die opslag.",
    "An interrupted save was undone; the book is as it was before that save.",
)

RESTORE_ADVICE = Text(
    "Zet een reservekopie terug met Bestand → Backup terugzetten… (of 'coopdesk restore {book}'); "
    "het huidige bestand wordt dan apart bewaard.",
    "Restore a backup with File → Restore backup… (or 'coopdesk restore {book}'); the current "
    "file is then kept aside.",
)


def book_file(name: str | os.PathLike[str]) -> Path:
    """The book's path as `normalise_path` makes it, without importing the store's engine."""
    result = Path(name).expanduser().absolute()
    return result if result.suffix == ".coopdesk" else result.with_name(result.name + ".coopdesk")


def journal_files(path: Path) -> list[Path]:
    """The journal files beside the book (`-journal`, `-wal`) that exist now."""
    return [
        path.with_name(path.name + suffix)
        for suffix in JOURNAL_SUFFIXES
        if path.with_name(path.name + suffix).exists()
    ]


def _is_hot_candidate(journal: Path) -> bool:
    """A rollback journal that holds a save (non-empty with a valid header), or any WAL
    file. An empty or zeroed journal is not hot: SQLite ignores it and so do we."""
    if journal.name.endswith("-wal"):
        return journal.stat().st_size > 0
    try:
        with journal.open("rb") as handle:
            return handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
    except OSError:
        return False


def recover_interrupted_save(path: Path) -> bool:
    """Roll back a save a crash interrupted; True when one was rolled back.

    Safe to call on every open: without a journal beside the book it only looks. Never
    raises for a book it cannot recover: the open that follows gives the message.
    """
    journals = [journal for journal in journal_files(path) if _is_hot_candidate(journal)]
    if not journals or not path.exists():
        return False
    from coopdesk.domain.clock import SystemClock
    from coopdesk.store.book import BookLockedError, read_lock, release_lock, take_lock

    taken = False
    try:
        take_lock(path, SystemClock())
        taken = True
    except BookLockedError:
        holder = read_lock(path)
        # A live holder is in the middle of a save: the journal is theirs. A holder we cannot
        # look at (another computer) may be too. Only a provably dead one left it behind.
        if holder is None or holder.status() != "stale":
            return False
    except BookError:
        return False  # no writing in that folder: the read-only open that follows explains
    try:
        _roll_back(path)
    finally:
        if taken:
            release_lock(path)
    return not any(journal.exists() for journal in journals)


def _roll_back(path: Path) -> None:
    """One read-write open: SQLite sees the hot journal and rolls it back (a WAL file is
    checkpointed and removed when the last connection closes)."""
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=5)
        try:
            connection.execute("PRAGMA schema_version").fetchone()  # the first read rolls back
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return  # damaged beyond a rollback: the checks that follow say so


# -- is it healthy ---------------------------------------------------------------------


def file_problems(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's integrity check of a file (the one `coopdesk check` runs; `quick=True` for
    the faster quick check, which misses damage in an index), read-only; [] when healthy."""
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    try:
        connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            lines = [str(row[0]) for row in connection.execute(pragma)]
            if not quick:
                lines += [
                    f"foreign_key_check: table {row[0]} row {row[1]} -> {row[2]}"
                    for row in connection.execute("PRAGMA foreign_key_check")
                ]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [line for line in lines if line != "ok"]


class DamagedBookError(BookError):
    """The book (or the copy made of it on opening) is damaged: restoring a backup helps."""


def _joined(*parts: Text) -> Text:
    return Text("".join(part.nl for part in parts), "".join(part.en for part in parts))


def damaged_book(path: Path, detail: str) -> BookError:
    """The file cannot be read as a book at all (it was not changed)."""
    return DamagedBookError(
        _joined(
            Text(
                "{book} is geen leesbaar CoopDesk-boek ({detail}). Het bestand is niet gewijzigd. ",
                "{book} is not a readable CoopDesk book ({detail}). The file has not been changed. ",
            ),
            RESTORE_ADVICE,
        ),
        book=path.name,
        detail=detail,
    )


def damaged_warning(path: Path, detail: str) -> BookError:
    """The book opens but SQLite found damage: stop working in it and restore a backup.
    Names the newest healthy-looking backup only when there is one."""
    from coopdesk.store.book import list_backups

    newest = list_backups(path)
    if newest:
        when = show_moment(datetime.fromtimestamp(newest[0].stat().st_mtime))
        backup = Text(" De nieuwste reservekopie is van {when}.", " The newest backup is of {when}.")
    else:
        when = ""
        backup = Text(" Er is nog geen reservekopie van dit boek.", " There is no backup of this book yet.")
    return DamagedBookError(
        _joined(
            Text(
                "Het boek {book} lijkt beschadigd ({detail}). Werk er niet verder in. ",
                "The book {book} seems damaged ({detail}). Do not go on working in it. ",
            ),
            RESTORE_ADVICE,
            backup,
        ),
        book=path.name,
        detail=detail,
        when=when,
    )


def empty_version_table(path: Path) -> BookError:
    return damaged_book(path, "lege tabel alembic_version / empty alembic_version table")


# -- backups: the folder, cut-off copies ---------------------------------------------------


def ensure_backups_writable(path: Path) -> None:
    """Refuse to open a book for writing when no backup can be written beside it.

    Called before the backup made on opening, also when that copy is made on a thread (the
    app): a read-only `backups` folder is found here, with the folder named, instead of as
    "is the disk full?" after the book has already been opened for writing.
    """
    from coopdesk.store.book import backups_folder

    folder = backups_folder(path)
    probe = folder / f".{path.stem}-write-test-{os.getpid()}"
    try:
        folder.mkdir(exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise BookError(
            Text(
                "Er kon geen reservekopie van {book} worden gemaakt: CoopDesk kan niet schrijven in "
                "de map {folder} ({error}). Het boek is daarom niet geopend. Maak die map "
                "beschrijfbaar, of kopieer het boek naar een map waarin u kunt schrijven.",
                "No backup of {book} could be made: CoopDesk cannot write in the folder {folder} "
                "({error}). So the book was not opened. Make that folder writable, or copy the "
                "book to a folder you can write in.",
            ),
            book=path.name,
            folder=str(folder),
            error=error.strerror or str(error),
        ) from error


def remove_partial_copies(path: Path) -> list[Path]:
    """Remove `.partial` backup copies of this book that a quit or crash cut off.

    Only the lock holder makes copies, so call this holding the lock: then no `.partial`
    of this book is being written by anyone else.
    """
    from coopdesk.store.book import EXTENSION, backups_folder

    removed: list[Path] = []
    folder = backups_folder(path)
    if not folder.is_dir():
        return removed
    for cut_off in folder.glob(f"{path.stem}-*{EXTENSION}.partial"):
        with contextlib.suppress(FileNotFoundError):
            cut_off.unlink()
            removed.append(cut_off)
    return removed


def finish_pending_backup(book: Book) -> None:
    """On closing a book: let the copy made on opening finish (about 0.1 s for a 47 MB
    book), so quitting never leaves a full-size `.partial` copy behind. When the copy
    fails, its `.partial` is removed by the job itself; any left over are removed here."""
    job: BackupJob | None = book.pending_backup
    if job is None or book.path is None:
        return
    with contextlib.suppress(Exception):
        job.wait()
    remove_partial_copies(book.path)
