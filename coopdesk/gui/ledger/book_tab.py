"""A cash book, bank book or account ledger tab of the Boekhouding page: one account's
lines for the page's period, with the balances around it and, for the cash box, the
days it stood below zero."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.display import show_euro
from coopdesk.domain.ledger import AccountRole, AccountType, TransactionId
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.tables import read_only_table
from coopdesk.services import ledger

from .host import LedgerHost
from .models import BookLinesModel


class BookTab(QWidget):
    """A cash book, bank book or account ledger: one account's lines with running balances."""

    def __init__(self, page: LedgerHost, role: AccountRole | None) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        self.role = role
        layout = QVBoxLayout(self)
        top = FlowLayout()  # the balances go under the account on a narrow window (issue 9)
        self.account = QComboBox(self)
        self.account.setMinimumWidth(260)
        self.account.currentIndexChanged.connect(self._on_account_currentIndexChanged)
        self.balance = QLabel(self)
        top.addWidget(QLabel(self.tr("Rekening:"), self))
        top.addWidget(self.account)
        top.addStretch(1)
        top.addWidget(self.balance)
        layout.addLayout(top)
        self.below_zero = QLabel(self)  # the Kasboek's days below zero, from the whole book
        self.below_zero.setWordWrap(True)
        self.below_zero.setStyleSheet("color: #b3261e;")
        self.below_zero.hide()
        layout.addWidget(self.below_zero)
        self.model = BookLinesModel(role is not None, self)
        self.account_types: dict[int, AccountType] = {}
        self.view = read_only_table(self, self.model, 2)
        layout.addWidget(self.view)

    def fill_accounts(self) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for account in ledger.list_accounts(self.page.book):
            if self.role is None or account.role is self.role:
                self.account.addItem(account.label(), account.id)
                self.account_types[account.id] = account.type
        found = self.account.findData(current)
        self.account.setCurrentIndex(found if found >= 0 else 0)
        self.account.setEnabled(self.account.count() > 1)
        self.account.blockSignals(False)

    def _on_account_currentIndexChanged(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        account_id = self.account.currentData()
        book, period = self.page.book, self.page.period()
        if account_id is None:
            self.model.load(lambda: 0, lambda offset, limit: [])
            self.balance.setText("")
            return
        self.model.account_type = self.account_types.get(account_id, AccountType.ASSET)
        self.model.load(lambda: ledger.count_book_lines(book, account_id, period),
                        lambda offset, limit: ledger.book_lines(book, account_id, period, offset, limit))
        self._show_days_below_zero(account_id)
        start, end = ledger.account_balances_around(book, account_id, period)
        self.balance.setText(self.tr("Saldo begin periode: %1    Saldo einde periode: %2    Regels: %3")
                             .replace("%1", show_euro(self.model.natural(start)))
                             .replace("%2", show_euro(self.model.natural(end)))
                             .replace("%3", str(self.model.total_rows())))

    def selected_transaction(self) -> TransactionId | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).transaction_id if rows else None

    SHOWN_SPANS = 5

    def _show_days_below_zero(self, account_id: int | None) -> None:
        """Every stretch of days a cash account stood below zero (whatever the period), the
        first few in the label and all of them in its tooltip."""
        if self.role is not AccountRole.CASH or account_id is None:
            return
        lines = [ledger.negative_cash_text(account, span).render()
                 for account, span in ledger.negative_cash(self.page.book) if account.id == account_id]
        shown = lines[:self.SHOWN_SPANS]
        if len(lines) > len(shown):
            shown.append(self.tr("… en nog %1 keer; alle staan in de tooltip en in 'coopdesk check'.")
                         .replace("%1", str(len(lines) - len(shown))))
        self.below_zero.setText("\n".join(shown))
        self.below_zero.setToolTip("\n".join(lines))
        self.below_zero.setVisible(bool(lines))
