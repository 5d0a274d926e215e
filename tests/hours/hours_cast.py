"""What the hours tests share: a cast of members and activities in a book, and typing into the grid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.domain.activity import Activity
from coopdesk.domain.member import LeaveReason, Member, MemberForm
from coopdesk.domain.money import Money
from coopdesk.gui.hours.grid import HoursGridView
from coopdesk.services import hours
from coopdesk.services.books import Book
from coopdesk.services.members import record_leaving, register_member

WEEK = date(2026, 11, 16)  # a whole week before the test's "today" (Saturday 28-11-2026)


@dataclass(frozen=True)
class Cast:
    fatima: Member
    kees: Member
    esra: Member  # joined 01-11-2026
    henk: Member  # left 31-10-2026
    restaurant: Activity
    atelier: Activity


def make_cast(book: Book) -> Cast:
    fatima = register_member(book, MemberForm(name="Fatima Jansen", joined_on=date(2024, 1, 1)))
    kees = register_member(book, MemberForm(name="Kees Bakker", joined_on=date(2024, 1, 1)))
    esra = register_member(book, MemberForm(name="Esra Kaya", joined_on=date(2026, 11, 1)))
    henk = register_member(book, MemberForm(name="Henk de Vries", joined_on=date(2024, 1, 1)))
    henk = record_leaving(book, henk.id, date(2026, 10, 31), LeaveReason.PAID_JOB)
    centre = hours.list_cost_centres(book)[0]
    restaurant = hours.add_activity(book, "Restaurant", centre.id, Money("2.50"))
    atelier = hours.add_activity(book, "Atelier", centre.id, Money("2.00"))
    return Cast(fatima, kees, esra, henk, restaurant, atelier)


def type_into_cell(qtbot: QtBot, view: HoursGridView, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into the current grid cell as a user does: the first key opens the editor (after
    Tab the next cell's editor is already open), then `then` (Tab, Enter...) closes it."""
    editor = view.indexWidget(view.currentIndex())
    if editor is None:
        qtbot.keyClick(view, text[0])
        text = text[1:]
        editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, then)


SHEET_HEADER = ["lidnummer", "naam", "datum", "activiteit", "uren", "opmerking"]
# write_sheet(path, rows, header=SHEET_HEADER) -> path: the `write_sheet` fixture (conftest.py)
SheetWriter = Callable[..., Path]
