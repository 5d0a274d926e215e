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
        """
        if self._closed:
            raise BookError(Text("Het boek is gesloten.", "The book is closed."))
        current: Session | None = getattr(self._open_work, "session", None)
        if current is not None:
            with self._driver_errors_mapped(), current.begin_nested():
                yield current
            return
        session = self._session_factory()()
        self._open_work.session = session
        try:
            with self._driver_errors_mapped(), session, session.begin():
                yield session
        finally:
            self._open_work.session = None

    def in_transaction(self) -> bool:
        """Whether this thread has a unit of work open on this book (reads that bypass
        the ORM would not see what it has not committed yet)."""
        return getattr(self._open_work, "session", None) is not None

    @contextlib.contextmanager
    def _driver_errors_mapped(self) -> Iterator[None]:
        try:
            yield
        except Exception as error:
            friendly = friendly_driver_error(error, self.name)
            if friendly is None:
                raise
            raise friendly from error

    def close(self) -> None:
        """Dispose of the engine (if one was made) and remove this process's lock.

        Safe to call twice. Books still open when the interpreter exits (also after a
        SIGTERM or SIGHUP turned into `SystemExit`, see `close_books_on_signals` in the
        services) are closed by `close_open_books` at exit, so no lock stays behind.
        """
        if self._closed:
            return
        self._closed = True
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


# Books opened for writing in this process and not yet closed: closed at exit.
_open_books: weakref.WeakSet[Book] = weakref.WeakSet()


def close_open_books() -> None:
    """Close every book this process still has open for writing (removing its locks)."""
    for book in list(_open_books):
        with contextlib.suppress(Exception):
            book.close()


atexit.register(close_open_books)
