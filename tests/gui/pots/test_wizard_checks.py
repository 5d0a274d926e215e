"""The close wizard's first page offers the year that makes sense (the oldest year that is
over, in the book and not closed), refuses a year the book never had, and explains a
counted-cash difference in plain words; the Spaarpotten page's reopen box offers the last
closed year. Nothing is written by the checks."""

from __future__ import annotations

import os
from datetime import date

from pots.bookhelp import Members, fund_reserve, receive
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import year_close
from coopdesk.services.books import Book
from coopdesk.store import year_close as store
from coopdesk.store.chart import CASH

SHOTS = "/tmp/shots/trialfix1"


def _wizard(qtbot: QtBot, book: Book) -> YearCloseWizard:
    wizard = YearCloseWizard(book)
    qtbot.addWidget(wizard)
    wizard.resize(760, 560)
    wizard.show()
    return wizard


def _closed(book: Book) -> list[int]:
    with book.transaction() as session:
        return [c.year for c in store.closed_years(session, 1, 3000)]


def test_the_year_offered_is_the_oldest_open_one_in_the_book(qtbot: QtBot, book: Book, members: Members) -> None:
    fund_reserve(book, Money(100), date(2023, 6, 1))  # the book starts in 2023; today is 28-11-2026
    assert _wizard(qtbot, book).checks.year.value() == 2023  # not today's year - 1 (2025): 2023 comes first
    year_close.close_year(book, 2023, Money(0), backup=False)
    assert _wizard(qtbot, book).checks.year.value() == 2024


def test_a_year_before_the_book_and_a_cash_difference_are_explained(qtbot: QtBot, book: Book,
                                                                     members: Members) -> None:
    receive(book, date(2025, 3, 1), Money("538.05"), money=CASH)
    wizard = _wizard(qtbot, book)
    checks = wizard.checks
    assert checks.year.value() == 2025  # the book starts 10-01-2025
    checks.year.setValue(2024)
    checks.cash.setText("0,00")
    checks.check_button.click()
    assert checks.findings.text() == "Eerst oplossen:\n• Dit boek begint op 10-01-2025; 2024 ligt ervoor."
    assert not checks.isComplete()
    checks.year.setValue(2025)
    checks.cash.setText("500,00")
    checks.check_button.click()
    assert ("• Er is € 38,05 minder geteld dan de boeken zeggen (€ 538,05). Boek het verschil eerst op de pagina "
            "Boekhouding (Uitgave uit de kas of Memoriaal, op 31-12-2025, bijvoorbeeld op 4900 Overige kosten) en "
            "controleer opnieuw.") in checks.findings.text().split("\n")
    assert not checks.isComplete() and _closed(book) == []
    os.makedirs(SHOTS, exist_ok=True)
    wizard.grab().save(f"{SHOTS}/wizard-cash-difference.png")
    checks.cash.setText("538,05")
    checks.check_button.click()
    assert checks.isComplete()


def test_the_reopen_box_offers_the_last_closed_year(page: PotsPage, book: Book, members: Members,
                                                   qtbot: QtBot) -> None:
    assert page.reopen_year.value() == 2025  # nothing closed: the last year that is over
    fund_reserve(book, Money(100), date(2023, 6, 1))
    year_close.close_year(book, 2023, Money(0), backup=False)
    again = PotsPage(book, QUndoStack())
    qtbot.addWidget(again)
    assert again.reopen_year.value() == 2023
