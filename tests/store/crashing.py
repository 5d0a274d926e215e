"""Helpers for the crash tests: child processes that write to a book through CoopDesk's own
services and are killed with SIGKILL, the way a power cut or `kill -9` ends them."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

# Opens the book as the app does, then writes many members in ONE unit of work with a tiny
# page cache, so SQLite spills changed pages into the book file (the journal holds the old
# ones) before the commit; says "ready" and waits to be killed inside that transaction.
HOLD_A_SAVE = """
import sys, time
from datetime import date
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm
from coopdesk.services.books import open_book
from coopdesk.store import members as member_store

today = date(2026, 11, 28)
book = open_book(sys.argv[1], clock=FixedClock.on(today), backup=False)
with book.transaction() as session:
    session.connection().exec_driver_sql("PRAGMA cache_size=1")
    for index in range(int(sys.argv[2])):
        number = member_store.next_member_number(session)
        form = MemberForm(name=f"Onderbroken {index}", joined_on=date(2026, 1, 1), notes="x" * 300)
        member_store.insert_member(session, number, form.validate(today), book.clock)
    session.flush()
    print("ready", flush=True)
    time.sleep(600)
"""


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "nl"}


def start_holding_a_save(book: Path, members: int = 400) -> subprocess.Popen[str]:
    """A child inside an uncommitted save, its changed pages already in the book file."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_SAVE, str(book), str(members)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
    )
    assert child.stdout is not None
    line = child.stdout.readline()  # blocks until the child is inside the save
    if line.strip() != "ready":
        child.kill()
        raise AssertionError(f"the child did not get ready: {line!r} {child.stderr.read() if child.stderr else ''}")
    return child


def kill_hard(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def hot_journal(book: Path) -> Path | None:
    journal = book.with_name(book.name + "-journal")
    if not journal.exists():
        return None
    with journal.open("rb") as handle:
        return journal if handle.read(8) == JOURNAL_MAGIC else None


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, env=child_env(), timeout=timeout
    )


def wait_for_a_save(path: Path, limit: float, chance: random.Random) -> None:
    """Until the child is inside a commit (its journal synced, its header written: from then
    until the journal is deleted the book holds half-written pages), maybe a moment more:
    so many kills land inside a commit, not between two."""
    journal = path.with_name(path.name + "-journal")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with journal.open("rb") as handle:
                if handle.read(8) == JOURNAL_MAGIC:
                    break
        except OSError:
            pass
    if chance.random() < 0.5:
        time.sleep(chance.uniform(0.0, 0.002))
