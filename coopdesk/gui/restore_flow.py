"""Restoring a backup from the main window: Bestand → Backup terugzetten…, and the offer
made when a book turns out to be damaged (on opening, or by the check after it).

The dialog (`restore_dialog.RestoreDialog`) lists the book's backups; the chosen one is put
in the book's place by `services.books.restore_backup`, which keeps the current file (and
its journal) aside, and the restored book is opened. No message tells a person to copy
files by hand.

`RestoreFlow` is one of the parts `main_window.MainWindow` is made of. Its texts are in
the translation context "MainWindow".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from coopdesk.domain.errors import BookError
from coopdesk.gui.book_opening import same_file
from coopdesk.services import books

translate = QCoreApplication.translate


class RestoreFlow:
    """Restoring a backup (a part of `MainWindow`; see the module docstring)."""

    def _offer_restore(self, path: Path, message: str) -> None:
        """A damaged book: say so, and offer the restore dialog when there is a backup."""
        if not books.list_backups(path):
            self.messages.error(message, translate("MainWindow", "Boek lijkt beschadigd"))
            return
        if self.messages.confirm(message, translate("MainWindow", "Boek lijkt beschadigd"),
                                 translate("MainWindow", "Backup terugzetten…")):
            self.show_restore_dialog(path)

    def choose_backup_to_restore(self) -> None:
        """Bestand → Backup terugzetten…: for the open book, or a book the user picks."""
        if self.book is not None and self.book.path is not None:
            self.show_restore_dialog(self.book.path)
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Van welk boek een backup terugzetten?"), self._start_folder(),
            translate("MainWindow", "CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.show_restore_dialog(Path(chosen))

    def show_restore_dialog(self, path: Path) -> None:
        from coopdesk.gui.restore_dialog import RestoreDialog

        target = books.normalise_path(path)
        dialog = RestoreDialog(target, books.backup_overview(target, check=False), self)
        dialog.accepted.connect(lambda: self.restore_backup(target, dialog.chosen()))
        self._open_dialog(dialog)

    def restore_backup(self, path: Path, backup: Path | None) -> bool:
        """Put `backup` in the book's place (the current file is kept aside) and open it."""
        if backup is None:
            return False
        if self.book is not None and self.book.path is not None and same_file(self.book.path, path):
            self.close_book()
        try:
            restored = books.restore_backup(path, backup, clock=self.clock)
        except BookError as error:
            self.messages.error(error.message(), translate("MainWindow", "Backup terugzetten"))
            return False
        if not self.open_book_path(restored.book):
            return False
        aside = restored.kept_aside[0].name if restored.kept_aside else "-"
        self.statusBar().showMessage(translate(
            "MainWindow", "Backup {backup} teruggezet; het vorige bestand is bewaard als {aside}.").format(
                backup=restored.backup.name, aside=aside))
        return True
