"""Nabetalen on the Uitbetalingen tab: the payout lines held for want of an IBAN that are
still owed, and the form that pays chosen lines later.

The table is a thin model over `services.payout_held.list_held_lines`; the form calls
`exports.payout_files.pay_held_by_sepa` (bank, with a SEPA file) or
`services.payout_held.pay_held_lines` (bank already paid by hand, or cash). A refusal is
shown in red under the form and nothing is written; the page then refreshes every tab.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import total
from coopdesk.domain.payout.calculation import valid_iban
from coopdesk.domain.text import Text
from coopdesk.exports.payout_files import SepaFileWritten, pay_held_by_sepa
from coopdesk.exports.sepa import SepaFileRefused
from coopdesk.gui.columns import Column
from coopdesk.gui.date_field import DateField
from coopdesk.gui.form_dialog import FormDialog
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.services.payout_held import HeldLine, PaymentMethod, pay_held_lines

from .models import HELD_COLOUR, RowsModel, RunLinesModel, month_name


def _iban_state(line: HeldLine) -> str:
    if valid_iban(line.iban):
        return QCoreApplication.translate("PayoutColumns", "IBAN nu bekend")
    return QCoreApplication.translate("PayoutColumns", "nog geen IBAN")


HELD_COLUMNS: tuple[Column[HeldLine], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Naam"), lambda r: r.member_name),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uitbetaling"), lambda r: r.run_id),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Maand"), lambda r: month_name(r.month)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nog te betalen"), lambda r: r.amount),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "IBAN"), _iban_state),
)


class HeldLinesModel(RowsModel[HeldLine]):
    """The held lines still owed, oldest month first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HELD_COLUMNS, parent)

    def foreground(self, row: HeldLine, column: int, value: object) -> QColor | None:
        if column == len(HELD_COLUMNS) - 1 and not valid_iban(row.iban):
            return HELD_COLOUR
        return super().foreground(row, column, value)


class RunLinesPaidLaterModel(RunLinesModel):
    """A run's lines, where a held line paid later says so in the Bank column (with its
    date) instead of still reading "held: no IBAN"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.paid_later: dict[int, date] = {}

    def set_paid_later(self, lines: list[HeldLine]) -> None:
        """The run's held lines that were paid later (member id -> date)."""
        self.paid_later = {line.member_id: line.paid_on for line in lines if line.paid_on is not None}

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == len(self.columns) - 1
                and 0 <= index.row() < self.rowCount()):
            day = self.paid_later.get(self.row_at(index.row()).member_id)
            if day is not None:
                return QCoreApplication.translate("PayoutColumns", "nabetaald op %1").replace("%1", show_date(day))
        return super().data(index, role)


BANK_FILE, BANK_DONE, CASH = "bank-file", "bank-done", "cash"


class HeldPaymentDialog(FormDialog):
    """Pay the chosen held lines later: by bank with a SEPA file (executed today), by bank
    already paid by hand (any date since the run), or in cash from the cash box."""

    def __init__(self, book: Book, lines: list[HeldLine], parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Nabetalen"), self.tr("Nabetalen"), parent, minimum_width=560,
                         fit_error=True)
        self.lines = lines
        self.written: SepaFileWritten | None = None
        self.total = total(line.amount for line in lines)
        names = sorted({line.member_name for line in lines})
        months = ", ".join(f"{month_name(line.month)} ({line.member_name})" if len(names) > 1
                           else month_name(line.month) for line in lines)
        self.say(self.tr("%1 voor %2: %3. Het bedrag gaat van de te betalen vergoedingen (1700) naar de bank of "
                         "de kas, en telt niet opnieuw mee voor de grenzen.")
                 .replace("%1", show_euro(self.total)).replace("%2", ", ".join(names)).replace("%3", months))
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Bank, met een SEPA-bestand (uitvoerdatum vandaag)"), BANK_FILE)
        self.method.addItem(self.tr("Bank, al betaald zonder bestand"), BANK_DONE)
        self.method.addItem(self.tr("Contant uit de kas"), CASH)
        self.day = DateField(self)
        self.day.field_name = "paid_on"
        self.day.set_value(book.clock.today())
        self.path = QLineEdit(self)
        self.path.setText(str(self.suggestion()))
        self.browse_button = QPushButton(self.tr("Bladeren…"), self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.file_row = QWidget(self)
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.form.addRow(self.tr("Hoe:"), self.method)
        self.form.addRow(self.tr("Betaald op:"), self.day)
        self.form.addRow(self.tr("SEPA-bestand:"), self.file_row)
        self.accept_changes = QCheckBox(self.tr("Ik heb de meldingen gezien; schrijf het bestand zo"), self)
        self.accept_changes.hide()
        self.layout_.addWidget(self.accept_changes)
        self.finish_layout()
        self.method.currentIndexChanged.connect(self._on_method_currentIndexChanged)
        self._on_method_currentIndexChanged(0)

    def suggestion(self) -> Path:
        folder = self.book.path.parent if self.book.path is not None else Path.home()
        first = self.lines[0]
        return folder / f"sepa-nabetaling-{first.member_number}-{self.book.clock.today().isoformat()}.xml"

    def _on_method_currentIndexChanged(self, _index: int) -> None:
        with_file = self.method.currentData() == BANK_FILE
        self.file_row.setEnabled(with_file)
        label = self.form.labelForField(self.file_row)
        if label is not None:
            label.setEnabled(with_file)
        if not with_file:
            self.accept_changes.hide()

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("SEPA-bestand opslaan"), self.path.text(),
                                              self.tr("SEPA-bestanden (*.xml)"))
        if path:
            self.path.setText(path)

    def save(self) -> Changes:
        day = self.day.value()
        if day is None:
            raise CoopDeskError(Text("Vul de betaaldatum in.", "Fill in the date paid."), "day")
        ids = [line.line_id for line in self.lines]
        chosen = self.method.currentData()
        if chosen == BANK_FILE:
            if not self.path.text().strip():
                raise CoopDeskError(Text("Kies waar het bestand komt.", "Choose where the file goes."), "path")
            try:
                self.written, changes = pay_held_by_sepa(
                    self.book, ids, day, self.path.text().strip(),
                    accept_changes=self.accept_changes.isVisible() and self.accept_changes.isChecked())
            except SepaFileRefused as refused:
                # only changes (a name the bank gets otherwise): the treasurer may accept them
                self.accept_changes.setVisible(not any(p.blocking for p in refused.sepa_problems))
                raise
            return changes
        method = PaymentMethod.CASH if chosen == CASH else PaymentMethod.BANK
        _payment, changes = pay_held_lines(self.book, ids, day, method)
        return changes

    def done_text(self) -> str:
        """What the page says after the payment."""
        text = self.tr("Nabetaald: %1 op %2.").replace("%1", show_euro(self.total)).replace(
            "%2", show_date(self.day.value()))
        if self.written is not None:
            text += " " + self.tr("SEPA-bestand geschreven: %1.").replace("%1", str(self.written.path))
        return text


__all__ = ["HeldLinesModel", "HeldPaymentDialog", "RunLinesPaidLaterModel"]
