"""The keyboard goes where the eye goes (issue 9).

* In every dialog, Tab visits the controls in reading order (`reading_order`: a form
  row by row, group boxes as blocks, the buttons last), pressed as a user presses it.
* In the ledger forms Enter in a field moves to the next field; only the button or
  Ctrl+Enter posts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopdesk.domain.ledger import TransactionKind
from coopdesk.domain.member import MemberForm
from coopdesk.gui.book_dialogs import CooperativeDialog
from coopdesk.gui.hours.dialogs import ActivityDialog, CostCentreDialog
from coopdesk.gui.ledger.forms import AccountDialog, JournalDialog, MoneyDialog, OpeningDialog
from coopdesk.gui.members.dialog import MemberDialog
from coopdesk.gui.members.leave_dialog import LeaveDialog
from coopdesk.gui.tab_order import reading_order
from coopdesk.services import books, ledger
from coopdesk.services.books import Book
from coopdesk.services.members import register_member

TODAY = date(2026, 11, 28)


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def tab_chain(qtbot: QtBot, dialog: QDialog) -> tuple[list[QWidget], list[QWidget | None]]:
    """The controls in reading order, and where Tab goes from the first, pressed key by key."""
    expected = [w for w in reading_order(dialog) if w.isVisible() and w.isEnabled()]
    expected[0].setFocus()
    seen = [_owner(QApplication.focusWidget(), expected)]
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        for _section in range(2):  # Tab steps through a QDateEdit's day, month and year first
            if isinstance(seen[-1], QDateTimeEdit) and _owner(QApplication.focusWidget(), expected) is seen[-1]:
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_owner(QApplication.focusWidget(), expected))
    return expected + [expected[0]], seen


def _money(kind: TransactionKind) -> Callable[[Book], QDialog]:
    return lambda book: MoneyDialog(book, kind)


def _member(book: Book) -> QDialog:
    return MemberDialog(TODAY, None, lambda *args: None)


def _leave(book: Book) -> QDialog:
    member = register_member(book, MemberForm(name="Stijn ter Wal", joined_on=date(2026, 1, 1)))
    return LeaveDialog(member, TODAY, lambda *args: None)


def _journal_with_a_line_added(book: Book) -> QDialog:
    dialog = JournalDialog(book)
    dialog.add_line_button.click()
    return dialog


DIALOGS: dict[str, Callable[[Book], QDialog]] = {
    "ontvangst": _money(TransactionKind.RECEIPT),
    "uitgave": _money(TransactionKind.EXPENSE),
    "memoriaal": lambda book: JournalDialog(book),
    "memoriaal met extra regel": _journal_with_a_line_added,
    "beginbalans": lambda book: OpeningDialog(book),
    "rekening": lambda book: AccountDialog(book),
    "lid": _member,
    "vertrek": _leave,
    "nieuw boek": lambda book: CooperativeDialog(None, new_book_folder=book.path.parent if book.path else None),
    "gegevens": lambda book: CooperativeDialog(books.cooperative_details(book)),
    "activiteit": lambda book: ActivityDialog([], lambda *args: None),  # type: ignore[arg-type]
    "kostenplaats": lambda book: CostCentreDialog(lambda *args: None),  # type: ignore[arg-type,return-value]
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_tab_follows_the_reading_order_in_every_dialog(name: str, qtbot: QtBot, book: Book) -> None:
    dialog = _show(qtbot, DIALOGS[name](book))
    expected, seen = tab_chain(qtbot, dialog)
    assert [_name(w) for w in seen] == [_name(w) for w in expected]


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "-"
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__}:{widget.objectName() or (text() if callable(text) else '')}"


def test_from_omschrijving_tab_reaches_betaald_uit_and_soort_uitgave_before_bonnummer(
        qtbot: QtBot, book: Book) -> None:
    dialog = _show(qtbot, MoneyDialog(book, TransactionKind.EXPENSE))
    assert isinstance(dialog, MoneyDialog)
    dialog.description.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(_owner(QApplication.focusWidget(), [dialog.money_account, dialog.category,
                                                            dialog.cost_centre, dialog.activity,
                                                            dialog.reference]))
    assert visited == [dialog.money_account, dialog.category, dialog.cost_centre, dialog.activity]


def test_enter_moves_to_the_next_field_and_ctrl_enter_posts(qtbot: QtBot, book: Book) -> None:
    dialog = _show(qtbot, MoneyDialog(book, TransactionKind.RECEIPT))
    assert isinstance(dialog, MoneyDialog)
    qtbot.keyClicks(dialog.amount, "12,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.description.hasFocus() and dialog.isVisible()
    qtbot.keyClicks(dialog.description, "Koffie")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert _owner(QApplication.focusWidget(), [dialog.money_account]) is dialog.money_account
    assert dialog.isVisible() and ledger.count_drafts(book) == 0
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    posted = ledger.get_transaction(book, dialog.posted_id)
    assert posted.description == "Koffie"
    assert sorted(str(abs(p.amount)) for p in posted.postings) == [str(abs(posted.postings[0].amount))] * 2



def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt+letter keys of a dialog: labels with a buddy, buttons, group box titles."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisibleTo(dialog)]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    return [match.group(1).lower() for text in texts for match in re.finditer(r"&([^&\s])", text.replace("&&", ""))]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_dialog_uses_one_mnemonic_twice(language: str, qtbot: QtBot, book: Book,
                                           request: pytest.FixtureRequest) -> None:
    if language == "en":
        request.getfixturevalue("english")
    twice: dict[str, list[str]] = {}
    found = 0
    for name, make in DIALOGS.items():
        dialog = make(book)
        qtbot.addWidget(dialog)
        keys = mnemonics(dialog)
        found += len(keys)
        twice[name] = sorted(key for key, count in Counter(keys).items() if count > 1)
    assert found > 4 * len(DIALOGS)
    assert twice == dict.fromkeys(DIALOGS, [])
