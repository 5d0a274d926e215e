"""A reserve or a debt shows its natural sign on the ledger card (issue 9).

A reserve of ten thousand euro in credit used to show as red `€ -10.000,00` on the
Grootboekkaart; a Dutch balance sheet shows it as `€ 10.000,00`. The flip is
`AccountType.natural`, used by the view model; a balance against the account's
nature (cash in credit, a reserve in debit) stays negative and red.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import Account, AccountType
from coopdesk.domain.money import Money
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@given(st.integers(min_value=-10**9, max_value=10**9), st.sampled_from(list(AccountType)))
def test_natural_flips_credit_natured_accounts_only(cents: int, kind: AccountType) -> None:
    balance = Money.from_cents(cents)
    shown = kind.natural(balance)
    if kind in (AccountType.ASSET, AccountType.EXPENSE):
        assert shown == balance
    else:
        assert shown == -balance
    assert kind.natural(shown) == balance


def _card(qtbot: QtBot, book: Book, account: Account) -> LedgerPage:
    page = LedgerPage(book, QUndoStack())
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.ledger_tab)
    combo = page.ledger_tab.account
    combo.setCurrentIndex(combo.findData(account.id))
    return page


def test_a_reserve_in_credit_shows_positive_and_black_on_the_ledger_card(
        qtbot: QtBot, book: Book, accounts: dict[str, Account]) -> None:
    ledger.post_opening_balances(book, date(2026, 1, 1), {accounts["1000"].id: Money("10000"),
                                                         accounts["0100"].id: Money("10000")})
    page = _card(qtbot, book, accounts["0100"])
    model = page.ledger_tab.model
    saldo = model.index(model.rowCount() - 1, 7)
    assert saldo.data() == "€ 10.000,00"
    assert saldo.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Saldo einde periode: € 10.000,00" in page.ledger_tab.balance.text()
    assert model.index(model.rowCount() - 1, 6).data() == "€ 10.000,00"  # the Credit column is unchanged

    cash = _card(qtbot, book, accounts["1000"]).ledger_tab.model  # an asset keeps its sign
    assert cash.index(cash.rowCount() - 1, 7).data() == "€ 10.000,00"


def test_a_reserve_overdrawn_stays_red(qtbot: QtBot, book: Book, accounts: dict[str, Account]) -> None:
    ledger.post_opening_balances(book, date(2026, 1, 1), {accounts["1000"].id: Money("100"),
                                                         accounts["0100"].id: Money("-250")})
    model = _card(qtbot, book, accounts["0100"]).ledger_tab.model
    saldo = model.index(model.rowCount() - 1, 7)
    assert saldo.data() == "€ -250,00"
    assert saldo.data(Qt.ItemDataRole.ForegroundRole) is not None
