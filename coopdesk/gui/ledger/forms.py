"""The Boekhouding page's forms: Ontvangst / Uitgave (plain words), Memoriaal (free
lines that must balance), Beginbalans (guided opening entry) and a new account.

Every form is usable from the keyboard alone: Tab goes through the fields in the
order they are shown, Enter moves to the next field, Ctrl+Enter (or the button)
posts, Escape cancels (`coopdesk.gui.tab_order`). Amounts are typed Dutch-style and read by the domain
(`parse_amount`); the forms never compute money themselves. A service refusal
shows as a red line under the form, the form stays open and nothing is written.

A posting that would leave a cash account below zero (`NegativeCashError`) is not
simply refused: a box shows the day and the balance and offers "Toch boeken" (a
treasurer may enter a month's expenses before its receipts); only that explicit
choice posts it, with the services' override. "Annuleren" writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError, ValidationError, problem
from coopdesk.domain.ledger import (
    CORRECTED_PREFIX,
    Account,
    AccountRole,
    AccountType,
    Entry,
    NegativeCashError,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    credit_total,
    debit_total,
    imbalance,
    journal_line,
)
from coopdesk.domain.numbers import format_amount, parse_amount
from coopdesk.gui.tab_order import EnterMovesOn, set_reading_tab_order
from coopdesk.services import ledger
from coopdesk.services.books import Book

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"
LINE_ERROR_STYLE = "border: 1px solid #b3261e;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, latest: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(_qdate(latest))
    return edit


def account_combo(accounts: list[Account], parent: QWidget, empty: str | None = None,
                  separate_types: bool = False) -> QComboBox:
    """A list of accounts; with `separate_types` a line between income, costs and the rest,
    so "Soort ontvangst" shows the income accounts first and apart."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    previous = None
    for account in accounts:
        if separate_types and previous is not None and account.type is not previous:
            combo.insertSeparator(combo.count())
        previous = account.type
        combo.addItem(account.label(), account.id)
    return combo


