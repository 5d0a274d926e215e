"""The dialogs the main window opens about a book: a new book (Bestand → Nieuw boek…),
the cooperative's details (Boek → Gegevens coöperatie…), the members' year statements
(Boek → Jaaroverzichten…), and the year close (issue 11): Boek → Jaarafsluiting…,
Jaar heropenen…, Afspraken winstverdeling… and Afdracht gemeente….

The year-close entries open the Spaarpotten page's own wizard and dialogs through the
page (`pots.page.PotsPage.close_year`, `reopen`, `edit_agreement`, `municipality_share`),
after showing that page: what the wizard or dialog did is then said on the page the
treasurer sees, as when its buttons are used. Nothing of their logic is here.

Each dialog is window-modal and opened with `open()`, never `exec()`, so the window keeps
painting; the window holds the dialog on screen in `dialog` until it is finished. What a
dialog changes goes through the window's change hub.

`BookActions` is one of the parts `main_window.MainWindow` is made of.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from coopdesk.gui.pages import PAGES
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

    # -- the year close: the Spaarpotten page's wizard and dialogs -----------------------------
    def close_year(self) -> QWidget | None:
        """Boek → Jaarafsluiting…: the year-close wizard."""
        return self._on_pots_page("close_year")

    def reopen_year(self) -> QWidget | None:
        """Boek → Jaar heropenen…: reopen a closed year with a written reason."""
        return self._on_pots_page("reopen")

    def edit_agreement(self) -> QWidget | None:
        """Boek → Afspraken winstverdeling…: the agreement on distributing the profit."""
        return self._on_pots_page("edit_agreement")

    def municipality_share(self) -> QWidget | None:
        """Boek → Afdracht gemeente…: the municipality's share, payable and paid back."""
        return self._on_pots_page("municipality_share")

    def _on_pots_page(self, opens: str) -> QWidget | None:
        """Show the Spaarpotten page and call its method `opens`, which opens a wizard or a
        dialog and returns it (None without a book)."""
        if self.book is None:
            return None
        page = self.show_page(next(i for i, entry in enumerate(PAGES) if entry.class_name == "PotsPage"))
        dialog: QWidget = getattr(page, opens)()
        return dialog

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
