"""The unit of work: nested calls join the outer transaction, per thread; SQLite's
locked/busy/disk errors reach the user as a BookError; opening imports no SQLAlchemy."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.errors import BookError
from coopdesk.domain.member import MemberForm
from coopdesk.domain.money import Money
from coopdesk.services import hours, members
from coopdesk.services.books import Book
from coopdesk.store.book import engine as book_engine

DAY = date(2026, 11, 16)


def _member_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM member").fetchone()[0])
    finally:
        connection.close()


def _hours_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM hours_entry").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def activity_id(book: Book) -> int:
    centre = hours.list_cost_centres(book)[0]
    return hours.add_activity(book, "Tuin", centre.id, Money("2.00")).id


def _form(name: str) -> MemberForm:
    return MemberForm(name=name, joined_on=date(2025, 1, 6))


def test_use_cases_inside_one_outer_transaction_commit_together(
    book: Book, book_path: Path, activity_id: int
) -> None:
    before_members = _member_count(book_path)
    with book.transaction():
        member = members.register_member(book, _form("Anouk Smit"))
        hours.set_hours(book, member.id, activity_id, DAY, "2")
        # nothing is on disk until the outer block ends
        assert _member_count(book_path) == before_members
    assert _member_count(book_path) == before_members + 1
    assert _hours_count(book_path) == 1


def test_a_failure_after_the_inner_calls_rolls_back_both(
    book: Book, book_path: Path, activity_id: int
) -> None:
    before_members = _member_count(book_path)
    with pytest.raises(RuntimeError), book.transaction():
        member = members.register_member(book, _form("Anouk Smit"))
        hours.set_hours(book, member.id, activity_id, DAY, "2")
        raise RuntimeError("after the inner calls")
    assert _member_count(book_path) == before_members
    assert _hours_count(book_path) == 0
    assert members.list_members(book) == []


def test_an_inner_failure_the_outer_block_catches_rolls_back_only_the_inner_part(
    book: Book, book_path: Path
) -> None:
    before_members = _member_count(book_path)
    with book.transaction():
        members.register_member(book, _form("Anouk Smit"))
        with pytest.raises(RuntimeError), book.transaction():
            members.register_member(book, _form("Kofi Asante"))
            raise RuntimeError("inner part fails")
    assert _member_count(book_path) == before_members + 1
    assert [m.name for m in members.list_members(book)] == ["Anouk Smit"]


def test_a_worker_thread_gets_its_own_unit_of_work(book: Book, book_path: Path) -> None:
    seen: list[object] = []
    with book.transaction() as outer:
        worker = threading.Thread(target=lambda: seen.append(_session_in_thread(book)))
        worker.start()
        worker.join()
        assert seen and seen[0] is not outer
        with book.transaction() as inner:
            assert inner is outer


def _session_in_thread(book: Book) -> object:
    # a read only: a write would wait for the outer block's lock
    with book.transaction() as session:
        return session


def test_a_write_lock_held_elsewhere_gives_a_message_not_a_driver_error(
    book: Book, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(book_engine, "BUSY_TIMEOUT_SECONDS", 0.05)
    other = sqlite3.connect(book_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(BookError) as caught:
            members.register_member(book, _form("Anouk Smit"))
        assert "bezet" in caught.value.message("nl")
        assert "busy" in caught.value.message("en")
        assert isinstance(caught.value.__cause__, Exception)
        assert "locked" in str(caught.value.__cause__)
    finally:
        other.execute("ROLLBACK")
        other.close()
    members.register_member(book, _form("Anouk Smit"))
    assert _member_count(book_path) == 1


def test_opening_an_up_to_date_book_imports_no_sqlalchemy(book_path: Path) -> None:
    script = (
        "import sys\n"
        "from coopdesk.services.books import open_book\n"
        f"book = open_book({str(book_path)!r})\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')\n"
        "book.close()\n"
        "print(len(loaded), loaded[:5])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("0 []"), result.stdout + result.stderr


def test_a_full_disk_gives_a_message_and_changes_nothing(book: Book, book_path: Path) -> None:
    with pytest.raises(BookError) as caught, book.transaction() as session:
        # SQLite's own limit on the file size: the next page it needs fails with SQLITE_FULL
        session.connection().exec_driver_sql("PRAGMA max_page_count = 1")
        for number in range(2000):
            members.register_member(book, _form(f"Lid {number} " + "x" * 80))
    assert "schijf vol" in caught.value.message("nl")
    assert "full" in str(caught.value.__cause__)
    assert _member_count(book_path) == 0


def test_an_inner_disk_error_the_outer_code_catches_still_saves_nothing(book: Book, book_path: Path) -> None:
    members.register_member(book, _form("Eerste Lid"))
    with pytest.raises(BookError) as caught, book.transaction() as session:
        members.register_member(book, _form("Anouk Smit"))
        session.connection().exec_driver_sql("PRAGMA max_page_count = 1")
        with contextlib.suppress(BookError):
            for number in range(2000):
                members.register_member(book, _form(f"Lid {number} " + "x" * 80))
        # SQLite has rolled the whole transaction back: going on must not commit a half
    assert "niets opgeslagen" in caught.value.message("nl")
    assert _member_count(book_path) == 1
