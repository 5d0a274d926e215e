"""The lock file `<book>.lock`: only one CoopDesk has a book open for writing.

The lock names its holder: user, computer, process, time, and (on Linux) the process's
start time and the boot it belongs to, so a pid reused after a reboot or by an unrelated
process is recognised as a stale lock. A second opener is refused with the holder's
name (`BookLockedError`).

A lock left behind by a crash can be broken explicitly (`break_lock`, or `take_lock`
with `breaking`), never one whose holder still runs on this computer. Breaking is
atomic: breakers take a short-lived `<book>.lock.breaking` file (O_EXCL) first, re-read
the lock under it and only replace the very holder they judged; a new lock is written
whole to a temporary file and linked into place (`link` fails if a lock exists), so two
apps that break the same stale lock never both end up with the book open, and nobody
ever reads a half-written lock.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Literal

from coopdesk.domain.clock import Clock
from coopdesk.domain.display import show_moment
from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text

LockStatus = Literal["alive", "stale", "unknown"]

# How long a breaker waits for another breaker (breaking takes milliseconds).
_BREAKING_WAIT_SECONDS = 5.0


@cache
def boot_id() -> str | None:
    """This boot of this computer (Linux), or None where CoopDesk cannot tell."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def process_start(pid: int) -> str | None:
    """When process `pid` started, in clock ticks since boot (Linux: field 22 of
    /proc/<pid>/stat); None when it does not run or CoopDesk cannot tell."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # field 2 (the name) is in parentheses and may hold spaces or ')': split after the last ')'
    fields = raw.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else None  # fields[0] is field 3


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: datetime
    started: str | None = None  # the process's start time (`process_start`), if known
    boot: str | None = None  # the boot it ran in (`boot_id`), if known

    def describe(self) -> str:
        local = self.since.astimezone()
        return f"{self.user} op {self.host} (proces {self.pid}, sinds {show_moment(local)})"

    def describe_en(self) -> str:
        local = self.since.astimezone()
        return f"{self.user} on {self.host} (process {self.pid}, since {show_moment(local)})"

    def is_stale(self) -> bool:
        """True when the holder was a process on this computer that no longer runs."""
        return self.status() == "stale"

    def is_mine(self) -> bool:
        """This very process (not an earlier one that had the same pid)."""
        return (
            self.host == socket.gethostname()
            and self.pid == os.getpid()
            and (self.started is None or self.started == process_start(self.pid))
        )

    def status(self) -> LockStatus:
        """'alive': a process on this computer that still runs; 'stale': one that no longer
        runs (also: the computer has rebooted since, or the pid now belongs to a process
        that started at another time); 'unknown': another computer, or a system where
        CoopDesk cannot look."""
        if self.host != socket.gethostname() or self.pid <= 0:
            return "unknown"
        if sys.platform == "win32":
            # os.kill(pid, 0) would send CTRL_C_EVENT there; ask the user instead.
            return "alive" if self.pid == os.getpid() else "unknown"
        current_boot = boot_id()
        if self.boot is not None and current_boot is not None and self.boot != current_boot:
            return "stale"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "stale"
        except PermissionError:
            pass  # it runs, as another user
        if self.started is not None:
            now = process_start(self.pid)
            if now is not None and now != self.started:
                return "stale"  # the pid was reused by an unrelated process
        return "alive"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _breaking_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock.breaking")


def _parse_holder(raw: str) -> LockHolder:
    data = json.loads(raw)
    started, boot = data.get("started"), data.get("boot")
    return LockHolder(
        user=str(data["user"]),
        host=str(data["host"]),
        pid=int(data["pid"]),
        since=datetime.fromisoformat(data["since"]),
        started=None if started is None else str(started),
        boot=None if boot is None else str(boot),
    )


def _read_holder(lock: Path) -> LockHolder | None:
    try:
        raw = lock.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return _parse_holder(raw)
    except (ValueError, KeyError, TypeError, AttributeError):
        try:
            mtime = lock.stat().st_mtime
        except FileNotFoundError:
            return None
        return LockHolder("?", "?", 0, datetime.fromtimestamp(mtime, UTC))


def read_lock(path: Path) -> LockHolder | None:
    """Who holds the book open, or None. An unreadable lock counts as held by 'unknown'."""
    return _read_holder(lock_path(path))


def _my_record(clock: Clock) -> dict[str, object]:
    return {
        "user": _user_name(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": clock.now().isoformat(),
        "started": process_start(os.getpid()),
        "boot": boot_id(),
    }


def _no_write_access(path: Path, error: OSError) -> BookError:
    return BookError(
        Text(
            "CoopDesk mag niet schrijven in de map van {book} ({error}). Kopieer het boek "
            "naar een map waarin u kunt schrijven.",
            "CoopDesk may not write in the folder of {book} ({error}). Copy the book to a "
            "folder you can write in.",
        ),
        book=path.name,
        error=error.strerror,
    )


def _create_exclusively(target: Path, record: dict[str, object]) -> None:
    """Create `target` holding `record`, whole, or raise FileExistsError when it exists.

    The record is written to a temporary file and hard-linked to `target` (atomic, and
    fails when `target` exists). Where the file system has no hard links (FAT on a USB
    stick) `target` is created with O_EXCL and then written.
    """
    data = json.dumps(record).encode("utf-8")
    temporary = target.with_name(f"{target.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        try:
            os.link(temporary, target)
            return
        except FileExistsError:
            raise
        except OSError as error:
            if error.errno not in (
                errno.EPERM,
                errno.ENOTSUP,
                errno.EOPNOTSUPP,
                errno.EXDEV,
                errno.ENOSYS,
            ):
                raise
    finally:
        temporary.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _locked_error(path: Path, current: LockHolder) -> BookLockedError:
    if current.is_stale():
        stale_nl = " Die lijkt niet meer te draaien: u kunt het slot verbreken."
        stale_en = " It no longer seems to run: you can break the lock."
    else:
        stale_nl = " Sluit CoopDesk daar eerst."
        stale_en = " Close CoopDesk there first."
    return BookLockedError(
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
    )


def take_lock(path: Path, clock: Clock, breaking: LockHolder | bool = False) -> None:
    """Lock the book for this process, or raise `BookLockedError` naming the holder.

    `breaking`: the user agreed to break the lock: `True` for any holder that does not
    provably still run on this computer (status 'stale' or 'unknown'), or a `LockHolder`:
    only that holder (the one the user was shown). A live holder is never broken.
    """
    record = _my_record(clock)
    lock = lock_path(path)
    for _attempt in range(3):
        try:
            _create_exclusively(lock, record)
            return
        except FileExistsError:
            pass
        except PermissionError as error:
            raise _no_write_access(path, error) from error
        if breaking is not False:
            with _breaking_turn(path):
                current = read_lock(path)
                if current is not None and _may_break(current, breaking):
                    lock.unlink(missing_ok=True)
                    current = None
                if current is None:
                    with contextlib.suppress(FileExistsError):
                        _create_exclusively(lock, record)
                        return
        current = read_lock(path)
        if current is not None:
            raise _locked_error(path, current)
        # the holder closed the book just now: try again
    raise _locked_error(path, LockHolder("?", "?", 0, clock.now()))


def _may_break(current: LockHolder, breaking: LockHolder | bool) -> bool:
    if current.status() == "alive":
        return False
    return breaking is True or current == breaking


def break_lock(path: Path, expected: LockHolder | None = None) -> LockHolder | None:
    """Remove a lock left behind (after the user confirmed); returns who held it, or None
    when there was none, or (with `expected`) it is no longer the holder the user saw.

    A holder that still runs on this computer is never broken: `BookLockedError`.
    """
    with _breaking_turn(path):
        current = read_lock(path)
        if current is None or (expected is not None and current != expected):
            return None
        if current.status() == "alive":
            raise _locked_error(path, current)
        lock_path(path).unlink(missing_ok=True)
        return current


def release_lock(path: Path) -> None:
    """Remove this process's own lock (closing the book); anyone else's stays."""
    holder = read_lock(path)
    if holder is not None and holder.is_mine():
        with contextlib.suppress(FileNotFoundError):
            lock_path(path).unlink()


@contextlib.contextmanager
def _breaking_turn(path: Path) -> Iterator[None]:
    """One breaker at a time: hold `<book>.lock.breaking` (O_EXCL) while re-reading and
    replacing the lock. A turn left behind by a crashed breaker is removed."""
    turn = _breaking_path(path)
    record = {
        "user": _user_name(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(),
        "started": process_start(os.getpid()),
        "boot": boot_id(),
    }
    deadline = time.monotonic() + _BREAKING_WAIT_SECONDS
    while True:
        try:
            _create_exclusively(turn, record)
            break
        except FileExistsError:
            other = _read_holder(turn)
            if other is not None and other.status() == "stale":
                turn.unlink(missing_ok=True)
                continue
            if time.monotonic() > deadline:
                raise BookError(
                    Text(
                        "Een ander CoopDesk verbreekt op dit moment het slot van {book}. "
                        "Probeer het zo nog eens.",
                        "Another CoopDesk is breaking the lock of {book} right now. Try again "
                        "in a moment.",
                    ),
                    book=path.name,
                ) from None
            time.sleep(0.01)
        except PermissionError as error:
            raise _no_write_access(path, error) from error
    try:
        yield
    finally:
        turn.unlink(missing_ok=True)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment is not an error
        return "?"


class BookLockedError(BookError):
    """The book is open elsewhere; `values['holder']` says by whom."""
