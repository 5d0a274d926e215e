"""The open book and its unit of work (`Book.transaction()`)."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.clock import Clock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store.book.backup import BackupJob
from coopdesk.store.book.lock import lock_path, read_lock


class Book:
    """An open book: its engine, its clock, and a unit of work per use case."""

    def __init__(self, path: Path | None, engine: Engine, clock: Clock) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._closed = False
        self.pending_backup: BackupJob | None = None  # made on opening, not yet checked

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
        self.engine.dispose()
        if self.path is not None:
            holder = read_lock(self.path)
            if (
                holder is not None
                and holder.pid == os.getpid()
                and holder.host == socket.gethostname()
            ):
                with contextlib.suppress(FileNotFoundError):
                    lock_path(self.path).unlink()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.stem if self.path is not None else str(self.engine.url)
