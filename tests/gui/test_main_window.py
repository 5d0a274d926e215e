"""The main window: books (new, open, locked, damaged, recent), the details
dialog, and every screen in Dutch and in English."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coopdesk.gui import settings as keys
from coopdesk.gui.book_dialogs import CooperativeDialog
from coopdesk.gui.messages import RecordingMessages
from coopdesk.gui.pages import PAGES
from coopdesk.services import books
from coopdesk.services.books import Book

ROOT = Path(__file__).resolve().parents[2]


def _ok(buttons: QDialogButtonBox) -> QPushButton:
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    found = {label.text() for label in widget.findChildren(QLabel)}
    found |= {button.text() for button in widget.findChildren(QAbstractButton)}
    return found


def _members_page(window):  # type: ignore[no-untyped-def]
    return window.show_page(next(i for i, e in enumerate(PAGES) if e.class_name == "MembersPage"))


def _open_every_dialog(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    page = _members_page(window)
    opened: dict[str, object] = {}
    page.add_member()
    opened["member"] = page.dialog
    page.dialog.reject()
    page.select_member(101)
    page.record_leaving()
    opened["leave"] = page.dialog
    page.dialog.reject()
    window.show_cooperative_details()
    opened["details"] = window.dialog
    window.dialog.reject()
    window.new_book()
    opened["new"] = window.dialog
    window.dialog.reject()
    return opened


def _with_a_member(book: Book) -> Book:
    from datetime import date

    from coopdesk.domain.member import MemberForm
    from coopdesk.services.members import register_member

    register_member(book, MemberForm(name="Anouk Visser", joined_on=date(2026, 1, 1)))
    return book


def test_window_and_every_dialog_in_dutch(make_window, book: Book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_with_a_member(book))
    assert window.windowTitle() == "book – CoopDesk"
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"&Bestand", "Be&werken", "B&oek", "Bee&ld", "&Help"} <= set(menus)
    assert window.navigation.item(0).text() == "Overzicht"
    assert len(window.pages) == 1  # the other pages are built when first shown
    assert [type(p).__name__ for p in window.build_all_pages()] == [e.class_name for e in PAGES]
    assert [window.navigation.item(i).text() for i in range(len(PAGES))] == [
        "Overzicht", "Leden", "Uren", "Boekhouding", "Vergoedingen", "Spaarpotten", "Uitstroom"]
    dialogs = _open_every_dialog(window)
    assert "&Naam" in _texts(dialogs["member"])
    assert "Vastleggen" in _texts(dialogs["leave"])
    assert dialogs["details"].windowTitle() == "Gegevens coöperatie"  # type: ignore[attr-defined]
    assert "Boek aanmaken" in _texts(dialogs["new"])
    assert dialogs["member"].ui.regimeCombo.itemText(1) == "Vrijwilligersvergoeding"  # type: ignore[attr-defined]


def test_window_and_every_dialog_in_english(english: None, make_window, book: Book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_with_a_member(book))
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"&File", "&Edit", "&Book", "&View", "&Help"} <= set(menus)
    assert window.navigation.item(0).text() == "Overview"
    assert window.navigation.item(1).text() == "Members"
    page = _members_page(window)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert page.model.index(0, 3).data() == "No allowance"
    assert page.count_label.text() == "1 member"
    assert page.search_edit.placeholderText() == "Search by name, number, city or email"
    dialogs = _open_every_dialog(window)
    member_texts = _texts(dialogs["member"])
    assert {"&Name", "&Birth date", "Receives &social assistance"} <= member_texts
    assert "cannot use the fiscal volunteer regime" in dialogs["member"].ui.regimeHelp.text()  # type: ignore[attr-defined]
    assert dialogs["member"].windowTitle() == "New member"  # type: ignore[attr-defined]
    assert "Record" in _texts(dialogs["leave"])
    assert dialogs["details"].windowTitle() == "Cooperative details"  # type: ignore[attr-defined]
    assert "Create book" in _texts(dialogs["new"])
    window.close_book()
    assert "Welcome to CoopDesk" in _texts(window.start_screen)


def test_english_service_messages_in_the_dialog(english: None, qtbot: QtBot, make_window, book: Book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(book)
    page = _members_page(window)
    page.add_member()
    qtbot.mouseClick(_ok(page.dialog.ui.buttonBox), Qt.MouseButton.LeftButton)
    assert page.dialog.errors.message("name") == "Name is required."


def test_new_book_dialog_creates_a_file(qtbot: QtBot, make_window, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.central.currentIndex() == 0
    qtbot.mouseClick(window.start_screen.new_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, CooperativeDialog)
    qtbot.keyClicks(dialog.edits["name"], "De Groene Hoek U.A.")  # (QTest types ASCII only)
    assert Path(dialog.path_edit.text()).name == "De Groene Hoek U.A.coopdesk"
    qtbot.keyClicks(dialog.edits["address"], "Biltstraat 5")
    qtbot.keyClicks(dialog.edits["kvk_number"], "87654321")
    qtbot.keyClicks(dialog.edits["postcode"], "3512 ab")
    qtbot.keyClicks(dialog.edits["iban"], "NL91 ABNA 0417 1643 00")
    qtbot.keyClicks(dialog.edits["municipality"], "Utrecht")
    target = tmp_path / "books" / "groene-hoek.coopdesk"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)

    assert target.exists()
    assert window.book is not None and window.book.path == target
    assert window.central.currentIndex() == 1
    assert window.windowTitle().startswith("groene-hoek")
    details = books.cooperative_details(window.book)
    assert (details.name, details.kvk_number, details.postcode) == ("De Groene Hoek U.A.", "87654321", "3512 AB")
    assert settings.recent_books()[0] == target
    window.close_book()


def test_new_book_with_a_wrong_kvk_number_makes_no_file(qtbot: QtBot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_book()
    dialog = window.dialog
    qtbot.keyClicks(dialog.edits["name"], "De Groene Hoek")
    qtbot.keyClicks(dialog.edits["kvk_number"], "1234")
    target = tmp_path / "groene-hoek.coopdesk"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "8 cijfers" in dialog.errors.message("kvk_number")
    assert not target.exists()
    assert window.book is None


def test_new_book_over_an_existing_file_is_refused(qtbot: QtBot, make_window, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_book()
    dialog = window.dialog
    qtbot.keyClicks(dialog.edits["name"], "Dubbel")
    dialog.path_edit.setText(str(book_path))
    before = book_path.read_bytes()
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert "bestaat al" in dialog.errors.general_message()
    assert book_path.read_bytes() == before


def test_second_window_on_the_same_book_is_refused(make_window, book: Book, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(book)
    recorder = RecordingMessages()
    second = make_window(recorder=recorder)
    assert second.open_book_path(book_path) is False
    assert second.book is None
    [(kind, text)] = recorder.shown
    assert kind == "error"
    assert "is al geopend door" in text and socket.gethostname() in text
    assert first.book is book


def _stale_lock(book_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    lock = book_path.with_name(book_path.name + ".lock")
    lock.write_text(json.dumps({"user": "marieke", "host": socket.gethostname(),
                                "pid": int(dead.stdout), "since": datetime(2026, 11, 27, tzinfo=UTC).isoformat()}))


def test_stale_lock_can_be_broken_after_confirming(make_window, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stale_lock(book_path)
    recorder = RecordingMessages(answer=True)
    window = make_window(recorder=recorder)
    assert window.open_book_path(book_path) is True
    [(kind, text)] = recorder.shown
    assert kind == "confirm" and "marieke" in text and "slot verbreken" in text.lower()
    window.close_book()
    assert not book_path.with_name(book_path.name + ".lock").exists()


def test_stale_lock_stays_when_the_user_says_no(make_window, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stale_lock(book_path)
    recorder = RecordingMessages(answer=False)
    window = make_window(recorder=recorder)
    assert window.open_book_path(book_path) is False
    assert [kind for kind, _ in recorder.shown] == ["confirm"]  # no second box repeating it
    assert book_path.with_name(book_path.name + ".lock").exists()


def test_a_lock_from_another_computer_can_be_broken_after_a_clear_warning(make_window, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    lock = book_path.with_name(book_path.name + ".lock")
    lock.write_text(json.dumps({"user": "els", "host": "kantoor-pc", "pid": 4242,
                                "since": datetime(2026, 11, 27, 9, 0, tzinfo=UTC).isoformat()}))
    recorder = RecordingMessages(answer=False)
    window = make_window(recorder=recorder)
    assert window.open_book_path(book_path) is False
    [(kind, text)] = recorder.shown
    assert kind == "confirm" and "kantoor-pc" in text and "verloren gaan" in text
    assert lock.exists()
    recorder.answer = True
    assert window.open_book_path(book_path) is True
    window.close_book()
    assert not lock.exists()


def test_choosing_the_open_book_again_keeps_it_open(make_window, book: Book, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    recorder = RecordingMessages()
    window = make_window(book, recorder=recorder)
    assert window.open_book_path(book_path) is True
    assert window.book is book and recorder.shown == []


def test_damaged_book_shows_the_message_and_changes_nothing(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "kapot.coopdesk"
    damaged.write_bytes(b"this is not a book" * 100)
    recorder = RecordingMessages()
    window = make_window(recorder=recorder)
    assert window.open_book_path(damaged) is False
    assert "geen leesbaar CoopDesk-boek" in recorder.texts()[0]
    assert damaged.read_bytes() == b"this is not a book" * 100
    assert window.central.currentIndex() == 0


def test_recent_books_menu_and_start_screen(make_window, book_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_book_path(book_path)
    window.close_book()
    assert window.start_screen.recent_list.count() == 1
    actions = window.recent_menu.actions()
    assert [a.data() for a in actions] == [str(book_path)]
    actions[0].trigger()
    assert window.book is not None and window.book.path == book_path
    window.close_book()
    assert not book_path.with_name(book_path.name + ".lock").exists()


def test_missing_recent_book_is_forgotten(make_window, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "weg.coopdesk"
    settings.remember_book(gone)
    recorder = RecordingMessages()
    window = make_window(recorder=recorder)
    assert window.open_book_path(gone) is False
    assert "bestaat niet" in recorder.texts()[0]
    assert settings.recent_books() == []


def test_cooperative_details_dialog_saves(qtbot: QtBot, make_window, book: Book) -> None:  # type: ignore[no-untyped-def]
    window = make_window(book)
    window.details_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CooperativeDialog)
    assert dialog.edits["name"].text() == "Coöperatie Test U.A."
    assert dialog.edits["iban"].text() == "NL91 ABNA 0417 1643 00"
    dialog.edits["iban"].setText("NL91 ABNA 0417 1643 01")
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert "klopt niet" in dialog.errors.message("iban")
    assert books.cooperative_details(book).iban == "NL91ABNA0417164300"

    dialog.edits["iban"].setText("NL91ABNA0417164300")
    dialog.edits["municipality"].clear()
    qtbot.keyClicks(dialog.edits["municipality"], "Zeist")
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert books.cooperative_details(book).municipality == "Zeist"


def test_language_menu_saves_the_choice_for_next_start(make_window, book: Book, settings, messages) -> None:  # type: ignore[no-untyped-def]
    window = make_window(book)
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    assert settings.get(keys.LANGUAGE) == "en"
    assert "opnieuw start" in messages.texts()[-1] and "restart" in messages.texts()[-1]


def test_open_demo_book(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.demo_action.trigger()
    assert window.book is not None
    assert window.book.path.parent == tmp_path / "data"
    assert window.book.path.name.startswith("demo-")
    assert _members_page(window).model.rowCount() >= 8
    window.close_book()


def test_closing_the_window_releases_the_lock_and_keeps_geometry(make_window, book_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_book_path(book_path)
    window.close()
    assert not book_path.with_name(book_path.name + ".lock").exists()
    assert not settings.get(keys.GEOMETRY).isEmpty()


# -- the real command, in a subprocess -------------------------------------------------------


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "COOPDESK_SETTINGS": str(tmp_path / "cli-settings.ini"),
        "COOPDESK_DATA_DIR": str(tmp_path / "cli-data"),
        "COOPDESK_CACHE_DIR": str(tmp_path / "cli-cache"),
        "COOPDESK_EXIT_AFTER_PAINT": "0",
        **env,
    }
    return subprocess.run([sys.executable, "-m", "coopdesk", *args], env=environment, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_command_opens_a_book_then_reopens_it_and_opens_a_demo(book_path: Path, tmp_path: Path) -> None:
    result = _run([str(book_path), "--lang", "en"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "title book – CoopDesk" in result.stdout
    assert "page Overview" in result.stdout

    again = _run([], tmp_path)  # no argument: the last book from the recent list
    assert again.returncode == 0, again.stderr
    assert "title book – CoopDesk" in again.stdout
    assert "page Overzicht" in again.stdout

    demo = _run(["--demo"], tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert list((tmp_path / "cli-data").glob("demo-*.coopdesk"))


def test_a_book_with_damaged_pages_is_reported_after_opening(qtbot: QtBot, make_window, book: Book, book_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.domain.member import MemberForm
    from coopdesk.services.members import register_member

    for number in range(300):
        register_member(book, MemberForm(name=f"Lid {number}", joined_on=date(2026, 1, 5), notes="x" * 200))
    book.close()
    # damage a page the first screen does not read (nor the schema, read before everything)
    connection = sqlite3.connect(book_path)
    page, size = connection.execute("SELECT pageno, pgsize FROM dbstat WHERE name = 'payout_held_back'").fetchone()
    connection.close()
    data = book_path.read_bytes()
    start = (page - 1) * size
    book_path.write_bytes(data[:start] + b"\xff" * size + data[start + size:])
    recorder = RecordingMessages()
    window = make_window(recorder=recorder)
    assert window.open_book_path(book_path) is True
    qtbot.waitUntil(lambda: bool(recorder.shown), timeout=10_000)
    [(kind, text)] = recorder.shown
    assert kind == "error" and "lijkt beschadigd" in text
    window.close_book()


def test_the_backup_check_runs_on_the_worker_and_reports_on_the_gui_thread(
    qtbot: QtBot, make_window, book_path: Path, messages: RecordingMessages  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    window = make_window()
    assert window.open_book_path(book_path) is True
    job = window.backup_check
    assert job is not None
    threads: list[bool] = []
    job.finished.connect(lambda _warning: threads.append(QThread.currentThread() is QApplication.instance().thread()))
    with qtbot.waitSignal(job.ended, timeout=10_000):
        pass
    assert job.error is None and job.result is None  # a sound copy: no warning
    assert threads == [True] and messages.texts() == []
