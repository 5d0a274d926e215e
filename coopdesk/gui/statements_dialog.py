"""Jaaroverzichten: the members' year-end statements from the window.

The dialog asks for the year, one member or all, the order (name, or postcode for
posting) and the output (one combined PDF for printing, or one file per member). The
batch runs on the worker (`coopdesk.gui.worker`) behind a progress dialog with
Annuleren; the window keeps painting. Statements are recorded as issued together with
putting the written file in place, so a cancelled or failed batch issues nothing.
`Voorbeeld` renders the chosen member's statement (or the first of the year) and shows it
in a `QPdfView`, inside the app: as it would be issued now (marked duplicate when the
content is that of the version issued last, or as a new version saying what it
replaces), but a preview issues nothing. Printing from the preview issues it, as saving
does; the preview then shows what a further print would be (a duplicate). The dialog
computes nothing: the service gathers, the writer renders.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.gui import worker
from coopdesk.gui.messages import Messages
from coopdesk.services.books import Book


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Every page of `document` onto `printer`, each page filling the printable area at the
    printer's resolution; the number of pages printed (0 when the printer would not start)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            image = document.render(page, area.size())
            painter.drawImage(area, image)
    finally:
        painter.end()
    return document.pageCount()


def ask_and_print(document: QPdfDocument, parent: QWidget) -> int:
    """The system print dialog, then `print_document`; 0 when the treasurer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_document(document, printer)


