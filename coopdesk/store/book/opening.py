"""Creating and opening book files: check, lock, back up, migrate (in that order).

See the package docstring for what `open_book_file` guarantees.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book.backup import (
    BackupJob,
    backup_book,
    damaged_warning,
    list_backups,
    prune_backups,
)
from coopdesk.store.book.engine import migrate, read_only_engine, writable_engine
from coopdesk.store.book.inspect import EXTENSION, check_revision, read_revision, require_current
from coopdesk.store.book.lock import LockHolder, release_lock, take_lock
from coopdesk.store.book.unit_of_work import Book
from coopdesk.store.migrations import HEAD_REVISION


def normalise_path(path: str | os.PathLike[str]) -> Path:
    result = Path(path).expanduser().absolute()
    if result.suffix != EXTENSION:
        result = result.with_name(result.name + EXTENSION)
    return result


def create_book_file(path: Path, clock: Clock | None = None) -> Book:
    """Create an empty book at `path` (owner-only), migrated to the newest schema, and open it."""
    clock = clock or SystemClock()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BookError(
            Text(
                "{book} bestaat al; kies een andere naam.",
                "{book} already exists; choose another name.",
            ),
            book=path.name,
        ) from None
    except OSError as error:
        raise BookError(
            Text("Kan {book} niet aanmaken: {error}", "Cannot create {book}: {error}"),
            book=str(path),
            error=error.strerror,
        ) from error
    os.close(fd)
    take_lock(path, clock)
    try:
        engine = writable_engine(path)
        migrate(engine)
    except BaseException:
        release_lock(path)
        raise
    return Book(path, lambda: engine, clock)


def open_book_file(
    path: Path,
    clock: Clock | None = None,
    *,
    backup: bool = True,
    verify: bool = True,
    break_lock: LockHolder | bool = False,
) -> Book:
    """Open an existing book: check, lock, back up, migrate. See the module docstring.

    The backup copy is checked with SQLite's quick check before old copies are pruned:
    at once with `verify=True` (a damaged book is then refused), or later through
    `verify_backup`: then the copy itself is made on a thread too (see `BackupJob`), and
    the GUI checks it on a worker thread (0.1 s copy + 0.4 s check on a 47 MB book).

    `break_lock`: the user agreed to break a lock left behind (see `take_lock`); the lock
    is broken and taken in one atomic step, never when its holder still runs here.
    """
    from coopdesk.store import recovery

    clock = clock or SystemClock()
    recovered = recovery.recover_interrupted_save(path)  # a hot journal is not damage
    revision = read_revision(path)
    check_revision(path, revision)
    if not os.access(path, os.W_OK):
        raise BookError(
            Text(
                "{book} is alleen-lezen; CoopDesk moet erin kunnen schrijven.",
                "{book} is read-only; CoopDesk needs to write to it.",
            ),
            book=path.name,
        )
    take_lock(path, clock, break_lock)
    try:
        recovery.remove_partial_copies(path)
        if revision != HEAD_REVISION or (backup and _changed_since_last_backup(path)):
            recovery.ensure_backups_writable(path)
        made: Path | None = None
        job: BackupJob | None = None
        try:
            if revision != HEAD_REVISION:
                made = backup_book(path, "before-migration", clock, prune=False)
            elif backup and _changed_since_last_backup(path):
                job = BackupJob.start(path, "open", clock)
                if verify:
                    made = job.run()
                    job = None
                else:
                    job.run_in_background()  # the state is pinned; writes wait for the copy
        except (OSError, sqlite3.Error) as error:
            raise BookError(
                Text(
                    "Er kon geen reservekopie van {book} worden gemaakt ({error}); het boek is "
                    "daarom niet geopend. Is de schijf vol?",
                    "No backup of {book} could be made ({error}), so the book was not opened. "
                    "Is the disk full?",
                ),
                book=path.name,
                error=getattr(error, "strerror", None) or str(error),
            ) from error
        if made is not None:
            problems = recovery.file_problems(made)
            if problems:
                made.unlink()
                raise damaged_warning(path, problems[0])
            prune_backups(path)
        if revision != HEAD_REVISION:
            engine = writable_engine(path)
            migrate(engine)
            book = Book(path, lambda: engine, clock)
        else:
            # An up-to-date book: SQLAlchemy is imported when the first unit of work needs it.
            book = Book(path, lambda: writable_engine(path), clock)
    except BaseException:
        release_lock(path)
        raise
    book.pending_backup = job
    book.recovered_save = recovered
    return book


def _changed_since_last_backup(path: Path) -> bool:
    """False when the newest backup was taken after the book was last written:
    the ten kept copies are then ten different states, not ten copies of one."""
    backups = list_backups(path)
    if not backups:
        return True
    return path.stat().st_mtime_ns >= backups[0].stat().st_mtime_ns


def open_book_read_only(path: Path, clock: Clock | None = None) -> Book:
    """Open a book for reading only (integrity check, reports of a locked book).

    Takes no lock, makes no backup, never migrates: a book that is not at the
    newest schema is refused, and SQLite itself refuses any write.
    """
    from coopdesk.store import recovery

    recovered = recovery.recover_interrupted_save(path)
    require_current(path, read_revision(path))
    book = Book(None, lambda: read_only_engine(path), clock or SystemClock())
    book.recovered_save = recovered
    return book
