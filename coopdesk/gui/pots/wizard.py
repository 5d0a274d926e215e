"""The Jaarafsluiting wizard (issue 11): close a year in one sitting.

1. **Controles**: the year (first the oldest year that is over, in the book and not
   closed: `year_close.year_to_close`) and the cash counted on 31 December; "Controleren" runs
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
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
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
from coopdesk.gui import worker
from coopdesk.gui.paths import log_path
from coopdesk.gui.tables import read_only_table
from coopdesk.services import members as member_service
from coopdesk.services import year_close
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .models import EnterprisePartsModel, PartsModel, ResultModel, RowsModel

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


def _table(parent: QWidget, model: RowsModel[Any]) -> QTableView:
    """The wizard's figures: nothing to select; the name column takes the width left."""
    return read_only_table(parent, model, 1 if isinstance(model, PartsModel) else 0, alternating=False,
                           selectable=False)


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
        self.year.setValue(year_close.year_to_close(wizard.book))  # the oldest year over, in the book, not closed
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
    """What closing will do; "Jaar afsluiten" runs `close_year` on the worker (the backup
    can take a while on a large book): the page shows it is busy and the wizard's buttons
    are off until it ends. A refusal shows in red and the year stays open; success shows
    the backup's name and the locked year, and the Finish button becomes "Sluiten"."""

    def __init__(self, wizard: YearCloseWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.job: worker.Job | None = None
        self.closed = False
        self.setTitle(self.tr("Bevestigen"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.busy = QLabel(self.tr("Reservekopie maken en boeken…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no steps to count: busy until it ends
        self.busy_bar.setTextVisible(False)
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_bar)
        self.busy.hide()
        self.busy_bar.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.closed_note = QLabel(self)
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet(OK_STYLE)
        self.closed_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        layout.addStretch(1)
        self.setFinalPage(True)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def initializePage(self) -> None:
        proposal = self.wizard_.proposal
        assert proposal is not None
        d = proposal.distribution
        self.error.clear()
        self.setSubTitle(self.tr("Na deze stap ligt %1 vast.").replace("%1", str(proposal.year)))
        enterprises = self.tr("eigen ondernemingen %1, ").replace("%1", show_euro(d.enterprise_total)) \
            if d.enterprise_parts else ""
        self.summary.setText(
            self.tr("Bij \"Jaar afsluiten\" gebeurt dit:\n\n"
                    "1. CoopDesk maakt eerst een reservekopie van het boek.\n"
                    "2. De winstverdeling wordt geboekt op 31-12-%1: %6gemeente %2, opleiding %3, spaarpotten %4, "
                    "algemene reserve %5.\n"
                    "3. %1 wordt afgesloten: geen boeking, uitbetaling, uren of spaarpotbeweging met een datum in "
                    "%1 wordt nog aangenomen.\n\n"
                    "Een fout herstelt u met \"Jaar heropenen…\" en een geschreven reden; de verdeling wordt dan "
                    "teruggedraaid.")
            .replace("%1", str(proposal.year)).replace("%2", show_euro(d.municipality))
            .replace("%3", show_euro(d.training)).replace("%4", show_euro(d.pots_total))
            .replace("%5", show_euro(d.reserve)).replace("%6", enterprises))

    def isComplete(self) -> bool:
        return not self.running

    def validatePage(self) -> bool:
        """Finish: closed already (the second click, "Sluiten") accepts; otherwise the close
        starts on the worker and the wizard stays until it has ended."""
        if self.closed:
            return True
        if not self.running:
            self.start()
        return False

    def start(self) -> worker.Job:
        """Close the proposed year on the worker. The job gets plain values only; the
        service opens its own unit of work on that thread (`Book.transaction()` is per
        thread), and the GUI thread does not touch the book until the job has ended: the
        wizard's buttons are off and it cannot be closed meanwhile."""
        proposal = self.wizard_.proposal
        assert proposal is not None and proposal.counted_cash is not None
        book, manual, counted = self.wizard_.book, self.wizard_.manual, proposal.counted_cash
        busy = self.busy.text()

        def run(progress: worker.Progress) -> tuple[Path | None, Changes]:
            progress.report(0, 0, busy)  # the last moment a window closing can stop it: nothing done yet
            _close_id, backup, changes = year_close.close_year(book, proposal.year, counted, manual=manual,
                                                               proposal=proposal)
            return backup, changes

        self.error.clear()
        self.busy.show()
        self.busy_bar.show()
        job = worker.start(run, parent=self)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.ended.connect(self._on_job_ended)
        self.job = job
        self.wizard_.set_busy(True)
        return job

    def _on_job_finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        backup, changes = result
        proposal = self.wizard_.proposal
        assert proposal is not None
        self.closed = True
        self.error.clear()  # a "please wait" of a refused close
        self.wizard_.outcome = changes
        self.wizard_.backup = backup
        text = self.tr("✓ %1 is afgesloten en vergrendeld: er kan niets meer met een datum in %1 worden geboekt.") \
            .replace("%1", str(proposal.year))
        if proposal.distribution.profit.is_positive():
            text += "\n" + self.tr("De winstverdeling is geboekt op 31-12-%1.").replace("%1", str(proposal.year))
        self.summary.hide()  # it says what "Jaar afsluiten" will do: done now, the note says what was done
        if backup is not None:
            text += "\n" + self.tr("Reservekopie: %1 (in de map %2)").replace("%1", backup.name) \
                .replace("%2", str(backup.parent))
        self.closed_note.setText(text)
        self.closed_note.show()
        self.setSubTitle(self.tr("%1 ligt vast.").replace("%1", str(proposal.year)))

    def _on_job_failed(self, error: object) -> None:
        if isinstance(error, CoopDeskError):
            message = error.message()
        else:  # a bug: the worker logged it with its traceback
            message = self.tr("Er ging iets mis bij het afsluiten. De details staan in het logbestand: %1") \
                .replace("%1", str(log_path()))
        self.error.setText(message + "\n" + self.tr("Het jaar is niet afgesloten; er is niets geboekt."))

    def _on_job_cancelled(self) -> None:
        self.error.setText(self.tr("Afgebroken; het jaar is niet afgesloten en er is niets geboekt."))

    def _on_job_ended(self) -> None:
        self.busy.hide()
        self.busy_bar.hide()
        self.wizard_.set_busy(False)


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

    def set_busy(self, busy: bool) -> None:
        """Every button off while the close runs; afterwards as the page allows, and once
        the year is closed only "Sluiten" (there is no way back but reopening)."""
        if busy:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                          QWizard.WizardButton.CancelButton):
                self.button(which).setEnabled(False)
            return
        if self.confirm.closed:
            self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Sluiten"))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.confirm.completeChanged.emit()  # Back and Finish as the wizard decides

    def done(self, result: int) -> None:
        """Closing (Annuleren, Escape, the window's cross) waits for a running close: it is
        refused until the job has ended. A closed year closes the wizard as accepted, so
        the page always hears of it."""
        if self.confirm.running:
            self.confirm.error.setText(self.tr("Even geduld: de afsluiting loopt nog."))
            return
        super().done(QWizard.DialogCode.Accepted.value if self.confirm.closed else result)


__all__ = ["YearCloseWizard"]
