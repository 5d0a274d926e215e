"""Fixtures for the ledger tests: the default chart's accounts by code, the Boekhouding page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import Account
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book


@pytest.fixture
def accounts(book: Book) -> dict[str, Account]:
    return {account.code: account for account in ledger.list_accounts(book)}


@pytest.fixture
def page(qtbot: QtBot, book: Book) -> LedgerPage:
    widget = LedgerPage(book, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget
