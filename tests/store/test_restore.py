"""Restoring a backup is a command (app and CLI), never a manual copy; damage found by the
app's background check closes the book and offers the restore; partial copies never stay."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from crashing import hot_journal, kill_hard, run_cli, start_holding_a_save
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import BookError
from coopdesk.domain.member import MemberForm
from coopdesk.services import members
from coopdesk.services.books import (
    DamagedBookError,
    backup_overview,
    list_backups,
    open_book,
    restore_backup,
    verify_backup,
)
from coopdesk.services.check import check_book
from coopdesk.store.book import BackupJob, backups_folder, lock_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM member ORDER BY name")]
    finally:
        connection.close()


def with_backups(book_path: Path, clock: FixedClock, count: int = 2) -> list[Path]:
    """Open the book `count` times, adding a member each time: `count` different backups."""
    for step in range(count):
        clock.advance_to(datetime(2026, 11, 28, 9, 0, tzinfo=UTC) + timedelta(minutes=step))
        book = open_book(book_path, clock=clock)
        try:
            members.register_member(book, MemberForm(name=f"Lid {step}", joined_on=date(2026, 1, 5)))
        finally:
            book.close()
    return list_backups(book_path)


def damage_pages(path: Path) -> None:
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + b"\xff" * 8192 + data[middle + 8192 :])


def damage_an_index_only(path: Path, name: str) -> None:
    """Change a name inside the ix_member_name index page: the quick check passes, the
    integrity check that `coopdesk check` runs finds the row missing from the index."""
    connection = sqlite3.connect(path)
    root, size = (connection.execute("SELECT rootpage FROM sqlite_master WHERE name='ix_member_name'").fetchone()[0],
                  connection.execute("PRAGMA page_size").fetchone()[0])
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    where = start + bytes(data[start:start + size]).index(name.encode())
    data[where + len(name) - 1] ^= 0x01
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    connection.close()


# -- the restore command --------------------------------------------------------------------


def test_restore_keeps_the_crashed_book_and_its_journal_aside(book_path: Path, clock: FixedClock) -> None:
    backups = with_backups(book_path, clock)
    child = start_holding_a_save(book_path)
    kill_hard(child)
    journal = hot_journal(book_path)
    assert journal is not None
    crashed, crashed_journal = book_path.read_bytes(), journal.read_bytes()

    result = run_cli("restore", str(book_path))
    assert result.returncode == 0, result.stderr
    aside = sorted(p.name for p in book_path.parent.iterdir() if ".damaged-" in p.name)
    assert len(aside) == 2 and aside[1] == aside[0] + "-journal"
    assert (book_path.parent / aside[0]).read_bytes() == crashed  # kept exactly as it was
    assert (book_path.parent / aside[1]).read_bytes() == crashed_journal
    assert not journal.exists() and not lock_path(book_path).exists()
    assert stat.S_IMODE(os.stat(book_path).st_mode) == 0o600
    assert names(book_path) == names(backups[0])  # the newest backup is in place
    assert run_cli("check", str(book_path)).returncode == 0
    assert check_book(book_path) == []
    book = open_book(book_path, clock=clock)
    book.close()


def test_restore_a_chosen_backup_and_refuse_a_damaged_one(book_path: Path, clock: FixedClock) -> None:
    newest, older = with_backups(book_path, clock)
    damaged_copy = newest.with_name("kapot-" + newest.name)
    shutil.copyfile(newest, damaged_copy)
    damage_pages(damaged_copy)
    before = book_path.read_bytes()
    with pytest.raises(BookError) as caught:
        restore_backup(book_path, damaged_copy, clock=clock)
    assert "zelf beschadigd" in caught.value.message("nl")
    assert book_path.read_bytes() == before  # nothing moved
    restored = restore_backup(book_path, older, clock=clock)
    assert names(book_path) == ["Lid 0"] or names(book_path) == names(older)
    assert [p.name for p in restored.kept_aside] == [f"book.coopdesk.damaged-{clock.now().astimezone():%Y%m%d-%H%M}"]
    [info_newest, info_older] = backup_overview(book_path)
    assert info_newest.healthy and info_newest.size == newest.stat().st_size


def test_restore_refuses_while_the_book_is_open(book_path: Path, clock: FixedClock) -> None:
    with_backups(book_path, clock, count=1)
    book = open_book(book_path, clock=clock, backup=False)
    try:
        with pytest.raises(BookError) as caught:
            restore_backup(book_path, clock=clock)
        assert "al geopend" in caught.value.message("nl")
    finally:
        book.close()


def test_no_message_tells_to_copy_a_backup_by_hand(book_path: Path, clock: FixedClock) -> None:
    book_path.write_bytes(b"not a book at all" * 100)
    result = run_cli("check", str(book_path))
    assert result.returncode == 1
    assert "coopdesk restore" in result.stderr and "uit de map 'backups'" not in result.stderr


# -- partial copies, the backups folder -------------------------------------------------------


def test_a_partial_copy_left_by_a_quit_or_crash_is_removed_on_opening(book_path: Path, clock: FixedClock) -> None:
    folder = backups_folder(book_path)
    folder.mkdir()
    partial = folder / "book-20261127-100000-open.coopdesk.partial"
    partial.write_bytes(b"\0" * 100_000)
    other_book = folder / "ander-20261127-100000-open.coopdesk.partial"
    other_book.write_bytes(b"\0")
    open_book(book_path, clock=clock, backup=False).close()
    assert not partial.exists() and other_book.exists()


def test_closing_waits_for_the_copy_made_on_opening(book_path: Path, clock: FixedClock) -> None:
    book = open_book(book_path, clock=clock, verify=False)
    job = book.pending_backup
    assert isinstance(job, BackupJob)
    book.close()  # as quitting does, before the background check ran
    assert job.result is not None and job.result.exists()
    assert not list(backups_folder(book_path).glob("*.partial"))


def _read_only_backups_folder(book_path: Path) -> Path:
    """A `backups` folder nobody may create files in, also for root (the tests may run as root):
    chmod where that binds, else a link to a kernel folder where no file can be created."""
    folder = backups_folder(book_path)
    if os.name == "posix" and os.geteuid() != 0:
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if Path("/sys/kernel").is_dir():
        folder.symlink_to("/sys/kernel", target_is_directory=True)
        return folder
    pytest.skip("no folder here that refuses root")


def test_a_read_only_backups_folder_refuses_to_open_in_the_app_as_in_the_cli(  # type: ignore[no-untyped-def]
    window, book_path: Path, clock: FixedClock
) -> None:
    folder = _read_only_backups_folder(book_path)
    try:
        with pytest.raises(BookError) as caught:
            open_book(book_path, clock=clock, verify=False)  # the app's way: the copy on a thread
        assert str(folder) in caught.value.message("nl") and "niet geopend" in caught.value.message("nl")
        assert not lock_path(book_path).exists()
        assert window.open_book_path(book_path) is False
        [(kind, text)] = window.messages.shown
        assert kind == "error" and str(folder) in text and "schijf vol" not in text
        assert window.book is None
    finally:
        if not folder.is_symlink():
            folder.chmod(0o700)


# -- the background check -----------------------------------------------------------------------


def test_the_background_check_finds_damage_in_an_index_only(book_path: Path, clock: FixedClock) -> None:
    book = open_book(book_path, clock=clock, backup=False)
    for name in ("Anna Vos", "Bram Kok", "Cor Lens"):
        members.register_member(book, MemberForm(name=name, joined_on=date(2026, 1, 5)))
    book.close()
    damage_an_index_only(book_path, "Bram Kok")
    assert check_book(book_path) != []  # what `coopdesk check` says
    book = open_book(book_path, clock=clock, verify=False)
    try:
        warning = verify_backup(book)
    finally:
        book.close()
    assert isinstance(warning, DamagedBookError)
    message = warning.message("nl")
    assert "lijkt beschadigd" in message and "(van -)" not in message
    assert "Backup terugzetten" in message and "nog geen reservekopie" in message


# -- the app ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COOPDESK_CACHE_DIR", str(tmp_path / "cache"))
    from coopdesk.gui.main_window import MainWindow
    from coopdesk.gui.messages import RecordingMessages
    from coopdesk.gui.settings import Settings

    made = MainWindow(Settings.at(tmp_path / "settings.ini"), clock, RecordingMessages())
    qtbot.addWidget(made)
    made.resize(900, 600)
    return made


def test_the_app_opens_a_crashed_book_and_says_a_save_was_undone(window, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    kill_hard(start_holding_a_save(book_path))
    lock_path(book_path).unlink()  # the lock question is asked elsewhere; here: the journal
    assert window.open_book_path(book_path) is True
    assert "onderbroken opslag is teruggedraaid" in window.statusBar().currentMessage()
    assert window.messages.shown == []
    assert not any(n.startswith("Onderbroken") for n in members_of(window))
    window.close_book()


def members_of(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.name for m in members.list_members(window.book)]


def test_the_app_restores_a_backup_of_a_damaged_book(qtbot: QtBot, window, book_path: Path,  # type: ignore[no-untyped-def]
                                                     clock: FixedClock, tmp_path: Path) -> None:
    from coopdesk.gui.restore_dialog import RestoreDialog

    newest = with_backups(book_path, clock)[0]
    book_path.write_bytes(b"PK\x03\x04 overwritten by something else" * 200)
    damaged = book_path.read_bytes()
    assert window.open_book_path(book_path) is False
    [(kind, text)] = window.messages.shown
    assert kind == "confirm" and "Backup terugzetten" in text  # offered, and accepted
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)  # the quick checks run on a thread
    assert dialog.table.rowCount() == 2 and dialog.chosen() == newest
    assert [dialog.table.item(row, 2).text() for row in range(2)] == ["In orde", "In orde"]
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.book is not None and window.book.path == book_path
    assert "teruggezet" in window.statusBar().currentMessage()
    [aside] = [p for p in book_path.parent.iterdir() if ".damaged-" in p.name]
    assert aside.read_bytes() == damaged
    window.close_book()
    assert check_book(book_path) == []


def test_the_dialog_lists_a_damaged_backup_but_never_chooses_it(  # type: ignore[no-untyped-def]
    qtbot: QtBot, book_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    from coopdesk.gui.restore_dialog import RestoreDialog

    newest, older = with_backups(book_path, clock)
    damage_pages(newest)
    dialog = RestoreDialog(book_path, backup_overview(book_path, check=False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 2).text() == "wordt gecontroleerd…" or not dialog.checking
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.table.item(0, 2).text().startswith("Beschadigd")
    assert dialog.chosen() == older and dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.chosen() is None and not dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))


def test_the_background_check_closes_a_damaged_book_and_offers_the_restore(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, book_path: Path, clock: FixedClock
) -> None:
    from coopdesk.gui.restore_dialog import RestoreDialog

    with_backups(book_path, clock)
    book = open_book(book_path, clock=clock, backup=False)
    for name in ("Anna Vos", "Bram Kok", "Cor Lens"):
        members.register_member(book, MemberForm(name=name, joined_on=date(2026, 1, 5)))
    book.close()
    damage_an_index_only(book_path, "Bram Kok")
    window.messages.answer = False  # see the offer, decline it
    assert window.open_book_path(book_path) is True
    qtbot.waitUntil(lambda: bool(window.messages.shown), timeout=10_000)
    [(kind, text)] = window.messages.shown
    assert kind == "confirm" and "lijkt beschadigd" in text and "(van -)" not in text
    assert window.book is None  # closed: no more work in a damaged book
    window.show_restore_dialog(book_path)
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.chosen() is not None
