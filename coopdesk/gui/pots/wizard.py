"""The Jaarafsluiting wizard (issue 11): close a year in one sitting.

1. **Controles**: the year and the cash counted on 31 December; "Controleren" runs
   `year_close.close_checks` and lists what blocks the close. Next is possible only when
   nothing does.
2. **Resultaat**: the year's result per activity and in total.
3. **Verdeling**: the distribution the book's agreement gives (`propose_close`): the
   own enterprise shares first (their own section, when a member enterprise made a
   profit), then the municipality's share, the training budget, every member's pot deposit and the general
   reserve, with the total; every euro is shown before confirming.
4. **Bevestigen**: what will happen; "Jaar afsluiten" calls `close_year` with the
   proposal shown (a backup first, then the posting and the lock). A refusal (the books
   changed since the proposal) is shown in red on the page and nothing is written.

Nothing is written before the last step. `outcome` holds the `Changes` to emit, `backup`
the backup's path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import parse_amount
from coopdesk.domain.year_close import CloseProposal, PotsMethod, TrainingMode
from coopdesk.services import members as member_service
from coopdesk.services import year_close
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .models import EnterprisePartsModel, PartsModel, ResultModel, RowsModel

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


def _table(parent: QWidget, model: RowsModel[Any]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1 if isinstance(model, PartsModel) else 0, QHeaderView.ResizeMode.Stretch)
    return view


class ChecksPage(QWizardPage):
    def __init__(self, wizard: YearCloseWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Controles"))
        self.setSubTitle(self.tr("Een jaar kan worden afgesloten als elke maand is uitbetaald, er geen concepten "
                                 "zijn, de saldibalans klopt en het getelde kasgeld gelijk is aan de boeken."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(wizard.book.clock.today().year - 1)
        self.year.setMaximumWidth(100)
        self.cash = QLineEdit(self)
        self.cash.setPlaceholderText("0,00")
        self.cash.setMaximumWidth(160)
        row = QHBoxLayout()
        row.addWidget(self.cash)
        self.check_button = QPushButton(self.tr("Controleren"), self)
        row.addWidget(self.check_button)
        row.addStretch(1)
        form.addRow(self.tr("Jaar:"), self.year)
        form.addRow(self.tr("Geteld kasgeld op 31-12:"), row)
        layout.addLayout(form)
        # the agreement distributes the pots by hand: an amount per member, typed here
        self.manual_intro = QLabel(self.tr("De afspraak verdeelt de spaarpotten met de hand: vul per lid het "
                                           "bedrag in (leeg is niets)."), self)
        self.manual_intro.setWordWrap(True)
        self.manual = QTableWidget(0, 2, self)
        self.manual.setHorizontalHeaderLabels([self.tr("Lid"), self.tr("Naar spaarpot")])
        self.manual.verticalHeader().setVisible(False)
        self.manual.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.manual_ids: list[int] = []
        chosen = year_close.agreement(wizard.book)
        by_hand = chosen.agreed_on is not None and chosen.pots_method is PotsMethod.MANUAL
        if by_hand:
            for member in member_service.list_members(wizard.book):
                row = self.manual.rowCount()
                self.manual.insertRow(row)
                name = QTableWidgetItem(f"{member.number} {member.name}")
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.manual.setItem(row, 0, name)
                self.manual.setItem(row, 1, QTableWidgetItem(""))
                self.manual_ids.append(member.id)
        self.manual_intro.setVisible(by_hand)
        self.manual.setVisible(by_hand)
        layout.addWidget(self.manual_intro)
        layout.addWidget(self.manual, 1)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings)
        if not by_hand:
            layout.addStretch(1)
        self.passed = False
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.year.valueChanged.connect(self._on_input_changed)
        self.cash.textChanged.connect(self._on_input_changed)
        self.manual.itemChanged.connect(self._on_input_changed)

    def counted_cash(self) -> Money | None:
        text = self.cash.text().strip()
        return parse_amount(text, "counted_cash") if text else None

    def manual_amounts(self) -> dict[int, Money] | None:
        """Member id -> amount typed by hand (None when the agreement does not distribute by hand)."""
        if not self.manual_ids:
            return None
        found: dict[int, Money] = {}
        for row, member_id in enumerate(self.manual_ids):
            item = self.manual.item(row, 1)
            text = item.text().strip() if item is not None else ""
            if text:
                found[member_id] = parse_amount(text, "pots")
        return found

    def run_checks(self) -> bool:
        self.passed = False
        try:
            found = [text.render() for text in year_close.close_checks(self.wizard_.book, self.year.value(),
                                                                       self.counted_cash())]
        except CoopDeskError as error:
            found = [error.message()]
        if found:
            self.findings.setStyleSheet(ERROR_STYLE)
            self.findings.setText(self.tr("Eerst oplossen:") + "\n" + "\n".join(f"• {line}" for line in found))
        else:
            self.findings.setStyleSheet(OK_STYLE)
            self.findings.setText(self.tr("✓ Alle controles zijn in orde: klik op Volgende."))
            self.passed = True
        self.completeChanged.emit()
        return self.passed

    def _on_check_button_clicked(self) -> None:
        self.run_checks()

    def _on_input_changed(self, *_args: object) -> None:
        if self.passed:
            self.passed = False
            self.findings.clear()
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.passed

    def validatePage(self) -> bool:
        if not self.run_checks():
            return False
        try:
            self.wizard_.manual = self.manual_amounts()
            self.wizard_.proposal = year_close.propose_close(self.wizard_.book, self.year.value(),
                                                             self.counted_cash(), self.wizard_.manual)
        except CoopDeskError as error:
            self.findings.setStyleSheet(ERROR_STYLE)
            self.findings.setText(error.message())
            return False
        if self.wizard_.proposal.findings:
            self.findings.setStyleSheet(ERROR_STYLE)
            self.findings.setText("\n".join(f"• {f.render()}" for f in self.wizard_.proposal.findings))
            return False
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: YearCloseWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Resultaat"))
        layout = QVBoxLayout(self)
        self.model = ResultModel(self)
        self.view = _table(self, self.model)
        layout.addWidget(self.view, 1)
        self.enterprises = QLabel(self)  # the member enterprises' results, when there are any
        self.enterprises.setWordWrap(True)
        layout.addWidget(self.enterprises)
        self.total = QLabel(self)
        layout.addWidget(self.total)

    def initializePage(self) -> None:
        proposal = self.wizard_.proposal
        assert proposal is not None
        self.setSubTitle(self.tr("Het resultaat van %1 per activiteit (opbrengsten min kosten).")
                         .replace("%1", str(proposal.year)))
        self.model.set_rows(proposal.result.activities)
        owned = proposal.result.enterprises
        self.enterprises.setVisible(bool(owned))
        self.enterprises.setText(self.tr("Een activiteit met een naam onder \"Onderneming van\" is de eigen "
                                         "onderneming van dat lid: het resultaat telt mee in de winst, en bij winst "
                                         "krijgt de spaarpot van de eigenaar het afgesproken deel."))
        total = proposal.result.total
        label = self.tr("Winst") if total.is_positive() else self.tr("Verlies of nul")
        self.total.setText(f"<b>{label} {proposal.year}: {show_euro(total)}</b>")


def _figures(lines: list[tuple[str, Money]], last_bold: bool = True) -> str:
    """Label and amount lines as an HTML table, the last one in bold."""
    rows = "".join(f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{show_euro(amount)}</td></tr>"
                   for label, amount in (lines[:-1] if last_bold else lines))
    if last_bold:
        label, amount = lines[-1]
        rows += f"<tr><td><b>{label}</b></td><td align='right'><b>&nbsp;&nbsp;{show_euro(amount)}</b></td></tr>"
    return f"<table>{rows}</table>"


class DistributionPage(QWizardPage):
    """Every euro of the profit: the own enterprise shares first (their own section, only
    when there are any), then the shared distribution of what is left."""

    def __init__(self, wizard: YearCloseWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Verdeling"))
        layout = QVBoxLayout(self)
        self.agreement = QLabel(self)
        self.agreement.setWordWrap(True)
        layout.addWidget(self.agreement)
        self.enterprise_heading = QLabel(self)
        layout.addWidget(self.enterprise_heading)
        self.enterprise_model = EnterprisePartsModel(self)
        self.enterprise_view = _table(self, self.enterprise_model)
        self.enterprise_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.enterprise_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.enterprise_view)
        self.enterprise_figures = QLabel(self)
        layout.addWidget(self.enterprise_figures)
        self.shared_heading = QLabel(self)
        layout.addWidget(self.shared_heading)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.model = PartsModel(self)
        self.view = _table(self, self.model)
        layout.addWidget(self.view, 1)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        proposal = self.wizard_.proposal
        assert proposal is not None
        self.setSubTitle(self.tr("Waar elke euro van de winst van %1 heen gaat. Controleer dit voordat u verder "
                                 "gaat.").replace("%1", str(proposal.year)))
        self.agreement.setText(self.agreement_text(proposal))
        d = proposal.distribution
        with_enterprises = bool(d.enterprise_parts)
        for widget in (self.enterprise_heading, self.enterprise_view, self.enterprise_figures, self.shared_heading):
            widget.setVisible(with_enterprises)
        self.enterprise_heading.setText("<b>" + self.tr("1. Eigen ondernemingen: eerst naar de spaarpot van de "
                                                        "eigenaar") + "</b>")
        self.enterprise_model.set_rows(d.enterprise_parts)
        rows = max(len(d.enterprise_parts), 1)
        self.enterprise_view.setFixedHeight(self.enterprise_view.horizontalHeader().sizeHint().height()
                                            + 24 * rows + 4)
        self.enterprise_figures.setText(_figures([
            (self.tr("Winst"), d.profit),
            (self.tr("Naar eigen ondernemingen"), -d.enterprise_total),
            (self.tr("Te verdelen"), d.shared),
        ]))
        self.shared_heading.setText("<b>" + self.tr("2. Gezamenlijke verdeling van %1")
                                    .replace("%1", show_euro(d.shared)) + "</b>")
        lines = [(self.tr("Te verdelen"), d.shared) if with_enterprises else (self.tr("Winst"), d.profit)]
        lines += [
            (self.tr("Aandeel gemeente (te betalen)"), d.municipality),
            (self.tr("Opleidingsbudget"), d.training),
            (self.tr("Spaarpotten (%1 leden, hieronder)").replace("%1", str(len(d.pots))), d.pots_total),
            (self.tr("Algemene reserve"), d.reserve),
        ]
        if with_enterprises:
            lines.append((self.tr("Eigen ondernemingen (%1, hierboven)").replace("%1", str(len(d.enterprise_parts))),
                          d.enterprise_total))
        lines.append((self.tr("Samen verdeeld"), d.total))
        self.figures.setText(_figures(lines))
        self.model.set_rows(d.pots)
        self.view.setVisible(bool(d.pots))
        self.notes.setText("\n".join(note.render() for note in d.notes))

    def agreement_text(self, proposal: CloseProposal) -> str:
        chosen = proposal.agreement
        if chosen.agreed_on is None:
            return self.tr("Er is geen verdeling afgesproken in dit boek.")
        training = (show_euro(chosen.training_amount) if chosen.training_mode is TrainingMode.AMOUNT
                    else f"{chosen.training_percentage}%")
        text = (self.tr("Afspraak van %1: gemeente %2% van de winst boven %3; opleiding %4; spaarpotten %5% van "
                        "de rest, %6; de rest naar de algemene reserve.")
                .replace("%1", show_date(chosen.agreed_on)).replace("%2", str(chosen.municipality_percentage))
                .replace("%3", show_euro(chosen.municipality_threshold)).replace("%4", training)
                .replace("%5", str(chosen.pots_percentage)).replace("%6", chosen.pots_method.label.render()))
        if chosen.enterprise_percentage:
            text += " " + self.tr("Eigen onderneming: eerst %1% van een positief resultaat naar de spaarpot van de "
                                  "eigenaar; de rest hierboven geldt voor wat overblijft.").replace(
                "%1", str(chosen.enterprise_percentage))
        return text


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: YearCloseWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Bevestigen"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        proposal = self.wizard_.proposal
        assert proposal is not None
        d = proposal.distribution
        self.error.clear()
        self.setSubTitle(self.tr("Na deze stap ligt %1 vast.").replace("%1", str(proposal.year)))
        self.summary.setText(
            self.tr("Bij \"Jaar afsluiten\" gebeurt dit:\n\n"
                    "1. CoopDesk maakt eerst een reservekopie van het boek.\n"
                    "2. De winstverdeling wordt geboekt op 31-12-%1: gemeente %2, opleiding %3, spaarpotten %4, "
                    "algemene reserve %5.\n"
                    "3. %1 wordt afgesloten: geen boeking, uitbetaling, uren of spaarpotbeweging met een datum in "
                    "%1 wordt nog aangenomen.\n\n"
                    "Een fout herstelt u met \"Jaar heropenen…\" en een geschreven reden; de verdeling wordt dan "
                    "teruggedraaid.")
            .replace("%1", str(proposal.year)).replace("%2", show_euro(d.municipality))
            .replace("%3", show_euro(d.training)).replace("%4", show_euro(d.pots_total))
            .replace("%5", show_euro(d.reserve)))

    def validatePage(self) -> bool:
        proposal = self.wizard_.proposal
        assert proposal is not None and proposal.counted_cash is not None
        try:
            _close_id, backup, changes = year_close.close_year(self.wizard_.book, proposal.year,
                                                               proposal.counted_cash, manual=self.wizard_.manual,
                                                               proposal=proposal)
        except CoopDeskError as error:
            self.error.setText(error.message())
            return False
        self.wizard_.outcome = changes
        self.wizard_.backup = backup
        return True


class YearCloseWizard(QWizard):
    """Jaarafsluiting (see module docstring)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.proposal: CloseProposal | None = None
        self.manual: dict[int, Money] | None = None
        self.outcome = Changes()
        self.backup: Path | None = None
        self.setWindowTitle(self.tr("Jaarafsluiting"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 520)
        self.checks = ChecksPage(self)
        self.result_page = ResultPage(self)
        self.distribution = DistributionPage(self)
        self.confirm = ConfirmPage(self)
        for page in (self.checks, self.result_page, self.distribution, self.confirm):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Jaar afsluiten"))


__all__ = ["YearCloseWizard"]
