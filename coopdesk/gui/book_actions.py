"""The dialogs the main window opens about a book: a new book (Bestand → Nieuw boek…),
the cooperative's details (Boek → Gegevens coöperatie…) and the members' year statements
(Boek → Jaaroverzichten…).

Each dialog is window-modal and opened with `open()`, never `exec()`, so the window keeps
painting; the window holds the dialog on screen in `dialog` until it is finished. What a
dialog changes goes through the window's change hub.

`BookActions` is one of the parts `main_window.MainWindow` is made of.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from coopdesk.services import books
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes


class BookActions:
    """Dialogs about a book (a part of `MainWindow`; see the module docstring)."""

    dialog: QWidget | None

    def new_book(self) -> None:
        from coopdesk.gui.book_dialogs import CooperativeDialog, new_book_folder

        dialog = CooperativeDialog(None, self, new_book_folder=new_book_folder(self.settings))
        dialog.submit_new = self.create_new_book
        self._open_dialog(dialog)

    def create_new_book(self, path: Path, fields: dict[str, str]) -> None:
        """Create a book (raises ValidationError/BookError for the dialog to show)."""
        book = books.create_book(path, clock=self.clock, **fields)
        self.set_book(book)

    def show_cooperative_details(self) -> None:
        if self.book is None:
            return
        book = self.book
        from coopdesk.gui.book_dialogs import CooperativeDialog

        dialog = CooperativeDialog(books.cooperative_details(book), self)
        dialog.submit_details = lambda fields, logo: self._save_details(book, fields, logo)
        self._open_dialog(dialog)

    def _save_details(self, book: Book, fields: dict[str, str], logo: bytes) -> None:
        books.update_cooperative(book, logo=logo, **fields)
        self.hub.emit_changes(Changes(cooperative=True))

    def show_statements(self) -> None:
        if self.book is not None:
            from coopdesk.gui.statements_dialog import StatementsDialog

            self._open_dialog(StatementsDialog(self.book, self.messages, self))

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
