"""The lock file: process identity (start time, boot), atomic breaking, --break-lock,
and no lock left behind after SIGTERM, SIGHUP or Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.services import members
from coopdesk.services.books import BookLockedError, break_lock, lock_holder, open_book
from coopdesk.store.book import boot_id, lock_path, process_start

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(process_start(os.getpid()) is None, reason="needs /proc (Linux)")


def _write_lock(book_path: Path, **fields: object) -> None:
    record: dict[str, object] = {
        "user": "piet",
        "host": socket.gethostname(),
        "pid": 2**22 + 12345,
        "since": datetime(2026, 11, 1, 9, 0, tzinfo=UTC).isoformat(),
    }
    record.update(fields)
    lock_path(book_path).write_text(json.dumps(record), encoding="utf-8")


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.fixture
def live_process() -> object:
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    yield child
    assert child.stdin is not None
    child.stdin.close()
    child.wait()


# -- who holds the lock -------------------------------------------------------------------


@linux_only
def test_the_lock_records_the_process_start_and_the_boot(book_path: Path, clock: FixedClock) -> None:
    book = open_book(book_path, clock=clock, backup=False)
    try:
        holder = lock_holder(book_path)
        assert holder is not None
        assert holder.started == process_start(os.getpid()) and holder.boot == boot_id()
        assert holder.status() == "alive" and holder.is_mine()
    finally:
        book.close()


@linux_only
def test_a_reused_pid_with_another_start_time_is_stale(book_path: Path, live_process) -> None:  # type: ignore[no-untyped-def]
    pid = live_process.pid
    _write_lock(book_path, pid=pid, started=process_start(pid), boot=boot_id())
    holder = lock_holder(book_path)
    assert holder is not None and holder.status() == "alive"
    _write_lock(book_path, pid=pid, started="1", boot=boot_id())  # same pid, started at boot
    holder = lock_holder(book_path)
    assert holder is not None and holder.status() == "stale"


@linux_only
def test_a_lock_from_before_a_reboot_is_stale_even_if_its_pid_runs(book_path: Path, live_process) -> None:  # type: ignore[no-untyped-def]
    pid = live_process.pid
    _write_lock(book_path, pid=pid, started=process_start(pid), boot="another-boot")
    holder = lock_holder(book_path)
    assert holder is not None and holder.is_stale()


def test_an_old_lock_without_start_time_still_counts_a_live_pid_as_alive(book_path: Path, live_process) -> None:  # type: ignore[no-untyped-def]
    _write_lock(book_path, pid=live_process.pid)
    holder = lock_holder(book_path)
    assert holder is not None and holder.status() == "alive"


# -- breaking -----------------------------------------------------------------------------


def test_a_live_holder_is_never_broken(book_path: Path, clock: FixedClock, live_process) -> None:  # type: ignore[no-untyped-def]
    _write_lock(book_path, pid=live_process.pid, started=process_start(live_process.pid), boot=boot_id())
    with pytest.raises(BookLockedError):
        open_book(book_path, clock=clock, backup=False, break_lock=True)
    with pytest.raises(BookLockedError):
        break_lock(book_path)
    assert lock_holder(book_path) is not None and lock_holder(book_path).pid == live_process.pid  # type: ignore[union-attr]


def test_breaking_only_the_holder_the_user_was_shown(book_path: Path, clock: FixedClock) -> None:
    _write_lock(book_path, pid=_dead_pid())
    shown = lock_holder(book_path)
    assert shown is not None and shown.is_stale()
    other = replace(shown, user="els")
    with pytest.raises(BookLockedError):
        open_book(book_path, clock=clock, backup=False, break_lock=other)
    assert break_lock(book_path, other) is None and lock_holder(book_path) == shown
    book = open_book(book_path, clock=clock, backup=False, break_lock=shown)
    try:
        mine = lock_holder(book_path)
        assert mine is not None and mine.is_mine()
    finally:
        book.close()
    assert not lock_path(book_path).exists()


_BREAKER = """
import sys, time
from pathlib import Path
from coopdesk.services.books import BookLockedError, open_book
book_path, go = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
try:
    book = open_book(book_path, backup=False, break_lock=True)
