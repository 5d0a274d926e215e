"""The pages of the main window, in navigation order.

Page contract (every area's page follows it):

    class SomePage(QWidget):
        def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None): ...
        def title(self) -> str: ...      # translated label for the navigation list
        def refresh(self) -> None: ...   # reload from services

`Book` comes from `coopdesk.services.books`. The main window builds one of
each from `PAGE_CLASSES` when a book opens and calls `refresh()` on all of
them after every undo or redo. Only pages that work are listed here.
"""

from __future__ import annotations

from coopdesk.gui.hours.page import HoursPage
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.gui.members.page import MembersPage

PAGE_CLASSES: list[type] = [MembersPage, HoursPage, LedgerPage]
