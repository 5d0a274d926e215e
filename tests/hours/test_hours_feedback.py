"""What a new treasurer ran into on the Uren page: stray typing, unclear or missing messages."""

from __future__ import annotations

import pytest
from hours_cast import WEEK, Cast
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.models import WeekGridModel
from coopdesk.gui.hours.page import HoursPage
from coopdesk.services import hours
from coopdesk.services.books import Book

FIRST_DAY = WeekGridModel.FIRST_DAY
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot: QtBot, book: Book, cast: Cast, stack: QUndoStack) -> HoursPage:
    widget = HoursPage(book, stack)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.go_to_week(WEEK)
    return widget


def _cell(page: HoursPage, row: int, column: int) -> str:
    return page.grid_model.index(row, column).data()


@pytest.mark.parametrize("row_kind", ["totals", "name", "row total"])
def test_typing_on_a_cell_that_cannot_be_edited_does_nothing(
    qtbot: QtBot, page: HoursPage, cast: Cast, book: Book, stack: QUndoStack, row_kind: str
) -> None:
    hours.set_hours(book, cast.fatima.id, cast.restaurant.id, WEEK, "2,5")
    hours.set_hours(book, cast.kees.id, cast.atelier.id, WEEK, "4")
    page.refresh()
    view = page.grid_view
    totals = page.grid_model.rowCount() - 1
    start = {
        "totals": page.grid_model.index(totals, FIRST_DAY),
        "name": page.grid_model.index(0, WeekGridModel.MEMBER),
        "row total": page.grid_model.index(0, WeekGridModel.TOTAL),
    }[row_kind]
    view.setCurrentIndex(start)
    message = page.message.text()
    for text in ("4", "2,5", "K"):
        qtbot.keyClicks(view, text)
        assert view.currentIndex() == start  # no keyboard search jumping to a cell showing "4" or "2"
        assert view.state() != view.State.EditingState
        assert view.indexWidget(view.currentIndex()) is None
    assert page.message.text() == message  # and no error
    assert hours.week_grid(book, WEEK).total == 390
    assert stack.count() == 0
