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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import (
    AccountRole,
    AccountType,
    NegativeCashError,
    TransactionId,
    TransactionKind,
)
from coopdesk.domain.reports import JournalLine, Period, Report
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .forms import (
    AccountDialog,
    CorrectionDialog,
    JournalDialog,
    MoneyDialog,
    NegativeCashBox,
    OpeningDialog,
)
from .models import (
    AccountsModel,
    BookLinesModel,
    DraftsModel,
    LazyTableModel,
    ReportModel,
    journal_columns,
)

POSTED = Changes(ledger=True)  # what a posting, a draft or a correction changes

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


def _table(parent: QWidget, stretch: int, model: QAbstractItemModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(40)  # size columns on a sample, not on every fetched row
    header.setStretchLastSection(False)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class _BookTab(QWidget):
    """A cash book, bank book or account ledger: one account's lines with running balances."""

    def __init__(self, page: LedgerPage, role: AccountRole | None) -> None:
        super().__init__(page)
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
        self.view = _table(self, 2, self.model)
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
        self.cash_tab = _BookTab(self, AccountRole.CASH)
        self.bank_tab = _BookTab(self, AccountRole.BANK)
        self.journal_model: LazyTableModel[JournalLine] = LazyTableModel(journal_columns(), self)
        self.journal_view = _table(self, 3, self.journal_model)
        self.ledger_tab = _BookTab(self, None)
        self.tabs.addTab(self.cash_tab, self.tr("Kasboek"))
        self.tabs.addTab(self.bank_tab, self.tr("Bankboek"))
        self.tabs.addTab(self.journal_view, self.tr("Journaal"))
        self.tabs.addTab(self.ledger_tab, self.tr("Grootboekkaart"))
        self.drafts_tab = self._drafts_tab()
        self.tabs.addTab(self.drafts_tab, self.tr("Concepten"))
        self.tabs.addTab(self._accounts_tab(), self.tr("Rekeningen"))
        self.tabs.addTab(self._reports_tab(), self.tr("Overzichten"))
        layout.addWidget(self.tabs)

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

    # -- building ---------------------------------------------------------------------------
    def _accounts_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        buttons = QHBoxLayout()
        self.add_account_button = QPushButton(self.tr("Rekening toevoegen"), host)
        self.rename_account_button = QPushButton(self.tr("Naam wijzigen"), host)
        self.edit_account_button = QPushButton(self.tr("Wijzigen (naam, RGS-code)"), host)
        self.toggle_account_button = QPushButton(self.tr("Actief / niet actief"), host)
        for button in (self.add_account_button, self.rename_account_button, self.edit_account_button,
                       self.toggle_account_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.accounts_model = AccountsModel(host)
        self.accounts_view = _table(host, 1, self.accounts_model)
        layout.addWidget(self.accounts_view)
        self.add_account_button.clicked.connect(self._on_add_account_button_clicked)
        self.rename_account_button.clicked.connect(self._on_rename_account_button_clicked)
        self.toggle_account_button.clicked.connect(self._on_toggle_account_button_clicked)
        self.edit_account_button.clicked.connect(self._on_edit_account_button_clicked)
        return host

    def _drafts_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        intro = QLabel(self.tr("Concepten zijn bewaarde boekingen die nog niet geboekt zijn: ze staan niet in "
                               "het kasboek, het journaal of de overzichten. Open een concept om het af te "
                               "maken (dubbelklik of Enter), boek het, of verwijder het."), host)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.open_draft_button = QPushButton(self.tr("Openen"), host)
        self.post_draft_button = QPushButton(self.tr("Boeken"), host)
        self.delete_draft_button = QPushButton(self.tr("Verwijderen"), host)
        self.delete_draft_button.setToolTip(self.tr("Alleen concepten kunnen worden verwijderd; een geboekte "
                                                    "boeking wordt gecorrigeerd."))
        for button in (self.open_draft_button, self.post_draft_button, self.delete_draft_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.drafts_model = DraftsModel(host)
        self.drafts_view = _table(host, 3, self.drafts_model)
        layout.addWidget(self.drafts_view)
        self.drafts_empty = QLabel(self.tr("Er zijn geen concepten."), host)
        layout.addWidget(self.drafts_empty)
        self.open_draft_button.clicked.connect(self._on_open_draft_button_clicked)
        self.post_draft_button.clicked.connect(self._on_post_draft_button_clicked)
        self.delete_draft_button.clicked.connect(self._on_delete_draft_button_clicked)
        self.drafts_view.activated.connect(self._on_drafts_view_activated)
        return host

    def _reports_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        top = QHBoxLayout()
        self.report_choice = QComboBox(host)
        for key, text in (("profit-loss", self.tr("Winst- en verliesrekening")),
                          ("profit-loss-centre", self.tr("Winst- en verlies per kostenplaats")),
                          ("profit-loss-activity", self.tr("Winst- en verlies per activiteit")),
                          ("trial-balance", self.tr("Saldibalans")),
                          ("balance-sheet", self.tr("Balans (einde periode)"))):
            self.report_choice.addItem(text, key)
        self.report_title = QLabel(host)
        font = self.report_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.report_title.setFont(font)
        top.addWidget(QLabel(self.tr("Overzicht:"), host))
        top.addWidget(self.report_choice)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.report_title)
        self.report_model = ReportModel(host)
        self.report_view = _table(host, 1, self.report_model)
        self.report_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.report_view)
        self.report_choice.currentIndexChanged.connect(self._on_report_choice_currentIndexChanged)
        return host

    def printable_report(self) -> Report | None:
        """The report on the Overzichten tab, for the window's Afdrukken and Exporteren."""
        return self.report_model.report

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
        self.accounts_model.set_accounts(ledger.list_accounts(self.book))
        has_opening = ledger.has_opening_balances(self.book)
        self.opening_button.setEnabled(not has_opening)
        self.opening_button.setToolTip(
            self.tr("De beginbalans is al geboekt. Een fout erin herstelt u met Corrigeren of een memoriaal.")
            if has_opening else self.tr("Boek de beginstand van kas, bank en reserves (één keer)."))
        self._reload_drafts()
        self._reload_period()

    def _reload_drafts(self) -> None:
        drafts = ledger.list_drafts(self.book)
        self.drafts_model.set_drafts(drafts)
        index = self.tabs.indexOf(self.drafts_tab)
        self.tabs.setTabText(index, self.tr("Concepten (%1)").replace("%1", str(len(drafts)))
                             if drafts else self.tr("Concepten"))
        self.drafts_empty.setVisible(not drafts)
        for button in (self.open_draft_button, self.post_draft_button, self.delete_draft_button):
            button.setEnabled(bool(drafts))
        if drafts:
            self.drafts_view.selectRow(0)

    def _reload_period(self) -> None:
        period = self.period()
        for tab in (self.cash_tab, self.bank_tab, self.ledger_tab):
            tab.reload()
        self.journal_model.load(lambda: ledger.count_journal_lines(self.book, period),
                                lambda offset, limit: ledger.journal_lines(self.book, period, offset, limit))
        self._reload_report()

    def _reload_report(self) -> None:
        period = self.period()
        key = self.report_choice.currentData()
        if key == "trial-balance":
            report = ledger.trial_balance(self.book, period)
        elif key == "balance-sheet":
            report = ledger.balance_sheet(self.book, period.end)
        else:
            report = ledger.profit_and_loss(self.book, period, by_cost_centre=key == "profit-loss-centre",
                                            by="activity" if key == "profit-loss-activity" else "")
        self.report_model.set_report(report)
        if self.report_model.columnCount() > 1:
            self.report_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.report_title.setText(f"{report.title.render()} — {report.period.render()}")

    def _on_period_changed(self, _index: int) -> None:
        self._reload_period()

    def _on_report_choice_currentIndexChanged(self, _index: int) -> None:
        self._reload_report()

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b3261e;" if error else "color: #1b6e3a;")

    # -- the buttons ------------------------------------------------------------------------------
    def open_money_form(self, kind: TransactionKind) -> MoneyDialog:
        dialog = MoneyDialog(self.book, kind, self)
        dialog.accepted.connect(lambda: self._after_post(dialog.outcome))
        dialog.open()
        return dialog

    def open_journal_form(self) -> JournalDialog:
        dialog = JournalDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after_post(dialog.outcome))
        dialog.open()
        return dialog

    def open_draft(self, draft_id: int) -> MoneyDialog | JournalDialog | None:
        """The draft's own form (Ontvangst, Uitgave or Memoriaal), prefilled: save it again
        as a draft, or post it."""
        try:
            draft = ledger.get_transaction(self.book, draft_id)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return None
        if draft.is_posted:
            self._say(self.tr("Boeking %1 is al geboekt; gebruik Corrigeren.").replace("%1", str(draft_id)),
                      error=True)
            self.refresh()
            return None
        dialog: MoneyDialog | JournalDialog
        if ledger.money_form_of(draft) is not None:
            dialog = MoneyDialog(self.book, draft.kind, self, draft=draft)
        else:
            dialog = JournalDialog(self.book, self, draft=draft)
        dialog.accepted.connect(lambda: self._after_post(dialog.outcome))
        dialog.open()
        return dialog

    def open_opening_form(self) -> OpeningDialog:
        dialog = OpeningDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after_post(self.tr("Beginbalans geboekt.")))
        dialog.open()
        return dialog

    def _after_post(self, text: str, changes: Changes = POSTED) -> None:
        self._say(text)
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

    # -- drafts -------------------------------------------------------------------------------------
    def selected_draft(self) -> TransactionId | None:
        rows = self.drafts_view.selectionModel().selectedRows()
        return self.drafts_model.row_at(rows[0].row()).id if rows else None

    def _on_drafts_view_activated(self, index: QModelIndex) -> None:
        self.open_draft(self.drafts_model.row_at(index.row()).id)

    def _on_open_draft_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is not None:
            self.open_draft(draft_id)

    def _on_post_draft_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is None:
            return
        try:
            try:
                ledger.post_draft(self.book, draft_id)
            except NegativeCashError as below_zero:
                if not self.confirm_negative_cash(below_zero):
                    self._say(self.tr("Concept %1 is niet geboekt: %2").replace("%1", str(draft_id))
                              .replace("%2", below_zero.message()), error=True)
                    return
                ledger.post_draft(self.book, draft_id, allow_negative_cash=True)
        except CoopDeskError as error:
            self._say(self.tr("Concept %1 kan nog niet worden geboekt: %2").replace("%1", str(draft_id))
                      .replace("%2", error.message()), error=True)
            return
        self._after_post(self.tr("Concept %1 is geboekt.").replace("%1", str(draft_id)))

    def _on_delete_draft_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is None:
            return
        row = self.drafts_model.row_at(self.drafts_view.selectionModel().selectedRows()[0].row())
        question = self.tr("Concept %1 (%2) verwijderen?").replace("%1", str(draft_id)).replace("%2", row.description)
        if not self.confirm(self.tr("Concept verwijderen"), question):
            return
        try:
            ledger.delete_draft(self.book, draft_id)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return
        self._after_post(self.tr("Concept %1 is verwijderd.").replace("%1", str(draft_id)))

    # -- corrections ----------------------------------------------------------------------------------
    def selected_transaction(self) -> TransactionId | None:
        current = self.tabs.currentWidget()
        if isinstance(current, _BookTab):
            return current.selected_transaction()
        if current is self.journal_view:
            rows = self.journal_view.selectionModel().selectedRows()
            return self.journal_model.row_at(rows[0].row()).transaction_id if rows else None
        return None

    def _on_reverse_button_clicked(self) -> None:
        transaction_id = self.selected_transaction()
        if transaction_id is None:
            self._say(self.tr("Kies eerst een boeking in het kasboek, bankboek, journaal of de grootboekkaart."),
                      error=True)
            return
        self.reverse(transaction_id)

    def reverse(self, transaction_id: int) -> CorrectionDialog | None:
        """Ask, then open the correction form on the original's lines. Nothing is written
        until the treasurer picks "Alleen terugboeken" or "Terugboeken en gecorrigeerd boeken"."""
        try:
            original = ledger.check_reversible(self.book, transaction_id)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return None
        question = (self.tr("Boeking %1 (%2) corrigeren?\n\nCoopDesk boekt een tegenboeking die deze boeking "
                            "precies ongedaan maakt; er wordt niets gewist. Daarna kunt u de juiste regels "
                            "invullen, die in dezelfde stap worden geboekt.")
                    .replace("%1", str(transaction_id)).replace("%2", original.description))
        if not self.confirm(self.tr("Corrigeren"), question):
            return None
        dialog = CorrectionDialog(self.book, original, self)
        dialog.accepted.connect(lambda: self._after_post(dialog.outcome))
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

    # -- accounts ----------------------------------------------------------------------------------
    def _selected_account_row(self) -> int | None:
        rows = self.accounts_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_add_account_button_clicked(self) -> None:
        dialog = AccountDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after_post(self.tr("Rekening toegevoegd."), Changes(accounts=True)))
        dialog.open()

    def _on_rename_account_button_clicked(self) -> None:
        row = self._selected_account_row()
        if row is None:
            return
        account = self.accounts_model.account_at(row)
        name, ok = QInputDialog.getText(self, self.tr("Naam wijzigen"), self.tr("Nieuwe naam:"), text=account.name)
        if ok:
            self.rename_account(account.id, name)

    def _on_edit_account_button_clicked(self) -> None:
        row = self._selected_account_row()
        if row is None:
            return
        dialog = AccountDialog(self.book, self, self.accounts_model.account_at(row))
        dialog.accepted.connect(lambda: self._after_post(self.tr("Rekening gewijzigd."), Changes(accounts=True)))
        dialog.open()

    def rename_account(self, account_id: int, name: str) -> None:
        try:
            ledger.rename_account(self.book, account_id, name)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return
        self.refresh()
        self.hub.emit_changes(Changes(accounts=True), origin=self)

    def _on_toggle_account_button_clicked(self) -> None:
        row = self._selected_account_row()
        if row is None:
            return
        account = self.accounts_model.account_at(row)
        ledger.set_account_active(self.book, account.id, not account.active)
        self.refresh()
        self.hub.emit_changes(Changes(accounts=True), origin=self)
        self.accounts_view.selectRow(row)


def _concerns_ledger(changes: Changes) -> bool:
    return changes.ledger or changes.accounts or changes.activities or changes.cost_centres


__all__ = ["LedgerPage"]