class StatementPreview(QDialog):
    """One statement's PDF shown in the app (QtPdf), page by page. `issue` is called after
    it was printed: it records the issue and gives the PDF a further print would be (or
    None when the issue failed), which the preview then shows."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None,
                 issue: Callable[[], bytes | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 900)
        self._issue = issue
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.load(pdf)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


    def load(self, pdf: bytes) -> None:
        """Show `pdf` (the document reads from a buffer that lives as long as it shows it)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the statement on `printer` and, when a page was printed, issue it (and show
        what a further print would be); the pages printed."""
        pages = print_document(self.document, printer)
        if pages and self._issue is not None:
            again = self._issue()
            if again is not None:
                self.load(again)
        return pages

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(300)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)


class StatementsDialog(QDialog):
    """Year, member, order and output; `Voorbeeld` and `Maken…`."""

    def __init__(self, book: Book, messages: Messages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.messages = messages
        self.job: worker.Job | None = None
        self.progress: QProgressDialog | None = None
        self.preview: StatementPreview | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Jaaroverzichten"))
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2099)
        self.year.setValue(book.clock.today().year - 1)
        self.member = QSpinBox(self)
        self.member.setRange(0, 999999)
        self.member.setSpecialValueText(self.tr("alle leden"))
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Naam"), "name")
        self.order.addItem(self.tr("Postcode (om te posten)"), "postcode")
        self.combined = QRadioButton(self.tr("Eén PDF om af te drukken"), self)
        self.per_member = QRadioButton(self.tr("Eén bestand per lid (in een map)"), self)
        self.combined.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.combined)
        group.addButton(self.per_member)
        form = QFormLayout()
        form.addRow(self.tr("&Jaar"), self.year)
        form.addRow(self.tr("&Lidnummer"), self.member)
        form.addRow(self.tr("&Volgorde"), self.order)
        form.addRow(self.tr("Uitvoer"), self.combined)
        form.addRow("", self.per_member)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("&Voorbeeld"), self)
        self.make_button = QPushButton(self.tr("&Maken…"), self)
        self.make_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        self.print_button.setToolTip(self.tr("Drukt de laatst gemaakte PDF af"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.make_button.clicked.connect(self._on_make_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _member_number(self) -> int | None:
        return self.member.value() or None

    # -- preview ---------------------------------------------------------------------------
    def show_preview(self) -> StatementPreview | None:
        """The chosen member's statement (else the year's first) in a preview dialog, as it
        would be issued now; showing it issues nothing, printing it does."""
        from coopdesk.exports.statement_pdf import statement_bytes
        from coopdesk.services.statements import year_statements

        year = self.year.value()
        try:
            found = year_statements(self.book, year, member_number=self._member_number())
        except CoopDeskError as error:
            self.messages.error(error.message())
            return None
        if not found:
            self.status.setText(self.tr("Geen leden in dat jaar."))
            return None
        shown = found[0]

        def issue() -> bytes | None:
            from coopdesk.services.statements import record_issued

            try:
                record_issued(self.book, [shown])
                again = year_statements(self.book, year, member_number=shown.member_number)
            except CoopDeskError as error:
                self.messages.error(error.message())
                return None
            self.status.setText(self.tr("Jaaroverzicht {number} afgedrukt.").format(number=shown.number))
            return statement_bytes(again[:1])

        self.preview = StatementPreview(statement_bytes([shown]),
                                        self.tr("Voorbeeld: {name}").format(name=shown.member.name), self, issue)
        self.preview.show()
        return self.preview

    def _on_preview_button_clicked(self) -> None:
        self.show_preview()

    # -- the batch -------------------------------------------------------------------------
    def _on_make_button_clicked(self) -> None:
        if self.per_member.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de jaaroverzichten"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Jaaroverzichten opslaan"), f"jaaroverzichten-{self.year.value()}.pdf",
                self.tr("PDF (*.pdf)"))
        if chosen:
            self.make(Path(chosen))

    def make(self, target: Path) -> worker.Job:
        """Gather, render and record the statements into `target` (a .pdf, or a folder for
        one file per member) on the worker, behind a progress dialog with Annuleren."""
        from coopdesk.exports.statement_pdf import stage_statements
        from coopdesk.services import statements as service

        book, year, member = self.book, self.year.value(), self._member_number()
        order = service.StatementOrder(self.order.currentData())
        per_member = self.per_member.isChecked()
        gathering, rendering = self.tr("Gegevens verzamelen…"), self.tr("Jaaroverzichten maken…")

        def run(progress: worker.Progress) -> int:
            progress.report(0, 0, gathering)
            found = service.year_statements(book, year, member_number=member, order=order)
            total = len(found)

            def tell(done: int, _total: int) -> None:
                progress.report(done, total, rendering)

            with stage_statements(found, target, per_member=per_member, progress=tell) as staged:
                progress.report(total, total, rendering)  # the last moment to cancel: nothing issued yet
                service.issue_statements(book, found, staged.place)
            return total

        progress = QProgressDialog(gathering, self.tr("Annuleren"), 0, 0, self)
        progress.setWindowTitle(self.tr("Jaaroverzichten"))
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumWidth(360)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        job = worker.start(run, self)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(lambda count: self._on_job_finished(count, target))
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.ended.connect(self._on_job_ended)
        self.job, self.progress = job, progress
        self.make_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        return job

    def _on_job_progressed(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setLabelText(text)
            self.progress.setValue(done)

    def _on_job_finished(self, count: object, target: Path) -> None:
        self.written = target
        self.status.setText(self.tr("{count} jaaroverzicht(en) geschreven naar {where}.").format(
            count=count, where=str(target)))

    def written_document(self) -> QPdfDocument | None:
        """The combined PDF made last, loaded for printing (None: none made, or one file per member)."""
        if self.written is None or self.written.suffix.lower() != ".pdf":
            return None
        document = QPdfDocument(self)
        document.load(str(self.written))
        return document

    def _on_print_button_clicked(self) -> None:
        document = self.written_document()
        if document is not None:
            ask_and_print(document, self)
            document.deleteLater()

    def _on_job_failed(self, error: object) -> None:
        if isinstance(error, CoopDeskError):
            self.messages.error(error.message())
        else:
            self.messages.error(self.tr("Er ging iets mis bij het maken van de jaaroverzichten."))

    def _on_job_cancelled(self) -> None:
        self.status.setText(self.tr("Afgebroken; er is niets als verstuurd vastgelegd."))

    def _on_job_ended(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.make_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        self.print_button.setEnabled(self.written is not None and self.written.suffix.lower() == ".pdf")
