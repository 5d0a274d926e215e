"""Excel hours sheets from the Weekrooster tab: write an empty sheet for volunteers, and
import a filled one on a worker thread (`coopdesk.gui.worker`) behind a progress dialog.

The import job reads the sheet, then checks and writes all its rows in one unit of work
(`services.hours.import_hours`): cancelled before that step, nothing is written. The
report opens in a dialog; what was written goes to the page as a `Changes`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from coopdesk.domain.display import show_date
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.hours import ImportProblem, ImportReport, ImportRow, iso_week
from coopdesk.exports.hours_sheet import read_hours_sheet, write_hours_sheet
from coopdesk.gui import worker
from coopdesk.gui.hours.dialogs import ImportReportDialog
from coopdesk.gui.hours.week_tab import WeekTab
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes


class SheetActions(QObject):
    changed = Signal(object)  # the Changes an import made

    def __init__(self, book: Book, week: WeekTab) -> None:
        super().__init__(week)
        self._book = book
        self._week = week
        self.report_dialog: ImportReportDialog | None = None
        self.import_job: worker.Job | None = None
        self.import_progress: QProgressDialog | None = None
        week.template_button.clicked.connect(self._on_template_button_clicked)
        week.import_button.clicked.connect(self._on_import_button_clicked)

    # -- the template ----------------------------------------------------------------------------------
    def template_suggestion(self) -> Path:
        """Where the save dialog starts: next to the book, named after it."""
        folder = self._book.path.parent if self._book.path is not None else Path.home()
        name = "".join(c if c.isalnum() or c in " -_." else "_" for c in self._book.name).strip() or "boek"
        return folder / f"urenformulier-{name}.xlsx"

    def _choose_save_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self._week, self.tr("Urenformulier opslaan"), str(self.template_suggestion()),
            self.tr("Excel-werkmappen (*.xlsx)")
        )
        return path

    def _on_template_button_clicked(self) -> None:
        path = self._choose_save_file()
        if path:
            self.write_template(Path(path))

    def write_template(self, path: Path) -> Path | None:
        try:
            written = write_hours_sheet(path, hours_service.sheet_template(self._book))
        except (CoopDeskError, OSError) as error:
            text = error.message() if isinstance(error, CoopDeskError) else str(error)
            QMessageBox.warning(self._week, self.tr("Urenformulier"), text)
            return None
        self._week.show_message(self.tr("Urenformulier opgeslagen: {path}").format(path=written), "info")
        return written

    # -- the import --------------------------------------------------------------------------------------
    def _choose_open_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self._week, self.tr("Urenformulier inlezen"), str(self.template_suggestion().parent),
            self.tr("Excel-werkmappen (*.xlsx);;Alle bestanden (*)")
        )
        return path

    def _on_import_button_clicked(self) -> None:
        path = self._choose_open_file()
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> worker.Job:
        """Read and import a filled hours sheet on a worker thread, behind a progress dialog
        with Annuleren; the window keeps painting. The report opens in a dialog when done."""
        book = self._book
        reading = self.tr("Urenformulier lezen…")
        writing = self.tr("Uren controleren en opslaan…")

        def run(progress: worker.Progress) -> tuple[ImportReport, tuple[ImportRow, ...]]:
            progress.report(0, 2, reading)
            try:
                sheet = read_hours_sheet(path)
            except CoopDeskError as error:
                problem = ImportProblem(0, error.text, tuple(error.values.items()))
                return ImportReport(path.name, 0, (problem,)), ()
            progress.report(1, 2, writing)  # the last moment to cancel: nothing written yet
            report = hours_service.import_hours(
                book, sheet.rows, sheet.content_hash, sheet.source_name, sheet.problems, sheet.rows_read)
            return report, sheet.rows

        progress = QProgressDialog(reading, self.tr("Annuleren"), 0, 2, self._week)
        progress.setWindowTitle(self.tr("Urenformulier inlezen"))
        # not modal: a modal QProgressDialog runs a nested event loop in every setValue; the
        # week grid is disabled instead (`_set_busy`), and the rest of the window stays usable
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumWidth(360)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        job = worker.start(run, self)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(self._on_import_progressed)
        job.finished.connect(self._on_import_finished)
        job.failed.connect(self._on_import_failed)
        job.cancelled.connect(self._on_import_cancelled)
        job.ended.connect(self._on_import_ended)
        self.import_job, self.import_progress = job, progress
        self._set_busy(True)
        return job

    def _set_busy(self, busy: bool) -> None:
        """No typing into the week, nor a second import, while a sheet is being imported
        (not the whole tab: that would disable the progress dialog's Annuleren with it)."""
        for widget in (self._week.grid_view, self._week.import_button):
            widget.setEnabled(not busy)

    def import_sheet(self, path: Path) -> ImportReport | None:
        """`start_import` and wait (the GUI keeps running) for its report; None when cancelled."""
        job = self.start_import(path)
        job.wait()
        if job.error is not None:
            raise job.error
        return job.result[0] if isinstance(job.result, tuple) else None

    def _on_import_progressed(self, done: int, total: int, text: str) -> None:
        if self.import_progress is not None:
            self.import_progress.setMaximum(total)
            self.import_progress.setLabelText(text)
            self.import_progress.setValue(done)

    def _on_import_finished(self, outcome: tuple[ImportReport, tuple[ImportRow, ...]]) -> None:
        report, rows = outcome
        if report.ok:
            self._week.load_week()
            self._week.show_message(report.summary(), "info")
            self.changed.emit(Changes(hours=True))
        else:
            # never leave an earlier "5 rijen ingelezen" standing over a failed import
            self._week.show_message(
                self.tr("{file}: {summary} Zie het verslag.").format(file=report.source_name, summary=report.summary()),
                "error")
        scope = self.import_scope(rows) if report.ok else ""
        self.report_dialog = ImportReportDialog(report, self._week, scope=scope)
        self.report_dialog.open()

    def _on_import_failed(self, error: BaseException) -> None:
        if isinstance(error, CoopDeskError):
            self._week.show_message(error.message(), "error")
            return
        self._week.show_message(self.tr("Het inlezen is mislukt; er is niets ingelezen."), "error")
        sys.excepthook(type(error), error, error.__traceback__)

    def _on_import_cancelled(self) -> None:
        self._week.show_message(self.tr("Inlezen afgebroken; er is niets ingelezen."), "warning")

    def _on_import_ended(self) -> None:
        if self.import_progress is not None:
            self.import_progress.close()
            self.import_progress.deleteLater()
        self.import_progress = None
        self.import_job = None
        self._set_busy(False)

    def import_scope(self, rows: tuple[ImportRow, ...]) -> str:
        """What an import filled: '3 rijen voor 2 leden, van 16-11-2026 t/m 24-11-2026 (week 47 en 48).'"""
        if not rows:
            return ""
        members = len({row.member_number for row in rows})
        first = min(row.worked_on for row in rows)
        last = max(row.worked_on for row in rows)
        weeks = sorted({iso_week(row.worked_on) for row in rows})
        count = (self.tr("1 rij") if len(rows) == 1 else self.tr("{count} rijen").format(count=len(rows)))
        who = (self.tr("1 lid") if members == 1 else self.tr("{count} leden").format(count=members))
        when = (self.tr("op {day}").format(day=show_date(first)) if first == last else
                self.tr("van {first} t/m {last}").format(first=show_date(first), last=show_date(last)))
        numbers = [str(week) for _, week in weeks]
        if len(numbers) == 1:
            which = self.tr("week {week}").format(week=numbers[0])
        elif len(numbers) <= 4:
            which = self.tr("week {weeks} en {last}").format(weeks=", ".join(numbers[:-1]), last=numbers[-1])
        else:
            which = self.tr("{count} weken").format(count=len(numbers))
        return self.tr("{rows} voor {members}, {when} ({weeks}).").format(
            rows=count, members=who, when=when, weeks=which)
