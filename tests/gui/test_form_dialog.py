"""The one form frame (`coopdesk.gui.form_dialog.FormDialog`) the Vergoedingen and
Spaarpotten forms share: a refusal stays under the form with nothing written, success
accepts with the service's `Changes`, the buttons speak the window's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.text import Text
from coopdesk.gui.form_dialog import FormDialog
from coopdesk.gui.payout import dialogs as payout_dialogs
from coopdesk.gui.pots import dialogs as pot_dialogs
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes


class _Tried(FormDialog):
    def __init__(self, book: Book, refuse: bool, **options: object) -> None:
        super().__init__(book, "Proef", "Bewaren", None, **options)  # type: ignore[arg-type]
        self.refuse = refuse
        self.calls = 0
        self.finish_layout()

    def save(self) -> Changes:
        self.calls += 1
        if self.refuse:
            raise CoopDeskError(Text("Dat mag niet, " * 12 + "en nog eens niet.", "Not allowed."))
        return Changes(pots=True)


def test_a_refusal_shows_under_the_form_and_the_dialog_stays_open(qtbot: QtBot, book: Book) -> None:
    dialog = _Tried(book, refuse=True, minimum_width=300, fit_error=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.calls == 1 and dialog.isVisible()
    assert dialog.error.text().startswith("Dat mag niet") and dialog.outcome == Changes()
    assert dialog.height() >= dialog.sizeHint().height()  # grown: the whole message shows


def test_success_keeps_the_changes_and_accepts(qtbot: QtBot, book: Book) -> None:
    dialog = _Tried(book, refuse=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.result() == FormDialog.DialogCode.Accepted and dialog.outcome == Changes(pots=True)
    assert dialog.minimumWidth() == 440


def test_both_pages_use_the_one_frame(qtbot: QtBot, book: Book) -> None:
    assert issubclass(pot_dialogs._Form, FormDialog) and issubclass(payout_dialogs._Form, FormDialog)
    reopen = pot_dialogs.ReopenDialog(book, 2025)
    qtbot.addWidget(reopen)
    assert reopen.minimumWidth() == 520 and reopen.fit_error
    assert reopen.buttons.button(reopen.buttons.StandardButton.Cancel).text() == "Annuleren"


def test_the_cancel_button_is_translated_in_every_form(qtbot: QtBot, book: Book, english: None) -> None:
    reopen = pot_dialogs.ReopenDialog(book, 2025)
    rule = payout_dialogs.FiscalRuleDialog(book, None)
    for dialog in (reopen, rule):
        qtbot.addWidget(dialog)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Cancel"