class NegativeCashBox(QMessageBox):
    """"Kas onder nul": the account, the day and the balance; "Toch boeken" or "Annuleren"
    (the default, so Enter does not post a negative cash box by accident)."""

    def __init__(self, error: NegativeCashError, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Kas onder nul"),
                         self.tr("Na deze boeking staat %1 op %2 op %3.")
                         .replace("%1", error.account.label()).replace("%2", show_date(error.day))
                         .replace("%3", show_euro(error.balance)),
                         QMessageBox.StandardButton.NoButton, parent)
        self.setInformativeText(self.tr("Een kas kan niet onder nul staan. Kloppen de datum en het bedrag? "
                                        "Kies \"Toch boeken\" alleen als de ontvangsten nog volgen, "
                                        "bijvoorbeeld omdat u de uitgaven van een maand eerst invoert."))
        self.post_anyway_button = self.addButton(self.tr("&Toch boeken"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)


class _Form(QDialog):
    """Shared frame: a form layout, a red error line, Save / Cancel."""

    def __init__(self, book: Book, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout_.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Boeken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}
        self.allow_negative_cash = False  # True only while retrying after "Toch boeken"
        self.negative_cash_box: NegativeCashBox | None = None

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.enter_moves_on = EnterMovesOn(self, self.save_button)
        self.follow_reading_order()

    def follow_reading_order(self) -> None:
        """Tab in the order the fields are shown; Enter to the next field (again after a
        line is added)."""
        self.enter_moves_on.watch(set_reading_tab_order(self))

    def show_error(self, error: CoopDeskError) -> None:
        self.error.setText(error.message())
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def _on_buttons_accepted(self) -> None:
        self.attempt(self.save)

    def attempt(self, action: Callable[[], None]) -> None:
        """Run a posting action: close on success, show a refusal under the form, and
        ask about a cash account going below zero."""
        try:
            action()
        except NegativeCashError as error:
            self.ask_negative_cash(error, action)
            return
        except CoopDeskError as error:
            self.show_error(error)
            return
        self.accept()

    def ask_negative_cash(self, error: NegativeCashError, action: Callable[[], None]) -> NegativeCashBox:
        """The day and the balance, and an explicit "Toch boeken"; the form stays open
        (and nothing is written) until the treasurer chooses."""
        self.show_error(error)
        box = NegativeCashBox(error, self)
        box.finished.connect(lambda _result: self._on_negative_cash_box_finished(box, action))
        self.negative_cash_box = box
        box.open()
        return box

    def _on_negative_cash_box_finished(self, box: NegativeCashBox, action: Callable[[], None]) -> None:
        self.negative_cash_box = None
        box.deleteLater()
        if box.clickedButton() is not box.post_anyway_button:
            return  # the red line under the form still says why; nothing was written
        self.allow_negative_cash = True
        try:
            self.attempt(action)
        finally:
            self.allow_negative_cash = False

    def _on_draft_button_clicked(self) -> None:
        self.attempt(self.save_draft)

    def save(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def save_draft(self) -> None:  # pragma: no cover - forms with a draft button override it
        raise NotImplementedError


class MoneyDialog(_Form):
    """"Ontvangst" (money in) or "Uitgave" (money out), in plain words. "Opslaan als
    concept" keeps it unposted (out of every book and report); opened on such a draft
    (`draft`), the form is prefilled and saves into it."""

    def __init__(self, book: Book, kind: TransactionKind, parent: QWidget | None = None,
                 draft: Transaction | None = None) -> None:
        receipt = kind is TransactionKind.RECEIPT
        super().__init__(book, self.tr("Ontvangst") if receipt else self.tr("Uitgave"), parent)
        self.kind = kind
        self.draft = draft
        self.outcome = self.tr("Geboekt.")
        intro = QLabel(self.tr("Geld dat binnenkwam: een verkoop, subsidie of contributie.") if receipt
                       else self.tr("Geld dat uitging: inkopen, huur, bankkosten."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        today = book.clock.today()
        self.date = date_edit(today, today, self)
        self.money_account = account_combo(ledger.money_accounts(book), self)
        self.category = account_combo(ledger.category_accounts(book, kind), self, separate_types=True)
        self.cost_centre = QComboBox(self)
        for centre in ledger.cost_centres(book):
            self.cost_centre.addItem(centre.name, centre.id)
        self.activity = QComboBox(self)
        self.activity.addItem(self.tr("— geen —"), None)
        for activity in ledger.activities(book):
            self.activity.addItem(activity.name, activity.id)
        self.activity.setToolTip(self.tr("Mag leeg: kies een activiteit om de winst- en verliesrekening "
                                         "per activiteit te kunnen zien."))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("bijv. 45,50"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("bijv. Dagomzet lunch") if receipt
                                            else self.tr("bijv. Boodschappen groothandel"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("bonnummer of factuurnummer (mag leeg)"))
        self.form.addRow(self.tr("&Datum"), self.date)
        self.form.addRow(self.tr("&Bedrag"), self.amount)
        self.form.addRow(self.tr("&Omschrijving"), self.description)
        self.form.addRow(self.tr("Ontvangen &in") if receipt else self.tr("Betaald &uit"), self.money_account)
        self.form.addRow(self.tr("&Soort ontvangst") if receipt else self.tr("&Soort uitgave"), self.category)
        self.form.addRow(self.tr("&Kostenplaats"), self.cost_centre)
        self.form.addRow(self.tr("&Activiteit"), self.activity)
        self.form.addRow(self.tr("Bon&nummer"), self.reference)
        self.fields = {"booked_on": self.date, "amount": self.amount, "description": self.description,
                       "money_account": self.money_account, "category": self.category,
                       "cost_centre": self.cost_centre, "reference": self.reference, "activity": self.activity}
        self.draft_button = self.buttons.addButton(self.tr("Opslaan als &concept"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setToolTip(self.tr("Bewaren zonder te boeken; het concept staat nog in geen enkel "
                                             "overzicht."))
        self.draft_button.clicked.connect(self._on_draft_button_clicked)
        if draft is not None:
            self._prefill(draft)
        self.finish_layout()
        self.amount.setFocus()

    def _prefill(self, draft: Transaction) -> None:
        form = ledger.money_form_of(draft)
        if form is None:  # pragma: no cover - the page opens such drafts in the memoriaal form
            return
        self.setWindowTitle(self.tr("Concept %1 bewerken").replace("%1", str(draft.id)))
        self.date.setDate(_qdate(form.booked_on))
        self.amount.setText(format_amount(form.amount))
        self.description.setText(form.description)
        self.reference.setText(form.reference)
        for combo, value in ((self.money_account, form.money_account_id), (self.category, form.category_account_id),
                             (self.cost_centre, form.cost_centre_id), (self.activity, form.activity_id)):
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)

    def money_form(self) -> ledger.MoneyForm:
        missing = []
        if self.money_account.currentData() is None:
            missing.append(problem("money_account", "Kies de kas of een bankrekening; er is er nu geen actief "
                                   "(zet er een aan bij Rekeningen).",
                                   "Choose the cash box or a bank account; none is active now "
                                   "(activate one under Accounts)."))
        if self.category.currentData() is None:
            missing.append(problem("category", "Kies een rekening.", "Choose an account."))
        if missing:
            raise ValidationError(missing)
        return ledger.MoneyForm(
            booked_on=_pydate(self.date.date()),
            money_account_id=int(self.money_account.currentData()),
            category_account_id=int(self.category.currentData()),
            amount=parse_amount(self.amount.text()),
            description=self.description.text(),
            reference=self.reference.text(),
            cost_centre_id=self.cost_centre.currentData(),
            activity_id=self.activity.currentData(),
        )

    def save(self) -> None:
        form = self.money_form()
        if self.draft is not None:
            ledger.post_money_draft(self.book, self.kind, form, self.draft.id,
                                    allow_negative_cash=self.allow_negative_cash)
            self.posted_id = self.draft.id
            self.outcome = self.tr("Concept %1 is geboekt.").replace("%1", str(self.draft.id))
        elif self.kind is TransactionKind.RECEIPT:
            self.posted_id = ledger.post_receipt(self.book, form, allow_negative_cash=self.allow_negative_cash)
        else:
            self.posted_id = ledger.post_expense(self.book, form, allow_negative_cash=self.allow_negative_cash)

    def save_draft(self) -> None:
        self.draft_id = ledger.save_money_draft(self.book, self.kind, self.money_form(),
                                                self.draft.id if self.draft is not None else None)
        self.outcome = self.tr("Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.") \
            .replace("%1", str(self.draft_id))


class JournalDialog(_Form):
    """"Memoriaal": free lines with debit and credit; it cannot be posted until it balances,
    and the line under the form says by how much it is off. "Opslaan als concept" keeps
    it, balanced or not, as a draft that stays out of every book and report until it is
    posted. Opened on an existing draft (`draft`), the form is prefilled and saves into it."""

    def __init__(self, book: Book, parent: QWidget | None = None,
                 lines: list[Posting] | None = None, description: str = "",
                 draft: Transaction | None = None, title: str = "", intro: str = "") -> None:
        super().__init__(book, title or self.tr("Memoriaal"), parent)
        self.setMinimumWidth(640)
        self.draft = draft
        self.outcome = self.tr("Memoriaal geboekt.")
        if draft is not None:
            lines, description = list(draft.postings), draft.description
            if not title:
                self.setWindowTitle(self.tr("Concept %1 bewerken").replace("%1", str(draft.id)))
        intro_label = QLabel(intro or self.tr("Een vrije boeking voor de boekhouder: elke regel heeft een "
                                              "bedrag bij Debet of bij Credit, en samen zijn ze in evenwicht."),
                             self)
        intro_label.setWordWrap(True)
        self.form.addRow(intro_label)
        today = book.clock.today()
        self.date = date_edit(draft.booked_on if draft is not None else today, today, self)
        self.description = QLineEdit(description, self)
        self.form.addRow(self.tr("&Datum"), self.date)
        self.form.addRow(self.tr("&Omschrijving"), self.description)
        self.accounts = ledger.list_accounts(book, include_inactive=False)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        for column, text in enumerate((self.tr("Rekening"), self.tr("Debet"), self.tr("Credit"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.layout_.addWidget(scroll)
        self.add_line_button = QPushButton(self.tr("&Regel erbij"), self)
        self.add_line_button.clicked.connect(self._on_add_line_button_clicked)
        self.layout_.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.layout_.addWidget(self.status)
        self.rows: list[tuple[QComboBox, QLineEdit, QLineEdit]] = []
        self.line_centres: list[int | None] = []  # each prefilled line keeps its own cost centre
        for posting in lines or []:
            self.add_line(posting)
        while len(self.rows) < 2:
            self.add_line()
        self.draft_button = self.buttons.addButton(self.tr("Opslaan als &concept"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setToolTip(self.tr("Bewaren zonder te boeken; het concept mag nog niet in "
                                             "evenwicht zijn en staat nog in geen enkel overzicht."))
        self.draft_button.clicked.connect(self._on_draft_button_clicked)
        self.fields = {"booked_on": self.date, "description": self.description}
        self.finish_layout()
        self._on_lines_changed()

    def add_line(self, posting: Posting | None = None) -> None:
        combo = account_combo(self.accounts, self.grid_host, self.tr("— kies een rekening —"))
        debit = QLineEdit(self.grid_host)
        credit = QLineEdit(self.grid_host)
        for edit in (debit, credit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(self._on_lines_changed)
        combo.currentIndexChanged.connect(self._on_lines_changed)
        if posting is not None:
            combo.setCurrentIndex(max(combo.findData(posting.account_id), 0))
            target = debit if posting.amount.is_positive() else credit
            target.setText(format_amount(abs(posting.amount)))
        row = len(self.rows) + 1
        self.grid.addWidget(combo, row, 0)
        self.grid.addWidget(debit, row, 1)
        self.grid.addWidget(credit, row, 2)
        self.rows.append((combo, debit, credit))
        self.line_centres.append(posting.cost_centre_id if posting is not None else None)

    def _on_add_line_button_clicked(self) -> None:
        self.add_line()
        self.follow_reading_order()
        self.rows[-1][0].setFocus()
        self._on_lines_changed()

    def postings(self) -> list[Posting]:
        """The lines as postings; raises ValidationError naming the first wrong line."""
        found = []
        for number, (combo, debit, credit) in enumerate(self.rows, start=1):
            for edit in (debit, credit):
                edit.setStyleSheet("")
            try:
                posting = journal_line(number, combo.currentData(), debit.text(), credit.text(),
                                       self.line_centres[number - 1])
            except CoopDeskError:
                for edit in (debit, credit):  # the wrong line is marked, the line under the form says why
                    edit.setStyleSheet(LINE_ERROR_STYLE)
                raise
            if posting is not None:
                found.append(posting)
        return found

    def entry(self) -> Entry:
        """What the form holds, not yet checked: the service checks it (a draft loosely)."""
        kind = self.draft.kind if self.draft is not None else TransactionKind.JOURNAL
        return Entry(_pydate(self.date.date()), self.description.text().strip(), kind, tuple(self.postings()))

    def _on_lines_changed(self, *_args: Any) -> None:
        try:
            postings = self.postings()
        except CoopDeskError as error:
            self._status(error.message(), ok=False)
            return
        off = imbalance(postings)
        if len(postings) < 2:
            self._status(self.tr("Vul minstens twee regels in."), ok=False)
        elif off:
            self._status(self.tr("Nog niet in evenwicht: het verschil is %1 (debet %2, credit %3).")
                         .replace("%1", show_euro(abs(off))).replace("%2", show_euro(debit_total(postings)))
                         .replace("%3", show_euro(credit_total(postings))), ok=False)
        else:
            self._status(self.tr("In evenwicht: debet en credit zijn allebei %1.")
                         .replace("%1", show_euro(debit_total(postings))), ok=True)

    def _status(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.save_button.setEnabled(ok)

    def save(self) -> None:
        if self.draft is not None:
            ledger.post_draft(self.book, self.draft.id, self.entry(), allow_negative_cash=self.allow_negative_cash)
            self.posted_id = self.draft.id
            self.outcome = self.tr("Concept %1 is geboekt.").replace("%1", str(self.draft.id))
        else:
            self.posted_id = ledger.post_journal_entry(self.book, _pydate(self.date.date()),
                                                       self.description.text(), self.postings(),
                                                       allow_negative_cash=self.allow_negative_cash)

    def save_draft(self) -> None:
        if self.draft is not None:
            ledger.edit_draft(self.book, self.draft.id, self.entry())
            self.draft_id = self.draft.id
        else:
            self.draft_id = ledger.save_draft(self.book, self.entry())
        self.outcome = self.tr("Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.") \
            .replace("%1", str(self.draft_id))


class CorrectionDialog(JournalDialog):
    """"Corrigeren": the original's lines, prefilled, to turn into the right ones. Either
    "Alleen terugboeken" (only the reversal) or "Terugboeken en gecorrigeerd boeken"
    (reversal and corrected copy in one unit of work). Annuleren writes nothing at all."""

    def __init__(self, book: Book, original: Transaction, parent: QWidget | None = None) -> None:
        self.original = original
        super().__init__(
            book, parent, list(original.postings),
            CORRECTED_PREFIX.format(number=original.id) + original.description,
            title=self.tr("Correctie van boeking %1").replace("%1", str(original.id)),
            intro=self.tr("Boeking %1 (%2, %3) wordt teruggeboekt met een tegenboeking op de datum hieronder, "
                          "dezelfde datum als de gecorrigeerde boeking; "
                          "er wordt niets gewist. Pas de regels aan tot ze kloppen en kies \"Terugboeken en "
                          "gecorrigeerd boeken\", of kies \"Alleen terugboeken\".")
            .replace("%1", str(original.id)).replace("%2", original.description)
            .replace("%3", show_date(original.booked_on)),
        )
        self.date.setDate(_qdate(ledger.correction_date(book, original)))
        self.draft_button.hide()
        self.buttons.removeButton(self.draft_button)
        self.save_button.setText(self.tr("Terugboeken en &gecorrigeerd boeken"))
        self.reverse_only_button = self.buttons.addButton(self.tr("&Alleen terugboeken"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.reverse_only_button.clicked.connect(self._on_reverse_only_button_clicked)
        self.reversal_id: TransactionId | None = None
        self.corrected_id: TransactionId | None = None

    def entry(self) -> Entry:
        """The corrected copy keeps the original's kind (a corrected Uitgave stays an Uitgave),
        receipt reference, cost centre and activity."""
        original = self.original
        return replace(super().entry(), kind=original.kind, reference=original.reference,
                       cost_centre_id=original.cost_centre_id, activity_id=original.activity_id)

    def save(self) -> None:
        self.reversal_id, self.corrected_id = ledger.reverse_transaction(
            self.book, self.original.id, _pydate(self.date.date()), corrected=self.entry(),
            allow_negative_cash=self.allow_negative_cash)
        self.outcome = (self.tr("Boeking %1 is teruggeboekt (boeking %2) en gecorrigeerd geboekt (boeking %3).")
                        .replace("%1", str(self.original.id)).replace("%2", str(self.reversal_id))
                        .replace("%3", str(self.corrected_id)))

    def reverse_only(self) -> None:
        self.reversal_id, _ = ledger.reverse_transaction(self.book, self.original.id, _pydate(self.date.date()),
                                                         allow_negative_cash=self.allow_negative_cash)
        self.outcome = (self.tr("Boeking %1 is teruggeboekt (boeking %2).")
                        .replace("%1", str(self.original.id)).replace("%2", str(self.reversal_id)))

    def _on_reverse_only_button_clicked(self) -> None:
        self.attempt(self.reverse_only)


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

    def save(self) -> None:
        balances = {account_id: parse_amount(edit.text(), "balances")
                    for account_id, edit in self.amounts.items() if edit.text().strip()}
        self.posted_id = ledger.post_opening_balances(self.book, _pydate(self.date.date()), balances,
                                                      allow_negative_cash=self.allow_negative_cash)


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

    def save(self) -> None:
        if self.existing is not None:
            ledger.set_account_rgs(self.book, self.existing.id, self.rgs.text())
            self.account = ledger.rename_account(self.book, self.existing.id, self.name.text())
            return
        self.account = ledger.add_account(self.book, self.code.text(), self.name.text(),
                                          AccountType(self.kind.currentData()), self.rgs.text())
