"""The activity dialog's owner choice: an activity can be a member's own enterprise."""

from __future__ import annotations

from pathlib import Path

from hours_cast import Cast
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.page import HoursPage
from coopdesk.services import hours
from coopdesk.services.books import Book

SHOTS = Path("/tmp/shots/enterprise")


def test_an_activity_becomes_a_members_enterprise_and_back(qtbot: QtBot, page: HoursPage, book: Book,
                                                            cast: Cast) -> None:
    page.tabs.setCurrentIndex(2)
    dialog = page.activities.activity_dialog()
    qtbot.addWidget(dialog)
    assert dialog.owner_combo.currentText() == "Geen (activiteit van de coöperatie)"
    # current members, by number; Henk has left for a job: not offered
    assert [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())][1:] == [
        f"{cast.fatima.number} Fatima Jansen", f"{cast.kees.number} Kees Bakker", f"{cast.esra.number} Esra Kaya"]
    qtbot.keyClicks(dialog.name_edit, "Tuinonderhoud")
    qtbot.keyClicks(dialog.rate_edit, "0")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(cast.kees.id))
    dialog.adjustSize()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "activity_dialog.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    garden = next(a for a in hours.list_activities(book) if a.name == "Tuinonderhoud")
    assert garden.owner_member_id == cast.kees.id
    row = next(r for r in range(page.activities.activities_model.rowCount())
               if page.activities.activities_model.index(r, 0).data() == "Tuinonderhoud")
    assert page.activities.activities_model.index(row, 4).data() == f"{cast.kees.number} Kees Bakker"
    page.activities.grab().save(str(SHOTS / "activities_tab.png"))

    again = page.activities.activity_dialog(garden)
    qtbot.addWidget(again)
    assert again.owner_combo.currentData() == cast.kees.id
    again.owner_combo.setCurrentIndex(0)
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert next(a for a in hours.list_activities(book) if a.name == "Tuinonderhoud").owner_member_id is None


def test_a_refused_activity_keeps_the_dialog_open_and_writes_no_owner(qtbot: QtBot, page: HoursPage, book: Book,
                                                                     cast: Cast) -> None:
    dialog = page.activities.activity_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Atelier")  # taken
    dialog.owner_combo.setCurrentIndex(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Er is al een activiteit 'Atelier'" in dialog.message.text()
    assert all(a.owner_member_id is None for a in hours.list_activities(book, include_inactive=True))
