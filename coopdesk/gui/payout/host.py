"""What a tab of the Vergoedingen page asks of the page: the book, the dialog it shows,
the question it puts to the treasurer, and saying what happened after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog

from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


class PayoutHost(Protocol):
    book: Book
    dialog: QDialog | None
    confirm: Callable[[str, str], bool]

    def say(self, text: str, error: bool = False) -> None: ...

    def after(self, text: str, changes: Changes) -> None: ...
