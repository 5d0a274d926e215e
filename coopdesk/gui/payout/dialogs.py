"""The small forms of the Vergoedingen page: an actual-cost reimbursement, reversing a run
(with a written reason), the bank's execution date, and one row of the rules tables.

Each form reads what was typed (amounts through the one number parser,
`coopdesk.domain.numbers`), calls one service and closes on success; a refusal is shown
in red under the form and nothing is written. `outcome` holds the `Changes` to emit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.allowance_rules import CONFIRMED, FiscalCaps, PremiumMaximum
from coopdesk.domain.display import show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.numbers import format_amount, parse_amount
from coopdesk.domain.payout import PayoutLine, PayoutMonth, PayoutRun
from coopdesk.domain.text import Text
from coopdesk.exports.payout_files import (
    SepaFileWritten,
    check_sepa,
    write_municipality_overview,
    write_sepa,
)
from coopdesk.exports.sepa import Version
from coopdesk.gui.date_field import DateField
from coopdesk.gui.form_dialog import ERROR_STYLE, FormDialog
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.services.members import list_members

from .models import MONTHS, month_name


class _Form(FormDialog):
    """The shared form frame, plus the "Bevestigd" box of the rules tables."""

    def __init__(self, book: Book, title: str, save_text: str, parent: QWidget | None) -> None:
        super().__init__(book, title, save_text, parent, minimum_width=440)
        self.previous_status: str | None = None

    def confirmed_box(self, status: str | None) -> QCheckBox:
        """"Bevestigd": ticked for a confirmed row; the row's own note is kept while unticked."""
        box = QCheckBox(self.tr("Bevestigd: nagekeken in de bron"), self)
        box.setChecked(status == CONFIRMED)
        self.previous_status = status
        return box


def _line_edit(parent: QWidget, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(placeholder)
    return edit


class ActualCostDialog(_Form):
    """A reimbursement of documented costs for one member in the month's payout (no cap).

    The member is chosen from those who were members in the month, the selected line's
    member first: a late receipt of a member with nothing else to be paid this month is
    entered the same way. A month whose run already paid the
    member is refused by the service, naming the run and the month to use instead
    (`coopdesk.domain.payout.costs`)."""

    def __init__(self, book: Book, month: PayoutMonth, line: PayoutLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Werkelijke kosten toevoegen"), self.tr("Toevoegen"), parent)
        self.fit_error = True  # a paid month's refusal says where to enter the receipt: show it whole
        self.month = month
        self.say(self.tr("%1. Werkelijke kosten tellen niet mee voor de grenzen; bewaar de bon.")
                 .replace("%1", month_name(month)))
        self.member = QComboBox(self)
        for member in list_members(book):
            left = member.details.left_on
            if member.details.joined_on <= month.last_day and (left is None or left >= month.first_day):
                self.member.addItem(self.tr("%1 (nr. %2)").replace("%1", member.name)
                                    .replace("%2", str(member.number)), int(member.id))
        if line is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(line.member.id)))
        self.form.addRow(self.tr("Lid:"), self.member)
        self.amount = _line_edit(self, placeholder="12,50")
        self.receipt = _line_edit(self, placeholder=self.tr("bijv. bon 2026-031"))
        self.receipt.setMaxLength(60)
        self.description = _line_edit(self, placeholder=self.tr("bijv. treinkaartje naar de markt"))
        self.description.setMaxLength(200)
        self.form.addRow(self.tr("Bedrag:"), self.amount)
        self.form.addRow(self.tr("Bonnummer:"), self.receipt)
        self.form.addRow(self.tr("Omschrijving:"), self.description)
        self.finish_layout()

    def save(self) -> Changes:
        amount = parse_amount(self.amount.text())
        member_id = self.member.currentData()
        if member_id is None:
            raise CoopDeskError(Text("Kies een lid.", "Choose a member."), "member")
        _cost_id, changes = payouts.add_actual_cost(self.book, int(member_id), self.month, amount,
                                                    self.receipt.text(), self.description.text())
        return changes


