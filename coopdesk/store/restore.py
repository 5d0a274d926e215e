"""Restoring a backup: the only way CoopDesk puts a backup copy in place of a book.

A treasurer who copied a backup over the book by hand left the old `-journal`
beside it, and the next read-write open rolled that journal into the restored
file (96 integrity errors in one trial). So restoring is a command of the app
and of the CLI, and it keeps these promises:

* the chosen backup is checked first (SQLite's quick check); a damaged backup is
  never put in place;
* under the book's lock (a provably stale lock, left by a crashed CoopDesk, is
  broken; a live one refuses), the backup is copied with SQLite's backup API into
  a new owner-only file beside the book, synced, and only then
* the current book and every journal beside it are moved aside, never deleted, as
  `BOOK.damaged-YYYYMMDD-HHMM` (plus `-journal`, `-wal`, `-shm`), and the copy is
  renamed into the book's place (one atomic rename), and the folder synced.

A failure before the rename leaves the book exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coopdesk.domain.clock import Clock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book import BookLockedError, list_backups, read_lock, release_lock, take_lock
from coopdesk.store.recovery import file_problems

ASIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy as the restore dialog lists it."""

    path: Path
    taken_at: datetime  # local time of the copy's last write
    size: int  # bytes
    problems: tuple[str, ...] | None  # SQLite's quick check; empty when healthy, None: not yet run

    @property
    def healthy(self) -> bool:
        return self.problems == ()


@dataclass(frozen=True)
class Restored:
    book: Path
    backup: Path
    kept_aside: tuple[Path, ...]  # the former book and its journals, under their new names


def describe_backup(backup: Path, *, check: bool = True) -> BackupInfo:
    stat = backup.stat()
    return BackupInfo(
        path=backup,
        taken_at=datetime.fromtimestamp(stat.st_mtime),
        size=stat.st_size,
        problems=tuple(file_problems(backup, quick=True)) if check else None,
    )


def backup_overview(path: Path, *, check: bool = True) -> list[BackupInfo]:
    """The book's backups, newest first, each with its quick check's verdict (0.4 s for a
    47 MB copy: with `check=False` the verdicts are left to `check_backup`, on a thread)."""
    return [describe_backup(backup, check=check) for backup in list_backups(path)]


def check_backup(backup: Path) -> tuple[str, ...]:
    """SQLite's quick check of one backup copy; empty when healthy."""
    return tuple(file_problems(backup, quick=True))


def newest_healthy_backup(path: Path) -> Path:
    for backup in list_backups(path):
        if not file_problems(backup, quick=True):
            return backup
    raise BookError(
        Text(
            "Er is geen bruikbare reservekopie van {book} in de map {folder}.",
            "There is no usable backup of {book} in the folder {folder}.",
        ),
        book=path.name,
        folder=str(path.parent / "backups"),
    )


def aside_name(path: Path, now: datetime) -> Path:
    """`BOOK.damaged-YYYYMMDD-HHMM`, with `-2`, `-3`... when that name is taken."""
    base = f"{path.name}.damaged-{now:%Y%m%d-%H%M}"
    candidate = path.with_name(base)
    counter = 1
    while any(candidate.with_name(candidate.name + suffix).exists() for suffix in ASIDE_SUFFIXES):
        counter += 1
        candidate = path.with_name(f"{base}-{counter}")
    return candidate


def restore_backup(path: Path, backup: Path | None, clock: Clock) -> Restored:
    """Put `backup` (default: the newest healthy one) in the place of the book at `path`."""
    chosen = backup if backup is not None else newest_healthy_backup(path)
    if not chosen.is_file():
        raise BookError(
            Text("De reservekopie {backup} bestaat niet.", "The backup {backup} does not exist."),
            backup=str(chosen),
        )
    problems = file_problems(chosen, quick=True)
    if problems:
        raise BookError(
            Text(
                "De reservekopie {backup} is zelf beschadigd ({detail}) en wordt niet teruggezet. "
                "Kies een andere.",
                "The backup {backup} is damaged itself ({detail}) and is not restored. Choose "
                "another one.",
            ),
            backup=chosen.name,
            detail=problems[0],
        )
    _lock_for_restore(path, clock)
    try:
        incoming = path.with_name(path.name + ".restoring")
        _copy_with_backup_api(chosen, incoming)
        kept = _move_aside(path, clock.now().astimezone())
        os.replace(incoming, path)
        _sync_folder(path.parent)
    finally:
        with contextlib.suppress(OSError):
            path.with_name(path.name + ".restoring").unlink()
        release_lock(path)
    return Restored(book=path, backup=chosen, kept_aside=tuple(kept))


def _lock_for_restore(path: Path, clock: Clock) -> None:
    try:
        take_lock(path, clock)
    except BookLockedError:
        holder = read_lock(path)
        if holder is None or holder.status() != "stale":
            raise
        # left behind by a CoopDesk that no longer runs (a crash): the restore replaces
        # the file it guarded, so take the lock over (atomically, that holder only)
        take_lock(path, clock, holder)


def _copy_with_backup_api(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        origin = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(str(target))
            try:
                origin.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            origin.close()
        with target.open("rb") as written:
            os.fsync(written.fileno())
        for suffix in ("-journal", "-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise BookError(
            Text(
                "De reservekopie kon niet worden teruggezet ({error}); het boek is niet gewijzigd.",
                "The backup could not be restored ({error}); the book has not been changed.",
            ),
            error=getattr(error, "strerror", None) or str(error),
        ) from error


def _move_aside(path: Path, now: datetime) -> list[Path]:
    aside = aside_name(path, now)
    kept: list[Path] = []
    for suffix in ASIDE_SUFFIXES:
        current = path.with_name(path.name + suffix)
        if current.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(current, target)
            kept.append(target)
    return kept


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
