"""Opening a book file in the main window, and what can stand in the way.

* A save that a crash interrupted (a hot journal) is rolled back first, under the lock.
* A book open elsewhere (`BookLockedError`): said plainly when its holder is alive; a lock
  that is provably stale, or that cannot be proved either way (another computer, Windows
  after a crash), may be broken after a question that warns what two people in one book
  would do. Only the holder the user was shown is broken.
* A damaged book goes to the restore flow (`restore_flow`); a book that is gone is
  forgotten in the recent books.
* What the first page cannot read is said before the book is shown; the rest of the book,
  and the backup copy made on opening, are checked on a worker thread once the window
  shows, and a damaged book is then closed.

`BookOpening` is one of the parts `main_window.MainWindow` is made of. Its texts are in
the translation context "MainWindow".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from coopdesk.domain.errors import BookError
from coopdesk.gui import worker
from coopdesk.services import books
from coopdesk.services.books import RECOVERED, Book, BookLockedError, DamagedBookError
from coopdesk.services.content import FIRST_PAGE_TABLES, content_error

translate = QCoreApplication.translate


class BookOpening:
    """Opening a book (a part of `MainWindow`; see the module docstring)."""

    backup_check: worker.Job | None

    def open_book_path(self, path: Path) -> bool:
        """Open the book at `path`; explain and return False when it cannot be opened."""
        if self.book is not None and self.book.path is not None and same_file(self.book.path, path):
            return True  # it is the book on screen already
        # a save a crash interrupted is rolled back first (also when a lock question follows)
        recovered = books.recover_interrupted_save(path)
        try:
            book = books.open_book(path, clock=self.clock, verify=False)
        except BookLockedError as error:
            return self._on_book_locked(path, error)
        except BookError as error:
            if isinstance(error, DamagedBookError):
                self._offer_restore(books.normalise_path(path), error.message())
                return False
            self.messages.error(error.message(), translate("MainWindow", "Boek kan niet worden geopend"))
            if not Path(path).exists():
                self.settings.forget_book(Path(path))
                self._fill_recent_menu()
            return False
        # what the first page could not read: say so, not "er ging iets mis" (the rest of the
        # book is looked at on a worker thread, with the backup copy, once the window shows)
        unreadable = content_error(book, FIRST_PAGE_TABLES)
        if unreadable is not None:
            book.close()
            self.messages.error(unreadable.message(), translate("MainWindow", "Boek kan niet worden geopend"))
            return False
        self.set_book(book)
        if recovered or book.recovered_save:
            self.statusBar().showMessage(RECOVERED.render())
        self._check_backup_in_background(book)
        return True

    def _on_book_locked(self, path: Path, error: BookLockedError) -> bool:
        """The book is open elsewhere: say so, or offer to break a lock nobody may hold any more."""
        holder = error.values.get("holder")
        status = holder.status() if holder is not None else "alive"
        if status == "alive":
            self.messages.error(error.message(), translate("MainWindow", "Boek is al geopend"))
            return False
        if status == "stale":
            advice = translate("MainWindow", "Verbreek het slot alleen als het boek nergens anders meer open is.")
            yes = translate("MainWindow", "Slot verbreken")
        else:
            # Not provably stale: another computer, or Windows after a crash. The treasurer
            # decides, warned about what two people in one book would do.
            advice = translate(
                "MainWindow",
                "Is CoopDesk daar niet meer open (bijvoorbeeld na een storing of een "
                "vastgelopen computer)? Dan kunt u het slot verbreken. Doe dat nooit als "
                "iemand anders nog in het boek werkt: dan kunnen wijzigingen verloren gaan.")
            yes = translate("MainWindow", "Slot toch verbreken")
        if self.messages.confirm(error.message() + "\n\n" + advice, translate("MainWindow", "Boek is al geopend"), yes):
            books.break_lock(path, holder)  # only the holder the user was shown
            return self.open_book_path(path)
        return False

    def _check_backup_in_background(self, book: Book) -> None:
        """SQLite's check of the copy made on opening takes 0.4 s on a large book, and the
        look for unreadable values in the rest of the book 0.08 s, so they run on a worker
        thread; a damaged book is reported (and closed) when they are done."""
        self.backup_check = worker.start(
            lambda _progress: books.verify_backup(book) or content_error(book), self)
        self.backup_check.finished.connect(lambda warning: self._on_backup_check_done(book, warning))

    def _on_backup_check_done(self, book: Book, warning: BookError | None) -> None:
        if warning is None:
            return
        if isinstance(warning, DamagedBookError) and book.path is not None:
            # no more work in a damaged book: close it, then offer to restore a backup
            if self.book is book:
                self.close_book()
            self._offer_restore(book.path, warning.message())
            return
        if self.book is book:
            self.close_book()  # what its pages cannot read would end in "er ging iets mis"
        self.messages.error(warning.message(), translate("MainWindow", "Boek lijkt beschadigd"))

    def _start_folder(self) -> str:
        """Where "Openen…" starts: the last real book's folder, else Documents; never the
        app's data folder where the demo books are."""
        from coopdesk.gui.book_dialogs import new_book_folder

        return str(new_book_folder(self.settings))

    def choose_book(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Boek openen"), self._start_folder(),
            translate("MainWindow", "CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.open_book_path(Path(chosen))

    def _on_recent_chosen(self, path: str) -> None:
        self.open_book_path(Path(path))


def same_file(first: Path, second: Path) -> bool:
    """`first` (an open book's path) and `second` (as a user gave it) name one file."""
    try:
        return first.resolve() == books.normalise_path(second).resolve()
    except OSError:
        return False
