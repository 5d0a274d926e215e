"""The Boekhouding page: cash book, bank book, journal, account ledger, chart of
accounts and the three reports for a chosen period, with the plain-word buttons
"Ontvangst", "Uitgave", "Memoriaal", "Corrigeren" and "Beginbalans".

A memoriaal can be kept as a draft ("Opslaan als concept"); the Concepten tab lists
the drafts, which count nowhere until posted, to open, post or delete. "Corrigeren"
opens the original's lines in a correction form: the reversal alone, or the reversal
and a corrected copy in one unit of work; cancelling writes nothing.

Views only: every figure comes from `coopdesk.services.ledger`. Posted
bookkeeping is corrected by a reversal ("Corrigeren"), not by undo, so the page
pushes nothing onto the undo stack it is given (Ctrl+Z here undoes nothing, and
never something on another page). What it posts goes into the window's change
hub; it follows the hub for activities, cost centres and accounts changed
elsewhere (an activity added on Uren appears in the forms and the report at once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import AccountRole, NegativeCashError, TransactionId, TransactionKind
from coopdesk.domain.reports import JournalLine, Period, Report
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.tables import read_only_table
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .accounts_tab import AccountsTab
from .book_tab import BookTab
from .drafts_tab import DraftsTab
from .forms import CorrectionDialog, JournalDialog, MoneyDialog, NegativeCashBox, OpeningDialog
from .host import POSTED
from .models import LazyTableModel, journal_columns
from .reports_tab import ReportsTab

MONTHS = (
    QT_TRANSLATE_NOOP("LedgerPage", "januari"),
    QT_TRANSLATE_NOOP("LedgerPage", "februari"),
    QT_TRANSLATE_NOOP("LedgerPage", "maart"),
    QT_TRANSLATE_NOOP("LedgerPage", "april"),
    QT_TRANSLATE_NOOP("LedgerPage", "mei"),
    QT_TRANSLATE_NOOP("LedgerPage", "juni"),
    QT_TRANSLATE_NOOP("LedgerPage", "juli"),
    QT_TRANSLATE_NOOP("LedgerPage", "augustus"),
    QT_TRANSLATE_NOOP("LedgerPage", "september"),
    QT_TRANSLATE_NOOP("LedgerPage", "oktober"),
    QT_TRANSLATE_NOOP("LedgerPage", "november"),
    QT_TRANSLATE_NOOP("LedgerPage", "december"),
)


class LedgerPage(QWidget):
    """The cooperative's books (see module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # bookkeeping is corrected by reversal, never undone
        self.hub = hub if hub is not None else ChangeHub(self)
        self.confirm: Callable[[str, str], bool] = self._ask
        self.confirm_negative_cash: Callable[[NegativeCashError], bool] = self._ask_negative_cash
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.year = QComboBox(self)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("heel het jaar"), 0)
        for number, name in enumerate(MONTHS, start=1):
            self.month.addItem(self.tr(name), number)
        top.addWidget(QLabel(self.tr("Periode:"), self))
        top.addWidget(self.year)
        top.addWidget(self.month)
        top.addStretch(1)
        self.receipt_button = QPushButton(self.tr("Ontvangst"), self)
        self.receipt_button.setToolTip(self.tr("Geld dat binnenkomt: verkoop, subsidie, contributie"))
        self.expense_button = QPushButton(self.tr("Uitgave"), self)
        self.expense_button.setToolTip(self.tr("Geld dat uitgaat: inkopen, huur, kosten"))
        self.journal_button = QPushButton(self.tr("Memoriaal"), self)
        self.journal_button.setToolTip(self.tr("Een vrije boeking voor de boekhouder"))
        self.reverse_button = QPushButton(self.tr("Corrigeren"), self)
        self.reverse_button.setToolTip(self.tr("Draai de gekozen boeking terug (er wordt nooit iets gewist)"))
        self.opening_button = QPushButton(self.tr("Beginbalans"), self)
        for button in (self.receipt_button, self.expense_button, self.journal_button, self.reverse_button,
                       self.opening_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.tabs = QTabWidget(self)
        self.cash_tab = BookTab(self, AccountRole.CASH)
        self.bank_tab = BookTab(self, AccountRole.BANK)
        self.journal_model: LazyTableModel[JournalLine] = LazyTableModel(journal_columns(), self)
        self.journal_view = read_only_table(self, self.journal_model, 3)
        self.ledger_tab = BookTab(self, None)
        self.drafts_tab = DraftsTab(self)
        self.accounts_tab = AccountsTab(self)
        self.reports_tab = ReportsTab(self)
        self.tabs.addTab(self.cash_tab, self.tr("Kasboek"))
        self.tabs.addTab(self.bank_tab, self.tr("Bankboek"))
        self.tabs.addTab(self.journal_view, self.tr("Journaal"))
        self.tabs.addTab(self.ledger_tab, self.tr("Grootboekkaart"))
        self.tabs.addTab(self.drafts_tab, self.tr("Concepten"))
        self.tabs.addTab(self.accounts_tab, self.tr("Rekeningen"))
        self.tabs.addTab(self.reports_tab, self.tr("Overzichten"))
        layout.addWidget(self.tabs)
        # the tabs' parts under the names they had on the page before the tabs had modules of their own
        # (the tests and tools/screenshots.py reach them there)
        self.drafts_model, self.drafts_view, self.drafts_empty = (
            self.drafts_tab.model, self.drafts_tab.view, self.drafts_tab.empty)
        self.open_draft_button, self.post_draft_button, self.delete_draft_button = (
            self.drafts_tab.open_button, self.drafts_tab.post_button, self.drafts_tab.delete_button)
        self.accounts_model, self.accounts_view = self.accounts_tab.model, self.accounts_tab.view
        self.add_account_button, self.rename_account_button = self.accounts_tab.add_button, self.accounts_tab.rename_button
        self.edit_account_button, self.toggle_account_button = (
            self.accounts_tab.edit_button, self.accounts_tab.toggle_button)
        self.rename_account = self.accounts_tab.rename_account
        self.report_choice, self.report_title = self.reports_tab.choice, self.reports_tab.title
        self.report_model, self.report_view = self.reports_tab.model, self.reports_tab.view

        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.expense_button.clicked.connect(self._on_expense_button_clicked)
        self.journal_button.clicked.connect(self._on_journal_button_clicked)
        self.reverse_button.clicked.connect(self._on_reverse_button_clicked)
        self.opening_button.clicked.connect(self._on_opening_button_clicked)
        self.year.currentIndexChanged.connect(self._on_period_changed)
        self.month.currentIndexChanged.connect(self._on_period_changed)
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, _concerns_ledger, self._on_changes)

    def title(self) -> str:
        return self.tr("Boekhouding")

    def printable_report(self) -> Report | None:
        """The report on the Overzichten tab, for the window's Afdrukken and Exporteren."""
        return self.reports_tab.report()

    # -- state ----------------------------------------------------------------------------------
    def period(self) -> Period:
        year = self.year.currentData() or self.book.clock.today().year
        month = self.month.currentData() or 0
        return Period.month(year, month) if month else Period.year(year)

    def refresh(self) -> None:
        """Reload everything from the book (after a change, or when the page is shown)."""
        wanted = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in ledger.years_with_postings(self.book):
            self.year.addItem(str(year), year)
        found = self.year.findData(wanted)
        self.year.setCurrentIndex(found if found >= 0 else 0)
        self.year.blockSignals(False)
        for tab in (self.cash_tab, self.bank_tab, self.ledger_tab):
            tab.fill_accounts()
        self.accounts_tab.reload()
        has_opening = ledger.has_opening_balances(self.book)
        self.opening_button.setEnabled(not has_opening)
        self.opening_button.setToolTip(
            self.tr("De beginbalans is al geboekt. Een fout erin herstelt u met Corrigeren of een memoriaal.")
            if has_opening else self.tr("Boek de beginstand van kas, bank en reserves (één keer)."))
        self.drafts_tab.reload()
        self._reload_period()

    def _reload_period(self) -> None:
        period = self.period()
        for tab in (self.cash_tab, self.bank_tab, self.ledger_tab):
            tab.reload()
        self.journal_model.load(lambda: ledger.count_journal_lines(self.book, period),
                                lambda offset, limit: ledger.journal_lines(self.book, period, offset, limit))
        self.reports_tab.reload()

    def _on_period_changed(self, _index: int) -> None:
        self._reload_period()

    def say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b3261e;" if error else "color: #1b6e3a;")

    # -- the buttons ------------------------------------------------------------------------------
    def open_money_form(self, kind: TransactionKind) -> MoneyDialog:
        dialog = MoneyDialog(self.book, kind, self)
        dialog.accepted.connect(lambda: self.after_post(dialog.message))
        dialog.open()
        return dialog

    def open_journal_form(self) -> JournalDialog:
        dialog = JournalDialog(self.book, self)
        dialog.accepted.connect(lambda: self.after_post(dialog.message))
        dialog.open()
        return dialog

    def open_draft(self, draft_id: int) -> MoneyDialog | JournalDialog | None:
        """The draft's own form (Ontvangst, Uitgave or Memoriaal), prefilled: save it again
        as a draft, or post it."""
        try:
            draft = ledger.get_transaction(self.book, draft_id)
        except CoopDeskError as error:
            self.say(error.message(), error=True)
            return None
        if draft.is_posted:
            self.say(self.tr("Boeking %1 is al geboekt; gebruik Corrigeren.").replace("%1", str(draft_id)),
                      error=True)
            self.refresh()
            return None
        dialog: MoneyDialog | JournalDialog
        if ledger.money_form_of(draft) is not None:
            dialog = MoneyDialog(self.book, draft.kind, self, draft=draft)
        else:
            dialog = JournalDialog(self.book, self, draft=draft)
        dialog.accepted.connect(lambda: self.after_post(dialog.message))
        dialog.open()
        return dialog

    def open_opening_form(self) -> OpeningDialog:
        dialog = OpeningDialog(self.book, self)
        dialog.accepted.connect(lambda: self.after_post(self.tr("Beginbalans geboekt.")))
        dialog.open()
        return dialog

    def after_post(self, text: str, changes: Changes = POSTED) -> None:
        self.say(text)
        self.refresh()
        self.hub.emit_changes(changes, origin=self)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def _on_receipt_button_clicked(self) -> None:
        self.open_money_form(TransactionKind.RECEIPT)

    def _on_expense_button_clicked(self) -> None:
        self.open_money_form(TransactionKind.EXPENSE)

    def _on_journal_button_clicked(self) -> None:
        self.open_journal_form()

    def _on_opening_button_clicked(self) -> None:
        self.open_opening_form()

    # -- corrections ----------------------------------------------------------------------------------
    def selected_transaction(self) -> TransactionId | None:
        current = self.tabs.currentWidget()
        if isinstance(current, BookTab):
            return current.selected_transaction()
        if current is self.journal_view:
            rows = self.journal_view.selectionModel().selectedRows()
            return self.journal_model.row_at(rows[0].row()).transaction_id if rows else None
        return None

    def _on_reverse_button_clicked(self) -> None:
        transaction_id = self.selected_transaction()
        if transaction_id is None:
            self.say(self.tr("Kies eerst een boeking in het kasboek, bankboek, journaal of de grootboekkaart."),
                      error=True)
            return
        self.reverse(transaction_id)

    def reverse(self, transaction_id: int) -> CorrectionDialog | None:
        """Ask, then open the correction form on the original's lines. Nothing is written
        until the treasurer picks "Alleen terugboeken" or "Terugboeken en gecorrigeerd boeken"."""
        try:
            original = ledger.check_reversible(self.book, transaction_id)
        except CoopDeskError as error:
            self.say(error.message(), error=True)
            return None
        question = (self.tr("Boeking %1 (%2) corrigeren?\n\nCoopDesk boekt een tegenboeking die deze boeking "
                            "precies ongedaan maakt; er wordt niets gewist. Daarna kunt u de juiste regels "
                            "invullen, die in dezelfde stap worden geboekt.")
                    .replace("%1", str(transaction_id)).replace("%2", original.description))
        if not self.confirm(self.tr("Corrigeren"), question):
            return None
        dialog = CorrectionDialog(self.book, original, self)
        dialog.accepted.connect(lambda: self.after_post(dialog.message))
        dialog.open()
        return dialog

    def _ask_negative_cash(self, error: NegativeCashError) -> bool:
        box = NegativeCashBox(error, self)
        box.exec()
        return box.clickedButton() is box.post_anyway_button

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _concerns_ledger(changes: Changes) -> bool:
    return changes.ledger or changes.accounts or changes.activities or changes.cost_centres


__all__ = ["LedgerPage"]
