"""The book file: one SQLite file per cooperative (extension `.coopdesk`).

What `open_book_file` guarantees, in this order:

1. The file is a SQLite database (its header is checked without writing), written
   by this or an older CoopDesk. A damaged file, a file that is not a book, or a
   book from a newer CoopDesk is refused with a `BookError`; the file is never
   modified, moved or deleted in that case.
2. Only one CoopDesk has the book open: a lock file `<book>.lock` beside it names
   the holder (user, computer, process, time). A second opener is refused with
   that name; a lock left behind by a crash can be broken explicitly.
3. Before anything is written the book is copied with SQLite's backup API into a
   `backups` folder beside it (the newest ten are kept; an open of a book that has
   not changed since its newest backup makes no new copy). An older book is
   migrated with Alembic, always after a backup.
4. Connections run with `foreign_keys=ON`, `synchronous=FULL` and a rollback
   journal (`journal_mode=DELETE`): books live on USB sticks and network shares,
   where WAL is unsafe. New files are created owner-only (0600).

Every service call runs in `Book.transaction()`: one unit of work that commits
whole or rolls back whole. This package is the only place with SQLite-specific SQL.

Who owns what:

* `inspect`      reading a file without changing it (header, schema revision);
* `lock`         the lock file and who holds it;
* `backup`       backup copies: making, checking, rotating, listing;
* `engine`       the SQLAlchemy engine, its PRAGMAs, SQLite's integrity checks;
* `unit_of_work` the open `Book` and its `transaction()`;
* `opening`      creating and opening book files (check, lock, back up, migrate).

Every public name is importable from `coopdesk.store.book` itself.
"""

from __future__ import annotations

from coopdesk.store.book.backup import (
    BACKUPS_KEPT,
    BackupJob,
    backup_book,
    backup_problems,
    backups_folder,
    damaged_warning,
    list_backups,
    prune_backups,
    verify_backup,
)
from coopdesk.store.book.engine import integrity_problems
from coopdesk.store.book.inspect import EXTENSION, check_revision, read_only_uri, read_revision
from coopdesk.store.book.lock import (
    BookLockedError,
    LockHolder,
    LockStatus,
    boot_id,
    break_lock,
    lock_path,
    process_start,
    read_lock,
    release_lock,
    take_lock,
)
from coopdesk.store.book.opening import (
    create_book_file,
    normalise_path,
    open_book_file,
    open_book_read_only,
)
from coopdesk.store.book.unit_of_work import Book, close_open_books

__all__ = [
    "BACKUPS_KEPT",
    "EXTENSION",
    "BackupJob",
    "Book",
    "BookLockedError",
    "LockHolder",
    "LockStatus",
    "boot_id",
    "close_open_books",
    "process_start",
    "release_lock",
    "backup_book",
    "backup_problems",
    "backups_folder",
    "break_lock",
    "check_revision",
    "create_book_file",
    "damaged_warning",
    "integrity_problems",
    "list_backups",
    "lock_path",
    "normalise_path",
    "open_book_file",
    "open_book_read_only",
    "prune_backups",
    "read_lock",
    "read_only_uri",
    "read_revision",
    "take_lock",
    "verify_backup",
]
