"""The Per lid tab of the Vergoedingen page: what a member declared from other
organisations this year (it counts against the year cap), their premium payment months
(two at most), and the overview they hand in at the municipality."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_amount, parse_amount
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.services import members as member_service
from coopdesk.services import payout as payouts
from coopdesk.services.changes import Changes

from .dialogs import MunicipalityDialog
from .host import ERROR_STYLE, PayoutHost
from .models import MONTHS


class MemberYearTab(QWidget):
    """Per lid: one member's year settings and overview."""

    def __init__(self, page: PayoutHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Wat een lid dit jaar van andere organisaties krijgt, telt mee voor de jaargrens "
                               "van de vrijwilligersvergoeding. Een premie (art. 31) wordt hoogstens twee keer per "
                               "kalenderjaar betaald, in de maanden die u hier kiest."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = FlowLayout()
        self.member_choice = QComboBox(self)
        self.member_choice.setMinimumWidth(260)
        self.member_year = QSpinBox(self)
        self.member_year.setRange(2000, 2100)
        self.member_year.setValue(self.page.book.clock.today().year)
        top.addWidget(QLabel(self.tr("Lid:"), self))
        top.addWidget(self.member_choice)
        top.addWidget(QLabel(self.tr("Jaar:"), self))
        top.addWidget(self.member_year)
        top.addStretch(1)
        layout.addLayout(top)
        self.member_regime = QLabel(self)
        layout.addWidget(self.member_regime)
        grid = QGridLayout()
        self.other_allowance = QLineEdit(self)
        self.other_allowance.setMaximumWidth(160)
        self.other_allowance.setPlaceholderText("0,00")
        grid.addWidget(QLabel(self.tr("Van andere organisaties dit jaar:"), self), 0, 0)
        grid.addWidget(self.other_allowance, 0, 1, 1, 6)
        grid.addWidget(QLabel(self.tr("Premie betalen in (hoogstens twee):"), self), 1, 0)
        self.payment_months: list[QCheckBox] = []
        for number, name in enumerate(MONTHS, start=1):
            box = QCheckBox(QCoreApplication.translate("PayoutPage", name), self)
            self.payment_months.append(box)
            grid.addWidget(box, 1 + (number - 1) // 6, 1 + (number - 1) % 6)
        grid.setColumnStretch(7, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.member_save_button = QPushButton(self.tr("Opslaan"), self)
        self.overview_button = QPushButton(self.tr("Overzicht voor de gemeente…"), self)
        self.overview_button.setToolTip(self.tr("Per maand uren, vergoeding, premie, kosten en betaaldatum, als "
                                                "PDF of Excel"))
        buttons.addWidget(self.member_save_button)
        buttons.addWidget(self.overview_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.member_error = QLabel(self)
        self.member_error.setWordWrap(True)
        self.member_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.member_error)
        layout.addStretch(1)
        self.member_choice.currentIndexChanged.connect(self._on_member_choice_changed)
        self.member_year.valueChanged.connect(self._on_member_choice_changed)
        self.member_save_button.clicked.connect(self._on_member_save_button_clicked)
        self.overview_button.clicked.connect(self._on_overview_button_clicked)

    def reload(self) -> None:
        wanted = self.member_choice.currentData()
        self.member_choice.blockSignals(True)
        self.member_choice.clear()
        self._regimes: dict[int, PaymentRegime] = {}
        self._numbers: dict[int, tuple[int, str]] = {}
        for member in member_service.list_members(self.page.book):
            self.member_choice.addItem(f"{member.number} {member.name}", member.id)
            self._regimes[member.id] = member.details.regime
            self._numbers[member.id] = (int(member.number), member.name)
        found = self.member_choice.findData(wanted)
        self.member_choice.setCurrentIndex(found if found >= 0 else 0)
        self.member_choice.blockSignals(False)
        self._show_member_settings()

    def select_member(self, member_id: int) -> None:
        self.member_choice.setCurrentIndex(self.member_choice.findData(member_id))

    def _on_member_choice_changed(self, _value: int) -> None:
        self.member_error.clear()
        self._show_member_settings()

    def _show_member_settings(self) -> None:
        member_id = self.member_choice.currentData()
        enabled = member_id is not None
        for widget in (self.other_allowance, self.member_save_button, self.overview_button, *self.payment_months):
            widget.setEnabled(enabled)
        if member_id is None:
            self.member_regime.clear()
            return
        regime = self._regimes[member_id]
        other, months = payouts.member_year_settings(self.page.book, member_id, self.member_year.value())
        self.member_regime.setText(self.tr("Regeling: %1").replace("%1", regime.label.render()))
        self.other_allowance.setText(format_amount(other) if other else "")
        for number, box in enumerate(self.payment_months, start=1):
            box.setChecked(number in months)
            box.setEnabled(regime is PaymentRegime.PREMIUM or number in months)

    def save_member_settings(self) -> bool:
        member_id = self.member_choice.currentData()
        if member_id is None:
            return False
        year = self.member_year.value()
        self.member_error.clear()
        try:
            other = parse_amount(self.other_allowance.text()) if self.other_allowance.text().strip() else Money(0)
            old_other, old_months = payouts.member_year_settings(self.page.book, member_id, year)
            months = frozenset(n for n, box in enumerate(self.payment_months, start=1) if box.isChecked())
            changes = Changes()
            if other != old_other:
                changes |= payouts.set_other_allowance(self.page.book, member_id, year, other)
            if months != old_months:
                changes |= payouts.set_premium_payment_months(self.page.book, member_id, year, months)
        except CoopDeskError as error:
            self.member_error.setText(error.message())
            return False
        self.page.after(self.tr("Opgeslagen voor %1 (%2).").replace("%1", self.member_choice.currentText())
                    .replace("%2", str(year)), changes)
        return True

    def _on_member_save_button_clicked(self) -> None:
        self.save_member_settings()

    def _on_overview_button_clicked(self) -> None:
        self.write_overview()

    def write_overview(self) -> MunicipalityDialog | None:
        member_id = self.member_choice.currentData()
        if member_id is None:
            return None
        number, name = self._numbers[member_id]
        dialog = MunicipalityDialog(self.page.book, number, name, self)
        dialog.accepted.connect(lambda: self.page.say(self.tr("Overzicht geschreven: %1").replace(
            "%1", str(dialog.written))))
        self.page.dialog = dialog
        dialog.open()
        return dialog
