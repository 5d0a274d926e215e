"""The small forms of the Spaarpotten page: a manual deposit (with a reason), a withdrawal
(purpose from the book's list, amount, receipt reference, approving board member, paid
from cash or bank) and reopening a closed year (with a written reason).

Each form reads what was typed (amounts through the one number parser,
`coopdesk.domain.numbers`), calls one service and closes on success; a refusal (a pot
that would go below zero, a closed year, a missing field) is shown in red under the
form and nothing is written. `outcome` holds the `Changes` to emit, `warnings` what the
service asked to show after a withdrawal.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.numbers import parse_amount
from coopdesk.domain.pot import INCOME_WARNING, MAX_APPROVER, MAX_REASON, MAX_RECEIPT, Purpose
from coopdesk.domain.text import Text
from coopdesk.gui.date_field import DateField
from coopdesk.gui.form_dialog import FormDialog
from coopdesk.services import pots, year_close
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

WARNING_STYLE = "color: #8a4b00;"


class _Form(FormDialog):
    """The shared form frame, 520 wide, growing to show a refusal whole; `warnings` holds
    what the service asked to show after saving."""

    def __init__(self, book: Book, title: str, save_text: str, parent: QWidget | None) -> None:
        super().__init__(book, title, save_text, parent, minimum_width=520, fit_error=True)
        self.warnings: list[Text] = []


def _member_text(number: int, name: str) -> str:
    return f"{name} (nr. {number})"


class DepositDialog(_Form):
    """A manual deposit into one member's pot, from the general reserve, with a reason."""

    def __init__(self, book: Book, member_id: int, number: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Storten in spaarpot"), self.tr("Storten"), parent)
        self.member_id = member_id
        self.say(self.tr("Storting in de spaarpot van %1. Het bedrag gaat van de algemene reserve naar de "
                         "spaarpotten en wordt meteen geboekt.").replace("%1", _member_text(number, name)))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("50,00")
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("bijv. besluit ALV van 12 maart"))
        self.day = DateField(self)
        self.day.setup(field="booked_on", optional=False)
        self.day.set_value(book.clock.today())
        # what the reserve holds on the chosen date: a deposit beyond it is refused
        self.reserve = QLabel(self)
        self.reserve.setWordWrap(True)
        self.form.addRow(self.tr("Bedrag:"), self.amount)
        self.form.addRow(self.tr("Reden:"), self.reason)
        self.form.addRow(self.tr("Datum:"), self.day)
        self.form.addRow(self.reserve)
        self.finish_layout()
        self.day.dateChanged.connect(self._on_day_date_changed)
        self._show_reserve()

    def _on_day_date_changed(self) -> None:
        self._show_reserve()

    def _show_reserve(self) -> None:
        day = self.day.value_or_none()
        self.reserve.setVisible(day is not None)
        if day is not None:
            self.reserve.setText(self.tr("De algemene reserve staat op %1 op %2; meer kan er niet uit.")
                                 .replace("%1", show_date(day))
                                 .replace("%2", show_euro(pots.reserve_balance(self.book, day))))

    def save(self) -> Changes:
        amount = parse_amount(self.amount.text())
        _movement_id, changes = pots.deposit(self.book, self.member_id, amount, self.reason.text(), self.day.value())
        return changes


