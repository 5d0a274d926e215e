"""Fixtures for the Spaarpotten page tests: a book with two members, and the page on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pots.bookhelp import Members, members, reserve  # noqa: F401  (members, reserve: fixtures)
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.gui.pots.page import PotsPage
from coopdesk.services.books import Book


@pytest.fixture
def page(qtbot: QtBot, book: Book, members: Members) -> Iterator[PotsPage]:  # noqa: F811
    made = PotsPage(book, QUndoStack())
    qtbot.addWidget(made)
    made.resize(860, 600)
    made.show()
    yield made
