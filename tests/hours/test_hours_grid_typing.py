"""Typing in the hours grid works as in a spreadsheet (issue 9): typing on a filled cell
replaces its value, F2 edits it (the cursor at the end of the value)."""

from __future__ import annotations

import pytest
from hours_cast import Cast
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.models import WeekGridModel
from coopdesk.gui.hours.page import HoursPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = WeekGridModel.FIRST_DAY + 1  # tuesday


@pytest.fixture
def filled(qtbot: QtBot, page: HoursPage, cast: Cast) -> HoursPage:
    page.week.member_combo.setCurrentIndex(page.week.member_combo.findText("Kees", Qt.MatchFlag.MatchContains))
    page.week.activity_combo.setCurrentIndex(page.week.activity_combo.findText("Atelier"))
    page.week.add_row_button.click()
    view = page.week.grid_view
    view.setFocus()
    view.setCurrentIndex(page.week.grid_model.index(0, DAY))
    qtbot.keyClick(view, "5")
    qtbot.keyClick(view.indexWidget(view.currentIndex()), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.week.grid_model.index(0, DAY).data() == "5")
    view.setCurrentIndex(page.week.grid_model.index(0, DAY))
    return page


def _editor(page: HoursPage) -> QLineEdit:
    editor = page.week.grid_view.indexWidget(page.week.grid_view.currentIndex())
    assert isinstance(editor, QLineEdit)
    return editor


def test_typing_on_a_filled_cell_replaces_its_value(qtbot: QtBot, filled: HoursPage) -> None:
    qtbot.keyClick(filled.week.grid_view, "3")
    editor = _editor(filled)
    assert editor.text() == "3"
    qtbot.keyClicks(editor, ",5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: filled.week.grid_model.index(0, DAY).data() == "3,5")


def test_f2_edits_the_value_with_the_cursor_at_its_end(qtbot: QtBot, filled: HoursPage) -> None:
    qtbot.keyClick(filled.week.grid_view, Qt.Key.Key_F2)
    editor = _editor(filled)
    assert (editor.text(), editor.hasSelectedText(), editor.cursorPosition()) == ("5", False, 1)
    qtbot.keyClicks(editor, ",25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: filled.week.grid_model.index(0, DAY).data() == "5,25")


def test_the_typing_help_names_f2(page: HoursPage) -> None:
    """Failed before: the help under the grid said how to type hours, not that F2 edits."""
    text = page.week._typing_help()
    assert "F2" in text and "vervangt" in text