class WithdrawDialog(_Form):
    """A withdrawal from one member's pot for a purpose of the book's list; the warning of a
    purpose the municipality may count as income shows as soon as it is chosen."""

    def __init__(self, book: Book, member_id: int, number: int, name: str, balance: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Opnemen uit spaarpot"), self.tr("Opnemen"), parent)
        self.member_id = member_id
        self.say(self.tr("Opname uit de spaarpot van %1 (saldo %2). Een spaarpot gaat nooit onder nul; de opname "
                         "wordt betaald als elke uitgave en meteen geboekt.")
                 .replace("%1", _member_text(number, name)).replace("%2", show_euro(balance)))  # type: ignore[arg-type]
        self.purpose = QComboBox(self)
        self.purposes: list[Purpose] = pots.list_purposes(book)
        for purpose in self.purposes:
            label = purpose.name + (self.tr(" (goedkeuring bestuur)") if purpose.needs_approval else "")
            self.purpose.addItem(label, purpose.id)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("25,00")
        self.receipt = QLineEdit(self)
        self.receipt.setMaxLength(MAX_RECEIPT)
        self.receipt.setPlaceholderText(self.tr("bijv. bon 2026-031"))
        self.approved_by = QLineEdit(self)
        self.approved_by.setMaxLength(MAX_APPROVER)
        self.approved_by.setPlaceholderText(self.tr("naam van het bestuurslid"))
        self.cash = QRadioButton(self.tr("Kas"), self)
        self.bank = QRadioButton(self.tr("Bank"), self)
        self.bank.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.cash)
        group.addButton(self.bank)
        paid = QHBoxLayout()
        paid.addWidget(self.bank)
        paid.addWidget(self.cash)
        paid.addStretch(1)
        self.day = DateField(self)
        self.day.setup(field="booked_on", optional=False)
        self.day.set_value(book.clock.today())
        self.warning = QLabel(INCOME_WARNING.render(), self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.form.addRow(self.tr("Doel:"), self.purpose)
        self.form.addRow(self.warning)
        self.form.addRow(self.tr("Bedrag:"), self.amount)
        self.form.addRow(self.tr("Bonnummer:"), self.receipt)
        self.form.addRow(self.tr("Goedgekeurd door:"), self.approved_by)
        self.form.addRow(self.tr("Betaald uit:"), paid)
        self.form.addRow(self.tr("Datum:"), self.day)
        self.finish_layout()
        self.purpose.currentIndexChanged.connect(self._on_purpose_current_index_changed)
        self._show_purpose()

    def chosen_purpose(self) -> Purpose | None:
        index = self.purpose.currentIndex()
        return self.purposes[index] if 0 <= index < len(self.purposes) else None

    def choose_purpose(self, name: str) -> None:
        for index, purpose in enumerate(self.purposes):
            if purpose.name == name:
                self.purpose.setCurrentIndex(index)
                return
        raise LookupError(name)

    def _on_purpose_current_index_changed(self, _index: int) -> None:
        self._show_purpose()

    def _show_purpose(self) -> None:
        purpose = self.chosen_purpose()
        self.warning.setVisible(purpose is not None and purpose.warning is not None)
        needs = purpose is not None and purpose.needs_approval
        self.approved_by.setPlaceholderText(self.tr("verplicht: naam van het bestuurslid") if needs
                                            else self.tr("naam van het bestuurslid"))
        self.adjustSize()

    def save(self) -> Changes:
        amount = parse_amount(self.amount.text())
        purpose = self.chosen_purpose()
        _movement_id, warnings, changes = pots.withdraw(
            self.book, self.member_id, amount, purpose.id if purpose is not None else 0, self.receipt.text(),
            self.approved_by.text(), self.day.value(), paid_from="cash" if self.cash.isChecked() else "bank")
        self.warnings = warnings
        return changes


class ReopenDialog(_Form):
    """Reopen a closed year: a written reason is required; the distribution is reversed."""

    def __init__(self, book: Book, year: int, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Jaar %1 heropenen").replace("%1", str(year)), self.tr("Heropenen"), parent)
        self.year = year
        self.say(self.tr("%1 wordt weer open: de winstverdeling en de stortingen in de spaarpotten worden "
                         "teruggedraaid met tegenboekingen op 31-12-%1; er wordt niets gewist. De reden komt met "
                         "de tijd in het logboek. Daarna kunt u het jaar opnieuw afsluiten.").replace("%1", str(year)))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("bijv. een vergeten factuur van december moet nog worden geboekt"))
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("Reden:"), self.reason)
        self.finish_layout()

    def save(self) -> Changes:
        return year_close.reopen_year(self.book, self.year, self.reason.toPlainText())
