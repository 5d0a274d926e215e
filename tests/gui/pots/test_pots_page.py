"""The Spaarpotten page and the year-close wizard driven as a treasurer drives them:
deposit, withdraw (refused below zero, nothing written), read the statement; walk the
wizard over a finished year, see it locked, reopen it with a reason. Every check reads the
book back through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import Members, balance, receive
from PySide6.QtWidgets import QWizard

from coopdesk.domain.errors import ClosedPeriodError
from coopdesk.domain.money import Money
from coopdesk.domain.pot import MovementKind
from coopdesk.domain.year_close import Agreement, PotsMethod
from coopdesk.gui.pots.dialogs import DepositDialog, ReopenDialog, WithdrawDialog
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import hours, pots, year_close
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.store import audit
from coopdesk.store.chart import POTS

pytestmark = pytest.mark.usefixtures("reserve")  # a manual deposit comes from the general reserve

RESTAURANT = Agreement(agreed_on=date(2025, 3, 1), training_percentage=Decimal(20), pots_method=PotsMethod.HOURS,
                       pots_percentage=Decimal(100), municipality_percentage=Decimal(25),
                       municipality_threshold=Money(2000))


def finished_year(book: Book, members: Members) -> int:
    """The restaurant year of tests/year_close: € 6.000 profit in 2025, Ans worked 2 hours
    and Bo 4 in March, March paid out, no cash: every check passes with € 0,00 counted."""
    centre = hours.list_cost_centres(book)[0]
    kitchen = hours.add_activity(book, "Restaurant", centre.id, Money("0.00"))
    receive(book, date(2025, 6, 1), Money(1000), activity_id=kitchen.id)
    hours.set_hours(book, members.ans.id, kitchen.id, date(2025, 3, 3), "2")
    hours.set_hours(book, members.bo.id, kitchen.id, date(2025, 3, 4), "4")
    payouts.post_payout(book, "2025-03")
    year_close.record_agreement(book, RESTAURANT, who="ALV")
    return kitchen.id


def finish(wizard: YearCloseWizard) -> None:
    """Click "Jaar afsluiten", let the close run on the worker, then click "Sluiten"."""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    job = wizard.confirm.job
    assert job is not None
    job.wait()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _deposit(page: PotsPage, amount: str, reason: str) -> DepositDialog:
    dialog = page.deposit()
    assert isinstance(dialog, DepositDialog)
    dialog.amount.setText(amount)
    dialog.reason.setText(reason)
    dialog.save_button.click()
    return dialog


def _statement(page: PotsPage) -> list[tuple[MovementKind, Money, str, str, str]]:
    return [(m.kind, m.amount, m.reason, m.receipt_reference, m.approved_by) for m in page.movements_model.rows()]


def test_a_deposit_and_a_withdrawal_change_the_balance_and_the_statement(page: PotsPage, book: Book,
                                                                         members: Members) -> None:
    assert page.pots_model.rows() == []  # no pot before the first movement
    pots.deposit(book, members.bo.id, Money(1), "Start")
    page.refresh()
    page.select_member(members.bo.id)
    _deposit(page, "100,00", "Besluit ALV")
    assert page.notice.text() == "Gestort in de spaarpot van Bo Smit."
    assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [("Bo Smit", Money("101.00"))]
    dialog = page.withdraw()
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.warning.isHidden()  # the first purpose carries no warning
    dialog.choose_purpose("Noodzakelijke privékosten")
    assert not dialog.warning.isHidden() and "als inkomen" in dialog.warning.text()
    dialog.amount.setText("40")
    dialog.receipt.setText("B-7")
    dialog.approved_by.setText("Kees (voorzitter)")
    dialog.cash.setChecked(False)
    dialog.save_button.click()
    assert dialog.error.text() == "" and dialog.result() == DepositDialog.DialogCode.Accepted
    assert "als inkomen" in page.notice.text()
    assert [(r.name, r.balance) for r in page.pots_model.rows()] == [("Bo Smit", Money("61.00"))]
    assert "€ 61,00" in page.total.text()
    assert _statement(page) == [
        (MovementKind.DEPOSIT, Money(1), "Start", "", ""),
        (MovementKind.DEPOSIT, Money(100), "Besluit ALV", "", ""),
        (MovementKind.WITHDRAWAL, Money(-40), "Noodzakelijke privékosten", "B-7", "Kees (voorzitter)")]
    assert "€ 0,00" in page.opening.text() and "€ 61,00" in page.closing.text()
    # a later period opens with the balance
    page.first.set_value(date(2026, 11, 29))
    page.last.set_value(date(2026, 12, 31))
    page.show_button.click()
    assert _statement(page) == [] and "€ 61,00" in page.opening.text()
    assert balance(book, POTS) == Money(-61)


def test_a_withdrawal_below_zero_is_refused_under_the_form_and_nothing_is_written(page: PotsPage, book: Book,
                                                                                  members: Members) -> None:
    pots.deposit(book, members.ans.id, Money(30), "Start")
    page.refresh()
    dialog = page.withdraw()
    assert isinstance(dialog, WithdrawDialog)
    dialog.choose_purpose("Cursus of opleiding")
    dialog.amount.setText("30,01")
    dialog.receipt.setText("B-1")
    dialog.save_button.click()
    assert "onder nul" in dialog.error.text() and "€ 30,00" in dialog.error.text()
    assert dialog.isVisible()
    assert [r.balance for r in pots.list_pots(book).rows] == [Money(30)]
    assert len(pots.pot_statement(book, members.ans.number, date(2020, 1, 1), date(2026, 12, 31)).movements) == 1
    assert balance(book, POTS) == Money(-30)
    dialog.choose_purpose("Goedgekeurde uitgave")  # needs the board: refused without an approver
    dialog.amount.setText("5")
    dialog.save_button.click()
    assert "goedkeuring van het bestuur" in dialog.error.text()
    assert [r.balance for r in pots.list_pots(book).rows] == [Money(30)]


def test_the_wizard_closes_a_finished_year_which_then_refuses_hours_and_reopens_with_a_reason(
        page: PotsPage, book: Book, members: Members, book_path: Path) -> None:
    kitchen = finished_year(book, members)
    wizard = page.close_year()
    assert isinstance(wizard, YearCloseWizard)
    checks = wizard.checks
    assert checks.year.value() == 2025
    checks.check_button.click()  # nothing counted yet
    assert "Vul het getelde kasgeld" in checks.findings.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    checks.cash.setText("0,00")
    checks.check_button.click()
    assert "in orde" in checks.findings.text()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.result_page
    assert [(a.name, a.result) for a in wizard.result_page.model.rows()] == [
        ("Restaurant", Money(1000)), ("Zonder activiteit", Money(5000))]
    assert "€ 6.000,00" in wizard.result_page.total.text()
    wizard.button(QWizard.WizardButton.NextButton).click()
    shown = wizard.distribution.figures.text()
    for euro in ("€ 6.000,00", "€ 1.000,00", "€ 1.200,00", "€ 3.800,00", "€ 0,00"):
        assert euro in shown
    assert [(p.name, p.amount) for p in wizard.distribution.model.rows()] == [
        ("Ans de Wit", Money("1266.67")), ("Bo Smit", Money("2533.33"))]
    assert balance(book, POTS) == Money(0)  # nothing written before confirming
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.confirm
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.confirm.error.text()
    assert wizard.backup is not None and wizard.backup.exists()
    assert page.notice.text().startswith("2025 is afgesloten.")
    assert [(r.name, r.balance) for r in page.pots_model.rows()] == [
        ("Ans de Wit", Money("1266.67")), ("Bo Smit", Money("2533.33"))]
    with pytest.raises(ClosedPeriodError, match="2025 is closed"):
        hours.set_hours(book, members.ans.id, kitchen, date(2025, 8, 1), "1")

    dialog = page.reopen()
    assert isinstance(dialog, ReopenDialog) and dialog.year == 2025
    dialog.save_button.click()  # no reason
    assert "reden" in dialog.error.text()
    with pytest.raises(ClosedPeriodError):
        hours.set_hours(book, members.ans.id, kitchen, date(2025, 8, 1), "1")
    dialog.reason.setPlainText("Vergeten factuur van december")
    dialog.save_button.click()
    assert dialog.result() == ReopenDialog.DialogCode.Accepted, dialog.error.text()
    assert [r.balance for r in page.pots_model.rows()] == [Money(0), Money(0)]
    hours.set_hours(book, members.ans.id, kitchen, date(2025, 8, 1), "1")  # open again
    with book.transaction() as session:
        line = audit.recent(session, action_prefix="year.")[0]
    assert line.action == "year.reopen" and "Vergeten factuur van december" in line.detail


def test_reopening_a_year_that_is_not_closed_is_refused_under_the_form(page: PotsPage) -> None:
    dialog = page.reopen(2024)
    dialog.reason.setPlainText("Probeersel")
    dialog.save_button.click()
    assert dialog.error.text() == "2024 is niet afgesloten."


def test_the_wizard_takes_the_pots_by_hand_when_the_agreement_says_so(page: PotsPage, book: Book,
                                                                     members: Members) -> None:
    finished_year(book, members)
    year_close.record_agreement(book, replace(RESTAURANT, agreed_on=date(2025, 4, 1),
                                              pots_method=PotsMethod.MANUAL), who="ALV")
    wizard = page.close_year()
    checks = wizard.checks
    assert checks.manual.isVisibleTo(wizard) and checks.manual.rowCount() == 2
    checks.cash.setText("0")
    checks.check_button.click()
    wizard.button(QWizard.WizardButton.NextButton).click()  # no amounts: the proposal says so, nothing moves
    assert wizard.currentPage() is checks and "met de hand" in checks.findings.text()
    checks.manual.item(0, 1).setText("100")
    checks.manual.item(1, 1).setText("50,50")
    checks.check_button.click()
    for _step in range(3):
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert "€ 3.649,50" in wizard.distribution.figures.text()
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.confirm.error.text()
    assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [
        ("Ans de Wit", Money(100)), ("Bo Smit", Money("50.50"))]