class ReverseDialog(_Form):
    """Reverse a posted (or paid) run as a whole; the reason is required and kept with the run."""

    def __init__(self, book: Book, run: PayoutRun, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Uitbetaling %1 terugdraaien").replace("%1", str(run.id)),
                         self.tr("Terugdraaien"), parent)
        self.run_id = run.id
        self.say(self.tr("CoopDesk boekt tegenboekingen voor %1 (%2); er wordt niets gewist. De uren van de "
                         "maand kunnen daarna weer worden gewijzigd.")
                 .replace("%1", month_name(run.month)).replace("%2", show_euro(run.paid_total)))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("bijv. de bank heeft het bestand geweigerd"))
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("Reden:"), self.reason)
        self.finish_layout()

    def save(self) -> Changes:
        return payouts.reverse_payout(self.book, self.run_id, self.reason.toPlainText())


class PaidDialog(_Form):
    """The bank executed the run's transfers on a date: allowances payable against the bank."""

    def __init__(self, book: Book, run: PayoutRun, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Uitbetaling %1 betaald").replace("%1", str(run.id)),
                         self.tr("Boeken"), parent)
        self.run_id = run.id
        self.say(self.tr("Op welke datum heeft de bank de betalingen van %1 uitgevoerd?")
                 .replace("%1", month_name(run.month)))
        self.day = DateField(self)
        self.day.field_name = "paid_on"
        self.day.set_value(book.clock.today())
        self.form.addRow(self.tr("Betaald op:"), self.day)
        self.finish_layout()

    def save(self) -> Changes:
        day = self.day.value()
        assert day is not None  # the field is not optional
        return payouts.mark_paid(self.book, self.run_id, day)


def _status(box: QCheckBox, previous: str | None) -> str:
    """Ticked: confirmed. Not ticked: the row's own unconfirmed note, or a plain one."""
    if box.isChecked():
        return CONFIRMED
    return previous if previous and previous != CONFIRMED else "unconfirmed"


def _money_edit(parent: QWidget, amount: object) -> QLineEdit:
    edit = QLineEdit(parent)
    if amount is not None:
        edit.setText(format_amount(amount))  # type: ignore[arg-type]
    return edit


