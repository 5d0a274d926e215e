"""The Rekeningen tab of the Boekhouding page: the chart of accounts, to add an account,
rename it, give it an RGS code, or set it (in)active."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.gui.tables import read_only_table, selected_row
from coopdesk.services import ledger
from coopdesk.services.changes import Changes

from .forms import AccountDialog
from .host import LedgerHost
from .models import AccountsModel

ACCOUNTS = Changes(accounts=True)  # what adding, renaming or (de)activating an account changes


class AccountsTab(QWidget):
    """The accounts, active or not, in code order."""

    def __init__(self, page: LedgerHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Rekening toevoegen"), self)
        self.rename_button = QPushButton(self.tr("Naam wijzigen"), self)
        self.edit_button = QPushButton(self.tr("Wijzigen (naam, RGS-code)"), self)
        self.toggle_button = QPushButton(self.tr("Actief / niet actief"), self)
        for button in (self.add_button, self.rename_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = AccountsModel(self)
        self.view = read_only_table(self, self.model, 1)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)

    def reload(self) -> None:
        self.model.set_accounts(ledger.list_accounts(self.page.book))

    def _on_add_button_clicked(self) -> None:
        dialog = AccountDialog(self.page.book, self)
        dialog.accepted.connect(lambda: self.page.after_post(self.tr("Rekening toegevoegd."), ACCOUNTS))
        dialog.open()

    def _on_rename_button_clicked(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        account = self.model.account_at(row)
        name, ok = QInputDialog.getText(self, self.tr("Naam wijzigen"), self.tr("Nieuwe naam:"), text=account.name)
        if ok:
            self.rename_account(account.id, name)

    def _on_edit_button_clicked(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        dialog = AccountDialog(self.page.book, self, self.model.account_at(row))
        dialog.accepted.connect(lambda: self.page.after_post(self.tr("Rekening gewijzigd."), ACCOUNTS))
        dialog.open()

    def rename_account(self, account_id: int, name: str) -> None:
        try:
            ledger.rename_account(self.page.book, account_id, name)
        except CoopDeskError as error:
            self.page.say(error.message(), error=True)
            return
        self.page.refresh()
        self.page.hub.emit_changes(ACCOUNTS, origin=self.page)

    def _on_toggle_button_clicked(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        account = self.model.account_at(row)
        ledger.set_account_active(self.page.book, account.id, not account.active)
        self.page.refresh()
        self.page.hub.emit_changes(ACCOUNTS, origin=self.page)
        self.view.selectRow(row)
