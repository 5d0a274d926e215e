"""Two forms of the Spaarpotten page: the distribution agreement the year close follows
(editable by the treasurer) and the municipality's share per year (due, paid, outstanding),
with paying a year's share from the bank or cash box.

Labels are Dutch/English `Text`s; amounts and percentages are read by
`coopdesk.domain.numbers`; a refusal shows in red and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError, problem
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_amount, format_number, parse_amount, parse_percentage
from coopdesk.domain.text import Text
from coopdesk.domain.year_close import PotsMethod, TrainingMode
from coopdesk.gui.date_field import DateField
from coopdesk.gui.pots.dialogs import _Form
from coopdesk.services import municipality_share, year_close
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.store.chart import BANK, CASH

T = TypeVar("T")


def _t(nl: str, en: str) -> str:
    return Text(nl, en).render()


class AgreementDialog(_Form):
    """The distribution agreement: date agreed, the share of a member enterprise's result for
    its owner's pot (first), the municipality's threshold and percentage, the training
    budget (an amount, or a percentage when typed with %), the pots' percentage and how
    they are split."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, _t("Afspraken winstverdeling", "Distribution agreement"), _t("Vastleggen", "Record"),
                         parent)
        current = year_close.agreement(book)
        self.current = current
        self.say(_t("Zo wordt de winst van een jaar bij de jaarafsluiting verdeeld: eerst krijgt de eigenaar van "
                    "een eigen onderneming (een activiteit van één lid) een percentage van haar positieve resultaat "
                    "in de spaarpot; van wat overblijft het deel van de gemeente (een percentage boven de drempel), "
                    "dan het opleidingsbudget, dan een percentage van de rest naar de spaarpotten; wat dan "
                    "overblijft gaat naar de algemene reserve.",
                    "This is how a year's profit is distributed at the year close: first the owner of an own "
                    "enterprise (an activity of one member) gets a percentage of its positive result in their pot; "
                    "of what is left the municipality's share (a percentage above the threshold), then the training "
                    "budget, then a percentage of the rest to the savings pots; what is then left goes to the "
                    "general reserve."))
        self.agreed_on = DateField(self)
        self.agreed_on.setup(field="agreed_on", optional=False)
        self.agreed_on.set_value(current.agreed_on or book.clock.today())
        self.enterprise = QLineEdit(format_number(current.enterprise_percentage), self)
        self.enterprise.setToolTip(_t("Van het positieve resultaat van een eigen onderneming, naar de spaarpot van "
                                      "de eigenaar, vóór de gezamenlijke verdeling",
                                      "Of an own enterprise's positive result, to its owner's pot, before the "
                                      "shared distribution"))
        self.threshold = QLineEdit(format_amount(current.municipality_threshold), self)
        self.municipality = QLineEdit(format_number(current.municipality_percentage), self)
        training = format_amount(current.training_amount) if current.training_mode is TrainingMode.AMOUNT \
            else format_number(current.training_percentage) + "%"
        self.training = QLineEdit(training, self)
        self.training.setPlaceholderText(_t("bedrag (500,00) of percentage (20%)", "amount (500.00) or percentage (20%)"))
        self.pots = QLineEdit(format_number(current.pots_percentage), self)
        self.pots_by = QComboBox(self)
        for method in PotsMethod:
            self.pots_by.addItem(method.label.render(), method.value)
        self.pots_by.setCurrentIndex(list(PotsMethod).index(current.pots_method))
        # each field: its label, and the names a refusal may give it (the form's and Agreement.validate's)
        self.fields: dict[str, tuple[Text, QWidget]] = {}
        for label, widget, names in (
                (Text("Afgesproken op", "Agreed on"), self.agreed_on, ("agreed_on",)),
                (Text("Eigen onderneming (% naar eigenaar)", "Own enterprise (% to its owner)"), self.enterprise,
                 ("enterprise", "enterprise_percentage")),
                (Text("Drempel gemeente (€)", "Municipality threshold (€)"), self.threshold,
                 ("threshold", "municipality_threshold")),
                (Text("Gemeente (% boven drempel)", "Municipality (% above threshold)"), self.municipality,
                 ("municipality", "municipality_percentage")),
                (Text("Opleidingsbudget", "Training budget"), self.training,
                 ("training", "training_amount", "training_percentage")),
                (Text("Spaarpotten (% van de rest)", "Savings pots (% of the rest)"), self.pots,
                 ("pots", "pots_percentage"))):
            self.form.addRow(label.render() + ":", widget)
            self.fields.update({name: (label, widget) for name in names})
        self.form.addRow(_t("Spaarpotten verdelen:", "Split the pots:"), self.pots_by)
        self.finish_layout()

    def save(self) -> Changes:
        """Read every field (all refusals at once), then record; each refusal starts with the
        label of its field ("Gemeente (% boven drempel): …") and the first such field gets the focus."""
        found: list[Problem] = []

        def read(parse: Callable[[str, str], T], text: str, field: str, default: T) -> T:
            try:
                return parse(text, field)
            except ValidationError as error:
                found.extend(error.problems)
            except CoopDeskError as error:
                found.append(Problem(error.field, error.text, tuple(error.values.items())))
            return default

        training_text = self.training.text().strip()
        training: dict[str, object]
        if training_text.endswith("%"):
            training = {"training_mode": TrainingMode.PERCENTAGE,
                        "training_percentage": read(parse_percentage, training_text, "training", Decimal(0))}
        else:
            try:
                amount = parse_amount(training_text or "0", "training")
            except CoopDeskError:  # typed in the field that takes both: say both
                found.append(problem("training", "'{value}' is geen bedrag of percentage. Typ bijvoorbeeld "
                                     "500,00 of 20%.", "'{value}' is not an amount or a percentage. Type for "
                                     "example 500.00 or 20%.", value=training_text))
                amount = Money(0)
            training = {"training_mode": TrainingMode.AMOUNT, "training_amount": amount}
        chosen = replace(self.current, agreed_on=self.agreed_on.value(),
                         municipality_threshold=read(parse_amount, self.threshold.text() or "0", "threshold", Money(0)),
                         municipality_percentage=read(parse_percentage, self.municipality.text(), "municipality",
                                                      Decimal(0)),
                         pots_percentage=read(parse_percentage, self.pots.text(), "pots", Decimal(0)),
                         enterprise_percentage=read(parse_percentage, self.enterprise.text() or "0", "enterprise",
                                                    Decimal(0)),
                         pots_method=PotsMethod(self.pots_by.currentData()), **training)  # type: ignore[arg-type]
        if found:  # the rules too, on what could be read: every refusal at once
            try:
                chosen.validate()
            except ValidationError as error:
                found.extend(error.problems)
        try:
            if found:
                raise ValidationError(found)
            return year_close.record_agreement(self.book, chosen)
        except ValidationError as error:
            raise self._named(error.problems) from None
        except CoopDeskError as error:
            if error.field not in self.fields:
                raise
            raise self._named([Problem(error.field, error.text, tuple(error.values.items()))]) from None

    def _named(self, problems: Sequence[Problem]) -> ValidationError:
        """The refusals, each starting with its field's label; focus on the first such field."""
        order = {name: index for index, name in enumerate(self.fields)}  # top to bottom, as in the form
        problems = sorted(problems, key=lambda p: order.get(p.field or "", len(order)))
        named = []
        for item in problems:
            if item.field in self.fields:
                label, _widget = self.fields[item.field]
                item = Problem(item.field, Text(f"{label.nl}: {_lower_first(item.text.nl)}",
                                                f"{label.en}: {_lower_first(item.text.en)}"), item.values)
            named.append(item)
        first = next((self.fields[p.field][1] for p in problems if p.field in self.fields), None)
        if first is not None:
            first.setFocus()
        return ValidationError(named)


