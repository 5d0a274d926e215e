"""The Boekhouding page's Ontvangst / Uitgave form: money in or out, in plain words,
posted at once or kept as a draft (the frame: `form_frame`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.ledger import Transaction, TransactionKind
from coopdesk.domain.numbers import format_amount, parse_amount
from coopdesk.services import ledger
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .form_frame import _Form, _pydate, _qdate, account_combo, date_edit
from .host import POSTED


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
        self.message = self.tr("Geboekt.")
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

    def save(self) -> Changes:
        form = self.money_form()
        if self.draft is not None:
            ledger.post_money_draft(self.book, self.kind, form, self.draft.id,
                                    allow_negative_cash=self.allow_negative_cash)
            self.posted_id = self.draft.id
            self.message = self.tr("Concept %1 is geboekt.").replace("%1", str(self.draft.id))
        elif self.kind is TransactionKind.RECEIPT:
            self.posted_id = ledger.post_receipt(self.book, form, allow_negative_cash=self.allow_negative_cash)
        else:
            self.posted_id = ledger.post_expense(self.book, form, allow_negative_cash=self.allow_negative_cash)
        return POSTED

    def save_draft(self) -> Changes:
        self.draft_id = ledger.save_money_draft(self.book, self.kind, self.money_form(),
                                                self.draft.id if self.draft is not None else None)
        self.message = self.tr("Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.") \
            .replace("%1", str(self.draft_id))
        return POSTED
