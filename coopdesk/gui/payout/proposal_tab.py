"""The Voorstel tab of the Vergoedingen page: pick a month, "Maand voorstellen" computes
the proposal (on the worker: it reads the month's hours of every member) and shows a line
per member: hours per activity, rate, amount, actual costs, what a limit **held back**
(the reasons in the cell's tooltip and, for the selected line, in the pane under the
table) and the warnings to look at before posting (a tinted row with "⚠"). "Werkelijke
kosten…" adds a reimbursement with its receipt reference to the selected member's line
(the form lets the treasurer choose another member of that month);
"Boeken…" posts the run after a question that states the total.

Under the detail pane, "Werkelijke kosten van <maand>" lists every cost of the month with
where it stands (`CostState`): paid or posted in which run, or waiting for the month's
(supplementary) run, so a cost is never out of sight once its line has left the proposal;
and above it, in any month shown, "⚠" names the other months whose run is posted but
whose costs wait for a supplementary run (`WaitingCosts`).
"Kosten verwijderen" removes a waiting cost; a paid one is posted money (refused by the
service; reversing the run is the way)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.payout import CostState, PayoutLine, PayoutMonth, PayoutProposal
from coopdesk.gui import worker
from coopdesk.gui.columns import Column
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.tables import read_only_table, selected_row
from coopdesk.services import payout as payouts

from .dialogs import ActualCostDialog
from .host import ERROR_STYLE, PayoutHost
from .models import (
    ACTIVITIES,
    HELD_COLOUR,
    MONTHS,
    ProposalModel,
    RowsModel,
    activities_text,
    held_back_text,
    month_name,
)

COST_COLUMNS: tuple[Column[CostState], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Naam"), lambda r: r.member_name),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Kosten"), lambda r: r.cost.amount),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bonnummer"), lambda r: r.cost.receipt_reference),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Omschrijving"), lambda r: r.cost.description),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Stand"), lambda r: r.label(),
           tooltip=QT_TRANSLATE_NOOP("PayoutColumns", "Uitbetaald in welke uitbetaling, of nog wachtend")),
)
COST_STATE = len(COST_COLUMNS) - 1


class CostStateModel(RowsModel[CostState]):
    """The month's actual costs with where each stands; a waiting one in the held colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COST_COLUMNS, parent)

    def foreground(self, row: CostState, column: int, value: object) -> QColor | None:
        if column == COST_STATE and row.waiting:
            return HELD_COLOUR
        return super().foreground(row, column, value)


