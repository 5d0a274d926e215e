"""The year close runs on the worker: the confirm page says it is busy, the wizard's buttons
are off and it cannot be closed until the job has ended; a failure (a proposal the books no
longer match, a backups folder that cannot be written) shows the Dutch message on the page
and leaves the year open with nothing written; success shows the backup's name and the
locked year. The book is never used from two threads at once."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pots.bookhelp import Members, balance, receive
from PySide6.QtWidgets import QWizard

from coopdesk.domain.money import Money
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import pots, year_close
from coopdesk.services.books import Book
from coopdesk.store import audit
from coopdesk.store.book import unit_of_work
from coopdesk.store.chart import POTS
from gui.pots.test_pots_page import finish, finished_year

BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def _to_confirm(page: PotsPage) -> YearCloseWizard:
    wizard = page.close_year()
    wizard.checks.cash.setText("0,00")
    wizard.checks.check_button.click()
    for _step in range(3):
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.confirm
    return wizard


def _nothing_written(book: Book) -> None:
    assert pots.list_pots(book).rows == ()
    assert balance(book, POTS) == Money(0)
    with book.transaction() as session:
        assert [line.action for line in audit.recent(session, action_prefix="year.close")] == []
    assert not any("al afgesloten" in f.render("nl") for f in year_close.close_checks(book, 2025, Money(0)))


def test_the_wizard_is_busy_and_cannot_be_closed_while_the_year_closes(
        page: PotsPage, book: Book, members: Members) -> None:
    finished_year(book, members)
    wizard = _to_confirm(page)
    assert wizard.confirm.busy.isHidden()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    job = wizard.confirm.job
    assert job is not None and job.running  # its end arrives through the event loop, not yet run
    assert not wizard.confirm.busy.isHidden() and wizard.confirm.busy.text() == "Reservekopie maken en boeken…"
    assert not wizard.confirm.busy_bar.isHidden()
    assert [wizard.button(b).isEnabled() for b in BUTTONS] == [False, False, False]
    wizard.reject()  # Annuleren / Escape
    wizard.close()  # the window's cross
    assert wizard.isVisible() and "loopt nog" in wizard.confirm.error.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()  # disabled: no second close
    assert wizard.confirm.job is job
    job.wait()
    assert wizard.confirm.busy.isHidden() and wizard.confirm.error.text() == ""
    note = wizard.confirm.closed_note.text()
    assert wizard.backup is not None and wizard.backup.exists() and wizard.backup.name in note
    assert "2025 is afgesloten en vergrendeld" in note
    # what was done, not the future tense of the page before the click
    assert "De winstverdeling is geboekt op 31-12-2025." in note and wizard.confirm.summary.isHidden()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Sluiten"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [
        ("Ans de Wit", Money("1266.67")), ("Bo Smit", Money("2533.33"))]
    wizard.close()  # closed with the cross after success: the page still hears of it
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert page.notice.text().startswith("2025 is afgesloten.") and wizard.backup.name in page.notice.text()
    assert [r.balance for r in page.pots_model.rows()] == [Money("1266.67"), Money("2533.33")]


def test_the_book_is_not_used_from_two_threads_at_once(page: PotsPage, book: Book, members: Members,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    finished_year(book, members)
    wizard = _to_confirm(page)
    original = unit_of_work.Book.transaction
    inside: dict[int, int] = {}  # thread id -> open units of work
    guard = threading.Lock()
    overlaps: list[tuple[int, int]] = []
    threads: set[int] = set()

    @contextlib.contextmanager
    def watched(self: Book) -> Iterator[object]:
        me = threading.get_ident()
        with guard:
            overlaps.extend((me, other) for other, depth in inside.items() if depth and other != me)
            inside[me] = inside.get(me, 0) + 1
            threads.add(me)
        try:
            with original(self) as session:
                yield session
        finally:
            with guard:
                inside[me] -= 1

    monkeypatch.setattr(unit_of_work.Book, "transaction", watched)
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.confirm.error.text()
    assert threading.get_ident() in threads and len(threads) == 2  # the close ran on the worker, the page here
    assert overlaps == []


def test_a_proposal_the_books_no_longer_match_is_refused_on_the_page_and_nothing_is_written(
        page: PotsPage, book: Book, members: Members) -> None:
    finished_year(book, members)
    wizard = _to_confirm(page)
    receive(book, date(2025, 12, 30), Money(10))  # the books change after the proposal was shown
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.confirm.job is not None
    wizard.confirm.job.wait()
    assert "De boeken zijn veranderd sinds dit voorstel" in wizard.confirm.error.text()
    assert "Het jaar is niet afgesloten; er is niets geboekt." in wizard.confirm.error.text()
    assert wizard.confirm.closed_note.isHidden() and wizard.confirm.busy.isHidden()
    assert wizard.isVisible() and wizard.currentPage() is wizard.confirm
    assert [wizard.button(b).isEnabled() for b in BUTTONS] == [True, True, True]
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Jaar afsluiten"
    _nothing_written(book)
    wizard.button(QWizard.WizardButton.BackButton).click()  # back to see the new proposal
    assert wizard.currentPage() is wizard.distribution


def test_a_backups_folder_that_cannot_be_written_refuses_the_close(
        page: PotsPage, book: Book, members: Members, book_path: Path) -> None:
    finished_year(book, members)
    (book_path.parent / "backups").write_text("geen map")  # where the folder should be
    wizard = _to_confirm(page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.confirm.job is not None
    wizard.confirm.job.wait()
    error = wizard.confirm.error.text()
    assert error.startswith("De reservekopie kon niet worden gemaakt in ") and "backups" in error
    assert "backups: daar staat een bestand in plaats van een map." in error
    assert error.endswith("Het jaar is niet afgesloten; er is niets geboekt.")
    assert wizard.backup is None and wizard.isVisible()
    _nothing_written(book)
    wizard.reject()  # Annuleren works again, and nothing was closed
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert page.notice.isHidden()
