"""The Vergoedingen page: the monthly payout of allowances and premiums (issue 10).

Tabs:

* **Voorstel**: pick a month, "Maand voorstellen" computes the proposal (on the worker:
  it reads the month's hours of every member) and shows a line per member: hours per
  activity, rate, amount, actual costs, what a limit **held back** (the reasons in the
  cell's tooltip and, for the selected line, in the pane under the table) and the
  warnings to look at before posting (a tinted row with "⚠"). "Werkelijke kosten…" adds
  a reimbursement with its receipt reference to the selected member's line; "Boeken…"
  posts the run after a question that states the total.
* **Uitbetalingen**: the posted runs with their status (geboekt, betaald, teruggedraaid)
  and the selected run's lines; "Terugdraaien…" (with a written reason) and
  "Betaald op…" (the bank's execution date).
* **Per lid**: what a member declared from other organisations this year (it counts
  against the year cap) and their premium payment months (two at most).
* **Regels**: the book's copy of the rules tables, each row with its source, whether it is
  confirmed, and who edited it when; unconfirmed rows are tinted and marked "⚠".

Views only: every figure and every limit comes from `coopdesk.services.payout` (the
domain's `compute_payout`); the page cannot post a line the domain did not produce.
Posted bookkeeping is corrected by reversing the run, not by undo, so the page pushes
nothing onto its undo stack. What it changes goes into the change hub (`payouts`,
`ledger`, `hours`); it follows the hub for hours, members, activities and payouts
changed elsewhere, proposing the shown month again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import format_amount, parse_amount
from coopdesk.domain.payout import (
    PayoutLine,
    PayoutMonth,
    PayoutProposal,
    PayoutRun,
    RunLine,
    RunStatus,
)
from coopdesk.domain.reports import Hours
from coopdesk.gui import worker
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.columns import Column
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.services import members as member_service
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .dialogs import (
    ActualCostDialog,
    FiscalRuleDialog,
    MunicipalityDialog,
    PaidDialog,
    PremiumRuleDialog,
    ReverseDialog,
    SepaDialog,
)
from .models import (
    ACTIVITIES,
    MONTHS,
    FiscalModel,
    PremiumModel,
    ProposalModel,
    RowsModel,
    RunsModel,
    activities_text,
    held_back_text,
    month_name,
    regime_short,
)

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


RUN_LINE_COLUMNS: tuple[Column[RunLine], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Naam"), lambda r: r.member_name),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Regeling"), lambda r: regime_short(r.regime)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uren"), lambda r: Hours(r.minutes)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Vergoeding"), lambda r: r.allowance),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Premie"), lambda r: r.premium),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Kosten"), lambda r: r.actual_costs or None),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Ingehouden"), lambda r: r.held_back_total or None),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uitbetaald"), lambda r: r.paid),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bank"),
           lambda r: QCoreApplication.translate("PayoutColumns", "vastgehouden: geen IBAN") if r.payment_held else ""),
)


class RunLinesModel(RowsModel[RunLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RUN_LINE_COLUMNS, parent)

    def tooltip(self, row: RunLine, column: int) -> str:
        return "\n".join(f"{h.reason.label.render()}: {show_euro(h.amount)}" for h in row.held_back)


def _table(parent: QWidget, model: QAbstractItemModel, stretch: int = -1) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(False)  # the warning and unconfirmed tints must show
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(40)  # size columns on a sample, not on every member's line
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class PayoutPage(QWidget):
    """Vergoedingen (see module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # a posted run is corrected by reversing it, never undone
        self.hub = hub if hub is not None else ChangeHub(self)
        self.confirm: Callable[[str, str], bool] = self._ask
        self.proposal: PayoutProposal | None = None
        self.proposal_job: worker.Job | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._proposal_tab(), self.tr("Voorstel"))
        self.tabs.addTab(self._runs_tab(), self.tr("Uitbetalingen"))
        self.tabs.addTab(self._member_tab(), self.tr("Per lid"))
        self.tabs.addTab(self._rules_tab(), self.tr("Regels"))
        layout.addWidget(self.tabs)
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, _concerns_payouts, self._on_changes)

    def title(self) -> str:
        return self.tr("Vergoedingen")

    # -- building --------------------------------------------------------------------------------
    def _proposal_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        top = FlowLayout()
        self.month = QComboBox(host)
        for number, name in enumerate(MONTHS, start=1):
            self.month.addItem(self.tr(name), number)
        self.year = QSpinBox(host)
        self.year.setRange(2000, 2100)
        previous = PayoutMonth.of(self.book.clock.today().replace(day=1))
        previous = PayoutMonth(previous.year - 1, 12) if previous.month == 1 else PayoutMonth(previous.year,
                                                                                                previous.month - 1)
        self.month.setCurrentIndex(previous.month - 1)
        self.year.setValue(previous.year)
        self.propose_button = QPushButton(self.tr("Maand voorstellen"), host)
        self.propose_button.setToolTip(self.tr("Bereken per lid wat de uren van deze maand opleveren, "
                                               "binnen de grenzen; er wordt nog niets geboekt"))
        self.cost_button = QPushButton(self.tr("Werkelijke kosten…"), host)
        self.cost_button.setToolTip(self.tr("Een vergoeding van gemaakte kosten met bon, voor het gekozen lid"))
        self.post_button = QPushButton(self.tr("Boeken…"), host)
        self.post_button.setToolTip(self.tr("Boek dit voorstel; daarna liggen de uren van de maand vast"))
        top.addWidget(QLabel(self.tr("Maand:"), host))
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addWidget(self.propose_button)
        top.addStretch(1)
        top.addWidget(self.cost_button)
        top.addWidget(self.post_button)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("Kies een maand en klik op \"Maand voorstellen\"."), host)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warnings = QLabel(host)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Vertical, host)
        self.proposal_model = ProposalModel(host)
        self.proposal_view = _table(splitter, self.proposal_model, stretch=ACTIVITIES)
        self.detail = QTextBrowser(splitter)
        self.detail.setPlaceholderText(self.tr("Kies een regel: hier staat welke grens hoeveel heeft "
                                               "ingehouden, en waar u op moet letten."))
        splitter.addWidget(self.proposal_view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.propose_button.clicked.connect(self._on_propose_button_clicked)
        self.cost_button.clicked.connect(self._on_cost_button_clicked)
        self.post_button.clicked.connect(self._on_post_button_clicked)
        self.proposal_view.selectionModel().selectionChanged.connect(self._on_proposal_selection_changed)
        self._show_proposal(None)
        return host

    def _runs_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        buttons = FlowLayout()
        self.reverse_button = QPushButton(self.tr("Terugdraaien…"), host)
        self.reverse_button.setToolTip(self.tr("Draai de hele uitbetaling terug met tegenboekingen (bijvoorbeeld "
                                               "als de bank het bestand weigerde); er wordt niets gewist"))
        self.paid_button = QPushButton(self.tr("Betaald op…"), host)
        self.paid_button.setToolTip(self.tr("De bank heeft de betalingen uitgevoerd: boek de betaling"))
        self.sepa_button = QPushButton(self.tr("SEPA-bestand…"), host)
        self.sepa_button.setToolTip(self.tr("Schrijf het betaalbestand (pain.001) om bij de bank in te lezen"))
        buttons.addWidget(self.sepa_button)
        buttons.addWidget(self.paid_button)
        buttons.addWidget(self.reverse_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, host)
        self.runs_model = RunsModel(host)
        self.runs_view = _table(splitter, self.runs_model)
        self.run_lines_model = RunLinesModel(host)
        self.run_lines_view = _table(splitter, self.run_lines_model, stretch=1)
        self.run_lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        splitter.addWidget(self.runs_view)
        splitter.addWidget(self.run_lines_view)
        layout.addWidget(splitter, 1)
        self.run_detail = QLabel(host)
        self.run_detail.setWordWrap(True)
        layout.addWidget(self.run_detail)
        self.reverse_button.clicked.connect(self._on_reverse_button_clicked)
        self.paid_button.clicked.connect(self._on_paid_button_clicked)
        self.sepa_button.clicked.connect(self._on_sepa_button_clicked)
        self.runs_view.selectionModel().selectionChanged.connect(self._on_runs_selection_changed)
        return host

    def _member_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        intro = QLabel(self.tr("Wat een lid dit jaar van andere organisaties krijgt, telt mee voor de jaargrens "
                               "van de vrijwilligersvergoeding. Een premie (art. 31) wordt hoogstens twee keer per "
                               "kalenderjaar betaald, in de maanden die u hier kiest."), host)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = FlowLayout()
        self.member_choice = QComboBox(host)
        self.member_choice.setMinimumWidth(260)
        self.member_year = QSpinBox(host)
        self.member_year.setRange(2000, 2100)
        self.member_year.setValue(self.book.clock.today().year)
        top.addWidget(QLabel(self.tr("Lid:"), host))
        top.addWidget(self.member_choice)
        top.addWidget(QLabel(self.tr("Jaar:"), host))
        top.addWidget(self.member_year)
        top.addStretch(1)
        layout.addLayout(top)
        self.member_regime = QLabel(host)
        layout.addWidget(self.member_regime)
        grid = QGridLayout()
        self.other_allowance = QLineEdit(host)
        self.other_allowance.setMaximumWidth(160)
        self.other_allowance.setPlaceholderText("0,00")
        grid.addWidget(QLabel(self.tr("Van andere organisaties dit jaar:"), host), 0, 0)
        grid.addWidget(self.other_allowance, 0, 1, 1, 6)
        grid.addWidget(QLabel(self.tr("Premie betalen in (hoogstens twee):"), host), 1, 0)
        self.payment_months: list[QCheckBox] = []
        for number, name in enumerate(MONTHS, start=1):
            box = QCheckBox(self.tr(name), host)
            self.payment_months.append(box)
            grid.addWidget(box, 1 + (number - 1) // 6, 1 + (number - 1) % 6)
        grid.setColumnStretch(7, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.member_save_button = QPushButton(self.tr("Opslaan"), host)
        self.overview_button = QPushButton(self.tr("Overzicht voor de gemeente…"), host)
        self.overview_button.setToolTip(self.tr("Per maand uren, vergoeding, premie, kosten en betaaldatum, als "
                                                "PDF of Excel"))
        buttons.addWidget(self.member_save_button)
        buttons.addWidget(self.overview_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.member_error = QLabel(host)
        self.member_error.setWordWrap(True)
        self.member_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.member_error)
        layout.addStretch(1)
        self.member_choice.currentIndexChanged.connect(self._on_member_choice_changed)
        self.member_year.valueChanged.connect(self._on_member_choice_changed)
        self.member_save_button.clicked.connect(self._on_member_save_button_clicked)
        self.overview_button.clicked.connect(self._on_overview_button_clicked)
        return host

    def _rules_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        intro = QLabel(self.tr("De grenzen waarmee dit boek uitbetaalt. Een rij met ⚠ is niet bevestigd: kijk de "
                               "bron na voordat u er een maand mee uitbetaalt. Een geboekte uitbetaling houdt de "
                               "regels waarmee ze is gemaakt."), host)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fiscal_top = FlowLayout()
        fiscal_top.addWidget(QLabel(self.tr("<b>Vrijwilligersvergoeding per jaar</b>"), host))
        fiscal_top.addStretch(1)
        self.edit_fiscal_button = QPushButton(self.tr("Wijzigen…"), host)
        self.add_fiscal_button = QPushButton(self.tr("Jaar toevoegen…"), host)
        fiscal_top.addWidget(self.edit_fiscal_button)
        fiscal_top.addWidget(self.add_fiscal_button)
        layout.addLayout(fiscal_top)
        self.fiscal_model = FiscalModel(host)
        self.fiscal_view = _table(host, self.fiscal_model)
        layout.addWidget(self.fiscal_view, 1)
        premium_top = FlowLayout()
        premium_top.addWidget(QLabel(self.tr("<b>Premie art. 31 Participatiewet, per datum</b>"), host))
        premium_top.addStretch(1)
        self.edit_premium_button = QPushButton(self.tr("Wijzigen…"), host)
        self.add_premium_button = QPushButton(self.tr("Datum toevoegen…"), host)
        premium_top.addWidget(self.edit_premium_button)
        premium_top.addWidget(self.add_premium_button)
        layout.addLayout(premium_top)
        self.premium_model = PremiumModel(host)
        self.premium_view = _table(host, self.premium_model)
        layout.addWidget(self.premium_view, 1)
        self.edit_fiscal_button.clicked.connect(self._on_edit_fiscal_button_clicked)
        self.add_fiscal_button.clicked.connect(self._on_add_fiscal_button_clicked)
        self.edit_premium_button.clicked.connect(self._on_edit_premium_button_clicked)
        self.add_premium_button.clicked.connect(self._on_add_premium_button_clicked)
        self.fiscal_view.activated.connect(self._on_edit_fiscal_button_clicked)
        self.premium_view.activated.connect(self._on_edit_premium_button_clicked)
        return host

    # -- state -----------------------------------------------------------------------------------
    def chosen_month(self) -> PayoutMonth:
        return PayoutMonth(self.year.value(), int(self.month.currentData()))

    def refresh(self) -> None:
        """Reload the runs, the members and the rules from the book."""
        self._reload_runs()
        self._reload_members()
        self._reload_rules()

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setVisible(bool(text))

    def _after(self, text: str, changes: Changes) -> None:
        self._say(text)
        self.refresh()
        if self.proposal is not None:
            self.propose(self.proposal.month)
        self.hub.emit_changes(changes, origin=self)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()
        if self.proposal is not None:
            self.propose(self.proposal.month)

    # -- the proposal ----------------------------------------------------------------------------
    def propose(self, month: PayoutMonth | None = None) -> worker.Job:
        """Compute the month's proposal on the worker; it is shown when it arrives
        (`proposal_job.wait()` in a test)."""
        chosen = month or self.chosen_month()
        book = self.book
        self.propose_button.setEnabled(False)
        self.summary.setText(self.tr("Voorstel voor %1 wordt berekend…").replace("%1", month_name(chosen)))
        job = worker.start(lambda _progress: payouts.propose_payout(book, chosen), parent=self)
        job.finished.connect(self._on_proposal_finished)
        job.failed.connect(self._on_proposal_failed)
        job.ended.connect(self._on_proposal_ended)
        self.proposal_job = job
        return job

    def _on_propose_button_clicked(self) -> None:
        self._say("")
        self.propose()

    def _on_proposal_finished(self, proposal: object) -> None:
        assert isinstance(proposal, PayoutProposal)
        self._show_proposal(proposal)

    def _on_proposal_failed(self, error: object) -> None:
        self._show_proposal(None)
        message = error.message() if isinstance(error, CoopDeskError) else str(error)
        self._say(message, error=True)

    def _on_proposal_ended(self) -> None:
        self.propose_button.setEnabled(True)

    def _show_proposal(self, proposal: PayoutProposal | None) -> None:
        self.proposal = proposal
        selected = self.selected_line()
        self.proposal_model.set_rows(proposal.lines if proposal else ())
        self.cost_button.setEnabled(bool(proposal and proposal.lines))
        over = proposal is not None and proposal.month.last_day <= self.book.clock.today()
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
        row = _selected_row(self.proposal_view)
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

    def _on_cost_button_clicked(self) -> None:
        self.add_actual_cost()

    def add_actual_cost(self) -> ActualCostDialog | None:
        line = self.selected_line()
        if self.proposal is None or line is None:
            self._say(self.tr("Kies eerst een lid in het voorstel."), error=True)
            return None
        dialog = ActualCostDialog(self.book, self.proposal.month, line, self)
        dialog.accepted.connect(lambda: self._after(self.tr("Werkelijke kosten toegevoegd."), dialog.outcome))
        self.dialog = dialog
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
        if not self.confirm(self.tr("Uitbetaling boeken"), question):
            return None
        try:
            run_id, changes = payouts.post_payout(self.book, proposal)
        except CoopDeskError as error:
            self._say(error.message(), error=True)
            return None
        self._after(self.tr("Uitbetaling %1 (%2) is geboekt: %3.").replace("%1", str(run_id))
                    .replace("%2", month_name(proposal.month)).replace("%3", show_euro(proposal.paid_total)), changes)
        return run_id

    # -- the runs -------------------------------------------------------------------------------
    def _reload_runs(self) -> None:
        selected = self.selected_run()
        runs = payouts.list_runs(self.book)
        self.runs_model.set_rows(runs)
        row = next((i for i, run in enumerate(runs) if selected is not None and run.id == selected.id),
                   0 if runs else None)
        if row is not None:
            self.runs_view.selectRow(row)
        self._show_run()

    def selected_run(self) -> PayoutRun | None:
        row = _selected_row(self.runs_view)
        return self.runs_model.row_at(row) if row is not None else None

    def select_run(self, run_id: int) -> None:
        for row, run in enumerate(self.runs_model.rows()):
            if run.id == run_id:
                self.runs_view.selectRow(row)
                return

    def _on_runs_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_run()

    def _show_run(self) -> None:
        run = self.selected_run()
        self.reverse_button.setEnabled(run is not None and run.status.locks_hours)
        self.paid_button.setEnabled(run is not None and run.status is RunStatus.POSTED)
        self.sepa_button.setEnabled(run is not None and run.status is RunStatus.POSTED)
        if run is None:
            self.run_lines_model.set_rows(())
            self.run_detail.setText(self.tr("Er zijn nog geen uitbetalingen geboekt."))
            return
        self.run_lines_model.set_rows(payouts.get_run(self.book, run.id).lines)
        text = (self.tr("Uitbetaling %1, %2: %3, geboekt op %4 door %5.").replace("%1", str(run.id))
                .replace("%2", month_name(run.month)).replace("%3", run.status.label.render())
                .replace("%4", show_date(run.posted_on)).replace("%5", run.posted_by))
        if run.paid_on is not None:
            text += " " + self.tr("Betaald op %1.").replace("%1", show_date(run.paid_on))
        if run.reversed_on is not None:
            text += " " + self.tr("Teruggedraaid op %1: %2").replace("%1", show_date(run.reversed_on)).replace(
                "%2", run.reversal_reason)
        self.run_detail.setText(text)

    def _on_reverse_button_clicked(self) -> None:
        self.reverse_selected()

    def reverse_selected(self) -> ReverseDialog | None:
        run = self.selected_run()
        if run is None:
            return None
        dialog = ReverseDialog(self.book, run, self)
        dialog.accepted.connect(lambda: self._after(
            self.tr("Uitbetaling %1 is teruggedraaid.").replace("%1", str(run.id)), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_paid_button_clicked(self) -> None:
        self.mark_selected_paid()

    def mark_selected_paid(self) -> PaidDialog | None:
        run = self.selected_run()
        if run is None:
            return None
        dialog = PaidDialog(self.book, run, self)
        dialog.accepted.connect(lambda: self._after(
            self.tr("Uitbetaling %1 is als betaald geboekt.").replace("%1", str(run.id)), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_sepa_button_clicked(self) -> None:
        self.write_sepa_selected()

    def write_sepa_selected(self) -> SepaDialog | None:
        run = self.selected_run()
        if run is None:
            return None
        dialog = SepaDialog(self.book, run, self)
        dialog.accepted.connect(lambda: self._sepa_written(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _sepa_written(self, dialog: SepaDialog) -> None:
        written = dialog.written
        if written is not None:
            self._say(self.tr("SEPA-bestand geschreven: %1 (%2 betalingen, %3, uitvoerdatum %4).")
                      .replace("%1", str(written.path)).replace("%2", str(written.count))
                      .replace("%3", show_euro(written.total)).replace("%4", show_date(written.execution_on)))

    # -- per member ----------------------------------------------------------------------------------
    def _reload_members(self) -> None:
        wanted = self.member_choice.currentData()
        self.member_choice.blockSignals(True)
        self.member_choice.clear()
        self._regimes: dict[int, PaymentRegime] = {}
        self._numbers: dict[int, tuple[int, str]] = {}
        for member in member_service.list_members(self.book):
            self.member_choice.addItem(f"{member.number} {member.name}", member.id)
            self._regimes[member.id] = member.details.regime
            self._numbers[member.id] = (int(member.number), member.name)
        found = self.member_choice.findData(wanted)
        self.member_choice.setCurrentIndex(found if found >= 0 else 0)
        self.member_choice.blockSignals(False)
        self._show_member_settings()

    def select_member(self, member_id: int) -> None:
        self.member_choice.setCurrentIndex(self.member_choice.findData(member_id))

    def _on_member_choice_changed(self, _value: int) -> None:
        self.member_error.clear()
        self._show_member_settings()

    def _show_member_settings(self) -> None:
        member_id = self.member_choice.currentData()
        enabled = member_id is not None
        for widget in (self.other_allowance, self.member_save_button, self.overview_button, *self.payment_months):
            widget.setEnabled(enabled)
        if member_id is None:
            self.member_regime.clear()
            return
        regime = self._regimes[member_id]
        other, months = payouts.member_year_settings(self.book, member_id, self.member_year.value())
        self.member_regime.setText(self.tr("Regeling: %1").replace("%1", regime.label.render()))
        self.other_allowance.setText(format_amount(other) if other else "")
        for number, box in enumerate(self.payment_months, start=1):
            box.setChecked(number in months)
            box.setEnabled(regime is PaymentRegime.PREMIUM or number in months)

    def save_member_settings(self) -> bool:
        member_id = self.member_choice.currentData()
        if member_id is None:
            return False
        year = self.member_year.value()
        self.member_error.clear()
        try:
            other = parse_amount(self.other_allowance.text()) if self.other_allowance.text().strip() else Money(0)
            old_other, old_months = payouts.member_year_settings(self.book, member_id, year)
            months = frozenset(n for n, box in enumerate(self.payment_months, start=1) if box.isChecked())
            changes = Changes()
            if other != old_other:
                changes |= payouts.set_other_allowance(self.book, member_id, year, other)
            if months != old_months:
                changes |= payouts.set_premium_payment_months(self.book, member_id, year, months)
        except CoopDeskError as error:
            self.member_error.setText(error.message())
            return False
        self._after(self.tr("Opgeslagen voor %1 (%2).").replace("%1", self.member_choice.currentText())
                    .replace("%2", str(year)), changes)
        return True

    def _on_member_save_button_clicked(self) -> None:
        self.save_member_settings()

    def _on_overview_button_clicked(self) -> None:
        self.write_overview()

    def write_overview(self) -> MunicipalityDialog | None:
        member_id = self.member_choice.currentData()
        if member_id is None:
            return None
        number, name = self._numbers[member_id]
        dialog = MunicipalityDialog(self.book, number, name, self)
        dialog.accepted.connect(lambda: self._say(self.tr("Overzicht geschreven: %1").replace(
            "%1", str(dialog.written))))
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- the rules ---------------------------------------------------------------------------------
    def _reload_rules(self) -> None:
        rules = payouts.rules(self.book)
        self.fiscal_model.set_rows(rules.fiscal)
        self.premium_model.set_rows(rules.premium)

    def edit_fiscal(self, row: int | None) -> FiscalRuleDialog:
        rule = self.fiscal_model.row_at(row) if row is not None else None
        return self._open_rule(FiscalRuleDialog(self.book, rule, self))

    def edit_premium(self, row: int | None) -> PremiumRuleDialog:
        rule = self.premium_model.row_at(row) if row is not None else None
        return self._open_rule(PremiumRuleDialog(self.book, rule, self))

    def _open_rule(self, dialog: FiscalRuleDialog | PremiumRuleDialog) -> FiscalRuleDialog | PremiumRuleDialog:
        dialog.accepted.connect(lambda: self._after(self.tr("Regel opgeslagen."), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_edit_fiscal_button_clicked(self) -> None:
        row = _selected_row(self.fiscal_view)
        if row is not None:
            self.edit_fiscal(row)

    def _on_add_fiscal_button_clicked(self) -> None:
        self.edit_fiscal(None)

    def _on_edit_premium_button_clicked(self) -> None:
        row = _selected_row(self.premium_view)
        if row is not None:
            self.edit_premium(row)

    def _on_add_premium_button_clicked(self) -> None:
        self.edit_premium(None)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _concerns_payouts(changes: Changes) -> bool:
    return changes.payouts or changes.hours or changes.activities or bool(changes.members)


__all__ = ["PayoutPage"]
