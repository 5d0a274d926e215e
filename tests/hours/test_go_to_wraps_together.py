"""At 1024 px the week bar wraps (FlowLayout); "Ga naar:" used to stay at the end of the
first line with its date, week and year fields on the next (seen on the screenshot)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coopdesk.gui.hours.page import HoursPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("width", [700, 830, 1200])
def test_go_to_stays_on_the_line_of_its_fields(qtbot: QtBot, page: HoursPage, width: int) -> None:
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    week = page.week
    label = next(w for w in week.findChildren(QLabel) if w.text() == "Ga naar:")
    for field in (week.date_edit, week.week_spin, week.year_spin):
        assert field.parentWidget() is label.parentWidget()
        assert field.mapTo(week, field.rect().center()).y() == pytest.approx(
            label.mapTo(week, label.rect().center()).y(), abs=4)
