"""The Boekhouding page's Memoriaal form (free lines that must balance) and the
Corrigeren form built on it (the frame: `form_frame`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import (
    CORRECTED_PREFIX,
    Entry,
    Posting,
    Transaction,
    TransactionId,
    TransactionKind,
    credit_total,
    debit_total,
    imbalance,
    journal_line,
)
from coopdesk.domain.numbers import format_amount
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .form_frame import (
    ERROR_STYLE,
    LINE_ERROR_STYLE,
    OK_STYLE,
    _Form,
    _pydate,
    _qdate,
    account_combo,
    date_edit,
)
from .host import POSTED


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
        self.message = self.tr("Memoriaal geboekt.")
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

    def save(self) -> Changes:
        if self.draft is not None:
            ledger.post_draft(self.book, self.draft.id, self.entry(), allow_negative_cash=self.allow_negative_cash)
            self.posted_id = self.draft.id
            self.message = self.tr("Concept %1 is geboekt.").replace("%1", str(self.draft.id))
        else:
            self.posted_id = ledger.post_journal_entry(self.book, _pydate(self.date.date()),
                                                       self.description.text(), self.postings(),
                                                       allow_negative_cash=self.allow_negative_cash)
        return POSTED

    def save_draft(self) -> Changes:
        if self.draft is not None:
            ledger.edit_draft(self.book, self.draft.id, self.entry())
            self.draft_id = self.draft.id
        else:
            self.draft_id = ledger.save_draft(self.book, self.entry())
        self.message = self.tr("Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.") \
            .replace("%1", str(self.draft_id))
        return POSTED



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

    def save(self) -> Changes:
        self.reversal_id, self.corrected_id = ledger.reverse_transaction(
            self.book, self.original.id, _pydate(self.date.date()), corrected=self.entry(),
            allow_negative_cash=self.allow_negative_cash)
        self.message = (self.tr("Boeking %1 is teruggeboekt (boeking %2) en gecorrigeerd geboekt (boeking %3).")
                        .replace("%1", str(self.original.id)).replace("%2", str(self.reversal_id))
                        .replace("%3", str(self.corrected_id)))
        return POSTED

    def reverse_only(self) -> Changes:
        self.reversal_id, _ = ledger.reverse_transaction(self.book, self.original.id, _pydate(self.date.date()),
                                                         allow_negative_cash=self.allow_negative_cash)
        self.message = (self.tr("Boeking %1 is teruggeboekt (boeking %2).")
                        .replace("%1", str(self.original.id)).replace("%2", str(self.reversal_id)))
        return POSTED

    def _on_reverse_only_button_clicked(self) -> None:
        self.attempt(self.reverse_only)
