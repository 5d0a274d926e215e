"""The lock file `<book>.lock`: only one CoopDesk has a book open for writing.

The lock names its holder (user, computer, process, time). A second opener is refused
with that name (`BookLockedError`); a lock left behind by a crash can be broken
explicitly (`break_lock`), never one whose holder still runs.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coopdesk.domain.clock import Clock
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text


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


def take_lock(path: Path, clock: Clock) -> None:
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
