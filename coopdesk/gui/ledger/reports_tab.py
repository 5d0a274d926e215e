"""The Overzichten tab of the Boekhouding page: profit and loss (whole, per cost centre or
per activity), the trial balance and the balance sheet for the page's period."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.reports import Report
from coopdesk.gui.tables import read_only_table
from coopdesk.services import ledger

from .host import LedgerHost
from .models import ReportModel


class ReportsTab(QWidget):
    """One report at a time, chosen above it."""

    def __init__(self, page: LedgerHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox(self)
        for key, text in (("profit-loss", self.tr("Winst- en verliesrekening")),
                          ("profit-loss-centre", self.tr("Winst- en verlies per kostenplaats")),
                          ("profit-loss-activity", self.tr("Winst- en verlies per activiteit")),
                          ("trial-balance", self.tr("Saldibalans")),
                          ("balance-sheet", self.tr("Balans (einde periode)"))):
            self.choice.addItem(text, key)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(QLabel(self.tr("Overzicht:"), self))
        top.addWidget(self.choice)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.model = ReportModel(self)
        self.view = read_only_table(self, self.model, 1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.view)
        self.choice.currentIndexChanged.connect(self._on_choice_currentIndexChanged)

    def report(self) -> Report | None:
        """The report shown, for the window's Afdrukken and Exporteren."""
        return self.model.report

    def reload(self) -> None:
        book, period = self.page.book, self.page.period()
        key = self.choice.currentData()
        if key == "trial-balance":
            report = ledger.trial_balance(book, period)
        elif key == "balance-sheet":
            report = ledger.balance_sheet(book, period.end)
        else:
            report = ledger.profit_and_loss(book, period, by_cost_centre=key == "profit-loss-centre",
                                            by="activity" if key == "profit-loss-activity" else "")
        self.model.set_report(report)
        if self.model.columnCount() > 1:
            self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.title.setText(f"{report.title.render()} — {report.period.render()}")

    def _on_choice_currentIndexChanged(self, _index: int) -> None:
        self.reload()
