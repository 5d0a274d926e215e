"""A save interrupted by a crash is rolled back, not called damage.

A child process writes through CoopDesk's own services and is killed with SIGKILL
inside its unit of work, after SQLite has already written changed pages into the
book: a real hot journal. Every way into the book must then open it, with the
interrupted change absent and SQLite's integrity check clean.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from crashing import hot_journal, kill_hard, run_cli, start_holding_a_save

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import BookError
from coopdesk.services import members
from coopdesk.services.books import open_book, recover_interrupted_save
from coopdesk.services.check import check_book
from coopdesk.store.book import lock_path, open_book_read_only, read_lock

Crashed = Callable[[str], Path]


def member_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM member ORDER BY name")]
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def crashed_original(tmp_path_factory: pytest.TempPathFactory, template_book: Path) -> Path:
    """One book left by a kill -9 inside a save: the book, its hot journal and its stale lock."""
    folder = tmp_path_factory.mktemp("crashed")
    book = folder / "book.coopdesk"
    shutil.copyfile(template_book, book)
    before = book.read_bytes()
    child = start_holding_a_save(book)
    kill_hard(child)
    assert hot_journal(book) is not None
    assert book.read_bytes() != before  # pages of the unfinished save are in the book itself
    assert read_lock(book) is not None and read_lock(book).status() == "stale"  # type: ignore[union-attr]
    return book


@pytest.fixture
def crashed(crashed_original: Path, tmp_path: Path) -> Crashed:
    """A fresh copy of the crashed book with its journal; `keep_lock` keeps the dead child's lock."""

    def copy(name: str = "book", keep_lock: bool = False) -> Path:  # type: ignore[misc]
        target = tmp_path / name / "book.coopdesk"
        target.parent.mkdir()
        suffixes = ["", "-journal"] + ([".lock"] if keep_lock else [])
        for suffix in suffixes:
            shutil.copy2(crashed_original.with_name(crashed_original.name + suffix),
                         target.with_name(target.name + suffix))
        return target

    return copy  # type: ignore[return-value]


def test_a_read_only_open_alone_refuses_the_crashed_book(crashed: Crashed) -> None:
    """Why recovery must come first: SQLite will not roll back on a read-only connection."""
    book = crashed("raw")
    connection = sqlite3.connect(book.absolute().as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("SELECT count(*) FROM members").fetchone()
    connection.close()


@pytest.mark.parametrize("command", ["check", "report", "hours-template", "import-hours"])
def test_every_command_recovers_and_opens_the_book(crashed: Crashed, tmp_path: Path, command: str) -> None:
    book = crashed(command)
    sheet = tmp_path / "uren.xlsx"
    if command == "import-hours":
        # an empty sheet written beforehand from a healthy copy: the import reads zero rows
        healthy = tmp_path / "healthy" / "book.coopdesk"
        healthy.parent.mkdir()
        shutil.copyfile(book, healthy)  # with its journal: a copy without it is half a save
        shutil.copyfile(book.with_name(book.name + "-journal"), healthy.with_name(healthy.name + "-journal"))
        assert run_cli("hours-template", str(healthy), str(sheet)).returncode == 0
    args = {
        "check": ["check", str(book)],
        "report": ["report", str(book), "trial-balance", "--year", "2026"],
        "hours-template": ["hours-template", str(book), str(sheet)],
        "import-hours": ["import-hours", str(book), str(sheet)],
    }[command]
    result = run_cli(*args)
    assert "Traceback" not in result.stderr
    assert "onderbroken opslag is teruggedraaid" in result.stderr
    assert "geen leesbaar" not in result.stderr and "beschadigd" not in result.stderr
    if command == "import-hours":
        assert result.returncode in (0, 1) and "Traceback" not in result.stdout  # an empty sheet may be refused
    else:
        assert result.returncode == 0, result.stderr
    assert hot_journal(book) is None
    assert integrity(book) == ["ok"]
    assert not any(name.startswith("Onderbroken") for name in member_names(book))


def test_the_store_opens_recover_and_say_so(crashed: Crashed, clock: FixedClock) -> None:
    writable = crashed("writable")
    book = open_book(writable, clock=clock, backup=False)
    try:
        assert book.recovered_save
        assert not any(m.name.startswith("Onderbroken") for m in members.list_members(book))
    finally:
        book.close()
    reading = crashed("reading")
    book = open_book_read_only(reading)
    try:
        assert book.recovered_save
    finally:
        book.close()
    assert check_book(crashed("checked")) == []


def test_a_lock_left_by_the_killed_process_does_not_stop_the_rollback(crashed: Crashed, clock: FixedClock) -> None:
    book = crashed("stale", keep_lock=True)
    assert recover_interrupted_save(book)
    assert hot_journal(book) is None and integrity(book) == ["ok"]
    assert lock_path(book).exists()  # breaking the lock stays the user's decision
    assert check_book(book) == []


def test_the_journal_of_a_live_save_is_never_touched(book_path: Path, clock: FixedClock) -> None:
    child = start_holding_a_save(book_path, members=200)
    try:
        journal = hot_journal(book_path)
        assert journal is not None
        assert not recover_interrupted_save(book_path)
        assert hot_journal(book_path) == journal  # still theirs
    finally:
        kill_hard(child)
    # once the holder is dead, its save is rolled back
    assert recover_interrupted_save(book_path)
    assert integrity(book_path) == ["ok"]


def test_an_empty_version_table_is_a_clear_message(book_path: Path, clock: FixedClock) -> None:
    connection = sqlite3.connect(book_path)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    with pytest.raises(BookError) as caught:
        open_book(book_path, clock=clock)
    assert "alembic_version" in caught.value.message("nl")
    assert "Backup terugzetten" in caught.value.message("nl")
    result = run_cli("import-hours", str(book_path), str(book_path.with_name("x.xlsx")))
    assert "er ging iets mis" not in result.stderr.lower()
