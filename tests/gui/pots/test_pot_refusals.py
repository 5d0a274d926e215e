"""The deposit and withdrawal forms refuse, under the form and writing nothing, what the
treasurer tester found accepted or misnamed: a deposit the general reserve cannot cover,
a huge amount, a withdrawal dated in a closed year (named as such, not as the pot's
balance)."""

from __future__ import annotations

from datetime import date

import pytest
from pots.bookhelp import Members, balance
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.gui.pots.dialogs import DepositDialog, WithdrawDialog
from coopdesk.gui.pots.page import PotsPage
from coopdesk.services import pots, year_close
from coopdesk.services.books import Book
from coopdesk.store.chart import GENERAL_RESERVE, POTS

pytestmark = pytest.mark.usefixtures("reserve")
SHOTS = "/tmp/shots/trialfix1"


def _written(book: Book) -> tuple[Money, Money, int]:
    return balance(book, GENERAL_RESERVE), balance(book, POTS), len(pots.list_pots(book).rows)


def _shot(widget: object, name: str) -> None:
    import os

    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(f"{SHOTS}/{name}.png")  # type: ignore[attr-defined]


def test_a_deposit_the_reserve_cannot_cover_is_refused_under_the_form(page: PotsPage, book: Book,
                                                                      members: Members, qtbot: QtBot) -> None:
    before = _written(book)
    dialog = DepositDialog(book, members.ans.id, members.ans.number, members.ans.name, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reserve.text() == "De algemene reserve staat op 28-11-2026 op € 10.000,00; meer kan er niet uit."
    dialog.day.set_value(date(2024, 12, 30))  # before the reserve was funded
    assert "op 30-12-2024 op € 0,00" in dialog.reserve.text()
    dialog.day.set_value(date(2026, 11, 28))
    dialog.amount.setText("500.000,00")
    dialog.reason.setText("ALV besluit")
    dialog.save_button.click()
    assert dialog.error.text() == ("De algemene reserve staat op 28-11-2026 op € 10.000,00; een storting van "
                                   "€ 500.000,00 brengt hem onder nul.")
    assert dialog.isVisible() and _written(book) == before
    _shot(dialog, "deposit-not-covered")
    dialog.amount.setText("20.000.000,00")
    dialog.save_button.click()
    assert dialog.error.text() == "Bedrag: € 20.000.000,00 is meer dan € 10.000.000,00; dat kan niet kloppen."
    assert _written(book) == before
    _shot(dialog, "deposit-huge")
    dialog.amount.setText("10.000,00")  # exactly what the reserve holds
    dialog.save_button.click()
    assert dialog.result() == DepositDialog.DialogCode.Accepted
    assert balance(book, GENERAL_RESERVE) == Money(0) and balance(book, POTS) == Money(-10000)


def test_a_withdrawal_dated_in_a_closed_year_says_the_year_is_closed(page: PotsPage, book: Book,
                                                                     members: Members, qtbot: QtBot) -> None:
    year_close.close_year(book, 2025, Money(0), backup=False)
    before = _written(book)
    dialog = WithdrawDialog(book, members.bo.id, members.bo.number, members.bo.name, Money(0), page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_purpose("Cursus of opleiding")
    dialog.amount.setText("200,00")
    dialog.receipt.setText("B-1")
    dialog.day.set_value(date(2025, 6, 15))
    dialog.save_button.click()
    assert dialog.error.text().startswith("Het jaar 2025 is afgesloten; heropen het jaar (met een reden)")
    assert "onder nul" not in dialog.error.text()
    assert dialog.isVisible() and _written(book) == before
    _shot(dialog, "withdraw-closed-year")
