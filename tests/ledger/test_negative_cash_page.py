"""The Boekhouding page when a posting would leave the cash box below zero: the form shows
the day and the balance and posts only after an explicit "Toch boeken"; "Annuleren" writes
nothing; the Kasboek tab lists the days the cash box stood below zero."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import Account, NegativeCashError, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.gui.ledger.forms import MoneyDialog
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
YEAR = Period.year(2026)


@pytest.fixture
def page(qtbot: QtBot, book: Book, accounts: dict[str, Account]) -> LedgerPage:
    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 3, 2), accounts["1000"].id, accounts["8000"].id,
                                               Money("864"), "Dagomzet"))
    widget = LedgerPage(book, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def type_big_expense(qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account]) -> MoneyDialog:
    dialog = page.open_money_form(TransactionKind.EXPENSE)
    dialog.date.setDate(QDate(2026, 3, 5))
    qtbot.keyClicks(dialog.amount, "5000")  # a bare 5.000 is refused as ambiguous (numbers.py)
    qtbot.keyClicks(dialog.description, "Inkoop keuken")
    dialog.category.setCurrentIndex(dialog.category.findData(accounts["4000"].id))
    assert dialog.money_account.currentData() == accounts["1000"].id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def cash_balance(book: Book, accounts: dict[str, Account]) -> Money:
    return ledger.account_balances_around(book, accounts["1000"].id, YEAR)[1]


def test_toch_boeken_posts_the_expense_that_takes_the_cash_box_below_zero(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    dialog = type_big_expense(qtbot, page, accounts)
    box = dialog.negative_cash_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert "1000 Kas" in box.text() and "05-03-2026" in box.text() and "€ -4.136,00" in box.text()
    assert cash_balance(book, accounts) == Money("864")  # nothing written while the box asks
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(box.post_anyway_button, Qt.MouseButton.LeftButton)
    assert cash_balance(book, accounts) == Money("-4136")
    assert not dialog.allow_negative_cash  # the override was for that one posting only
    page.tabs.setCurrentWidget(page.cash_tab)
    assert page.cash_tab.below_zero.isVisible()
    assert "1000 Kas staat onder nul vanaf 05-03-2026" in page.cash_tab.below_zero.text()


def test_annuleren_keeps_the_form_open_says_why_and_writes_nothing(
    qtbot: QtBot, page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    dialog = type_big_expense(qtbot, page, accounts)
    box = dialog.negative_cash_box
    assert box is not None
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.negative_cash_box is None
    assert dialog.isVisible()
    assert "05-03-2026" in dialog.error.text() and "€ -4.136,00" in dialog.error.text()
    assert cash_balance(book, accounts) == Money("864")
    assert ledger.count_journal_lines(book, YEAR) == 2
    assert not page.cash_tab.below_zero.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "800")  # a right amount posts without a question
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert cash_balance(book, accounts) == Money("64")


def test_posting_a_draft_from_the_list_asks_first(
    page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    draft = ledger.save_money_draft(book, TransactionKind.EXPENSE, ledger.MoneyForm(
        date(2026, 3, 5), accounts["1000"].id, accounts["4000"].id, Money("5000"), "Inkoop"))
    page.refresh()
    asked: list[NegativeCashError] = []
    page.confirm_negative_cash = lambda error: asked.append(error) is not None  # "Annuleren"
    page.tabs.setCurrentWidget(page.drafts_tab)
    page.post_draft_button.click()
    assert [(e.day, e.balance) for e in asked] == [(date(2026, 3, 5), Money("-4136"))]
    assert not ledger.get_transaction(book, draft).is_posted
    assert "niet geboekt" in page.notice.text()
    page.confirm_negative_cash = lambda error: True  # "Toch boeken"
    page.post_draft_button.click()
    assert ledger.get_transaction(book, draft).is_posted
    assert cash_balance(book, accounts) == Money("-4136")
