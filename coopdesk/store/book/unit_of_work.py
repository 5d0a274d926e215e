"""The open book and its unit of work (`Book.transaction()`).

SQLAlchemy is imported only when the first unit of work (or `Book.engine`) needs it, so
opening a book and painting a first page from a stdlib `sqlite3` read never pays for it.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.clock import Clock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book.backup import BackupJob
from coopdesk.store.book.engine import friendly_driver_error
from coopdesk.store.book.lock import release_lock

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Book:
    """An open book: its engine (made on first use), its clock, and its units of work.

    `make_engine` is called once, when `engine` or the first `transaction()` needs it.
    """

    def __init__(self, path: Path | None, make_engine: Callable[[], Engine], clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self.pending_backup: BackupJob | None = None  # made on opening, not yet checked
        self.recovered_save = False  # an interrupted save was rolled back on opening
        self._make_engine = make_engine
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._engine_lock = threading.Lock()
        self._open_work = threading.local()  # .session: this thread's open unit of work
        self._closed = False
        if path is not None:
            _open_books.add(self)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = self._make_engine()
        return self._engine

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the outermost block ends, rolls back on any exception.

        Joinable: a `transaction()` opened while this thread already has one open on this
        book joins it. The inner block gets the same session inside a SAVEPOINT
        (`session.begin_nested()`), and the outer block commits once, at its end. So:

        * an exception that leaves the inner block rolls back the inner part; if it goes
          on through the outer block (the usual case), everything is rolled back;
        * an outer block that catches an inner failure keeps its own changes and drops
          only the inner block's half-done ones (never commits them).

        The open unit of work is tracked per thread: a worker thread gets its own.
        A locked or busy book, a full disk or an I/O error raised by SQLite inside the
        block becomes a `BookError` with a message (the driver's error is its `__cause__`).
        Such an error dooms the whole unit of work, even when the outer code catches it:
        SQLite may already have rolled everything back, so the outer block then refuses
        to commit (`BookError`) instead of committing half of it.
        """
        if self._closed:
            raise BookError(Text("Het boek is gesloten.", "The book is closed."))
        current: Session | None = getattr(self._open_work, "session", None)
        if current is not None:
            if self._open_work.doomed:
                raise _interrupted(self.name)
            with self._driver_errors_mapped(), current.begin_nested():
                yield current
            return
        session = self._session_factory()()
        self._open_work.session = session
        self._open_work.doomed = False
        try:
            with self._driver_errors_mapped(), session, session.begin():
                yield session
                if self._open_work.doomed:
                    # an inner block failed on SQLite's side and the outer code went on:
                    # SQLite may have rolled back everything already, so nothing is committed
                    raise _interrupted(self.name)
        finally:
            self._open_work.session = None
            self._open_work.doomed = False

    def in_transaction(self) -> bool:
        """Whether this thread has a unit of work open on this book (reads that bypass
        the ORM would not see what it has not committed yet)."""
        return getattr(self._open_work, "session", None) is not None

    @contextlib.contextmanager
    def _driver_errors_mapped(self) -> Iterator[None]:
        """SQLite's locked/busy/full/I-O/damaged errors, also when they hide behind the
        error of a rollback they caused, become a `BookError`; they doom the whole unit
        of work (SQLite may have rolled it back itself)."""
        try:
            yield
        except BookError:
            raise
        except Exception as error:
            for cause in _chain(error):
                friendly = friendly_driver_error(cause, self.name)
                if friendly is not None:
                    if getattr(self._open_work, "session", None) is not None:
                        self._open_work.doomed = True
                    raise friendly from cause
            raise

    def close(self) -> None:
        """Dispose of the engine (if one was made) and remove this process's lock.

        Safe to call twice. Books still open when the interpreter exits (also after a
        SIGTERM or SIGHUP turned into `SystemExit`, see `close_books_on_signals` in the
        services) are closed by `close_open_books` at exit, so no lock stays behind.
        """
        if self._closed:
            return
        self._closed = True
        from coopdesk.store import recovery

        recovery.finish_pending_backup(self)  # no half-written .partial copy left behind
        if self._engine is not None:
            with contextlib.suppress(Exception):  # the lock goes, whatever the engine says
                self._engine.dispose()
        _open_books.discard(self)
        if self.path is not None:
            release_lock(self.path)

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.stem if self.path is not None else str(self.engine.url)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, then what caused it or was being handled when it was raised."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < 10:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _interrupted(book: str) -> BookError:
    return BookError(
        Text(
            "Een wijziging in {book} is afgebroken door een fout bij het schrijven; er is "
            "niets opgeslagen.",
            "A change to {book} was cut short by an error while writing; nothing was saved.",
        ),
        book=book,
    )


# Books opened for writing in this process and not yet closed: closed at exit.
_open_books: weakref.WeakSet[Book] = weakref.WeakSet()


def close_open_books() -> None:
    """Close every book this process still has open for writing (removing its locks)."""
    for book in list(_open_books):
        with contextlib.suppress(Exception):
            book.close()


atexit.register(close_open_books)
