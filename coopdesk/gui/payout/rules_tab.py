"""The Regels tab of the Vergoedingen page: the book's copy of the rules tables, each row
with its source, whether it is confirmed, and who edited it when; unconfirmed rows are
tinted and marked "⚠"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.tables import read_only_table, selected_row
from coopdesk.services import payout as payouts

from .dialogs import FiscalRuleDialog, PremiumRuleDialog
from .host import PayoutHost
from .models import FiscalModel, PremiumModel


class RulesTab(QWidget):
    """Regels: the fiscal caps per year and the premium maximum per date."""

    def __init__(self, page: PayoutHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("De grenzen waarmee dit boek uitbetaalt. Een rij met ⚠ is niet bevestigd: kijk de "
                               "bron na voordat u er een maand mee uitbetaalt. Een geboekte uitbetaling houdt de "
                               "regels waarmee ze is gemaakt."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fiscal_top = FlowLayout()
        fiscal_top.addWidget(QLabel(self.tr("<b>Vrijwilligersvergoeding per jaar</b>"), self))
        fiscal_top.addStretch(1)
        self.edit_fiscal_button = QPushButton(self.tr("Wijzigen…"), self)
        self.add_fiscal_button = QPushButton(self.tr("Jaar toevoegen…"), self)
        fiscal_top.addWidget(self.edit_fiscal_button)
        fiscal_top.addWidget(self.add_fiscal_button)
        layout.addLayout(fiscal_top)
        self.fiscal_model = FiscalModel(self)
        self.fiscal_view = read_only_table(self, self.fiscal_model, alternating=False)
        layout.addWidget(self.fiscal_view, 1)
        premium_top = FlowLayout()
        premium_top.addWidget(QLabel(self.tr("<b>Premie art. 31 Participatiewet, per datum</b>"), self))
        premium_top.addStretch(1)
        self.edit_premium_button = QPushButton(self.tr("Wijzigen…"), self)
        self.add_premium_button = QPushButton(self.tr("Datum toevoegen…"), self)
        premium_top.addWidget(self.edit_premium_button)
        premium_top.addWidget(self.add_premium_button)
        layout.addLayout(premium_top)
        self.premium_model = PremiumModel(self)
        self.premium_view = read_only_table(self, self.premium_model, alternating=False)
        layout.addWidget(self.premium_view, 1)
        self.edit_fiscal_button.clicked.connect(self._on_edit_fiscal_button_clicked)
        self.add_fiscal_button.clicked.connect(self._on_add_fiscal_button_clicked)
        self.edit_premium_button.clicked.connect(self._on_edit_premium_button_clicked)
        self.add_premium_button.clicked.connect(self._on_add_premium_button_clicked)
        self.fiscal_view.activated.connect(self._on_edit_fiscal_button_clicked)
        self.premium_view.activated.connect(self._on_edit_premium_button_clicked)

    def reload(self) -> None:
        rules = payouts.rules(self.page.book)
        self.fiscal_model.set_rows(rules.fiscal)
        self.premium_model.set_rows(rules.premium)

    def edit_fiscal(self, row: int | None) -> FiscalRuleDialog:
        rule = self.fiscal_model.row_at(row) if row is not None else None
        return self._open_rule(FiscalRuleDialog(self.page.book, rule, self))

    def edit_premium(self, row: int | None) -> PremiumRuleDialog:
        rule = self.premium_model.row_at(row) if row is not None else None
        return self._open_rule(PremiumRuleDialog(self.page.book, rule, self))

    def _open_rule(self, dialog: FiscalRuleDialog | PremiumRuleDialog) -> FiscalRuleDialog | PremiumRuleDialog:
        dialog.accepted.connect(lambda: self.page.after(self.tr("Regel opgeslagen."), dialog.outcome))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _on_edit_fiscal_button_clicked(self) -> None:
        row = selected_row(self.fiscal_view)
        if row is not None:
            self.edit_fiscal(row)

    def _on_add_fiscal_button_clicked(self) -> None:
        self.edit_fiscal(None)

    def _on_edit_premium_button_clicked(self) -> None:
        row = selected_row(self.premium_view)
        if row is not None:
            self.edit_premium(row)

    def _on_add_premium_button_clicked(self) -> None:
        self.edit_premium(None)
