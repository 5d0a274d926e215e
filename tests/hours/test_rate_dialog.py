"""The hourly rate typed in the activity dialog follows the one number rule: never guessed or rounded."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coopdesk.domain.activity import Activity, ActivityId, CostCentre, CostCentreId
from coopdesk.domain.money import Money
from coopdesk.gui.hours.dialogs import ActivityDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CENTRE = CostCentre(CostCentreId(1), "01", "Algemeen")


def _dialog(qtbot: QtBot, typed: str, saved: list[Money]) -> ActivityDialog:
    def save(name: str, centre: int, rate: Money, active: bool) -> Activity:
        saved.append(rate)
        return Activity(ActivityId(1), name, CostCentreId(centre), rate, active)

    dialog = ActivityDialog([CENTRE], save)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Restaurant")
    dialog.rate_edit.setText(typed)
    dialog.show()
    dialog.buttons.accepted.emit()
    return dialog


@pytest.mark.parametrize(("typed", "rate"), [("2,50", "2.50"), ("2.5", "2.50"), ("€ 1.234,50", "1234.50"),
                                             ("1,234.50", "1234.50")])
def test_a_rate_in_either_notation_is_saved(qtbot: QtBot, typed: str, rate: str) -> None:
    saved: list[Money] = []
    _dialog(qtbot, typed, saved)
    assert saved == [Money(rate)]


@pytest.mark.parametrize("typed", ["2,555", "1.234"])
def test_an_ambiguous_rate_is_refused_showing_both_readings(qtbot: QtBot, typed: str) -> None:
    saved: list[Money] = []
    dialog = _dialog(qtbot, typed, saved)
    assert saved == []
    whole, _, fraction = typed.replace(".", ",").partition(",")
    assert dialog.rate_note.isVisible()  # under the field it is about
    assert f"{whole}{fraction}" in dialog.rate_note.text() and f"{whole},{fraction}" in dialog.rate_note.text()
    assert dialog.rate_edit.height() >= dialog.rate_edit.sizeHint().height()  # the message does not squeeze it
