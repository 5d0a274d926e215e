"""What a tab of the Boekhouding page asks of the page: the book and its period, the
questions it puts to the treasurer, and saying what happened after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from coopdesk.domain.ledger import NegativeCashError
from coopdesk.domain.reports import Period
from coopdesk.gui.change_hub import ChangeHub
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

POSTED = Changes(ledger=True)  # what a posting, a draft or a correction changes


class LedgerHost(Protocol):
    book: Book
    hub: ChangeHub
    tabs: QTabWidget
    confirm: Callable[[str, str], bool]
    confirm_negative_cash: Callable[[NegativeCashError], bool]

    def period(self) -> Period: ...

    def refresh(self) -> None: ...

    def say(self, text: str, error: bool = False) -> None: ...

    def after_post(self, text: str, changes: Changes = POSTED) -> None: ...

    def open_draft(self, draft_id: int) -> QWidget | None: ...
