"""The Boekhouding page's Beginbalans form (the guided opening entry) and the account
form of the Rekeningen tab (the frame: `form_frame`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from coopdesk.domain.ledger import Account, AccountRole, AccountType
from coopdesk.domain.numbers import parse_amount
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .form_frame import _Form, _pydate, date_edit
from .host import POSTED

ACCOUNTS = Changes(accounts=True)  # what adding or changing an account changes


class OpeningDialog(_Form):
    """"Beginbalans": what the cash box, the bank and the reserves held on the first day."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, self.tr("Beginbalans"), parent)
        intro = QLabel(self.tr("Vul in wat er op de eerste dag van de boekhouding in kas en op de bank stond, "
                               "en welke reserves er waren. Laat leeg wat nul is. Het verschil komt op "
                               "de rekening Beginbalans."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        today = book.clock.today()
        self.date = date_edit(date(today.year, 1, 1), today, self)
        self.form.addRow(self.tr("&Datum"), self.date)
        self.amounts: dict[int, QLineEdit] = {}
        for account in ledger.list_accounts(book, include_inactive=False):
            if account.type.on_balance_sheet and account.role is not AccountRole.OPENING:
                edit = QLineEdit(self)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.form.addRow(account.label(), edit)
                self.amounts[account.id] = edit
        self.fields = {"booked_on": self.date}
        self.finish_layout()

    def save(self) -> Changes:
        balances = {account_id: parse_amount(edit.text(), "balances")
                    for account_id, edit in self.amounts.items() if edit.text().strip()}
        self.posted_id = ledger.post_opening_balances(self.book, _pydate(self.date.date()), balances,
                                                      allow_negative_cash=self.allow_negative_cash)
        return POSTED


class AccountDialog(_Form):
    """A new account (number, name, kind, RGS code), or, with `account`, an existing
    account's name and RGS code (its number and kind stay as they are)."""

    def __init__(self, book: Book, parent: QWidget | None = None, account: Account | None = None) -> None:
        super().__init__(book, self.tr("Nieuwe rekening") if account is None
                         else self.tr("Rekening %1 wijzigen").replace("%1", account.code), parent)
        self.existing = account
        self.save_button.setText(self.tr("Toevoegen") if account is None else self.tr("Opslaan"))
        self.code = QLineEdit(self)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in AccountType:
            self.kind.addItem(kind.label.render(), kind.value)
        self.rgs = QLineEdit(self)
        self.rgs.setPlaceholderText(self.tr("alleen invullen als u de code zeker weet"))
        self.rgs.setToolTip(self.tr("De code uit het Referentie GrootboekSchema (RGS), bijvoorbeeld BLiqKas of "
                                    "WOmzNop: B of W en dan groepjes van drie letters. CoopDesk levert geen "
                                    "RGS-codes mee (er is geen officiële lijst bij de hand); vraag ze zo nodig "
                                    "aan uw accountant."))
        if account is not None:
            self.code.setText(account.code)
            self.code.setEnabled(False)
            self.name.setText(account.name)
            self.kind.setCurrentIndex(self.kind.findData(account.type.value))
            self.kind.setEnabled(False)
            self.rgs.setText(account.rgs_code)
        self.form.addRow(self.tr("&Rekeningnummer"), self.code)
        self.form.addRow(self.tr("&Naam"), self.name)
        self.form.addRow(self.tr("&Soort"), self.kind)
        self.form.addRow(self.tr("R&GS-code"), self.rgs)
        self.fields = {"code": self.code, "name": self.name, "rgs_code": self.rgs}
        self.finish_layout()

    def save(self) -> Changes:
        if self.existing is not None:
            ledger.set_account_rgs(self.book, self.existing.id, self.rgs.text())
            self.account = ledger.rename_account(self.book, self.existing.id, self.name.text())
            return ACCOUNTS
        self.account = ledger.add_account(self.book, self.code.text(), self.name.text(),
                                          AccountType(self.kind.currentData()), self.rgs.text())
        return ACCOUNTS
