"""What the hours page remembers between sessions, per book: the week shown and the member filter.

Kept in the `QSettings` the page is given (the main window passes its settings file);
without one, the application's default settings once the application has a name.
A book is known by its path and its cooperative's name, so a new book made at the same
path (another cooperative) does not open on the old book's week and filter.
"""

from __future__ import annotations

import hashlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings

from coopdesk.domain.hours import monday_of
from coopdesk.services.books import Book, cooperative_details

WEEK = "week"
FILTER = "filter"


def _application_settings() -> QSettings | None:
    """The application's settings, or None before the application is named (tests, scripts)."""
    return QSettings() if QCoreApplication.organizationName() else None


class BookMemory:
    def __init__(self, book: Book, settings: QSettings | None) -> None:
        self._book = book
        self._settings = settings if settings is not None else _application_settings()
        identity = f"{book.path or book.name}\n{cooperative_details(book).name}"
        self.key = "hours/" + hashlib.sha1(identity.encode()).hexdigest()[:12]

    def get(self, name: str) -> str:
        if self._settings is None:
            return ""
        value = self._settings.value(f"{self.key}/{name}", "")
        return value if isinstance(value, str) else ""

    def set(self, name: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(f"{self.key}/{name}", value)

    def monday(self) -> date:
        """The Monday of the week remembered, or of this week (never a week in the future)."""
        today = self._book.clock.today()
        try:
            saved = date.fromisoformat(self.get(WEEK))
        except ValueError:
            return monday_of(today)
        return monday_of(saved) if saved <= today else monday_of(today)
