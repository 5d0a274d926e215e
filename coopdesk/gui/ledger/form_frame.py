"""What the Boekhouding forms share: the ledger's form frame (`_Form`, on `FormDialog`),
the "Kas onder nul" box, and the date and account pickers.

Every form is usable from the keyboard alone: Tab goes through the fields in the
order they are shown, Enter moves to the next field, Ctrl+Enter (or the button)
posts, Escape cancels (`coopdesk.gui.tab_order`). Amounts are typed Dutch-style and read by the domain
(`parse_amount`); the forms never compute money themselves. A service refusal
shows as a red line under the form, the form stays open and nothing is written.

A posting that would leave a cash account below zero (`NegativeCashError`) is not
simply refused: a box shows the day and the balance and offers "Toch boeken" (a
treasurer may enter a month's expenses before its receipts); only that explicit
choice posts it, with the services' override. "Annuleren" writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QMessageBox, QWidget

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import Account, NegativeCashError
from coopdesk.gui.form_dialog import ERROR_STYLE, FormDialog
from coopdesk.gui.tab_order import EnterMovesOn, set_reading_tab_order
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

OK_STYLE = "color: #1b6e3a;"
LINE_ERROR_STYLE = "border: 1px solid #b3261e;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, latest: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(_qdate(latest))
    return edit


def account_combo(accounts: list[Account], parent: QWidget, empty: str | None = None,
                  separate_types: bool = False) -> QComboBox:
    """A list of accounts; with `separate_types` a line between income, costs and the rest,
    so "Soort ontvangst" shows the income accounts first and apart."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    previous = None
    for account in accounts:
        if separate_types and previous is not None and account.type is not previous:
            combo.insertSeparator(combo.count())
        previous = account.type
        combo.addItem(account.label(), account.id)
    return combo


class NegativeCashBox(QMessageBox):
    """"Kas onder nul": the account, the day and the balance; "Toch boeken" or "Annuleren"
    (the default, so Enter does not post a negative cash box by accident)."""

    def __init__(self, error: NegativeCashError, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Kas onder nul"),
                         self.tr("Na deze boeking staat %1 op %2 op %3.")
                         .replace("%1", error.account.label()).replace("%2", show_date(error.day))
                         .replace("%3", show_euro(error.balance)),
                         QMessageBox.StandardButton.NoButton, parent)
        self.setInformativeText(self.tr("Een kas kan niet onder nul staan. Kloppen de datum en het bedrag? "
                                        "Kies \"Toch boeken\" alleen als de ontvangsten nog volgen, "
                                        "bijvoorbeeld omdat u de uitgaven van een maand eerst invoert."))
        self.post_anyway_button = self.addButton(self.tr("&Toch boeken"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)



class _Form(FormDialog):
    """The ledger's frame on `FormDialog`: 480 wide, "Boeken", keyboard order, a refusal
    focuses the field it names (`fields`), and a cash account going below zero asks
    "Toch boeken". `message` is what the page says after a successful save."""

    def __init__(self, book: Book, title: str, parent: QWidget | None) -> None:
        super().__init__(book, title, self.tr("Boeken"), parent, minimum_width=480)
        self.fields: dict[str, QWidget] = {}
        self.message = ""
        self.allow_negative_cash = False  # True only while retrying after "Toch boeken"
        self.negative_cash_box: NegativeCashBox | None = None

    def finish_layout(self) -> None:
        super().finish_layout()
        self.enter_moves_on = EnterMovesOn(self, self.save_button)
        self.follow_reading_order()

    def follow_reading_order(self) -> None:
        """Tab in the order the fields are shown; Enter to the next field (again after a
        line is added)."""
        self.enter_moves_on.watch(set_reading_tab_order(self))

    def show_error(self, error: CoopDeskError) -> None:
        self.error.setText(error.message())
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def refused(self, error: CoopDeskError, action: Callable[[], Changes]) -> None:
        """Show a refusal under the form, and ask about a cash account going below zero."""
        if isinstance(error, NegativeCashError):
            self.ask_negative_cash(error, action)
        else:
            self.show_error(error)

    def ask_negative_cash(self, error: NegativeCashError, action: Callable[[], Changes]) -> NegativeCashBox:
        """The day and the balance, and an explicit "Toch boeken"; the form stays open
        (and nothing is written) until the treasurer chooses."""
        self.show_error(error)
        box = NegativeCashBox(error, self)
        box.finished.connect(lambda _result: self._on_negative_cash_box_finished(box, action))
        self.negative_cash_box = box
        box.open()
        return box

    def _on_negative_cash_box_finished(self, box: NegativeCashBox, action: Callable[[], Changes]) -> None:
        self.negative_cash_box = None
        box.deleteLater()
        if box.clickedButton() is not box.post_anyway_button:
            return  # the red line under the form still says why; nothing was written
        self.allow_negative_cash = True
        try:
            self.attempt(action)
        finally:
            self.allow_negative_cash = False

    def _on_draft_button_clicked(self) -> None:
        self.attempt(self.save_draft)

    def save_draft(self) -> Changes:  # pragma: no cover - forms with a draft button override it
        raise NotImplementedError


__all__ = ["ERROR_STYLE", "LINE_ERROR_STYLE", "OK_STYLE", "NegativeCashBox", "_Form", "_pydate", "_qdate",
           "account_combo", "date_edit"]
