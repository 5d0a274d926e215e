"""The distribution agreement and the municipality's share, from the Spaarpotten page:
edit the agreement (a refusal shows under the form, nothing written), close a year, pay the
share in the next year and see it paid. Rendered offscreen to /tmp for a look."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from pots.bookhelp import Members
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.domain.year_close import PotsMethod, TrainingMode
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.share import AgreementDialog, MunicipalityShareDialog
from coopdesk.services import municipality_share, year_close
from coopdesk.services.books import Book
from gui.pots.test_pots_page import finished_year


@pytest.fixture
def page(qtbot: QtBot, book: Book, members: Members) -> Iterator[PotsPage]:
    made = PotsPage(book, QUndoStack())
    qtbot.addWidget(made)
    made.resize(1000, 600)
    made.show()
    yield made


def _look(widget: object, name: str) -> None:
    if os.environ.get("COOPDESK_LOOK"):
        widget.grab().save(f"/tmp/{name}.png")  # type: ignore[attr-defined]


def test_the_agreement_is_edited_from_the_page(page: PotsPage, book: Book, members: Members) -> None:
    finished_year(book, members)
    dialog = page.edit_agreement()
    assert isinstance(dialog, AgreementDialog)
    assert dialog.training.text() == "20%" and dialog.municipality.text() == "25"
    _look(dialog, "agreement_dialog")
    dialog.municipality.setText("-3")
    dialog.save_button.click()
    assert "negative" in dialog.error.text() or "negatief" in dialog.error.text()
    assert year_close.agreement(book).municipality_percentage == Decimal(25)
    dialog.agreed_on.set_value(date(2026, 1, 15))
    dialog.municipality.setText("30")
    dialog.training.setText("500,00")
    dialog.pots_by.setCurrentIndex(list(PotsMethod).index(PotsMethod.EQUAL))
    dialog.save_button.click()
    assert dialog.result() == AgreementDialog.DialogCode.Accepted
    chosen = year_close.agreement(book)
    assert (chosen.agreed_on, chosen.municipality_percentage, chosen.training_mode, chosen.training_amount,
            chosen.pots_method) == (date(2026, 1, 15), Decimal(30), TrainingMode.AMOUNT, Money(500), PotsMethod.EQUAL)


def test_the_share_is_paid_from_the_page(page: PotsPage, book: Book, members: Members) -> None:
    finished_year(book, members)
    year_close.close_year(book, 2025, Money(0))
    dialog = page.municipality_share()
    assert isinstance(dialog, MunicipalityShareDialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "€ 1.000,00"
    assert dialog.year.currentData() == 2025
    _look(dialog, "share_dialog")
    dialog.paid_on.set_value(date(2025, 12, 31))
    dialog.save_button.click()
    assert "2025" in dialog.error.text()  # the closed year refuses the payment
    dialog.paid_on.set_value(date(2026, 1, 20))
    dialog.save_button.click()
    assert dialog.result() == MunicipalityShareDialog.DialogCode.Accepted
    [share] = municipality_share.municipality_shares(book)
    assert (share.paid_on, share.outstanding) == (date(2026, 1, 20), Money(0))
    again = page.municipality_share()
    assert again.table.item(0, 3).text() == "20-01-2026" and not again.save_button.isEnabled()
    _look(page, "pots_page_buttons")


@pytest.mark.parametrize(("field", "typed", "said"), [
    ("municipality", "150", "Gemeente (% boven drempel): een percentage moet tussen 0 en 100 liggen."),
    ("training", "-5", "Opleidingsbudget: een bedrag mag niet negatief zijn."),
    ("training", "abc", "Opleidingsbudget: 'abc' is geen bedrag of percentage. Typ bijvoorbeeld 500,00 of 20%."),
    ("pots", "abc", "Spaarpotten (% van de rest): 'abc' is geen percentage. Typ bijvoorbeeld 25 of 12,5."),
    ("enterprise", "101", "Eigen onderneming (% naar eigenaar): een percentage moet tussen 0 en 100 liggen."),
    ("threshold", "-1", "Drempel gemeente (€): een bedrag mag niet negatief zijn."),
])
def test_a_refusal_names_its_field_and_nothing_is_written(
        page: PotsPage, book: Book, members: Members, field: str, typed: str, said: str) -> None:
    finished_year(book, members)
    before = year_close.agreement(book)
    dialog = page.edit_agreement()
    getattr(dialog, field).setText(typed)
    dialog.save_button.click()
    assert dialog.error.text() == said
    assert dialog.result() != AgreementDialog.DialogCode.Accepted
    assert dialog.focusWidget() is getattr(dialog, field)
    assert year_close.agreement(book) == before


def test_every_refusal_is_said_at_once_in_the_order_of_the_form(page: PotsPage, book: Book,
                                                                members: Members) -> None:
    finished_year(book, members)
    before = year_close.agreement(book)
    dialog = page.edit_agreement()
    dialog.municipality.setText("150")
    dialog.training.setText("-5")
    dialog.pots.setText("abc")
    dialog.save_button.click()
    assert dialog.error.text().splitlines() == [
        "Gemeente (% boven drempel): een percentage moet tussen 0 en 100 liggen.",
        "Opleidingsbudget: een bedrag mag niet negatief zijn.",
        "Spaarpotten (% van de rest): 'abc' is geen percentage. Typ bijvoorbeeld 25 of 12,5."]
    assert dialog.focusWidget() is dialog.municipality
    assert year_close.agreement(book) == before
    _look(dialog, "agreement_refusals")
