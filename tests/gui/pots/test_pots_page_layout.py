"""The Spaarpotten page as the treasurer found it on a 2-year demo in a 1024×700 window:
the buttons row wrapped to two lines, the pots list showed 7 of 8 pots behind a scrollbar
over a mostly empty statement, and a pot's statement opened at 1 January of this year, so
last year's distribution showed "(0 bewegingen)"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pots.bookhelp import Members
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.gui.pages import PAGES
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.share import AgreementDialog, MunicipalityShareDialog
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.demo import generate_demo_book

SCREEN = QSize(1024, 700)
POTS = next(i for i, entry in enumerate(PAGES) if entry.class_name == "PotsPage")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Book]:
    book = generate_demo_book(tmp_path / "demo.coopdesk", years=2, clock=FixedClock.on(date(2026, 12, 2)))
    yield book
    book.close()


@pytest.fixture
def shown(make_window, demo: Book, qtbot: QtBot) -> PotsPage:  # type: ignore[no-untyped-def]
    window = make_window(demo)
    window.resize(SCREEN)
    page = window.show_page(POTS)
    assert isinstance(page, PotsPage)
    qtbot.waitUntil(lambda: page.width() > 0 and page.pots_view.viewport().height() > 0)
    return page


def test_the_buttons_fit_one_row_in_a_1024_window(shown: PotsPage) -> None:
    row = [w for w in shown.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
           if isinstance(w, QAbstractButton | QSpinBox) and w.isVisible()]  # the buttons row, all of it
    assert len(row) >= 6
    line = shown.deposit_button.geometry()
    assert all(line.top() <= widget.geometry().center().y() <= line.bottom() for widget in row)  # one line
    assert all(widget.geometry().right() <= shown.width() for widget in row)


def test_the_year_menu_holds_the_close_the_agreement_and_the_share(shown: PotsPage) -> None:
    menu = shown.close_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Jaarafsluiting…", "Afspraken winstverdeling…", "Afdracht gemeente…"]
    for action, kind in ((shown.close_action, YearCloseWizard), (shown.agreement_action, AgreementDialog),
                         (shown.share_action, MunicipalityShareDialog)):
        action.trigger()
        assert isinstance(shown.dialog, kind)
        shown.dialog.reject()


def test_the_pots_list_shows_every_pot_without_scrolling(shown: PotsPage) -> None:
    view = shown.pots_view
    assert shown.pots_model.rowCount() == 8
    assert not view.verticalScrollBar().isVisible()
    assert view.viewport().height() >= 8 * view.rowHeight(0)
    assert shown.movements_view.height() >= 150  # the statement keeps room for its movements


def test_a_pot_s_statement_opens_with_last_year_s_distribution(shown: PotsPage, demo: Book) -> None:
    pot = shown.selected_pot()
    assert pot is not None
    whole = pots.pot_statement(demo, pot.member_number, date(1900, 1, 1), date(2026, 12, 2))
    assert shown.first.value() == date(min(m.booked_on.year for m in whole.movements), 1, 1)
    assert shown.statement is not None and shown.statement.opening == Money.zero()
    assert len(shown.statement.movements) == len(whole.movements) >= 1
    assert any(m.booked_on == date(2025, 12, 31) for m in shown.statement.movements)
    assert f"({len(whole.movements)} beweging" in shown.closing.text()


def test_a_chosen_period_is_kept_for_the_next_pot(shown: PotsPage) -> None:
    shown.first.set_value(date(2026, 1, 1))
    shown.show_button.click()
    assert shown.statement is not None and shown.statement.movements == ()
    assert "(0 bewegingen)" in shown.closing.text()
    shown.pots_view.selectRow(1)
    assert shown.first.value() == date(2026, 1, 1)


def test_one_movement_is_one_beweging(qtbot: QtBot, book: Book, members: Members, reserve: Money) -> None:
    pots.deposit(book, members.ans.id, Money(10), "Besluit ALV", date(2026, 3, 1))
    page = PotsPage(book, QUndoStack())
    qtbot.addWidget(page)
    assert page.closing.text().endswith("(1 beweging)")
    assert page.total.text().endswith("(1 spaarpot, op 28-11-2026)")
    assert page.first.value() == date(2026, 1, 1)
