"""The Boekhouding page driven as a treasurer would: keyboard into the forms, then
find the result in the cash book, the journal and the reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import Account, Posting, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.gui.ledger.forms import AccountDialog, CorrectionDialog, MoneyDialog
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book


def texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_title(page: LedgerPage) -> None:
    assert page.title() == "Boekhouding"


def test_a_sale_typed_into_the_receipt_form_shows_in_the_cash_book_and_trial_balance(
    qtbot: QtBot, page: LedgerPage,
) -> None:
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MoneyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.amount, "1.045,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.description, "Dagomzet lunch")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter alone moves on
    cash = page.cash_tab.model
    assert texts(cash, 2) == ["Dagomzet lunch"]
    assert texts(cash, 5) == ["€ 1.045,50"]
    assert texts(cash, 7) == ["€ 1.045,50"]
    page.report_choice.setCurrentIndex(page.report_choice.findData("trial-balance"))
    report = page.report_model
    rows = {report.index(r, 0).data(): (report.index(r, 2).data(), report.index(r, 3).data())
            for r in range(report.rowCount())}
    assert rows["1000"] == ("€ 1.045,50", "")
    assert rows["8000"] == ("", "€ 1.045,50")


def test_a_wrong_amount_keeps_the_form_open_and_writes_nothing(qtbot: QtBot, page: LedgerPage, book: Book) -> None:
    dialog = page.open_money_form(TransactionKind.EXPENSE)
    qtbot.keyClicks(dialog.amount, "twaalf")
    qtbot.keyClicks(dialog.description, "Huur")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "geen bedrag" in dialog.error.text()
    assert ledger.count_journal_lines(book, page.period()) == 0


def test_an_unbalanced_memoriaal_cannot_be_saved_and_says_by_how_much(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    dialog = page.open_journal_form()
    qtbot.keyClicks(dialog.description, "Bank naar kas")
    (first, first_debit, _), (second, _, second_credit) = dialog.rows
    first.setCurrentIndex(first.findData(accounts["1000"].id))
    second.setCurrentIndex(second.findData(accounts["1100"].id))
    qtbot.keyClicks(first_debit, "10")
    qtbot.keyClicks(second_credit, "7,50")
    assert not dialog.save_button.isEnabled()
    assert "€ 2,50" in dialog.status.text()
    second_credit.clear()
    qtbot.keyClicks(second_credit, "10,00")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert texts(page.journal_model, 3) == ["Bank naar kas", "Bank naar kas"]


def test_corrigeren_reverses_the_selected_transaction(
    page: LedgerPage, book: Book, accounts: dict[str, Account],
) -> None:
    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id,
                                               Money("20"), "Verkoop"))
    page.refresh()
    page.confirm = lambda title, question: True
    page.tabs.setCurrentWidget(page.cash_tab)
    page.cash_tab.view.selectRow(0)
    page.reverse_button.click()
    dialog = page.findChild(CorrectionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reverse_only_button.click()
    assert texts(page.cash_tab.model, 7) == ["€ 20,00", "€ 0,00"]
    assert "teruggeboekt" in page.notice.text()


def test_opening_balance_form_posts_once(qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account]) -> None:
    dialog = page.open_opening_form()
    qtbot.keyClicks(dialog.amounts[accounts["1100"].id], "5.000,00")
    qtbot.keyClicks(dialog.amounts[accounts["0100"].id], "4.000,00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not page.opening_button.isEnabled()
    assert texts(page.bank_tab.model, 7) == ["€ 5.000,00"]


def test_accounts_can_be_added_renamed_and_deactivated(qtbot: QtBot, page: LedgerPage) -> None:
    page.add_account_button.click()
    dialog = page.findChild(AccountDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.code, "4950")
    qtbot.keyClicks(dialog.name, "Attenties")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter alone moves on
    codes = texts(page.accounts_model, 0)
    row = codes.index("4950")
    page.rename_account(page.accounts_model.account_at(row).id, "Attenties en bloemen")
    assert texts(page.accounts_model, 1)[row] == "Attenties en bloemen"
    page.accounts_view.selectRow(row)
    page.toggle_account_button.click()
    assert texts(page.accounts_model, 4)[row] == "nee"


def test_every_model_passes_the_model_tester(qtmodeltester: object, page: LedgerPage, book: Book,
                                             accounts: dict[str, Account]) -> None:
    for day in range(1, 8):
        ledger.post_receipt(book, ledger.MoneyForm(date(2026, 11, day), accounts["1000"].id, accounts["8000"].id,
                                                   Money(day), f"Verkoop {day}"))
    ledger.post_journal_entry(book, date(2026, 11, 9), "Kas naar bank",
                              [Posting(accounts["1100"].id, Money("28")), Posting(accounts["1000"].id, Money("-28"))])
    page.cash_tab.model.PAGE = 3
    page.journal_model.PAGE = 4
    page.refresh()
    assert page.cash_tab.model.rowCount() == 3
    assert page.cash_tab.model.canFetchMore(QModelIndex())
    for model in (page.cash_tab.model, page.bank_tab.model, page.journal_model, page.ledger_tab.model,
                  page.accounts_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    while page.cash_tab.model.canFetchMore(QModelIndex()):
        page.cash_tab.model.fetchMore(QModelIndex())
    assert page.cash_tab.model.rowCount() == 8
    assert page.cash_tab.model.index(7, 7).data() == "€ 0,00"
    for key in ("profit-loss", "profit-loss-centre", "trial-balance", "balance-sheet"):
        page.report_choice.setCurrentIndex(page.report_choice.findData(key))
        qtmodeltester.check(page.report_model)  # type: ignore[attr-defined]


def test_negative_amounts_are_red(page: LedgerPage, book: Book, accounts: dict[str, Account]) -> None:
    ledger.post_expense(book, ledger.MoneyForm(date(2026, 11, 2), accounts["1000"].id, accounts["4000"].id,
                                               Money("12.5"), "Boodschappen"), allow_negative_cash=True)
    page.refresh()
    index = page.cash_tab.model.index(0, 7)
    assert index.data() == "€ -12,50"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)


def test_receipt_categories_show_income_first_and_apart(page: LedgerPage) -> None:
    dialog = page.open_money_form(TransactionKind.RECEIPT)
    combo = dialog.category
    labels = [combo.itemText(i) for i in range(combo.count())]
    separators = [i for i in range(combo.count())
                  if combo.itemData(i, Qt.ItemDataRole.AccessibleDescriptionRole) == "separator"]
    assert separators, labels
    income = labels[: separators[0]]
    assert income and all(label.startswith("8") for label in income)
    dialog.close()


def test_the_opening_balance_button_says_why_it_is_greyed_out(page: LedgerPage, book: Book) -> None:
    from datetime import date as day

    from coopdesk.domain.money import Money
    from coopdesk.services import ledger

    assert page.opening_button.isEnabled() and "één keer" in page.opening_button.toolTip()
    cash = next(a for a in ledger.list_accounts(book) if a.code == "1000")
    ledger.post_opening_balances(book, day(2026, 1, 1), {cash.id: Money("100")})
    page.refresh()
    assert not page.opening_button.isEnabled()
    assert "al geboekt" in page.opening_button.toolTip()