class ProposalTab(QWidget):
    """Voorstel: a month's proposal, line by line, to add actual costs to and post."""

    def __init__(self, page: PayoutHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        self.proposal: PayoutProposal | None = None
        self.proposal_job: worker.Job | None = None
        layout = QVBoxLayout(self)
        top = FlowLayout()
        self.month = QComboBox(self)
        for number, name in enumerate(MONTHS, start=1):
            self.month.addItem(QCoreApplication.translate("PayoutPage", name), number)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        previous = PayoutMonth.of(self.page.book.clock.today().replace(day=1))
        previous = PayoutMonth(previous.year - 1, 12) if previous.month == 1 else PayoutMonth(previous.year,
                                                                                                previous.month - 1)
        self.month.setCurrentIndex(previous.month - 1)
        self.year.setValue(previous.year)
        self.propose_button = QPushButton(self.tr("Maand voorstellen"), self)
        self.propose_button.setToolTip(self.tr("Bereken per lid wat de uren van deze maand opleveren, "
                                               "binnen de grenzen; er wordt nog niets geboekt"))
        self.cost_button = QPushButton(self.tr("Werkelijke kosten…"), self)
        self.cost_button.setToolTip(self.tr("Een vergoeding van gemaakte kosten met bon, voor het gekozen lid"))
        self.post_button = QPushButton(self.tr("Boeken…"), self)
        self.post_button.setToolTip(self.tr("Boek dit voorstel; daarna liggen de uren van de maand vast"))
        top.addWidget(QLabel(self.tr("Maand:"), self))
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addWidget(self.propose_button)
        top.addStretch(1)
        top.addWidget(self.cost_button)
        top.addWidget(self.post_button)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("Kies een maand en klik op \"Maand voorstellen\"."), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.proposal_model = ProposalModel(self)
        self.proposal_view = read_only_table(splitter, self.proposal_model, stretch=ACTIVITIES, alternating=False)
        self.detail = QTextBrowser(splitter)
        self.detail.setPlaceholderText(self.tr("Kies een regel: hier staat welke grens hoeveel heeft "
                                               "ingehouden, en waar u op moet letten."))
        costs = QWidget(splitter)
        costs_layout = QVBoxLayout(costs)
        costs_layout.setContentsMargins(0, 0, 0, 0)
        costs_top = FlowLayout()
        self.costs_title = QLabel(costs)
        self.remove_cost_button = QPushButton(self.tr("Kosten verwijderen"), costs)
        self.remove_cost_button.setToolTip(self.tr("Verwijder de gekozen kosten; uitbetaalde kosten zijn geboekt "
                                                   "en blijven staan (draai de uitbetaling terug)"))
        costs_top.addWidget(self.costs_title)
        costs_top.addStretch(1)
        costs_top.addWidget(self.remove_cost_button)
        costs_layout.addLayout(costs_top)
        self.waiting_note = QLabel(costs)
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setStyleSheet(f"color: {HELD_COLOUR.name()};")
        self.waiting_note.hide()
        costs_layout.addWidget(self.waiting_note)
        self.costs_model = CostStateModel(self)
        self.costs_view = read_only_table(costs, self.costs_model, stretch=COST_STATE, alternating=False)
        costs_layout.addWidget(self.costs_view)
        splitter.addWidget(self.proposal_view)
        splitter.addWidget(self.detail)
        splitter.addWidget(costs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout.addWidget(splitter, 1)
        self.propose_button.clicked.connect(self._on_propose_button_clicked)
        self.cost_button.clicked.connect(self._on_cost_button_clicked)
        self.post_button.clicked.connect(self._on_post_button_clicked)
        self.remove_cost_button.clicked.connect(self._on_remove_cost_button_clicked)
        self.costs_view.selectionModel().selectionChanged.connect(self._on_costs_selection_changed)
        self.proposal_view.selectionModel().selectionChanged.connect(self._on_proposal_selection_changed)
        self._show_proposal(None)

    def chosen_month(self) -> PayoutMonth:
        return PayoutMonth(self.year.value(), int(self.month.currentData()))

    def propose(self, month: PayoutMonth | None = None) -> worker.Job:
        """Compute the month's proposal on the worker; it is shown when it arrives
        (`proposal_job.wait()` in a test)."""
        chosen = month or self.chosen_month()
        book = self.page.book
        self.propose_button.setEnabled(False)
        self.summary.setText(self.tr("Voorstel voor %1 wordt berekend…").replace("%1", month_name(chosen)))
        job = worker.start(lambda _progress: payouts.propose_payout(book, chosen), parent=self)
        job.finished.connect(self._on_proposal_finished)
        job.failed.connect(self._on_proposal_failed)
        job.ended.connect(self._on_proposal_ended)
        self.proposal_job = job
        return job

    def _on_propose_button_clicked(self) -> None:
        self.page.say("")
        self.propose()

    def _on_proposal_finished(self, proposal: object) -> None:
        assert isinstance(proposal, PayoutProposal)
        self._show_proposal(proposal)

    def _on_proposal_failed(self, error: object) -> None:
        self._show_proposal(None)
        message = error.message() if isinstance(error, CoopDeskError) else str(error)
        self.page.say(message, error=True)

    def _on_proposal_ended(self) -> None:
        self.propose_button.setEnabled(True)

    def _show_proposal(self, proposal: PayoutProposal | None) -> None:
        self.proposal = proposal
        selected = self.selected_line()
        self.proposal_model.set_rows(proposal.lines if proposal else ())
        self.cost_button.setEnabled(proposal is not None)
        self.show_costs(proposal.month if proposal is not None else None)
        over = proposal is not None and proposal.month.last_day <= self.page.book.clock.today()
        self.post_button.setEnabled(bool(proposal and proposal.lines) and over)
        self.post_button.setToolTip(
            self.tr("Boek dit voorstel; daarna liggen de uren van de maand vast") if over or proposal is None
            else self.tr("%1 is nog niet voorbij: boeken kan vanaf %2.").replace("%1", month_name(proposal.month))
            .replace("%2", show_date(proposal.month.next().first_day)))
        self.detail.clear()
        if proposal is None:
            self.warnings.hide()
            return
        month = month_name(proposal.month)
        if not proposal.lines:
            self.summary.setText(self.tr("Er is niets uit te betalen over %1 (of alle leden met uren zijn al "
                                         "uitbetaald; zie Uitbetalingen).").replace("%1", month))
            self.warnings.hide()
            return
        self.summary.setText(
            self.tr("Voorstel %1: %2 leden, vergoeding %3, premie %4, werkelijke kosten %5; "
                    "uit te betalen %6, ingehouden %7. Premies volgens het maximum op %8.")
            .replace("%1", month).replace("%2", str(len(proposal.lines)))
            .replace("%3", show_euro(proposal.allowance_total)).replace("%4", show_euro(proposal.premium_total))
            .replace("%5", show_euro(proposal.actual_costs_total)).replace("%6", show_euro(proposal.paid_total))
            .replace("%7", show_euro(proposal.held_back_total)).replace("%8", show_date(proposal.payment_on)))
        warnings = proposal.warnings
        if warnings:
            shown = [f"⚠ {warning.message()}" for _member, warning in warnings[:3]]
            if len(warnings) > 3:
                shown.append(self.tr("… en nog %1; kies een gemarkeerde regel voor alles.")
                             .replace("%1", str(len(warnings) - 3)))
            self.warnings.setText("\n".join(shown))
        self.warnings.setVisible(bool(warnings))
        if selected is not None:
            for row, line in enumerate(proposal.lines):
                if line.member.id == selected.member.id:
                    self.proposal_view.selectRow(row)
                    break
        elif proposal.lines:
            self.proposal_view.selectRow(0)

    def selected_line(self) -> PayoutLine | None:
        row = selected_row(self.proposal_view)
        return self.proposal_model.row_at(row) if row is not None else None

    def select_member_line(self, member_id: int) -> None:
        for row, line in enumerate(self.proposal_model.rows()):
            if line.member.id == member_id:
                self.proposal_view.selectRow(row)
                return

    def _on_proposal_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        line = self.selected_line()
        self.detail.setPlainText(self.detail_text(line) if line is not None else "")

    def detail_text(self, line: PayoutLine) -> str:
        """The pane under the table: the hours, which limit held back how much, the costs and
        the warnings of one line."""
        parts = [self.tr("%1 (nr. %2), %3").replace("%1", line.member.name).replace("%2", str(line.member.number))
                 .replace("%3", line.member.regime.label.render())]
        if line.activities:
            parts.append(activities_text(line, "\n"))
        if line.held_back:
            parts.append(self.tr("Ingehouden (%1):").replace("%1", show_euro(line.held_back_total)))
            parts.append(held_back_text(line))
        else:
            parts.append(self.tr("Niets ingehouden."))
        if line.premium_carried:
            parts.append(self.tr("Premie opgebouwd en nog niet betaald: %1").replace("%1",
                                                                                    show_euro(line.premium_carried)))
        for cost in line.costs:
            parts.append(self.tr("Werkelijke kosten %1 · bonnummer: %2 · %3").replace("%1", show_euro(cost.amount))
                         .replace("%2", cost.receipt_reference).replace("%3", cost.description).rstrip(" ·"))
        for warning in line.warnings:
            parts.append(f"⚠ {warning.message()}")
        return "\n".join(parts)

    def show_costs(self, month: PayoutMonth | None) -> None:
        """The month's actual costs with their state (a quick read of a few rows)."""
        states = payouts.cost_states(self.page.book, month) if month is not None else []
        self.costs_model.set_rows(states)
        if month is None:
            self.costs_title.setText(self.tr("Werkelijke kosten"))
        else:
            waiting = sum(1 for state in states if state.waiting)
            self.costs_title.setText(
                self.tr("Werkelijke kosten van %1: %2, waarvan %3 nog in geen uitbetaling.")
                .replace("%1", month_name(month)).replace("%2", str(len(states))).replace("%3", str(waiting)))
        # other months whose run is posted but whose late costs wait for a supplementary run
        others = [] if month is None else [
            waiting for waiting in payouts.waiting_costs(self.page.book, PayoutMonth(month.year - 1, 1),
                                                         PayoutMonth(month.year, 12))
            if waiting.month != month and waiting.month_has_run]
        self.waiting_note.setText("\n".join(f"⚠ {waiting.text().render()}" for waiting in others))
        self.waiting_note.setVisible(bool(others))
        self._on_costs_selection_changed(QItemSelection(), QItemSelection())

    def selected_cost(self) -> CostState | None:
        row = selected_row(self.costs_view)
        return self.costs_model.row_at(row) if row is not None else None

    def _on_costs_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        state = self.selected_cost()
        self.remove_cost_button.setEnabled(state is not None and state.removable)

    def _on_remove_cost_button_clicked(self) -> None:
        self.remove_cost()

    def remove_cost(self) -> bool:
        """Remove the selected cost after a question; a paid one is refused (the service says why)."""
        state = self.selected_cost()
        if state is None or state.cost.id is None:
            return False
        question = (self.tr("Kosten van %1 verwijderen: %2, bonnummer %3?")
                    .replace("%1", state.member_name).replace("%2", show_euro(state.cost.amount))
                    .replace("%3", state.cost.receipt_reference))
        if not self.page.confirm(self.tr("Kosten verwijderen"), question):
            return False
        try:
            changes = payouts.remove_actual_cost(self.page.book, state.cost.id)
        except CoopDeskError as error:
            self.page.say(error.message(), error=True)
            return False
        self.page.after(self.tr("Kosten verwijderd."), changes)
        return True

    def _on_cost_button_clicked(self) -> None:
        self.add_actual_cost()

    def add_actual_cost(self) -> ActualCostDialog | None:
        """The cost form, for the selected line's member unless another is chosen in it (a late
        receipt of a member with nothing else to be paid this month)."""
        line = self.selected_line()
        if self.proposal is None:
            self.page.say(self.tr("Kies eerst een maand en klik op \"Maand voorstellen\"."), error=True)
            return None
        dialog = ActualCostDialog(self.page.book, self.proposal.month, line, self)
        dialog.accepted.connect(lambda: self.page.after(self.tr("Werkelijke kosten toegevoegd."), dialog.outcome))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _on_post_button_clicked(self) -> None:
        self.post()

    def post(self) -> int | None:
        """Ask (stating the total), then post the proposal as shown; the run's id."""
        proposal = self.proposal
        if proposal is None or not proposal.lines:
            return None
        question = (self.tr("Uitbetaling %1 boeken?\n\n%2 leden, uit te betalen %3 (ingehouden %4).\n\n"
                            "Daarna liggen de uren van %1 vast voor deze leden. Een fout herstelt u door de "
                            "uitbetaling terug te draaien; er wordt nooit iets gewist.")
                    .replace("%1", month_name(proposal.month)).replace("%2", str(len(proposal.lines)))
                    .replace("%3", show_euro(proposal.paid_total)).replace("%4", show_euro(proposal.held_back_total)))
        if proposal.warnings:
            question += "\n\n" + self.tr("Let op, waarschuwingen: %1 (rood gemarkeerd in de tabel).").replace(
                "%1", str(len(proposal.warnings)))
        if not self.page.confirm(self.tr("Uitbetaling boeken"), question):
            return None
        try:
            run_id, changes = payouts.post_payout(self.page.book, proposal)
        except CoopDeskError as error:
            self.page.say(error.message(), error=True)
            return None
        self.page.after(self.tr("Uitbetaling %1 (%2) is geboekt: %3.").replace("%1", str(run_id))
                    .replace("%2", month_name(proposal.month)).replace("%3", show_euro(proposal.paid_total)), changes)
        return run_id
