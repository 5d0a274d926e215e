"""Fixtures for the hours tests: a book with members and activities."""

from __future__ import annotations

import pytest
from hours_cast import WEEK, Cast, make_cast
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.page import HoursPage
from coopdesk.services.books import Book


@pytest.fixture
def cast(book: Book) -> Cast:
    return make_cast(book)


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
