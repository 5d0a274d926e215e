"""Jaaroverzichten from the window: the batch on the worker with a progress dialog and
cancel, and the preview in a QPdfView."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.gui.messages import RecordingMessages
from coopdesk.gui.settings import Settings
from coopdesk.gui.statements_dialog import StatementsDialog
from coopdesk.services import payout
from coopdesk.services.books import Book
from tests.statements.conftest import DEMO_TODAY, YEAR, pdf_pages


@pytest.fixture
def dialog(qtbot: QtBot, demo: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StatementsDialog:
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    from coopdesk.gui.main_window import MainWindow

    window = MainWindow(Settings.at(tmp_path / "settings.ini"), FixedClock.on(DEMO_TODAY), RecordingMessages())
    qtbot.addWidget(window)
    window.set_book(demo)
    window.show()
    window.statements_action.trigger()
    assert isinstance(window.dialog, StatementsDialog)
    return window.dialog


def test_the_action_makes_every_statement_of_the_year_on_the_worker(dialog: StatementsDialog, demo: Book,
                                                                   qtbot: QtBot, tmp_path: Path) -> None:
    assert dialog.year.value() == YEAR  # last year, by default
    dialog.order.setCurrentIndex(1)  # postcode
    target = tmp_path / "alle.pdf"
    job = dialog.make(target)
    assert dialog.progress is not None and not dialog.make_button.isEnabled()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert job.error is None and job.result == 14
    assert sum("pagina 1 van" in page for page in pdf_pages(target)) == 14
    assert "14 jaaroverzicht(en) geschreven" in dialog.status.text()
    assert len(payout.audit_log(demo, 1000, "statement.issue")) == 14
    assert dialog.make_button.isEnabled() and dialog.progress is None


def test_cancel_writes_no_file_and_issues_nothing(dialog: StatementsDialog, demo: Book, qtbot: QtBot,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services import statements

    clicked = threading.Event()
    gather = statements.year_statements

    def gather_after_the_click(*args: Any, **kwargs: Any) -> Any:
        clicked.wait(30)  # so the click surely comes while the job runs, however busy the machine
        return gather(*args, **kwargs)

    monkeypatch.setattr(statements, "year_statements", gather_after_the_click)
    target = tmp_path / "alle.pdf"
    job = dialog.make(target)
    assert dialog.progress is not None
    [cancel] = dialog.progress.findChildren(QPushButton)
    assert cancel.text() == "Annuleren"
    cancel.click()
    clicked.set()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert not target.exists() and job.result is None
    assert payout.audit_log(demo, 1000, "statement.issue") == []
    assert "Afgebroken" in dialog.status.text()


def test_the_preview_shows_page_one_of_the_members_statement(dialog: StatementsDialog, qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    dialog.member.setValue(105)
    preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 2
    assert "Anouk van der Heuvel" in preview.windowTitle()
    assert "Jaaroverzicht 2025" in preview.document.getAllText(0).text()
    preview.grab().save(str(tmp_path / "preview.png"))


def test_the_batch_prints_through_qprinter(dialog: StatementsDialog, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from coopdesk.gui.statements_dialog import print_document

    dialog.member.setValue(105)
    job = dialog.make(tmp_path / "een.pdf")
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert dialog.print_button.isEnabled()
    document = dialog.written_document()
    assert document is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # a PDF "printer", so the test can read it back
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(document, printer) == 2
    assert len(pdf_pages(tmp_path / "printed.pdf")) == 2


def test_the_preview_of_a_december_leaver_and_a_clear_refusal_for_one_who_joined_later(
        dialog: StatementsDialog, demo: Book, qtbot: QtBot) -> None:
    from datetime import date

    from tests.statements.cast import december_leaver, new_member

    leaver, _ = december_leaver(demo)
    later = new_member(demo, "Nina Nieuw", date(YEAR + 1, 1, 5))
    dialog.member.setValue(leaver.number)
    preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    text = preview.document.getAllText(0).text()
    assert "Lotte Verlaat" in text and f"december {YEAR - 1}" in text and f"Betaald in {YEAR}" in text
    dialog.member.setValue(later.number)
    assert dialog.show_preview() is None
    messages = dialog.messages
    assert isinstance(messages, RecordingMessages)
    [(kind, said)] = messages.shown[-1:]
    assert kind == "error" and f"was in {YEAR} geen lid" in said


def test_a_preview_issues_no_version_printing_from_it_does(dialog: StatementsDialog, demo: Book, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    """The preview shows the statement as it would be issued now (here version 2, after a
    reversed run), but only printing it issues it; then it shows what a further print is."""
    from PySide6.QtPrintSupport import QPrinter

    from coopdesk.services.statements import record_issued, year_statements
    from tests.statements.test_versions import _reverse_a_run_of

    record_issued(demo, year_statements(demo, YEAR, member_number=105))
    _reverse_a_run_of(demo, 105)
    dialog.member.setValue(105)
    preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    shown = " ".join(" ".join(preview.document.getAllText(page).text() for page in range(2)).split())
    assert "Vervangt het overzicht 2025-00105 van" in shown and "2025-00105-2" in shown
    assert "DUPLICAAT" not in shown
    dialog.show_preview()  # looking twice issues nothing either
    assert [line.detail for line in payout.audit_log(demo, 1000, "statement.issue")] == ["2025-00105"]
    _save_page(preview, tmp_path / "preview-v2.png")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 2
    assert len(pdf_pages(tmp_path / "printed.pdf")) == 2  # pages as pictures: the text is checked above
    assert [line.detail for line in payout.audit_log(demo, 1000, "statement.issue")] == ["2025-00105-2",
                                                                                          "2025-00105"]
    assert "2025-00105-2 afgedrukt" in dialog.status.text()
    assert "DUPLICAAT" in preview.document.getAllText(0).text()  # a further print is a duplicate
    _save_page(preview, tmp_path / "preview-after-print.png")


def _save_page(preview: Any, path: Path) -> None:
    """Page 1 as the preview shows it (the view paints it later, on its own), to look at;
    COOPDESK_SHOTS names a folder to keep it in."""
    import os

    from PySide6.QtCore import QSize

    keep = os.environ.get("COOPDESK_SHOTS")
    image = preview.document.render(0, QSize(595, 842))
    assert not image.isNull()
    image.save(str(Path(keep) / path.name if keep else path))


def test_making_a_changed_statement_from_the_window_issues_version_2(dialog: StatementsDialog, demo: Book,
                                                                    qtbot: QtBot, tmp_path: Path) -> None:
    from tests.statements.test_versions import _reverse_a_run_of

    dialog.member.setValue(105)
    for name in ("1.pdf", "2.pdf"):
        if name == "2.pdf":
            _reverse_a_run_of(demo, 105)
        job = dialog.make(tmp_path / name)
        with qtbot.waitSignal(job.ended, timeout=60_000):
            pass
        assert job.error is None
    text = " ".join(" ".join(pdf_pages(tmp_path / "2.pdf")).split())
    assert "2025-00105-2" in text and "Vervangt het overzicht 2025-00105" in text and "DUPLICAAT" not in text


def test_a_failed_write_from_the_window_issues_nothing(dialog: StatementsDialog, demo: Book, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    taken = tmp_path / "taken.pdf"
    (taken / "inside").mkdir(parents=True)  # a folder stands where the file should go
    dialog.member.setValue(105)
    job = dialog.make(taken)
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert job.error is not None
    assert payout.audit_log(demo, 1000, "statement.issue") == []
    messages = dialog.messages
    assert isinstance(messages, RecordingMessages) and messages.shown[-1][0] == "error"
