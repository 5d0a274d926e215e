"""Fixtures for the hours tests: a book with members and activities, the hours page on
it, and a writer of filled-in Excel hours sheets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hours_cast import SHEET_HEADER, WEEK, Cast, SheetWriter, make_cast
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


@pytest.fixture
def write_sheet() -> SheetWriter:
    """`write_sheet(path, rows, header=SHEET_HEADER)`: an hours sheet as a volunteer fills it
    in (sheet "Uren", the header row unless `header` is empty, then `rows`)."""

    def write(path: Path, rows: list[list[object]], header: list[str] = SHEET_HEADER) -> Path:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Uren"
        if header:
            sheet.append(header)
        for row in rows:
            sheet.append(row)
        workbook.save(path)
        return path

    return write
