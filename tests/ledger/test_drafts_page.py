"""Drafts and corrections on the Boekhouding page, driven as a treasurer would:
keep an unbalanced memoriaal as a concept, reopen it from the Concepten list, fix and
post it; Corrigeren with or without a corrected copy; cancelling writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import Account, TransactionStatus
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Period
from coopdesk.gui.ledger.forms import CorrectionDialog, JournalDialog
from coopdesk.gui.ledger.page import LedgerPage
from coopdesk.services import ledger
from coopdesk.services.books import Book

YEAR = Period.year(2026)


def texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def open_dialog(page: LedgerPage) -> JournalDialog:
    found = [d for d in page.findChildren(JournalDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def trial_balance(page: LedgerPage) -> dict[str, tuple[str, str]]:
    page.report_choice.setCurrentIndex(page.report_choice.findData("trial-balance"))
    report = page.report_model
    return {report.index(r, 0).data(): (report.index(r, 2).data(), report.index(r, 3).data())
            for r in range(report.rowCount())}


def type_unbalanced_memoriaal(qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account]) -> JournalDialog:
    qtbot.mouseClick(page.journal_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page)
    qtbot.keyClicks(dialog.description, "Bank naar kas")
    (first, first_debit, _), (second, _, second_credit) = dialog.rows
    first.setCurrentIndex(first.findData(accounts["1000"].id))
    second.setCurrentIndex(second.findData(accounts["1100"].id))
    qtbot.keyClicks(first_debit, "100")
    qtbot.keyClicks(second_credit, "97,50")
    return dialog


def test_an_unbalanced_memoriaal_kept_as_a_draft_is_reopened_by_keyboard_fixed_and_posted(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    dialog = type_unbalanced_memoriaal(qtbot, page, accounts)
    assert not dialog.save_button.isEnabled()
    assert dialog.draft_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert "concept" in page.notice.text()
    assert page.tabs.tabText(page.tabs.indexOf(page.drafts_tab)) == "Concepten (1)"
    assert texts(page.drafts_model, 3) == ["Bank naar kas"]
    assert texts(page.drafts_model, 4) == ["€ 100,00"]
    assert texts(page.drafts_model, 5) == ["nee: verschil € 2,50"]
    assert page.journal_model.rowCount() == 0  # a draft is not in the journal
    assert page.cash_tab.model.rowCount() == 0

    page.tabs.setCurrentWidget(page.drafts_tab)
    page.drafts_view.setFocus()
    qtbot.keyClick(page.drafts_view, Qt.Key.Key_Return)
    draft = open_dialog(page)
    assert draft.draft is not None
    assert draft.windowTitle() == f"Concept {draft.draft.id} bewerken"
    assert draft.description.text() == "Bank naar kas"
    assert [(row[1].text(), row[2].text()) for row in draft.rows] == [("100,00", ""), ("", "97,50")]
    assert "€ 2,50" in draft.status.text()
    credit = draft.rows[1][2]
    credit.clear()
    qtbot.keyClicks(credit, "100")
    assert draft.save_button.isEnabled()
    with qtbot.waitSignal(draft.accepted):
        qtbot.keyClick(credit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter alone moves on
    assert page.drafts_model.rowCount() == 0
    assert page.tabs.tabText(page.tabs.indexOf(page.drafts_tab)) == "Concepten"
    assert texts(page.journal_model, 3) == ["Bank naar kas", "Bank naar kas"]
    assert trial_balance(page)["1000"] == ("€ 100,00", "")
    assert trial_balance(page)["1100"] == ("", "€ 100,00")


def test_a_draft_opened_with_a_double_click_can_be_saved_again_as_a_draft(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    dialog = type_unbalanced_memoriaal(qtbot, page, accounts)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentWidget(page.drafts_tab)
    rect = page.drafts_view.visualRect(page.drafts_model.index(0, 3))
    qtbot.mouseClick(page.drafts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.drafts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    draft = open_dialog(page)
    draft.description.clear()
    qtbot.keyClicks(draft.description, "Bank naar kas, bon zoek")
    with qtbot.waitSignal(draft.accepted):
        qtbot.mouseClick(draft.draft_button, Qt.MouseButton.LeftButton)
    assert texts(page.drafts_model, 3) == ["Bank naar kas, bon zoek"]
    assert ledger.count_drafts(book) == 1
    assert ledger.count_journal_lines(book, YEAR) == 0


def test_an_unbalanced_draft_posted_from_the_list_is_refused_with_the_difference(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    dialog = type_unbalanced_memoriaal(qtbot, page, accounts)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentWidget(page.drafts_tab)
    qtbot.mouseClick(page.post_draft_button, Qt.MouseButton.LeftButton)
    assert "kan nog niet worden geboekt" in page.notice.text()
    assert "€ 2,50" in page.notice.text()
    assert ledger.list_drafts(book)[0].off == Money("2.50")
    assert ledger.count_journal_lines(book, YEAR) == 0


def test_a_draft_can_be_deleted_after_confirmation(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    dialog = type_unbalanced_memoriaal(qtbot, page, accounts)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentWidget(page.drafts_tab)
    page.confirm = lambda title, question: False
    qtbot.mouseClick(page.delete_draft_button, Qt.MouseButton.LeftButton)
    assert ledger.count_drafts(book) == 1
    page.confirm = lambda title, question: True
    qtbot.mouseClick(page.delete_draft_button, Qt.MouseButton.LeftButton)
    assert ledger.count_drafts(book) == 0
    assert page.drafts_model.rowCount() == 0
    assert page.drafts_empty.isVisibleTo(page.drafts_tab)
    assert not page.delete_draft_button.isEnabled()
    assert "verwijderd" in page.notice.text()


@pytest.fixture
def sale(book: Book, accounts: dict[str, Account]) -> int:
    return ledger.post_receipt(book, ledger.MoneyForm(date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id,
                                                      Money("20"), "Verkoop"))


def start_correction(page: LedgerPage, answer: bool = True) -> CorrectionDialog | None:
    page.refresh()
    page.confirm = lambda title, question: answer
    page.tabs.setCurrentWidget(page.cash_tab)
    page.cash_tab.view.selectRow(0)
    page.reverse_button.click()
    found = [d for d in page.findChildren(CorrectionDialog) if d.isVisible()]
    return found[0] if found else None


def test_corrigeren_with_a_corrected_copy_posts_both_in_one_go(
    qtbot: QtBot, page: LedgerPage, book: Book, sale: int,
) -> None:
    dialog = start_correction(page)
    assert dialog is not None
    assert dialog.windowTitle() == f"Correctie van boeking {sale}"
    assert [(row[1].text(), row[2].text()) for row in dialog.rows] == [("20,00", ""), ("", "20,00")]
    assert dialog.description.text() == f"Vervangt boeking {sale}: Verkoop"
    for column in (1, 2):
        dialog.rows[column - 1][column].clear()
    qtbot.keyClicks(dialog.rows[0][1], "25")
    qtbot.keyClicks(dialog.rows[1][2], "25")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.reversal_id is not None and dialog.corrected_id is not None
    assert texts(page.cash_tab.model, 7) == ["€ 20,00", "€ 0,00", "€ 25,00"]
    links = dict(zip(texts(page.journal_model, 1), texts(page.journal_model, 7), strict=False))
    assert links[str(dialog.reversal_id)] == f"tegenboeking van {sale}"
    assert links[str(dialog.corrected_id)] == f"correctie van {sale}"
    assert f"Vervangt boeking {sale}: Verkoop" in texts(page.journal_model, 3)
    assert "teruggeboekt" in page.notice.text()
    assert trial_balance(page)["8000"] == ("", "€ 25,00")


def test_alleen_terugboeken_posts_only_the_reversal(qtbot: QtBot, page: LedgerPage, book: Book, sale: int) -> None:
    dialog = start_correction(page)
    assert dialog is not None
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.reverse_only_button, Qt.MouseButton.LeftButton)
    assert texts(page.cash_tab.model, 7) == ["€ 20,00", "€ 0,00"]
    assert ledger.get_transaction(book, sale).reversed_by_id == dialog.reversal_id
    assert ledger.count_journal_lines(book, YEAR) == 4


def test_cancelling_a_correction_writes_nothing(qtbot: QtBot, page: LedgerPage, book: Book, sale: int) -> None:
    assert start_correction(page, answer=False) is None
    assert ledger.count_journal_lines(book, YEAR) == 2
    dialog = start_correction(page)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ledger.count_journal_lines(book, YEAR) == 2
    assert ledger.get_transaction(book, sale).reversed_by_id is None


def test_a_refused_corrected_copy_leaves_no_reversal_behind(
    qtbot: QtBot, page: LedgerPage, book: Book, sale: int, accounts: dict[str, Account],
) -> None:
    dialog = start_correction(page)
    assert dialog is not None
    ledger.set_account_active(book, accounts["8000"].id, False)  # meanwhile, elsewhere
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "niet meer actief" in dialog.error.text()
    assert ledger.count_journal_lines(book, YEAR) == 2
    assert ledger.get_transaction(book, sale).reversed_by_id is None


def test_a_reversal_cannot_be_corrected_again(page: LedgerPage, book: Book, sale: int) -> None:
    reversal_id, _ = ledger.reverse_transaction(book, sale)
    page.refresh()
    page.confirm = lambda title, question: pytest.fail("no question for a refused correction")
    page.reverse(reversal_id)
    assert "kan zelf niet worden gecorrigeerd" in page.notice.text()
    assert not [d for d in page.findChildren(CorrectionDialog) if d.isVisible()]


def test_the_drafts_model_passes_the_model_tester(qtmodeltester: object, page: LedgerPage, book: Book,
                                                  accounts: dict[str, Account]) -> None:
    from coopdesk.domain.ledger import Entry, Posting, TransactionKind

    for day in range(1, 6):
        ledger.save_draft(book, Entry(date(2026, 11, day), f"Concept {day}", TransactionKind.JOURNAL,
                                      (Posting(accounts["1100"].id, Money(day)),
                                       Posting(accounts["1000"].id, Money(-day - day % 2)))))
    page.refresh()
    assert page.drafts_model.rowCount() == 5
    assert texts(page.drafts_model, 5) == ["nee: verschil € 1,00", "ja", "nee: verschil € 1,00", "ja",
                                           "nee: verschil € 1,00"]
    assert page.drafts_model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1b6e3a"
    assert page.drafts_model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert ledger.get_transaction(book, page.drafts_model.row_at(0).id).status is TransactionStatus.DRAFT
    qtmodeltester.check(page.drafts_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.journal_model)  # type: ignore[attr-defined]


def test_an_uitgave_kept_as_a_draft_reopens_in_its_own_form_and_posts_into_the_cash_book(
    qtbot: QtBot, page: LedgerPage, accounts: dict[str, Account], book: Book,
) -> None:
    from coopdesk.domain.ledger import TransactionKind
    from coopdesk.gui.ledger.forms import MoneyDialog

    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 11, 2), accounts["1000"].id, accounts["8000"].id,
                                               Money("50"), "Verkoop"))  # the cash box is never below zero
    page.refresh()
    dialog = page.open_money_form(TransactionKind.EXPENSE)
    qtbot.keyClicks(dialog.amount, "38,20")
    qtbot.keyClicks(dialog.description, "Boodschappen groothandel")
    dialog.category.setCurrentIndex(dialog.category.findData(accounts["4000"].id))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert texts(page.drafts_model, 2) == ["Uitgave"]
    assert texts(page.drafts_model, 5) == ["ja"]
    assert page.cash_tab.model.rowCount() == 1
    page.tabs.setCurrentWidget(page.drafts_tab)
    qtbot.keyClick(page.drafts_view, Qt.Key.Key_Return)
    found = [d for d in page.findChildren(MoneyDialog) if d.isVisible()]
    assert len(found) == 1
    draft = found[0]
    assert (draft.amount.text(), draft.description.text()) == ("38,20", "Boodschappen groothandel")
    assert draft.category.currentData() == accounts["4000"].id
    qtbot.keyClicks(draft.reference, "bon 1123")
    with qtbot.waitSignal(draft.accepted):
        qtbot.keyClick(draft.reference, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter alone moves on
    assert ledger.count_drafts(book) == 0
    assert texts(page.cash_tab.model, 3) == ["", "bon 1123"]
    assert texts(page.cash_tab.model, 7) == ["€ 50,00", "€ 11,80"]
