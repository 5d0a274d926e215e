"""Fixtures for the ledger tests: the default chart's accounts by code, the Boekhouding
page, and a fresh book per hypothesis example (a copy of the session's migrated template book)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.ledger import Account
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book, open_book


@pytest.fixture
def accounts(book: Book) -> dict[str, Account]:
    return {account.code: account for account in ledger.list_accounts(book)}


EXAMPLE_TODAY = date(2026, 11, 28)  # the `clock` fixture's day


@pytest.fixture(scope="session")
def new_book(template_book: Path) -> Callable[[], AbstractContextManager[Book]]:
    """`with new_book() as book:` gives each hypothesis example a book of its own (a copy
    of the migrated template, so it is fast): examples never see each other's postings,
    as they would with the function-scoped `book` fixture shared by all of them."""

    @contextmanager
    def make() -> Iterator[Book]:
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-example-"))
        path = folder / "book.coopdesk"
        shutil.copyfile(template_book, path)
        os.chmod(path, 0o600)
        opened = open_book(path, clock=FixedClock.on(EXAMPLE_TODAY), backup=False)
        try:
            yield opened
        finally:
            opened.close()
            shutil.rmtree(folder, ignore_errors=True)

    return make


@pytest.fixture
def page(qtbot: QtBot, book: Book) -> LedgerPage:
    widget = LedgerPage(book, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget
