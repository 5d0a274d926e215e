"""Creating, opening and closing books, and the cooperative's own details.

Opening a book imports no SQLAlchemy (the store's queries are imported where they are
used), so the first page can be painted from a stdlib `sqlite3` read.
"""

from __future__ import annotations

import os
from pathlib import Path

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.domain.cooperative import CooperativeDetails, validate_cooperative_details
from coopdesk.domain.errors import BookError
from coopdesk.store.book import (
    Book,
    BookLockedError,
    LockHolder,
    backup_book,
    create_book_file,
    list_backups,
    normalise_path,
    open_book_file,
    read_lock,
)
from coopdesk.store.book import break_lock as _break_lock
from coopdesk.store.book import verify_backup as _verify_backup
from coopdesk.store.recovery import RECOVERED, DamagedBookError
from coopdesk.store.recovery import recover_interrupted_save as _recover_interrupted_save
from coopdesk.store.restore import BackupInfo, Restored, check_backup
from coopdesk.store.restore import backup_overview as _backup_overview
from coopdesk.store.restore import restore_backup as _restore_backup

__all__ = [
    "RECOVERED",
    "BackupInfo",
    "Book",
    "BookLockedError",
    "DamagedBookError",
    "Restored",
    "backup_overview",
    "check_backup",
    "recover_interrupted_save",
    "restore_backup",
    "LockHolder",
    "break_lock",
    "create_book",
    "open_book",
    "cooperative_details",
    "update_cooperative",
    "backup_now",
    "list_backups",
    "lock_holder",
    "normalise_path",
    "verify_backup",
]


def create_book(
    path: str | os.PathLike[str],
    *,
    name: str,
    kvk_number: str = "",
    address: str = "",
    postcode: str = "",
    city: str = "",
    iban: str = "",
    municipality: str = "",
    treasurer: str = "",
    logo: bytes = b"",
    clock: Clock | None = None,
) -> Book:
    """Create a new book file with the cooperative's details; the book is returned open.

    The details are checked before the file is created, so a mistake leaves no file.
    """
    details = validate_cooperative_details(
        name=name,
        kvk_number=kvk_number,
        address=address,
        postcode=postcode,
        city=city,
        iban=iban,
        municipality=municipality,
        treasurer=treasurer,
        logo=logo,
    )
    from coopdesk.store import members as member_store
    from coopdesk.store.setup import seed_new_book

    target = normalise_path(path)
    book = create_book_file(target, clock or SystemClock())
    try:
        with book.transaction() as session:
            member_store.save_cooperative(session, details, book.clock)
            seed_new_book(session, book.clock)
    except BaseException:
        book.close()
        target.unlink(missing_ok=True)
        raise
    return book


def open_book(
    path: str | os.PathLike[str],
    *,
    clock: Clock | None = None,
    backup: bool = True,
    verify: bool = True,
    break_lock: LockHolder | bool = False,
) -> Book:
    """Open a book (lock, backup, migrate). With `verify=False` the backup copy made on
    opening is checked later by `verify_backup` (the GUI runs that on a worker thread).

    `break_lock` (the user agreed, e.g. `--break-lock`): a lock whose holder does not
    provably still run on this computer is broken and taken in one atomic step; `True`
    for any such holder, a `LockHolder` for only the one the user was shown. A live
    holder is never broken.
    """
    return open_book_file(
        normalise_path(path), clock or SystemClock(), backup=backup, verify=verify, break_lock=break_lock
    )


def verify_backup(book: Book) -> BookError | None:
    """Check the copy made on opening; a warning when the book seems damaged, else None."""
    return _verify_backup(book)


def lock_holder(path: str | os.PathLike[str]) -> LockHolder | None:
    return read_lock(normalise_path(path))


def break_lock(path: str | os.PathLike[str], expected: LockHolder | None = None) -> LockHolder | None:
    """Break a lock left behind by a crash (the user has confirmed); with `expected`, only
    if it is still that holder's. A holder still running here is never broken
    (`BookLockedError`). Prefer `open_book(..., break_lock=holder)`: it breaks and takes
    the lock in one step."""
    return _break_lock(normalise_path(path), expected)


def backup_now(book: Book, reason: str = "manual") -> Path:
    assert book.path is not None
    return backup_book(book.path, reason, book.clock)


def cooperative_details(book: Book) -> CooperativeDetails:
    from coopdesk.store import members as member_store

    with book.transaction() as session:
        details = member_store.load_cooperative(session)
    return details or CooperativeDetails(name=book.name)


def update_cooperative(book: Book, *, logo: bytes = b"", **fields: str) -> CooperativeDetails:
    """Save the cooperative's details; `logo` is the logo's file content (b"": no logo).
    Everything is checked first, so a wrong field or logo writes nothing."""
    from coopdesk.store import members as member_store

    details = validate_cooperative_details(logo=logo, **fields)
    with book.transaction() as session:
        member_store.save_cooperative(session, details, book.clock)
    return details


# -- after a crash: recovering, restoring ------------------------------------------------


def recover_interrupted_save(path: str | os.PathLike[str]) -> bool:
    """Roll back a save a crash interrupted (see `store.recovery`); True when one was.
    `open_book` does this itself and says so in `Book.recovered_save`."""
    return _recover_interrupted_save(normalise_path(path))


def backup_overview(path: str | os.PathLike[str], *, check: bool = True) -> list[BackupInfo]:
    """The book's backups, newest first, with date, size and SQLite's quick check (with
    `check=False` left to `check_backup`, which the restore dialog runs on a thread)."""
    return _backup_overview(normalise_path(path), check=check)


def restore_backup(
    path: str | os.PathLike[str], backup: str | os.PathLike[str] | None = None, *, clock: Clock | None = None
) -> Restored:
    """Put a backup (default: the newest healthy one) in the book's place; the current file
    and its journals are kept aside as `BOOK.damaged-YYYYMMDD-HHMM`. The book must not be
    open: close it first (a lock left by a crash is taken over)."""
    return _restore_backup(
        normalise_path(path), Path(backup).expanduser().absolute() if backup is not None else None,
        clock or SystemClock(),
    )