def _lower_first(text: str) -> str:
    """'Een percentage moet …' after a label reads 'Gemeente (%): een percentage moet …'."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and text[1].islower() else text


class MunicipalityShareDialog(_Form):
    """Afdracht gemeente: per closed year the share due, paid (date) and outstanding; pay the
    chosen year's outstanding share on a date, from the bank or the cash box."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, _t("Afdracht gemeente", "Municipality's share"), _t("Betalen", "Pay"), parent)
        self.setMinimumWidth(620)
        self.say(_t("Het deel van de winst voor de gemeente staat als schuld op rekening 1720 tot het betaald is. "
                    "Kies een jaar met een openstaand bedrag om het te betalen.",
                    "The municipality's share of the profit is a payable on account 1720 until it is paid. "
                    "Choose a year with an outstanding amount to pay it."))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([_t("Jaar", "Year"), _t("Verschuldigd", "Due"), _t("Betaald", "Paid"),
                                              _t("Betaald op", "Paid on"), _t("Open", "Outstanding")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.layout_.insertWidget(1, self.table)
        self.year = QComboBox(self)
        self.paid_on = DateField(self)
        self.paid_on.setup(field="paid_on", optional=False)
        self.paid_on.set_value(book.clock.today())
        self.account = QComboBox(self)
        self.account.addItem(_t("Bank (1100)", "Bank (1100)"), BANK)
        self.account.addItem(_t("Kas (1000)", "Cash (1000)"), CASH)
        self.form.addRow(_t("Jaar:", "Year:"), self.year)
        self.form.addRow(_t("Betaald op:", "Paid on:"), self.paid_on)
        self.form.addRow(_t("Betaald uit:", "Paid from:"), self.account)
        self.finish_layout()
        self.refresh()

    def refresh(self) -> None:
        self.shares = municipality_share.municipality_shares(self.book)
        self.table.setRowCount(len(self.shares))
        for row, share in enumerate(self.shares):
            for column, value in enumerate((str(share.year), show_euro(share.due), show_euro(share.paid),
                                            show_date(share.paid_on) if share.paid_on else "-",
                                            show_euro(share.outstanding))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.year.clear()
        for share in self.shares:
            if share.outstanding.is_positive():
                self.year.addItem(str(share.year), share.year)
        self.save_button.setEnabled(self.year.count() > 0)

    def save(self) -> Changes:
        year = self.year.currentData()
        if year is None:
            raise ValidationError([problem("year", "Kies een jaar.", "Choose a year.")])
        paid_on = self.paid_on.value()
        if paid_on is None:
            raise ValidationError([problem("paid_on", "Vul de betaaldatum in.", "Fill in the day paid.")])
        _id, changes = municipality_share.pay_municipality_share(self.book, int(year), paid_on,
                                                                 str(self.account.currentData()))
        return changes
