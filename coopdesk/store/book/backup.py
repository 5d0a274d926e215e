"""Backup copies of a book in the `backups` folder beside it.

Copies are made with SQLite's backup API (consistent while the book is open), written
under a `.partial` name and renamed when complete, checked with SQLite's quick check,
and rotated (the newest `BACKUPS_KEPT` stay).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.clock import Clock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book.inspect import EXTENSION, read_only_uri

if TYPE_CHECKING:
    from coopdesk.store.book.unit_of_work import Book

BACKUPS_KEPT = 10


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"


def backup_book(
    path: Path, reason: str, clock: Clock, keep: int = BACKUPS_KEPT, *, prune: bool = True
) -> Path:
    """Copy the book with SQLite's backup API (consistent even while open) and rotate.

    The copy is named `<stem>-YYYYmmdd-HHMMSS-<reason>.coopdesk` in the `backups`
    folder beside the book; only the newest `keep` copies of this book stay. With
    `prune=False` the old copies stay until the new one has been checked
    (`verify_backup`), so a damaged book never pushes good copies out.
    """
    target = BackupJob.start(path, reason, clock).run()
    if prune:
        prune_backups(path, keep)
    return target


class BackupJob:
    """One backup copy, started (the book's state pinned) and then run, maybe on a thread.

    `start` opens a read transaction on the book: from then on the copy shows the book
    exactly as it was, and a write by CoopDesk waits (SQLite's busy timeout, 5 s) until
    the copy is done (about 0.1 s for a 47 MB book). So the window can open while the
    copy is made without any change slipping in before it. The copy is written under a
    `.partial` name and renamed when complete and synced: a copy cut off by a crash is
    never taken for a backup.
    """

    def __init__(self, book_path: Path, target: Path, source: sqlite3.Connection) -> None:
        self.book_path = book_path
        self.target = target
        self._source = source
        self._thread: threading.Thread | None = None
        self.result: Path | None = None
        self.error: BaseException | None = None

    @classmethod
    def start(cls, path: Path, reason: str, clock: Clock) -> BackupJob:
        folder = backups_folder(path)
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = clock.now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        target = folder / f"{path.stem}-{stamp}-{reason}{EXTENSION}"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{path.stem}-{stamp}-{reason}-{counter}{EXTENSION}"
        source = sqlite3.connect(
            read_only_uri(path), uri=True, check_same_thread=False, isolation_level=None
        )
        try:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the read lock
        except BaseException:
            source.close()
            raise
        return cls(path, target, source)

    def run(self) -> Path:
        """Make the copy (in the calling thread); returns its path."""
        partial = self.target.with_name(self.target.name + ".partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
            destination = sqlite3.connect(partial)
            try:
                # The copy is a new file: no journal or syncing page by page (half the time
                # on a large book); it is synced once, whole, below.
                destination.execute("PRAGMA journal_mode=OFF")
                destination.execute("PRAGMA synchronous=OFF")
                self._source.backup(destination)
            finally:
                destination.close()
            with partial.open("rb") as written:
                os.fsync(written.fileno())
            os.replace(partial, self.target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            self._source.close()
        self.result = self.target
        return self.target

    def run_in_background(self) -> None:
        def work() -> None:
            try:
                self.run()
            except BaseException as error:  # noqa: BLE001 - reported by wait()
                self.error = error

        # not a daemon: quitting waits for the copy instead of leaving a .partial behind
        self._thread = threading.Thread(target=work, name="coopdesk-backup", daemon=False)
        self._thread.start()

    def wait(self) -> Path:
        """The copy's path once it is made; re-raises what went wrong while making it."""
        if self._thread is not None:
            self._thread.join()
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


def prune_backups(path: Path, keep: int = BACKUPS_KEPT) -> None:
    """Keep the newest `keep` copies; also remove copies a crash cut off (`.partial`)."""
    for old in list_backups(path)[keep:]:
        old.unlink()
    for cut_off in backups_folder(path).glob(f"{path.stem}-*{EXTENSION}.partial"):
        cut_off.unlink(missing_ok=True)


def backup_problems(copy: Path) -> list[str]:
    """SQLite's quick check of a backup copy (a page-for-page copy of the book, so this
    checks the book without touching it); an empty list means healthy."""
    try:
        connection = sqlite3.connect(read_only_uri(copy), uri=True)
        try:
            lines = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [line for line in lines if line != "ok"]


def damaged_warning(path: Path, detail: str) -> BookError:
    """The book seems damaged: the message points to restoring a backup (`store.recovery`)."""
    from coopdesk.store import recovery

    return recovery.damaged_warning(path, detail)


def verify_backup(book: Book) -> BookError | None:
    """Wait for the copy made when `book` was opened, check it, and prune old copies when
    it is healthy. A damaged copy is deleted (the older, good copies stay) and a warning
    returned. Meant for a worker thread: it reads only the copy.
    """
    job = book.pending_backup
    if job is None or book.path is None:
        return None
    book.pending_backup = None
    try:
        copy = job.wait()
    except (OSError, sqlite3.Error) as error:
        return BookError(
            Text(
                "Er kon geen reservekopie van {book} worden gemaakt ({error}). Is de schijf vol?",
                "No backup of {book} could be made ({error}). Is the disk full?",
            ),
            book=book.path.name,
            error=getattr(error, "strerror", None) or str(error),
        )
    from coopdesk.store import recovery

    problems = recovery.file_problems(copy)  # the same checks as `coopdesk check`
    if problems:
        copy.unlink(missing_ok=True)
        return damaged_warning(book.path, problems[0])
    prune_backups(book.path)
    return None


def list_backups(path: Path) -> list[Path]:
    """This book's backups, newest first."""
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    prefix = f"{path.stem}-"
    found = [
        p
        for p in folder.glob(f"{path.stem}-*{EXTENSION}")
        if p.name.startswith(prefix) and p.name[len(prefix) : len(prefix) + 8].isdigit()
    ]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