except BookLockedError as error:
    print("lost", flush=True)
    book = None
else:
    print("won", flush=True)
sys.stdin.read()  # keep the book open until both have tried
if book is not None:
    book.close()
"""


@pytest.mark.parametrize("_round", range(3))
def test_two_apps_breaking_the_same_stale_lock_exactly_one_wins(book_path: Path, tmp_path: Path, _round: int) -> None:
    _write_lock(book_path, pid=_dead_pid())
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen([sys.executable, "-c", _BREAKER, str(book_path), str(go)], env=env,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        go.touch()
        results = sorted(child.stdout.readline().strip() for child in children)  # type: ignore[union-attr]
        assert results == ["lost", "won"]
        holder = lock_holder(book_path)
        assert holder is not None and holder.pid in {child.pid for child in children}
    finally:
        for child in children:
            child.communicate("", timeout=60)
    assert not lock_path(book_path).exists()


def test_cli_break_lock_option(book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_lock(book_path, pid=_dead_pid())
    out = tmp_path / "uren.xlsx"
    assert main(["hours-template", str(book_path), str(out)]) == 1
    assert "--break-lock" in capsys.readouterr().err
    assert lock_holder(book_path) is not None and not out.exists()
    assert main(["hours-template", str(book_path), str(out), "--break-lock"]) == 0
    assert out.exists() and not lock_path(book_path).exists()


def test_cli_break_lock_never_breaks_a_live_holder(book_path: Path, tmp_path: Path, live_process) -> None:  # type: ignore[no-untyped-def]
    _write_lock(book_path, pid=live_process.pid, started=process_start(live_process.pid), boot=boot_id())
    assert main(["hours-template", str(book_path), str(tmp_path / "uren.xlsx"), "--break-lock"]) == 1
    holder = lock_holder(book_path)
    assert holder is not None and holder.pid == live_process.pid


# -- signals ------------------------------------------------------------------------------

_HOLDER = """
import sys
from coopdesk.cli.signals import exit_cleanly_on_signals
from coopdesk.services import members
from coopdesk.services.books import open_book
from coopdesk.domain.member import MemberForm
from datetime import date
with exit_cleanly_on_signals():
    book = open_book(sys.argv[1], backup=False)  # no try/finally: the store closes it at exit
    with book.transaction():
        members.register_member(book, MemberForm(name="Half Geboekt", joined_on=date(2025, 1, 6)))
        print("open", flush=True)
        sys.stdin.read()  # wait, inside an unfinished unit of work, for the signal
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_closes_the_book_and_leaves_no_lock(book_path: Path, signum: int) -> None:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(book_path)],
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    assert lock_path(book_path).exists()
    child.send_signal(signum)
    _out, err = child.communicate(timeout=60)
    # SIGTERM/SIGHUP: SystemExit(128 + n); Ctrl+C: Python re-raises SIGINT after cleaning up
    assert child.returncode == (-signal.SIGINT if signum == signal.SIGINT else 128 + signum), err
    assert not lock_path(book_path).exists(), err
    book = open_book(book_path, backup=False)
    try:
        assert members.list_members(book) == []  # the interrupted unit of work rolled back
    finally:
        book.close()




def test_cli_break_lock_of_another_computer_needs_the_option_and_a_warning(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_lock(book_path, host="kantoor-pc", pid=4242)
    out = tmp_path / "uren.xlsx"
    assert main(["hours-template", str(book_path), str(out)]) == 1
    err = capsys.readouterr().err
    assert "kantoor-pc" in err and "--break-lock" in err and "nooit" in err
    assert main(["hours-template", str(book_path), str(out), "--break-lock"]) == 0
    assert not lock_path(book_path).exists()
