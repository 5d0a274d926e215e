"""The book file: locking, backups, versions, damaged files, transactions."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import BookError, ValidationError
from coopdesk.domain.member import MemberForm
from coopdesk.services import members
from coopdesk.services.books import (
    BookLockedError,
    break_lock,
    cooperative_details,
    create_book,
    lock_holder,
    open_book,
)
from coopdesk.store.book import BACKUPS_KEPT, backup_book, list_backups, lock_path
from coopdesk.store.migrations import HEAD_REVISION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_book_is_owner_only_and_at_head(tmp_path: Path, clock: FixedClock) -> None:
    book = create_book(tmp_path / "nieuw", name="Coöperatie Nieuw U.A.", clock=clock)
    try:
        assert book.path == tmp_path / "nieuw.coopdesk"
        assert stat.S_IMODE(os.stat(book.path).st_mode) == 0o600
        assert cooperative_details(book).name == "Coöperatie Nieuw U.A."
    finally:
        book.close()
    connection = sqlite3.connect(tmp_path / "nieuw.coopdesk")
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()


def test_bad_details_create_no_file(tmp_path: Path, clock: FixedClock) -> None:
    with pytest.raises(ValidationError) as caught:
        create_book(tmp_path / "fout", name="X", iban="NL00BANK0000000000", clock=clock)
    assert caught.value.fields == ("iban",)
    assert not (tmp_path / "fout.coopdesk").exists()


def test_existing_file_is_not_overwritten(book_path: Path, clock: FixedClock) -> None:
    before = digest(book_path)
    with pytest.raises(BookError):
        create_book(book_path, name="Ander", clock=clock)
    assert digest(book_path) == before


def test_pragmas_on_every_connection(book) -> None:  # type: ignore[no-untyped-def]
    with book.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"


def test_second_opener_is_refused_with_the_holder(book_path: Path, clock: FixedClock) -> None:
    first = open_book(book_path, clock=clock, backup=False)
    try:
        with pytest.raises(BookLockedError) as caught:
            open_book(book_path, clock=clock, backup=False)
        message = caught.value.message("nl")
        assert "al geopend door" in message and str(os.getpid()) in message
        assert "28-11-2026" in message
        assert caught.value.values["holder"].pid == os.getpid()
    finally:
        first.close()
    assert not lock_path(book_path).exists()
    open_book(book_path, clock=clock, backup=False).close()


def test_stale_lock_can_be_broken(book_path: Path, clock: FixedClock) -> None:
    import socket

    lock_path(book_path).write_text(
        json.dumps({"user": "piet", "host": socket.gethostname(), "pid": 2**22 + 12345,
                    "since": datetime(2026, 11, 1, 9, 0, tzinfo=UTC).isoformat()})
    )
    with pytest.raises(BookLockedError) as caught:
        open_book(book_path, clock=clock, backup=False)
    holder = caught.value.values["holder"]
    assert holder.user == "piet" and holder.is_stale()
    assert "verbreken" in caught.value.message("nl")
    assert lock_holder(book_path) == holder
    assert break_lock(book_path) == holder
    open_book(book_path, clock=clock, backup=False).close()


def test_lock_of_another_computer_is_not_stale(book_path: Path) -> None:
    lock_path(book_path).write_text(
        json.dumps({"user": "els", "host": "kantoor-pc", "pid": 1, "since": "2026-11-28T09:00:00+00:00"})
    )
    holder = lock_holder(book_path)
    assert holder is not None and not holder.is_stale()


def test_backup_on_open_and_rotation(book_path: Path, clock: FixedClock) -> None:
    for step in range(BACKUPS_KEPT + 3):
        clock.advance_to(datetime(2026, 11, 28, 10, 0, tzinfo=UTC) + timedelta(minutes=step))
        book = open_book(book_path, clock=clock)
        members.register_member(book, MemberForm(name=f"Lid {step}", joined_on=date(2026, 1, 5)))
        book.close()
    backups = list_backups(book_path)
    assert len(backups) == BACKUPS_KEPT
    assert backups[0].name == "book-20261128-101200-open.coopdesk"
    assert all(stat.S_IMODE(os.stat(b).st_mode) == 0o600 for b in backups)
    # a backup is a complete book
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM cooperative").fetchone() == ("Coöperatie Test U.A.",)
    # the newest backup holds the state at opening: the members of the earlier steps
    assert copy.execute("SELECT count(*) FROM member").fetchone() == (BACKUPS_KEPT + 2,)
    copy.close()


def test_unchanged_book_is_not_backed_up_twice(book_path: Path, clock: FixedClock) -> None:
    open_book(book_path, clock=clock).close()
    clock.advance_to(datetime(2026, 11, 28, 13, 0, tzinfo=UTC))
    open_book(book_path, clock=clock).close()
    assert len(list_backups(book_path)) == 1


def test_backup_is_consistent_while_the_book_is_open(book, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    members.register_member(book, MemberForm(name="Kees Visser", joined_on=date(2026, 1, 5)))
    target = backup_book(book.path, "manual", clock)
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name FROM member").fetchall() == [("Kees Visser",)]
    copy.close()


def test_newer_book_is_refused_and_untouched(book_path: Path, clock: FixedClock) -> None:
    connection = sqlite3.connect(book_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = digest(book_path)
    with pytest.raises(BookError) as caught:
        open_book(book_path, clock=clock)
    assert "nieuwere versie" in caught.value.message("nl")
    assert "newer version" in caught.value.message("en")
    assert digest(book_path) == before
    assert not lock_path(book_path).exists()
    assert list_backups(book_path) == []


def test_older_book_is_backed_up_then_migrated(book_path: Path, clock: FixedClock) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from coopdesk.store.migrations import alembic_config

    engine = create_engine(f"sqlite:///{book_path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    book = open_book(book_path, clock=clock, backup=False)
    book.close()
    backups = list_backups(book_path)
    assert [b.name.endswith("-before-migration.coopdesk") for b in backups] == [True]
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()
    current = sqlite3.connect(book_path)
    assert current.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    current.close()


@pytest.mark.parametrize(
    "damage",
    ["not_sqlite", "truncated", "garbage_page_one", "empty_file", "other_sqlite_db"],
)
def test_damaged_file_gets_a_message_and_is_untouched(
    book_path: Path, clock: FixedClock, damage: str
) -> None:
    data = book_path.read_bytes()
    if damage == "not_sqlite":
        book_path.write_bytes(b"PK\x03\x04 this is a zip, not a book" * 100)
    elif damage == "truncated":
        book_path.write_bytes(data[:200])
    elif damage == "garbage_page_one":
        book_path.write_bytes(data[:100] + os.urandom(3000) + data[3100:])
    elif damage == "empty_file":
        book_path.write_bytes(b"")
    elif damage == "other_sqlite_db":
        book_path.unlink()
        other = sqlite3.connect(book_path)
        other.execute("CREATE TABLE recipes (name TEXT)")
        other.commit()
        other.close()
    before = digest(book_path)
    with pytest.raises(BookError) as caught:
        open_book(book_path, clock=clock)
    assert "book.coopdesk" in caught.value.message("nl")
    assert digest(book_path) == before
    assert not lock_path(book_path).exists()


def test_a_failed_use_case_changes_nothing(book) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.store import members as member_store

    members.register_member(book, MemberForm(name="Els Bos", joined_on=date(2026, 1, 5)))
    with pytest.raises(RuntimeError), book.transaction() as session:
        number = member_store.next_member_number(session)
        member_store.insert_member(
            session, number, MemberForm(name="Half", joined_on=date(2026, 1, 1)).validate(date(2026, 11, 28)), book.clock
        )
        raise RuntimeError("disk full halfway")
    assert [m.name for m in members.list_members(book)] == ["Els Bos"]


def test_failed_backup_refuses_to_open(book_path: Path, clock: FixedClock) -> None:
    (book_path.parent / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(BookError) as caught:
        open_book(book_path, clock=clock)
    assert "reservekopie" in caught.value.message("nl")
    assert not lock_path(book_path).exists()


@pytest.mark.parametrize("folder", ["Coop #1", "wat? 50%", "De Groene Draad"])
def test_folder_names_with_uri_characters(template_book: Path, tmp_path: Path, clock: FixedClock, folder: str) -> None:
    import shutil

    from coopdesk.services.check import check_book

    target = tmp_path / folder / "boek.coopdesk"
    target.parent.mkdir()
    shutil.copyfile(template_book, target)
    book = open_book(target, clock=clock)
    try:
        members.register_member(book, MemberForm(name="Özlem Çelik", joined_on=date(2026, 1, 5)))
    finally:
        book.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["backups", "boek.coopdesk"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray files beside
    backup = list_backups(target)[0]
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM cooperative").fetchone() == ("Coöperatie Test U.A.",)
    copy.close()
    assert check_book(target) == []


def _damage_pages(path: Path) -> None:
    # two pages among the members' rows, written last: never the schema's pages, which the
    # open reads before the quick check (the middle of the file held one once migration 0006 came)
    data = path.read_bytes()
    start = len(data) - 6 * 4096
    path.write_bytes(data[:start] + b"\xff" * 8192 + data[start + 8192 :])


@pytest.fixture
def filled_book(book_path: Path, clock: FixedClock) -> Path:
    book = open_book(book_path, clock=clock, backup=False)
    try:
        for number in range(300):
            members.register_member(book, MemberForm(name=f"Lid {number}", joined_on=date(2026, 1, 5),
                                                     notes="x" * 200))
    finally:
        book.close()
    return book_path


def test_a_book_with_damaged_pages_is_refused_and_keeps_the_good_backups(
    filled_book: Path, clock: FixedClock
) -> None:
    open_book(filled_book, clock=clock).close()
    good = list_backups(filled_book)
    assert len(good) == 1
    _damage_pages(filled_book)
    before = digest(filled_book)
    with pytest.raises(BookError) as caught:
        open_book(filled_book, clock=clock)
    assert "lijkt beschadigd" in caught.value.message("nl") and "reservekopie" in caught.value.message("nl")
    assert list_backups(filled_book) == good
    assert digest(filled_book) == before
    assert not lock_path(filled_book).exists()


def test_the_gui_path_checks_the_backup_later_and_never_prunes_for_a_damaged_book(
    filled_book: Path, clock: FixedClock
) -> None:
    from coopdesk.services.books import verify_backup

    for step in range(BACKUPS_KEPT):
        clock.advance_to(datetime(2026, 11, 28, 10, 0, tzinfo=UTC) + timedelta(minutes=step))
        book = open_book(filled_book, clock=clock, verify=False)
        assert verify_backup(book) is None
        members.register_member(book, MemberForm(name=f"Nieuw {step}", joined_on=date(2026, 1, 5)))
        book.close()
    good = list_backups(filled_book)
    assert len(good) == BACKUPS_KEPT
    _damage_pages(filled_book)
    clock.advance_to(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    book = open_book(filled_book, clock=clock, verify=False)  # opens: the check runs later
    try:
        assert book.pending_backup is not None
        book.pending_backup.wait()  # the copy is made on a thread
        assert len(list_backups(filled_book)) == BACKUPS_KEPT + 1  # nothing pruned yet
        warning = verify_backup(book)
        assert warning is not None and "lijkt beschadigd" in warning.message("nl")
        assert list_backups(filled_book) == good  # the damaged copy went, the good ones stayed
    finally:
        book.close()


def test_a_background_backup_holds_the_state_at_opening_even_if_a_write_follows_at_once(
    book_path: Path, clock: FixedClock
) -> None:
    from coopdesk.services.books import verify_backup

    book = open_book(book_path, clock=clock, verify=False)
    try:
        # the first write waits for the copy (it holds a read lock from the moment of opening)
        members.register_member(book, MemberForm(name="Meteen na openen", joined_on=date(2026, 1, 5)))
        assert verify_backup(book) is None
    finally:
        book.close()
    [copy] = list_backups(book_path)
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM member").fetchone() == (0,)
    connection.close()
    assert not list(book_path.parent.joinpath("backups").glob("*.partial"))