class FiscalRuleDialog(_Form):
    """One year's volunteer-allowance caps (a new year when `rule` is None)."""

    def __init__(self, book: Book, rule: FiscalCaps | None, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Grenzen vrijwilligersvergoeding"), self.tr("Opslaan"), parent)
        self.say(self.tr("Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die "
                         "al geboekt zijn veranderen niet."))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(rule.year if rule else book.clock.today().year + 1)
        self.year.setEnabled(rule is None)
        self.hour_21 = _money_edit(self, rule.hour_rate_21_plus if rule else None)
        self.hour_under_21 = _money_edit(self, rule.hour_rate_under_21 if rule else None)
        self.month = _money_edit(self, rule.month if rule else None)
        self.year_total = _money_edit(self, rule.year_total if rule else None)
        self.source = _line_edit(self, rule.source if rule else "")
        self.form.addRow(self.tr("Jaar:"), self.year)
        self.form.addRow(self.tr("Uurgrens 21 jaar en ouder:"), self.hour_21)
        self.form.addRow(self.tr("Uurgrens onder 21:"), self.hour_under_21)
        self.form.addRow(self.tr("Maandgrens:"), self.month)
        self.form.addRow(self.tr("Jaargrens:"), self.year_total)
        self.form.addRow(self.tr("Bron:"), self.source)
        self.confirmed = self.confirmed_box(rule.status if rule else None)
        self.form.addRow("", self.confirmed)
        self.finish_layout()

    def save(self) -> Changes:
        rule = FiscalCaps(
            year=self.year.value(),
            hour_rate_21_plus=parse_amount(self.hour_21.text(), "hour_rate_21_plus"),
            hour_rate_under_21=parse_amount(self.hour_under_21.text(), "hour_rate_under_21"),
            month=parse_amount(self.month.text(), "month"),
            year_total=parse_amount(self.year_total.text(), "year_total"),
            source=self.source.text().strip(),
            status=_status(self.confirmed, self.previous_status))
        return payouts.edit_rule(self.book, rule)


class PremiumRuleDialog(_Form):
    """The art. 31 amounts in force from a date (a new date when `rule` is None)."""

    def __init__(self, book: Book, rule: PremiumMaximum | None, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Premie art. 31 Participatiewet"), self.tr("Opslaan"), parent)
        self.say(self.tr("Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die "
                         "al geboekt zijn veranderen niet."))
        self.in_force_on = DateField(self)
        self.in_force_on.field_name = "in_force_on"
        self.in_force_on.set_value(rule.in_force_on if rule else date(book.clock.today().year + 1, 1, 1))
        self.in_force_on.setEnabled(rule is None)
        self.maximum = _money_edit(self, rule.yearly_maximum if rule else None)
        self.disregard = _money_edit(self, rule.income_disregard_month if rule else None)
        self.source = _line_edit(self, rule.source if rule else "")
        self.form.addRow(self.tr("Geldt vanaf:"), self.in_force_on)
        self.form.addRow(self.tr("Maximum per kalenderjaar:"), self.maximum)
        self.form.addRow(self.tr("Vrijlating per maand:"), self.disregard)
        self.form.addRow(self.tr("Bron:"), self.source)
        self.confirmed = self.confirmed_box(rule.status if rule else None)
        self.form.addRow("", self.confirmed)
        self.finish_layout()

    def save(self) -> Changes:
        day = self.in_force_on.value()
        assert day is not None
        rule = PremiumMaximum(
            in_force_on=day,
            yearly_maximum=parse_amount(self.maximum.text(), "yearly_maximum"),
            income_disregard_month=parse_amount(self.disregard.text(), "income_disregard_month"),
            source=self.source.text().strip(),
            status=_status(self.confirmed, self.previous_status))
        return payouts.edit_rule(self.book, rule)


class SepaDialog(_Form):
    """Write the SEPA credit-transfer file of a posted run: where, which pain.001 version,
    the execution date; what the bank would get differently (a name cut at 70 characters,
    characters outside the SEPA set, a member held for want of an IBAN) is listed first
    and must be accepted by a tick; a blocking problem refuses the file."""

    def __init__(self, book: Book, run: PayoutRun, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("SEPA-bestand uitbetaling %1").replace("%1", str(run.id)),
                         self.tr("Schrijven"), parent)
        self.setMinimumWidth(560)
        self.run = run
        self.written: SepaFileWritten | None = None
        self.say(self.tr("%1: %2 voor de bank. Lees het bestand daarna in bij uw bank; boek de betaling met "
                         "\"Betaald op…\" als de bank het heeft uitgevoerd.")
                 .replace("%1", month_name(run.month)).replace("%2", show_euro(run.paid_total)))
        self.path = _line_edit(self, str(self.suggestion()))
        self.browse_button = QPushButton(self.tr("Bladeren…"), self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.version = QComboBox(self)
        self.version.addItem(self.tr("pain.001.001.09 (standaard)"), "09")
        self.version.addItem(self.tr("pain.001.001.03 (oudere banksoftware)"), "03")
        self.execution_on = DateField(self)
        self.execution_on.field_name = "execution_on"
        self.execution_on.set_value(book.clock.today())
        self.form.addRow(self.tr("Bestand:"), row)
        self.form.addRow(self.tr("Versie:"), self.version)
        self.form.addRow(self.tr("Uitvoerdatum:"), self.execution_on)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_changes = QCheckBox(self.tr("Ik heb dit gezien; schrijf het bestand zo"), self)
        self.layout_.addWidget(self.problems)
        self.layout_.addWidget(self.accept_changes)
        self.finish_layout()
        self._show_problems()

    def suggestion(self) -> Path:
        folder = self.book.path.parent if self.book.path is not None else Path.home()
        return folder / f"sepa-{self.run.month}-uitbetaling-{self.run.id}.xml"

    def _show_problems(self) -> None:
        try:
            found = check_sepa(self.book, self.run.id)
        except CoopDeskError as error:
            self.problems.setText(error.message())
            self.problems.setStyleSheet(ERROR_STYLE)
            self.accept_changes.hide()
            self.save_button.setEnabled(False)
            return
        blocking = [p for p in found if p.blocking]
        changes = [p for p in found if not p.blocking]
        lines: list[str] = []
        if blocking:
            lines.append(self.tr("Dit moet eerst worden hersteld (in de ledenlijst of de gegevens van de coöperatie):"))
            lines += [f"• {p.message()}" for p in blocking]
        if changes:
            lines.append(self.tr("De bank krijgt dit anders dan het in het boek staat:"))
            lines += [f"• {p.message()}" for p in changes]
        self.problems.setText("\n".join(lines))
        self.problems.setStyleSheet(ERROR_STYLE if blocking else "color: #8a4b00;")
        self.problems.setVisible(bool(lines))
        self.accept_changes.setVisible(bool(changes) and not blocking)
        self.save_button.setEnabled(not blocking)

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("SEPA-bestand opslaan"), self.path.text(),
                                              self.tr("SEPA-bestanden (*.xml)"))
        if path:
            self.path.setText(path)

    def save(self) -> Changes:
        if not self.path.text().strip():
            raise CoopDeskError(Text("Kies waar het bestand komt.", "Choose where the file goes."), "path")
        version: Version = "03" if self.version.currentData() == "03" else "09"
        self.written = write_sepa(self.book, self.run.id, self.path.text().strip(), version,
                                  execution_on=self.execution_on.value(),
                                  accept_changes=not self.accept_changes.isHidden() and self.accept_changes.isChecked())
        return Changes()


class MonthChoice(QWidget):
    """A month: its name and a year."""

    def __init__(self, month: PayoutMonth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.month = QComboBox(self)
        for number, name in enumerate(MONTHS, start=1):
            self.month.addItem(QCoreApplication.translate("PayoutPage", name), number)
        self.month.setCurrentIndex(month.month - 1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(month.year)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        layout.addStretch(1)

    def value(self) -> PayoutMonth:
        return PayoutMonth(self.year.value(), int(self.month.currentData()))


class MunicipalityDialog(_Form):
    """A member's overview for the municipality (hours, allowance, premium, actual costs and
    payment date per month) as a PDF the member can hand in, or as an Excel sheet."""

    def __init__(self, book: Book, member_number: int, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Overzicht voor de gemeente"), self.tr("Schrijven"), parent)
        self.setMinimumWidth(560)
        self.member_number = member_number
        self.written: Path | None = None
        self.say(self.tr("Per maand de uren, de vergoeding, de premie, de werkelijke kosten (apart) en de "
                         "betaaldatum van %1, uit de geboekte uitbetalingen.").replace("%1", member_name))
        today = PayoutMonth.of(book.clock.today())
        self.first = MonthChoice(PayoutMonth(today.year, 1), self)
        self.last = MonthChoice(today, self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("PDF (om in te leveren)"), ".pdf")
        self.kind.addItem(self.tr("Excel-werkmap"), ".xlsx")
        self.path = _line_edit(self, str(self.suggestion()))
        self.browse_button = QPushButton(self.tr("Bladeren…"), self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.form.addRow(self.tr("Van:"), self.first)
        self.form.addRow(self.tr("Tot en met:"), self.last)
        self.form.addRow(self.tr("Soort:"), self.kind)
        self.form.addRow(self.tr("Bestand:"), row)
        self.kind.currentIndexChanged.connect(self._on_kind_currentIndexChanged)
        self.finish_layout()

    def suggestion(self) -> Path:
        folder = self.book.path.parent if self.book.path is not None else Path.home()
        suffix = self.kind.currentData()
        return folder / f"gemeenteoverzicht-lid-{self.member_number}{suffix}"

    def _on_kind_currentIndexChanged(self, _index: int) -> None:
        self.path.setText(str(Path(self.path.text()).with_suffix(self.kind.currentData())))

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Overzicht opslaan"), self.path.text(),
                                              self.tr("PDF of Excel (*.pdf *.xlsx)"))
        if path:
            self.path.setText(path)

    def save(self) -> Changes:
        if not self.path.text().strip():
            raise CoopDeskError(Text("Kies waar het bestand komt.", "Choose where the file goes."), "path")
        self.written = write_municipality_overview(self.book, self.member_number, self.first.value(),
                                                   self.last.value(), self.path.text().strip())
        return Changes()


__all__ = ["MonthChoice", "MunicipalityDialog", "ActualCostDialog", "SepaDialog", "FiscalRuleDialog", "PaidDialog", "PremiumRuleDialog", "ReverseDialog"]
