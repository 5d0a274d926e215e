"""Bestand → Afdrukken… (Ctrl+P) and Exporteren naar Excel… (Ctrl+E): what the page on
screen offers, printed or written to an Excel workbook.

A page offers a report through `printable_report()` (the Boekhouding page's report, say);
on a page without one both entries are off, with a status tip that says why. The
workbook is saved next to the book, or in Documents for a demo book in the app's data
folder. A file that cannot be written is explained, not a traceback.

`PageOutput` is one of the parts `main_window.MainWindow` is made of. Its texts are in
the translation context "MainWindow".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.reports import Report
from coopdesk.gui.paths import data_dir

translate = QCoreApplication.translate

SAVED_MESSAGE_MS = 4000


class PageOutput:
    """Printing and exporting the page on screen (a part of `MainWindow`; see the module docstring)."""

    def printable_report(self) -> Report | None:
        """What the page on screen offers to print or export (None: nothing)."""
        if self.book is None:
            return None
        page = self._built.get(self.navigation.currentRow())
        offer = getattr(page, "printable_report", None)
        report = offer() if callable(offer) else None
        return report if isinstance(report, Report) else None

    def _update_output_actions(self) -> None:
        has_report = self.printable_report() is not None
        for action in (self.export_action, self.print_action):
            action.setEnabled(has_report)
        tip = "" if has_report else translate(
            "MainWindow", "Deze pagina heeft niets om af te drukken of te exporteren.")
        self.print_action.setStatusTip(tip)
        self.export_action.setStatusTip(tip)

    def _output_folder(self) -> Path:
        """Next to the book, unless it is a demo in the app's data folder: then Documents."""
        from coopdesk.gui.book_dialogs import documents_folder

        path = self.book.path if self.book is not None else None
        if path is not None and not _inside(path, data_dir()):
            return path.parent
        return documents_folder()

    def print_page(self) -> bool:
        from coopdesk.gui.report_output import print_report

        report = self.printable_report()
        return report is not None and print_report(report, self)

    def export_page(self) -> Path | None:
        from coopdesk.gui.report_output import export_report

        report = self.printable_report()
        if report is None:
            return None
        try:
            path = export_report(report, self, self._output_folder())
        except OSError as error:
            self.messages.error(translate("MainWindow", "Het bestand kan niet worden geschreven: {reason}").format(
                reason=error.strerror or str(error)), translate("MainWindow", "Exporteren naar Excel"))
            return None
        if path is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Geëxporteerd naar {path}").format(path=path), SAVED_MESSAGE_MS)
        return path


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
