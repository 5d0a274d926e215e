"""The book file: one SQLite file per cooperative (extension `.coopdesk`).

What this module guarantees, in the order `open_book` does it:

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
whole or rolls back whole. This is the only module with SQLite-specific SQL.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sqlite3
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store import recovery  # hook: store.recovery (issue 7)
from coopdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

EXTENSION = ".coopdesk"
BACKUPS_KEPT = 10
_SQLITE_HEADER = b"SQLite format 3\x00"


# -- locking ------------------------------------------------------------------


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        local = self.since.astimezone()
        return f"{self.user} op {self.host} (proces {self.pid}, sinds {local:%d-%m-%Y %H:%M})"

    def describe_en(self) -> str:
        local = self.since.astimezone()
        return f"{self.user} on {self.host} (process {self.pid}, since {local:%d-%m-%Y %H:%M})"

    def is_stale(self) -> bool:
        """True when the holder was a process on this computer that no longer runs."""
        return self.status() == "stale"

    def status(self) -> str:
        """'alive': a process on this computer that still runs; 'stale': one that no longer
        runs; 'unknown': another computer, or a system where CoopDesk cannot look."""
        if self.host != socket.gethostname():
            return "unknown"
        if self.pid == os.getpid():
            return "alive"
        if sys.platform == "win32":
            # os.kill(pid, 0) would send CTRL_C_EVENT there; ask the user instead.
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "stale"
        except PermissionError:
            return "alive"
        return "alive"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def read_lock(path: Path) -> LockHolder | None:
    """Who holds the book open, or None. An unreadable lock counts as held by 'unknown'."""
    lock = lock_path(path)
    try:
        raw = lock.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw)
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
        )
    except (ValueError, KeyError, TypeError):
        return LockHolder("?", "?", 0, datetime.fromtimestamp(lock.stat().st_mtime, UTC))


def _take_lock(path: Path, clock: Clock) -> None:
    lock = lock_path(path)
    holder = {
        "user": _user_name(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": clock.now().isoformat(),
    }
    try:
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except PermissionError as error:
        raise BookError(
            Text(
                "CoopDesk mag niet schrijven in de map van {book} ({error}). Kopieer het boek "
                "naar een map waarin u kunt schrijven.",
                "CoopDesk may not write in the folder of {book} ({error}). Copy the book to a "
                "folder you can write in.",
            ),
            book=path.name,
            error=error.strerror,
        ) from error
    except FileExistsError:
        current = read_lock(path)
        assert current is not None
        if current.is_stale():
            stale_nl = " Die lijkt niet meer te draaien: u kunt het slot verbreken."
            stale_en = " It no longer seems to run: you can break the lock."
        else:
            stale_nl = " Sluit CoopDesk daar eerst."
            stale_en = " Close CoopDesk there first."
        raise BookLockedError(
            Text(
                "Het boek {book} is al geopend door {holder_nl}.{stale_nl}",
                "The book {book} is already open by {holder_en}.{stale_en}",
            ),
            book=path.name,
            holder_nl=current.describe(),
            holder_en=current.describe_en(),
            stale_nl=stale_nl,
            stale_en=stale_en,
            holder=current,
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(holder, handle)


def break_lock(path: Path) -> LockHolder | None:
    """Remove a lock left behind (after the user confirmed); returns who held it."""
    holder = read_lock(path)
    with contextlib.suppress(FileNotFoundError):
        lock_path(path).unlink()
    return holder


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment is not an error
        return "?"


class BookLockedError(BookError):
    """The book is open elsewhere; `values['holder']` says by whom."""


# -- backups ----------------------------------------------------------------------


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"


def backup_book(path: Path, reason: str, clock: Clock, keep: int = BACKUPS_KEPT, *, prune: bool = True) -> Path:
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
        source = sqlite3.connect(_read_only_uri(path), uri=True, check_same_thread=False, isolation_level=None)
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
        self._thread = threading.Thread(target=work, name="coopdesk-backup", daemon=False)  # hook: store.recovery (issue 7)
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
        connection = sqlite3.connect(_read_only_uri(copy), uri=True)
        try:
            lines = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [line for line in lines if line != "ok"]


def damaged_warning(path: Path, detail: str) -> BookError:
    return recovery.damaged_warning(path, detail)  # hook: store.recovery (issue 7)


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
    problems = recovery.file_problems(copy)  # hook: store.recovery (issue 7)
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


# -- inspecting a file without changing it ---------------------------------------------


def _damaged(path: Path, detail: str) -> BookError:
    return recovery.damaged_book(path, detail)  # hook: store.recovery (issue 7)


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
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if not tables:
                    return None
                raise _damaged(path, "geen CoopDesk-tabellen / no CoopDesk tables")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None and len(tables) > 1:  # hook: store.recovery (issue 7)
                raise recovery.empty_version_table(path)  # hook: store.recovery (issue 7)
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


# -- the open book --------------------------------------------------------------------


def _read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only; '#', '?', '%' and spaces in folder names
    are percent-encoded (a plain f"file:{path}" would open another file)."""
    return path.absolute().as_uri() + "?mode=ro"


