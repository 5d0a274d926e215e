"""The hours grid inside the main window, where other pages and the undo stack live too.

Regression: typing a value and pressing Tab put every value in Monday, because the
main window reloaded every page after each change while the cell editor was closing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hours_cast import WEEK, Cast, type_into_cell
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.gui.hours.models import WeekGridModel
from coopdesk.gui.hours.page import HoursPage
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.members.page import MembersPage
from coopdesk.gui.messages import Messages
from coopdesk.gui.settings import Settings
from coopdesk.services import hours
from coopdesk.services.books import Book

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
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
    window.navigation.setCurrentRow(1)
    page = window.pages[-1]
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    page.member_combo.setCurrentIndex(page.member_combo.findText("Fatima", Qt.MatchFlag.MatchContains))
    page.activity_combo.setCurrentIndex(page.activity_combo.findText("Restaurant"))
    page.add_row_button.click()
    view = page.grid_view
    for text in ("2,5", "3:30", "4", "1,75"):
        type_into_cell(qtbot, view, text)
    qtbot.waitUntil(lambda: page.grid_model.index(0, FIRST_DAY + 3).data() == "1,75")
    assert [page.grid_model.index(0, FIRST_DAY + d).data() for d in range(4)] == ["2,5", "3,5", "4", "1,75"]
    assert view.currentIndex().column() == FIRST_DAY + 4
    grid = hours.week_grid(book, WEEK)
    assert grid.rows[0].cells[:4] == (150, 210, 240, 105)


def test_other_pages_catch_up_when_shown_and_undo_refreshes_the_page_on_screen(
    qtbot: QtBot, window: MainWindow, book: Book, cast: Cast
) -> None:
    members_page = window.pages[0]
    assert isinstance(members_page, MembersPage)
    window.navigation.setCurrentRow(1)
    page = window.pages[-1]
    assert isinstance(page, HoursPage)
    page.go_to_week(WEEK)
    page.member_combo.setCurrentIndex(page.member_combo.findText("Kees", Qt.MatchFlag.MatchContains))
    page.activity_combo.setCurrentIndex(page.activity_combo.findText("Atelier"))
    page.add_row_button.click()
    type_into_cell(qtbot, page.grid_view, "2", then=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid_model.index(0, FIRST_DAY).data() == "2")
    window.undo_action.trigger()
    assert all(sum(row.cells) == 0 for row in hours.week_grid(book, WEEK).rows)
    qtbot.waitUntil(lambda: page.grid_model.index(0, FIRST_DAY).data() in ("", None))
    window.navigation.setCurrentRow(0)
    assert window.page_stack.currentWidget() is members_page
