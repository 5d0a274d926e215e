"""The year-close wizard with a member enterprise: the result shows the owner, the
distribution shows the enterprise shares as their own section before the shared
distribution, with every euro. Rendered offscreen to /tmp/shots/enterprise."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from pots.bookhelp import Members, balance, receive
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.gui.pots.share import AgreementDialog
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import enterprises, hours, year_close
from coopdesk.services.books import Book
from coopdesk.store.chart import POTS
from gui.pots.test_pots_page import RESTAURANT, finished_year

SHOTS = Path("/tmp/shots/enterprise")


def _garden_year(book: Book, members: Members) -> None:
    """The restaurant year (€ 6.000) plus Bo's garden maintenance, € 1.000 result; 50 %."""
    finished_year(book, members)
    centre = hours.list_cost_centres(book)[0]
    garden = enterprises.save_activity(book, None, name="Tuinonderhoud", cost_centre_id=centre.id,
                                       hourly_rate=Money(0), owner_member_id=members.bo.id)
    receive(book, date(2025, 8, 1), Money(1000), activity_id=garden.id)
    year_close.record_agreement(book, replace(RESTAURANT, enterprise_percentage=Decimal(50)), who="ALV")


def _walk_to_result(qtbot: QtBot, book: Book) -> YearCloseWizard:
    wizard = YearCloseWizard(book)
    qtbot.addWidget(wizard)
    wizard.resize(760, 640)
    wizard.show()
    wizard.checks.cash.setText("0,00")
    wizard.checks.check_button.click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.result_page
    return wizard


def test_the_wizard_shows_the_owner_and_the_enterprise_section(qtbot: QtBot, book: Book, members: Members) -> None:
    _garden_year(book, members)
    wizard = _walk_to_result(qtbot, book)
    model = wizard.result_page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Restaurant", "Tuinonderhoud", "Zonder activiteit"]
    assert model.index(1, 4).data() == f"{members.bo.number} Bo Smit" and model.index(0, 4).data() == ""
    assert wizard.result_page.enterprises.isVisibleTo(wizard)
    assert "€ 7.000,00" in wizard.result_page.total.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "wizard_result.png"))

    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.distribution
    assert page.enterprise_view.isVisibleTo(wizard) and page.shared_heading.isVisibleTo(wizard)
    assert [(p.name, p.activity, p.result, p.amount) for p in page.enterprise_model.rows()] == [
        ("Bo Smit", "Tuinonderhoud", Money(1000), Money(500))]
    assert "€ 6.500,00" in page.enterprise_figures.text() and "€ -500,00" in page.enterprise_figures.text()
    assert "2. Gezamenlijke verdeling van € 6.500,00" in page.shared_heading.text()
    shown = page.figures.text()
    for euro in ("€ 7.000,00", "€ 500,00", "€ 1.125,00", "€ 1.300,00", "€ 4.075,00", "€ 0,00"):
        assert euro in shown
    assert [(p.name, p.amount) for p in page.model.rows()] == [
        ("Ans de Wit", Money("1358.33")), ("Bo Smit", Money("2716.67"))]
    assert "eerst 50% van een positief resultaat" in page.agreement.text()
    assert balance(book, POTS) == Money(0)  # nothing written before confirming
    wizard.grab().save(str(SHOTS / "wizard_distribution.png"))


def test_without_an_enterprise_the_section_stays_hidden(qtbot: QtBot, book: Book, members: Members) -> None:
    finished_year(book, members)
    wizard = _walk_to_result(qtbot, book)
    assert not wizard.result_page.enterprises.isVisibleTo(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.distribution
    assert not page.enterprise_view.isVisibleTo(wizard) and not page.shared_heading.isVisibleTo(wizard)
    assert "Eigen ondernemingen" not in page.figures.text()


def test_the_agreement_dialog_records_the_enterprise_percentage(qtbot: QtBot, book: Book, members: Members) -> None:
    finished_year(book, members)
    dialog = AgreementDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.enterprise.text() == "0"
    dialog.enterprise.setText("120")
    dialog.save_button.click()
    assert dialog.error.text() and year_close.agreement(book).enterprise_percentage == 0
    dialog.enterprise.setText("40")
    dialog.grab().save(str(SHOTS / "agreement_dialog.png"))
    dialog.save_button.click()
    assert dialog.result() == AgreementDialog.DialogCode.Accepted
    assert year_close.agreement(book).enterprise_percentage == Decimal(40)


def test_the_confirm_page_names_the_enterprise_shares_it_will_post(qtbot: QtBot, book: Book,
                                                                   members: Members) -> None:
    """The last page says every part that is posted: the own-enterprise shares too (they
    were missing from its sentence, which named the shared pots only)."""
    _garden_year(book, members)
    wizard = _walk_to_result(qtbot, book)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.confirm
    text = wizard.confirm.summary.text()
    assert "eigen ondernemingen € 500,00, gemeente € 1.125,00, opleiding € 1.300,00, spaarpotten € 4.075,00" in text


def test_the_confirm_page_without_an_enterprise_names_none(qtbot: QtBot, book: Book, members: Members) -> None:
    finished_year(book, members)
    wizard = _walk_to_result(qtbot, book)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.confirm
    assert "eigen ondernemingen" not in wizard.confirm.summary.text()
    assert ": gemeente € " in wizard.confirm.summary.text()
