"""The "Doelen…" dialog driven as a treasurer drives it: add a purpose, rename it, change
its flags, deactivate and reactivate one (the Opnemen dialog no longer offers it, old
movements keep its name); a bad name (empty, duplicate, too long) is refused under the
form naming the field and nothing is written. Every check reads the book back."""

from __future__ import annotations

from datetime import date

import pytest
from pots.bookhelp import Members
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.money import Money
from coopdesk.domain.pot import MAX_PURPOSE, Purpose
from coopdesk.gui.pots.dialogs import WithdrawDialog
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.purposes import PurposesDialog
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.store import audit

pytestmark = pytest.mark.usefixtures("reserve")  # a manual deposit comes from the general reserve

SEEDED = ["Cursus of opleiding", "Gereedschap of materiaal voor eigen werk", "Goedgekeurde uitgave",
          "Noodzakelijke privékosten", "Uitbetaling bij vertrek"]


@pytest.fixture
def dialog(page: PotsPage) -> PurposesDialog:
    page.purposes_button.click()
    assert isinstance(page.dialog, PurposesDialog) and page.dialog.isVisible()
    return page.dialog


def _cells(dialog: PurposesDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _book(book: Book) -> tuple[list[Purpose], list[str]]:
    with book.transaction() as session:
        lines = [line.detail for line in audit.recent(session, action_prefix="pots.purpose")]
    return pots.list_purposes(book, include_inactive=True), lines


def test_the_table_shows_every_purpose_with_its_flags(dialog: PurposesDialog) -> None:
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == ["Doel", "Goedkeuring bestuur nodig", "Gemeente kan dit als inkomen zien", "Actief"]
    assert _cells(dialog)[3] == ["Noodzakelijke privékosten", "ja", "ja", "ja"]
    assert [row[0] for row in _cells(dialog)] == SEEDED
    assert dialog.selected() is not None and dialog.name.text() == "Cursus of opleiding"


def test_add_rename_and_change_the_flags(dialog: PurposesDialog, page: PotsPage, book: Book,
                                         qtbot: QtBot) -> None:
    dialog.new_button.click()
    assert dialog.selected() is None and dialog.name.text() == "" and dialog.save_button.text() == "Toevoegen"
    assert not dialog.active_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Fiets voor werk")
    dialog.needs_approval.setChecked(True)
    dialog.save_button.click()
    assert dialog.notice.text() == "Doel 'Fiets voor werk' toegevoegd."
    assert _cells(dialog)[-1] == ["Fiets voor werk", "ja", "nee", "ja"]
    assert dialog.selected() is not None and dialog.selected().name == "Fiets voor werk"  # type: ignore[union-attr]
    dialog.name.setText("Fiets voor woon-werkverkeer")
    dialog.needs_approval.setChecked(False)
    dialog.income_warning.setChecked(True)
    dialog.save_button.click()
    assert dialog.error.isHidden(), dialog.error.text()
    new = next(p for p in pots.list_purposes(book) if p.name == "Fiets voor woon-werkverkeer")
    assert (new.needs_approval, new.income_warning, new.active) == (False, True, True)
    assert "Fiets voor werk heet nu Fiets voor woon-werkverkeer" in _book(book)[1][0]
    dialog.save_button.click()  # unchanged: nothing written
    assert dialog.notice.text() == "Er was niets veranderd." and len(_book(book)[1]) == 2
    with qtbot.waitSignal(page.hub.changed) as emitted:
        dialog.close_button.click()
    assert emitted.args == [Changes(pots=True), page]
    assert page.notice.text() == "De lijst van doelen is bijgewerkt." and not dialog.isVisible()


@pytest.mark.parametrize(("typed", "shown"), [
    ("", "Naam is verplicht."),
    ("   ", "Naam is verplicht."),
    ("y" * (MAX_PURPOSE + 1), f"Naam: Te lang (hoogstens {MAX_PURPOSE} tekens)."),
    ("Goedgekeurde uitgave", "Naam: Het doel 'Goedgekeurde uitgave' bestaat al."),
    (" goedgekeurde  UITGAVE ", "Naam: Het doel 'Goedgekeurde uitgave' bestaat al."),
])
def test_a_bad_name_is_refused_under_the_form_and_nothing_is_written(
        dialog: PurposesDialog, book: Book, typed: str, shown: str) -> None:
    before = _book(book)
    dialog.new_button.click()  # a new purpose
    dialog.name.setText(typed)
    dialog.save_button.click()
    assert not dialog.error.isHidden() and dialog.error.text() == shown
    assert dialog.notice.isHidden() and dialog.isVisible()
    assert dialog.name.text() == typed  # what was typed stays, to be corrected
    dialog.select("Cursus of opleiding")  # renaming an existing one: the same refusal
    dialog.name.setText(typed)
    dialog.save_button.click()
    assert dialog.error.text() == shown
    assert _book(book) == before and dialog.outcome == Changes()


def test_a_used_purpose_is_deactivated_not_offered_and_old_movements_keep_its_name(
        dialog: PurposesDialog, page: PotsPage, book: Book, members: Members) -> None:
    day = date(2026, 5, 1)
    pots.deposit(book, members.ans.id, Money(100), "Start", day)
    course = next(p for p in pots.list_purposes(book) if p.name == "Cursus of opleiding")
    pots.withdraw(book, members.ans.id, Money(20), course.id, "B-1", booked_on=day)
    dialog.select("Cursus of opleiding")
    assert dialog.active_button.text() == "Deactiveren"
    dialog.active_button.click()
    assert _cells(dialog)[0] == ["Cursus of opleiding", "nee", "nee", "nee"]  # still listed, not deleted
    assert dialog.active_button.text() == "Weer activeren" and "niet actief" in dialog.heading.text()
    assert "gedeactiveerd" in dialog.notice.text()
    dialog.reject()  # Escape: what changed still reaches the page
    assert page.notice.text() == "De lijst van doelen is bijgewerkt."
    page.select_member(members.ans.id)
    withdraw = page.withdraw()
    assert isinstance(withdraw, WithdrawDialog)
    assert "Cursus of opleiding" not in [p.name for p in withdraw.purposes]
    with pytest.raises(LookupError):
        withdraw.choose_purpose("Cursus of opleiding")
    withdraw.reject()
    assert [m.reason for m in page.movements_model.rows()] == ["Start", "Cursus of opleiding"]
    again = page.edit_purposes()
    again.select("Cursus of opleiding")
    again.active_button.click()
    assert _cells(again)[0][3] == "ja" and again.active_button.text() == "Deactiveren"
    assert [p.name for p in pots.list_purposes(book)] == SEEDED


def test_the_dialog_in_english(page: PotsPage, english: None) -> None:
    dialog = page.edit_purposes()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == ["Purpose", "Board approval needed", "Municipality may count it as income", "Active"]
    assert _cells(dialog)[0][1:] == ["no", "no", "yes"]
    assert dialog.active_button.text() == "Deactivate" and dialog.windowTitle() == "Purposes for withdrawals"
