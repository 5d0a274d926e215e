"""Boek → Jaarafsluiting…, Jaar heropenen…, Afspraken winstverdeling… and Afdracht gemeente… (issue 11):
the menu opens the Spaarpotten page's own wizard and dialogs, on that page; the entries are
off without a book, as the other Boek entries are."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from coopdesk.gui.pages import PAGES
from coopdesk.gui.pots.dialogs import ReopenDialog
from coopdesk.gui.pots.page import PotsPage
from coopdesk.gui.pots.share import AgreementDialog, MunicipalityShareDialog
from coopdesk.gui.pots.wizard import YearCloseWizard
from coopdesk.services import year_close
from coopdesk.services.books import Book

POTS = next(i for i, entry in enumerate(PAGES) if entry.class_name == "PotsPage")

ENTRIES = [
    ("closeYearAction", "Jaarafsluiting…", YearCloseWizard),
    ("reopenYearAction", "Jaar heropenen…", ReopenDialog),
    ("agreementAction", "Afspraken winstverdeling…", AgreementDialog),
    ("shareAction", "Afdracht gemeente…", MunicipalityShareDialog),
]


def _book_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    menu = window.menuBar().findChild(QMenu, "bookMenu")
    assert isinstance(menu, QMenu)
    return menu


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_the_book_menu_lists_the_year_close_entries_after_the_statements(window) -> None:  # type: ignore[no-untyped-def]
    texts = [_plain(action.text()) for action in _book_menu(window).actions() if not action.isSeparator()]
    assert texts == ["Gegevens coöperatie…", "Jaaroverzichten…", *(text for _name, text, _kind in ENTRIES)]


@pytest.mark.parametrize(("name", "text", "kind"), ENTRIES, ids=[name for name, _t, _k in ENTRIES])
def test_each_entry_opens_the_pots_page_s_dialog_on_that_page(  # type: ignore[no-untyped-def]
    window, qtbot: QtBot, name: str, text: str, kind: type,
) -> None:
    window.show_page(0)
    action = window.findChild(type(window.close_action), name)
    assert action is not None and _plain(action.text()) == text and action.isEnabled()
    action.trigger()
    page = window.page_at(POTS)
    assert isinstance(page, PotsPage)
    assert window.navigation.currentRow() == POTS and window.page_stack.currentWidget() is page
    dialog = page.dialog
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.parent() is page
    assert QApplication.activeModalWidget() is dialog
    dialog.reject()


def test_an_agreement_entered_through_the_menu_is_in_the_book_and_said_on_the_page(  # type: ignore[no-untyped-def]
    window, book: Book,
) -> None:
    """The page's own dialog, so the page's own outcome: a refusal writes nothing, a good
    agreement is recorded and the Spaarpotten page says so."""
    window.agreement_action.trigger()
    page = window.page_at(POTS)
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    dialog.municipality.setText("-3")
    dialog.save_button.click()
    assert dialog.error.text() and year_close.agreement(book).municipality_percentage == Decimal(0)
    dialog.municipality.setText("30")
    dialog.save_button.click()
    assert dialog.result() == AgreementDialog.DialogCode.Accepted
    assert year_close.agreement(book).municipality_percentage == Decimal(30)
    assert page.notice.text() == "Afspraak winstverdeling vastgelegd."


def test_the_entries_are_off_without_a_book_and_do_nothing(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    actions = [window.close_year_action, window.reopen_year_action, window.agreement_action, window.share_action]
    assert not any(action.isEnabled() for action in actions)
    assert window.close_year() is None and window.reopen_year() is None
    assert window.edit_agreement() is None and window.municipality_share() is None
    assert window.book is None and window.central.currentIndex() == 0  # still the start screen


def test_closing_the_book_turns_the_entries_off_again(window) -> None:  # type: ignore[no-untyped-def]
    assert window.close_year_action.isEnabled()
    window.close_book()
    assert not window.close_year_action.isEnabled() and not window.share_action.isEnabled()
