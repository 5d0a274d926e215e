"""The hours grid inside the main window, where other pages and the undo stack live too.

Regression: typing a value and pressing Tab put every value in Monday, because the
main window reloaded every page after each change while the cell editor was closing.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from hours_cast import WEEK, Cast, SheetWriter, type_into_cell
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.ledger import TransactionKind
from coopdesk.domain.member import MemberForm
from coopdesk.gui.hours.models import WeekGridModel
from coopdesk.gui.hours.page import HoursPage
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.members.page import MembersPage
from coopdesk.gui.messages import Messages
from coopdesk.gui.settings import Settings
from coopdesk.services import hours, members
from coopdesk.services.books import Book, create_book, open_book
from coopdesk.services.changes import Changes

FIRST_DAY = WeekGridModel.FIRST_DAY


@pytest.fixture
def window(qtbot: QtBot, book: Book, cast: Cast, clock: FixedClock, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow(Settings.at(tmp_path / "settings.ini"), clock, Messages())
    qtbot.addWidget(window)
    window.set_book(book)
    window.show()
    return window



def test_tab_moves_to_the_next_day_inside_the_window(qtbot: QtBot, window: MainWindow, book: Book) -> None:
    window.navigation.setCurrentRow(UREN)
    page = window.pages[-1]
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    page.week.member_combo.setCurrentIndex(page.week.member_combo.findText("Fatima", Qt.MatchFlag.MatchContains))
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText("Restaurant"))
    page.week.add_row_button.click()
    view = page.week.grid_view
    for text in ("2,5", "3:30", "4", "1,75"):
        type_into_cell(qtbot, view, text)
    qtbot.waitUntil(lambda: page.week.grid_model.index(0, FIRST_DAY + 3).data() == "1,75")
    assert [page.week.grid_model.index(0, FIRST_DAY + d).data() for d in range(4)] == ["2,5", "3,5", "4", "1,75"]
    assert view.currentIndex().column() == FIRST_DAY + 4
    grid = hours.week_grid(book, WEEK)
    assert grid.rows[0].cells[:4] == (150, 210, 240, 105)


def test_other_pages_catch_up_when_shown_and_undo_refreshes_the_page_on_screen(
    qtbot: QtBot, window: MainWindow, book: Book, cast: Cast
) -> None:
    members_page = window.page_at(LEDEN)
    assert isinstance(members_page, MembersPage)
    window.navigation.setCurrentRow(UREN)
    page = window.pages[-1]
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    page.week.member_combo.setCurrentIndex(page.week.member_combo.findText("Kees", Qt.MatchFlag.MatchContains))
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText("Atelier"))
    page.week.add_row_button.click()
    type_into_cell(qtbot, page.week.grid_view, "2", then=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.week.grid_model.index(0, FIRST_DAY).data() == "2")
    window.undo_action.trigger()
    assert all(sum(row.cells) == 0 for row in hours.week_grid(book, WEEK).rows)
    qtbot.waitUntil(lambda: page.week.grid_model.index(0, FIRST_DAY).data() in ("", None))
    window.navigation.setCurrentRow(LEDEN)
    assert window.page_stack.currentWidget() is members_page


def test_the_week_is_remembered_in_the_apps_settings_file(
    qtbot: QtBot, window: MainWindow, book: Book, tmp_path: Path
) -> None:
    window.navigation.setCurrentRow(UREN)
    page = window.pages[-1]
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    window.settings.sync()
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert "2026-11-16" in [stored.value(key) for key in stored.allKeys() if key.endswith("/week")]
    # another window on the same settings file opens the book on that week
    again = MainWindow(Settings.at(tmp_path / "settings.ini"), window.clock, Messages())
    qtbot.addWidget(again)
    again.set_book(book)
    again.navigation.setCurrentRow(UREN)
    second = again.pages[-1]
    assert isinstance(second, HoursPage)
    assert second.monday == WEEK


def test_a_new_book_at_the_same_path_does_not_open_on_the_old_week(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    path = tmp_path / "coop.coopdesk"
    old = create_book(path, name="Oude Coöperatie U.A.", clock=clock)
    first = HoursPage(old, QUndoStack(), settings=settings)
    qtbot.addWidget(first)
    first.go_to_week(WEEK)
    first.deleteLater()
    old.close()
    path.unlink()
    new = create_book(path, name="Nieuwe Coöperatie U.A.", clock=clock)
    try:
        second = HoursPage(new, QUndoStack(), settings=settings)
        qtbot.addWidget(second)
        assert second.monday == date(2026, 11, 23)  # this week, not the old book's week 47
    finally:
        new.close()


# -- pages in step: one change hub, one undo stack per page -------------------------------------------
LEDEN, UREN, BOEKHOUDING = 1, 2, 3  # after Overzicht, the first page


def _type_hours(qtbot: QtBot, window: MainWindow, member: str, activity: str, text: str) -> HoursPage:
    page = window.show_page(UREN)
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    page.week.member_combo.setCurrentIndex(page.week.member_combo.findText(member, Qt.MatchFlag.MatchContains))
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText(activity))
    page.week.add_row_button.click()
    type_into_cell(qtbot, page.week.grid_view, text, then=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.week.grid_model.index(0, FIRST_DAY).data() == text)
    return page


def _report_headers(page: LedgerPage) -> list[str]:
    model = page.report_model
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def test_an_activity_added_on_uren_appears_in_the_boekhouding_report_without_a_restart(
    qtbot: QtBot, window: MainWindow, book: Book
) -> None:
    ledger_page = window.show_page(BOEKHOUDING)
    assert isinstance(ledger_page, LedgerPage)
    ledger_page.report_choice.setCurrentIndex(ledger_page.report_choice.findData("profit-loss-activity"))
    assert "Stadslandbouw" not in _report_headers(ledger_page)
    hours_page = window.show_page(UREN)
    assert isinstance(hours_page, HoursPage)
    dialog = hours_page.activities.activity_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Stadslandbouw")
    qtbot.keyClicks(dialog.rate_edit, "2,25")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window.show_page(BOEKHOUDING)
    assert "Stadslandbouw" in _report_headers(ledger_page)
    form = ledger_page.open_money_form(TransactionKind.RECEIPT)
    qtbot.addWidget(form)
    assert form.activity.findText("Stadslandbouw") >= 0


def test_a_hidden_page_reloads_once_when_shown_not_on_every_change(
    qtbot: QtBot, window: MainWindow, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger_page = window.show_page(BOEKHOUDING)
    assert isinstance(ledger_page, LedgerPage)
    reloads: list[int] = []
    monkeypatch.setattr(ledger_page, "refresh", lambda: reloads.append(1))
    window.show_page(UREN)
    window.hub.emit_changes(Changes(activities=True))
    window.hub.emit_changes(Changes(accounts=True))
    window.hub.emit_changes(Changes(hours=True))  # not the ledger's business
    assert reloads == []
    window.show_page(BOEKHOUDING)
    assert reloads == [1]


def test_ctrl_z_on_boekhouding_leaves_the_hours_on_uren_alone(
    qtbot: QtBot, window: MainWindow, book: Book
) -> None:
    hours_page = _type_hours(qtbot, window, "Kees", "Atelier", "2")
    hours_stack = window.undo_stacks[UREN]
    assert hours_stack.count() == 1
    window.show_page(BOEKHOUDING)
    assert window.undo_group.activeStack() is window.undo_stacks[BOEKHOUDING]
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.undo_action.trigger()
    assert hours_stack.index() == 1 and hours_stack.canUndo()
    assert sum(sum(row.cells) for row in hours.week_grid(book, WEEK).rows) == 120
    window.show_page(UREN)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert hours_stack.index() == 0
    assert sum(sum(row.cells) for row in hours.week_grid(book, WEEK).rows) == 0
    qtbot.waitUntil(lambda: hours_page.week.grid_model.index(0, FIRST_DAY).data() in ("", None))


def test_the_edit_menu_names_what_ctrl_z_will_undo_on_the_page_on_screen(
    qtbot: QtBot, window: MainWindow, book: Book
) -> None:
    page = _type_hours(qtbot, window, "Kees", "Atelier", "2")
    command = window.undo_stacks[UREN].undoText()
    assert command.startswith("Uren ") and "Kees" in command
    assert window.undo_action.text() == f"&Ongedaan maken: {command}"
    assert window.undo_action in window.edit_menu.actions()
    window.show_page(BOEKHOUDING)
    assert window.undo_action.text() == "&Ongedaan maken"
    window.show_page(UREN)
    assert window.undo_action.text() == f"&Ongedaan maken: {command}"
    window.undo_action.trigger()
    assert window.redo_action.text() == f"O&pnieuw: {command}"
    assert page.week.grid_model.index(0, FIRST_DAY).data() in ("", None)


def test_a_member_renamed_on_leden_is_renamed_on_uren_when_shown_and_undo_follows(
    qtbot: QtBot, window: MainWindow, book: Book, cast: Cast
) -> None:
    hours_page = _type_hours(qtbot, window, "Kees", "Atelier", "2")
    members_page = window.show_page(LEDEN)
    assert isinstance(members_page, MembersPage)
    member = next(m for m in members.list_members(book) if m.id == cast.kees.id)
    form = MemberForm.from_details(member.details)
    members_page._update(member, dataclasses.replace(form, name="Cornelis Bakker"))
    window.show_page(UREN)
    assert "Cornelis" in hours_page.week.grid_model.index(0, WeekGridModel.MEMBER).data()
    window.show_page(LEDEN)
    window.undo_action.trigger()  # the rename, on the page on screen
    window.show_page(UREN)
    assert "Cornelis" not in hours_page.week.grid_model.index(0, WeekGridModel.MEMBER).data()
    assert window.undo_stacks[UREN].count() == 1  # the hours cell was not touched


def test_closing_the_book_during_an_import_cancels_it_before_the_book_closes(
    qtbot: QtBot, window: MainWindow, book: Book, clock: FixedClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, write_sheet: SheetWriter
) -> None:
    import threading

    from coopdesk.gui.hours import excel

    reading, go_on = threading.Event(), threading.Event()
    real_read = excel.read_hours_sheet

    def slow_read(path: Path):  # type: ignore[no-untyped-def]
        reading.set()
        go_on.wait(10)
        return real_read(path)

    monkeypatch.setattr(excel, "read_hours_sheet", slow_read)
    page = window.show_page(UREN)
    assert isinstance(page, HoursPage)
    sheet = write_sheet(tmp_path / "uren.xlsx", [[102, "Kees Bakker", "16-11-2026", "Atelier", 2, None]])
    job = page.excel.start_import(sheet)
    assert reading.wait(10)
    cancel = job.cancel
    monkeypatch.setattr(job, "cancel", lambda: (cancel(), go_on.set()))  # the read ends when cancelled
    window.close_book()  # waits for the job, which stops before it writes
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    reopened = open_book(book.path, clock=clock, backup=False)
    try:
        assert hours.week_grid(reopened, WEEK).total == 0
    finally:
        reopened.close()
