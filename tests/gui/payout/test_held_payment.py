"""Nabetalen on the Uitbetalingen tab, driven as a treasurer drives it: the held lines still
owed, the form with bad inputs (no IBAN, a bad or early date, an empty cash box, no file
name), then a bank payment with a SEPA file and a cash payment; the tab refreshes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.gui.payout.held import BANK_DONE, BANK_FILE, CASH, HeldPaymentDialog
from coopdesk.gui.payout.page import PayoutPage
from coopdesk.services import hours, ledger
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book, update_cooperative
from coopdesk.services.members import get_member, register_member, update_member
from coopdesk.services.payout_held import list_held_lines
from coopdesk.store import ledger as ledger_store
from coopdesk.store.chart import ALLOWANCES_PAYABLE
from coopdesk.store.chart import CASH as CASH_CODE

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

IBAN = "NL91ABNA0417164300"
BO_IBAN = "NL02ABNA0123456789"


class Cast:
    """Ans (with an IBAN) and Bo and Cor (without) worked in March; the run is posted and paid."""

    def __init__(self, book: Book) -> None:
        update_cooperative(book, name="Cooperatie Test U.A.", kvk_number="12345678", iban=IBAN,
                           address="Dorpsstraat 12a", postcode="3511 AB", city="Utrecht", municipality="Utrecht")
        self.ans = self._member(book, "Ans de Wit", IBAN)
        self.bo = self._member(book, "Bo Smit", "")
        self.cor = self._member(book, "Cor Kas", "")
        kitchen = hours.add_activity(book, "Keuken", hours.list_cost_centres(book)[0].id, Money("5.00"))
        for member, text in ((self.ans, "10"), (self.bo, "4"), (self.cor, "2")):
            hours.set_hours(book, member.id, kitchen.id, date(2026, 3, 3), text)
        self.run_id, _ = payouts.post_payout(book, PayoutMonth(2026, 3))
        payouts.mark_paid(book, self.run_id, date(2026, 4, 3))

    @staticmethod
    def _member(book: Book, name: str, iban: str) -> Member:
        return register_member(book, MemberForm(
            name=name, joined_on=date(2024, 1, 1), birth_on=date(1980, 1, 1), iban=iban,
            address="Kerkstraat 2", postcode="3512 CD", city="Utrecht", regime=PaymentRegime.VOLUNTEER_ALLOWANCE))


@pytest.fixture
def cast(book: Book) -> Cast:
    return Cast(book)


@pytest.fixture
def page(qtbot: QtBot, book: Book, cast: Cast) -> Iterator[PayoutPage]:
    made = PayoutPage(book, QUndoStack())
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    made.tabs.setCurrentIndex(1)
    yield made
    if made.proposal_job is not None:
        made.proposal_job.wait()


def _payable(book: Book) -> Money:
    with book.transaction() as session:
        account = ledger_store.account_by_code(session, ALLOWANCES_PAYABLE)
        assert account is not None
        return ledger_store.account_balance(session, account.id)


def _open(page: PayoutPage, qtbot: QtBot, *members: Member) -> HeldPaymentDialog:
    tab = page.runs_tab
    tab.select_held([line.line_id for line in tab.held_model.rows() if line.member_id in {m.id for m in members}])
    qtbot.mouseClick(tab.pay_held_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, HeldPaymentDialog)
    return dialog


def _choose(dialog: HeldPaymentDialog, method: str) -> None:
    dialog.method.setCurrentIndex(dialog.method.findData(method))


def _type_date(dialog: HeldPaymentDialog, qtbot: QtBot, text: str) -> None:
    dialog.day.edit.clear()
    qtbot.keyClicks(dialog.day.edit, text)


def test_the_tab_lists_the_held_lines_still_owed(page: PayoutPage, cast: Cast, qtmodeltester: ModelTester) -> None:
    tab = page.runs_tab
    qtmodeltester.check(tab.held_model)
    qtmodeltester.check(tab.run_lines_model)
    assert [(line.member_name, line.amount) for line in tab.held_model.rows()] == [
        ("Bo Smit", Money(20)), ("Cor Kas", Money(10))]
    assert tab.held_model.index(0, 5).data() == "nog geen IBAN"
    assert "2 regel(s), € 30,00" in tab.held_title.text() and tab.pay_held_button.isEnabled()


def test_bad_inputs_are_refused_under_the_form_and_write_nothing(page: PayoutPage, book: Book, cast: Cast,
                                                                 qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(page, qtbot, cast.bo)
    assert "Bo Smit" in dialog.intro.text() and "€ 20,00" in dialog.intro.text()
    target = tmp_path / "nabetaling.xml"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # bank, but Bo has no IBAN
    assert dialog.isVisible() and "Bo Smit" in dialog.error.text() and "IBAN" in dialog.error.text()
    assert not target.exists()
    dialog.path.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Kies waar het bestand komt" in dialog.error.text()
    _choose(dialog, CASH)
    assert not dialog.file_row.isEnabled()
    _type_date(dialog, qtbot, "31-02-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()
    _type_date(dialog, qtbot, "15-03-2026")  # before March was posted
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "vóór de boeking" in dialog.error.text()
    _type_date(dialog, qtbot, "01-05-2026")  # the cash box is empty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "onder nul" in dialog.error.text() and dialog.isVisible()
    _choose(dialog, BANK_DONE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "IBAN" in dialog.error.text()
    assert len(list_held_lines(book)) == 2 and _payable(book) == Money(-30)


def test_pay_by_bank_with_a_sepa_file_and_the_tab_refreshes(page: PayoutPage, book: Book, cast: Cast,
                                                            qtbot: QtBot, tmp_path: Path) -> None:
    bo = get_member(book, cast.bo.id)
    update_member(book, bo.id, replace(MemberForm.from_details(bo.details), iban=BO_IBAN))
    page.refresh()
    assert page.runs_tab.held_model.index(0, 5).data() == "IBAN nu bekend"
    dialog = _open(page, qtbot, cast.bo)
    _choose(dialog, BANK_FILE)
    target = tmp_path / "nabetaling.xml"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    assert BO_IBAN in target.read_text(encoding="utf-8")
    assert [line.member_name for line in page.runs_tab.held_model.rows()] == ["Cor Kas"]
    assert "Nabetaald: € 20,00" in page.notice.text() and str(target) in page.notice.text()
    bank = page.runs_tab.run_lines_model.columnCount() - 1
    assert [page.runs_tab.run_lines_model.index(row, bank).data() for row in range(3)] == [
        "", "nabetaald op 28-11-2026", "vastgehouden: geen IBAN"]
    assert _payable(book) == Money(-10)


def test_pay_in_cash_then_nothing_is_owed(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot) -> None:
    with book.transaction() as session:
        cash = ledger_store.account_by_code(session, CASH_CODE)
        reserve = ledger_store.account_by_code(session, "0100")
        assert cash is not None and reserve is not None
    ledger.post_journal_entry(book, date(2026, 4, 1), "kas", [ledger.Posting(cash.id, Money(50)),
                                                              ledger.Posting(reserve.id, Money(-50))])
    dialog = _open(page, qtbot, cast.bo, cast.cor)
    assert "Bo Smit" in dialog.intro.text() and "Cor Kas" in dialog.intro.text()
    _choose(dialog, CASH)
    _type_date(dialog, qtbot, "10-05-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    assert page.runs_tab.held_model.rowCount() == 0 and not page.runs_tab.pay_held_button.isEnabled()
    assert "geen vastgehouden regels meer" in page.runs_tab.held_title.text()
    assert _payable(book) == Money(0) and list_held_lines(book) == []


def test_nothing_chosen_says_so(page: PayoutPage, qtbot: QtBot) -> None:
    page.runs_tab.held_view.clearSelection()
    qtbot.mouseClick(page.runs_tab.pay_held_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None and "Kies eerst" in page.notice.text()


@pytest.mark.usefixtures("english")
def test_in_english(page: PayoutPage, cast: Cast, qtbot: QtBot) -> None:
    page.refresh()
    dialog = _open(page, qtbot, cast.bo)
    assert dialog.windowTitle() == "Pay later" and page.runs_tab.pay_held_button.text() == "Pay later…"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "no valid IBAN" in dialog.error.text()


def test_a_name_the_bank_gets_otherwise_is_offered_for_acceptance_then_paid(
        page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot, tmp_path: Path) -> None:
    """A tester's Nabetalen for 'Stijn Öztürk' crashed with a traceback ('Problem' has no
    attribute 'blocking'): the refusal of a name the bank gets without its accents must offer
    the tick, as the run's own SEPA file does, and write nothing until it is ticked."""
    bo = get_member(book, cast.bo.id)
    update_member(book, bo.id, replace(MemberForm.from_details(bo.details), name="Bo Öztürk", iban=BO_IBAN))
    page.refresh()
    dialog = _open(page, qtbot, cast.bo)
    _choose(dialog, BANK_FILE)
    target = tmp_path / "nabetaling.xml"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Öztürk" in dialog.error.text() and "Ozturk" in dialog.error.text()
    assert dialog.accept_changes.isVisible() and not target.exists()
    assert len(list_held_lines(book)) == 2
    dialog.accept_changes.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    assert "Bo Ozturk" in target.read_text(encoding="utf-8")
    assert [line.member_name for line in page.runs_tab.held_model.rows()] == ["Cor Kas"]


def test_an_empty_date_is_refused_naming_it(page: PayoutPage, book: Book, cast: Cast, qtbot: QtBot) -> None:
    """Leaving the date empty crashed with an AssertionError."""
    dialog = _open(page, qtbot, cast.bo)
    _choose(dialog, CASH)
    dialog.day.edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Vul de betaaldatum in." in dialog.error.text()
    assert len(list_held_lines(book)) == 2