def _sqlite_engine(path: Path) -> Engine:
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


class Book:
    """An open book: its engine, its clock, and a unit of work per use case."""

    def __init__(self, path: Path | None, engine: Engine, clock: Clock) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._closed = False
        self.pending_backup: BackupJob | None = None  # made on opening, not yet checked
        self.recovered_save = False  # an interrupted save was rolled back on opening  # hook: store.recovery (issue 7)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception."""
        if self._closed:
            raise BookError(Text("Het boek is gesloten.", "The book is closed."))
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        recovery.finish_pending_backup(self)  # hook: store.recovery (issue 7)
        self.engine.dispose()
        if self.path is not None:
            holder = read_lock(self.path)
            if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
                with contextlib.suppress(FileNotFoundError):
                    lock_path(self.path).unlink()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.stem if self.path is not None else str(self.engine.url)


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
            Text("{book} bestaat al; kies een andere naam.", "{book} already exists; choose another name."),
            book=path.name,
        ) from None
    except OSError as error:
        raise BookError(
            Text("Kan {book} niet aanmaken: {error}", "Cannot create {book}: {error}"),
            book=str(path),
            error=error.strerror,
        ) from error
    os.close(fd)
    _take_lock(path, clock)
    try:
        engine = _sqlite_engine(path)
        _migrate(engine)
    except BaseException:
        break_lock(path)
        raise
    return Book(path, engine, clock)


def open_book_file(
    path: Path, clock: Clock | None = None, *, backup: bool = True, verify: bool = True
) -> Book:
    """Open an existing book: check, lock, back up, migrate. See the module docstring.

    The backup copy is checked with SQLite's quick check before old copies are pruned:
    at once with `verify=True` (a damaged book is then refused), or later through
    `verify_backup`: then the copy itself is made on a thread too (see `BackupJob`), and
    the GUI checks it on a worker thread (0.1 s copy + 0.4 s check on a 47 MB book).
    """
    clock = clock or SystemClock()
    recovered = recovery.recover_interrupted_save(path)  # hook: store.recovery (issue 7)
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
    _take_lock(path, clock)
    try:
        recovery.remove_partial_copies(path)  # hook: store.recovery (issue 7)
        if revision != HEAD_REVISION or (backup and _changed_since_last_backup(path)):  # hook: store.recovery (issue 7)
            recovery.ensure_backups_writable(path)  # hook: store.recovery (issue 7)
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
            problems = recovery.file_problems(made)  # hook: store.recovery (issue 7)
            if problems:
                made.unlink()
                raise damaged_warning(path, problems[0])
            prune_backups(path)
        engine = _sqlite_engine(path)
        if revision != HEAD_REVISION:
            _migrate(engine)
    except BaseException:
        break_lock(path)
        raise
    book = Book(path, engine, clock)
    book.pending_backup = job
    book.recovered_save = recovered  # hook: store.recovery (issue 7)
    return book


def _changed_since_last_backup(path: Path) -> bool:
    """False when the newest backup was taken after the book was last written:
    the ten kept copies are then ten different states, not ten copies of one."""
    backups = list_backups(path)
    if not backups:
        return True
    return path.stat().st_mtime_ns >= backups[0].stat().st_mtime_ns


def _migrate(engine: Engine) -> None:
    from coopdesk.store.migrations import upgrade_to_head

    upgrade_to_head(engine)


# -- integrity ----------------------------------------------------------------------------


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


def open_book_read_only(path: Path, clock: Clock | None = None) -> Book:
    """Open a book for reading only (integrity check, reports of a locked book).

    Takes no lock, makes no backup, never migrates: a book that is not at the
    newest schema is refused, and SQLite itself refuses any write.
    """
    recovered = recovery.recover_interrupted_save(path)  # hook: store.recovery (issue 7)
    revision = read_revision(path)
    check_revision(path, revision)
    if revision != HEAD_REVISION:
        raise BookError(
            Text(
                "{book} moet eerst worden bijgewerkt: open het één keer gewoon in CoopDesk.",
                "{book} needs updating first: open it once normally in CoopDesk.",
            ),
            book=path.name,
        )
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=_read_only_uri(path), query={"uri": "true"})
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA query_only=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    book = Book(None, engine, clock or SystemClock())
    book.recovered_save = recovered  # hook: store.recovery (issue 7)
    return book
