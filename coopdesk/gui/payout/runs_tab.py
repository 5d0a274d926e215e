"""The Uitbetalingen tab of the Vergoedingen page: the posted runs with their status
(geboekt, betaald, teruggedraaid) and the selected run's lines; "Terugdraaien…" (with a
written reason), "Betaald op…" (the bank's execution date) and the SEPA file. Under them,
the lines held for want of an IBAN that are still owed, of every run, with "Nabetalen…"
(`held`): pay the chosen lines later by bank (SEPA file) or cash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.money import total as money_total
from coopdesk.domain.payout import PayoutRun, RunStatus
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.tables import read_only_table, selected_row
from coopdesk.services import payout as payouts
from coopdesk.services.payout_held import HeldLine, list_held_lines

from .dialogs import PaidDialog, ReverseDialog, SepaDialog
from .held import HeldLinesModel, HeldPaymentDialog, RunLinesPaidLaterModel
from .host import PayoutHost
from .models import RunsModel, month_name


class RunsTab(QWidget):
    """Uitbetalingen: the posted runs and the chosen run's lines."""

    def __init__(self, page: PayoutHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        buttons = FlowLayout()
        self.reverse_button = QPushButton(self.tr("Terugdraaien…"), self)
        self.reverse_button.setToolTip(self.tr("Draai de hele uitbetaling terug met tegenboekingen (bijvoorbeeld "
                                               "als de bank het bestand weigerde); er wordt niets gewist"))
        self.paid_button = QPushButton(self.tr("Betaald op…"), self)
        self.paid_button.setToolTip(self.tr("De bank heeft de betalingen uitgevoerd: boek de betaling"))
        self.sepa_button = QPushButton(self.tr("SEPA-bestand…"), self)
        self.sepa_button.setToolTip(self.tr("Schrijf het betaalbestand (pain.001) om bij de bank in te lezen"))
        buttons.addWidget(self.sepa_button)
        buttons.addWidget(self.paid_button)
        buttons.addWidget(self.reverse_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.runs_model = RunsModel(self)
        self.runs_view = read_only_table(splitter, self.runs_model, alternating=False)
        self.run_lines_model = RunLinesPaidLaterModel(self)
        self.run_lines_view = read_only_table(splitter, self.run_lines_model, stretch=1, alternating=False)
        self.run_lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        splitter.addWidget(self.runs_view)
        # the run's lines with the run's own words under them, then the held lines of every run
        lines_box = QWidget(splitter)
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        self.run_lines_view.setParent(lines_box)
        lines_layout.addWidget(self.run_lines_view, 1)
        self.run_detail = QLabel(lines_box)
        self.run_detail.setWordWrap(True)
        lines_layout.addWidget(self.run_detail)
        splitter.addWidget(lines_box)
        held_box = QWidget(splitter)
        held_layout = QVBoxLayout(held_box)
        held_layout.setContentsMargins(0, 4, 0, 0)
        held_bar = QHBoxLayout()
        self.held_title = QLabel(held_box)
        self.held_title.setWordWrap(True)
        self.pay_held_button = QPushButton(self.tr("Nabetalen…"), held_box)
        self.pay_held_button.setToolTip(self.tr("Betaal de gekozen vastgehouden regels alsnog: per bank (SEPA-bestand) "
                                                "zodra het lid een IBAN heeft, of contant"))
        held_bar.addWidget(self.held_title, 1)
        held_bar.addWidget(self.pay_held_button)
        held_layout.addLayout(held_bar)
        self.held_model = HeldLinesModel(self)
        self.held_view = read_only_table(held_box, self.held_model, stretch=1)
        self.held_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        held_layout.addWidget(self.held_view, 1)
        splitter.addWidget(held_box)
        layout.addWidget(splitter, 1)
        self.pay_held_button.clicked.connect(self._on_pay_held_button_clicked)
        self.reverse_button.clicked.connect(self._on_reverse_button_clicked)
        self.paid_button.clicked.connect(self._on_paid_button_clicked)
        self.sepa_button.clicked.connect(self._on_sepa_button_clicked)
        self.runs_view.selectionModel().selectionChanged.connect(self._on_runs_selection_changed)

    def reload(self) -> None:
        selected = self.selected_run()
        runs = payouts.list_runs(self.page.book)
        self.runs_model.set_rows(runs)
        row = next((i for i, run in enumerate(runs) if selected is not None and run.id == selected.id),
                   0 if runs else None)
        if row is not None:
            self.runs_view.selectRow(row)
        self._show_run()
        self._show_held()

    def _show_held(self) -> None:
        held = list_held_lines(self.page.book)
        self.held_model.set_rows(held)
        if held:
            self.held_view.selectRow(0)
            total = show_euro(money_total(line.amount for line in held))
            self.held_title.setText(self.tr("Vastgehouden (geen geldig IBAN bij de uitbetaling), nog te betalen: "
                                            "%1 regel(s), %2").replace("%1", str(len(held))).replace("%2", total))
        else:
            self.held_title.setText(self.tr("Er staan geen vastgehouden regels meer open."))
        self.pay_held_button.setEnabled(bool(held))

    def selected_held_lines(self) -> list[HeldLine]:
        rows = sorted(index.row() for index in self.held_view.selectionModel().selectedRows())
        return [self.held_model.row_at(row) for row in rows]

    def select_held(self, line_ids: list[int]) -> None:
        """Select exactly these held lines (as a treasurer's clicks would)."""
        self.held_view.clearSelection()
        model = self.held_view.selectionModel()
        for row, line in enumerate(self.held_model.rows()):
            if line.line_id in line_ids:
                model.select(self.held_model.index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def _on_pay_held_button_clicked(self) -> None:
        self.pay_held_selected()

    def pay_held_selected(self) -> HeldPaymentDialog | None:
        lines = self.selected_held_lines()
        if not lines:
            self.page.say(self.tr("Kies eerst een of meer vastgehouden regels."), error=True)
            return None
        dialog = HeldPaymentDialog(self.page.book, lines, self)
        dialog.accepted.connect(lambda: self.page.after(dialog.done_text(), dialog.outcome))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def selected_run(self) -> PayoutRun | None:
        row = selected_row(self.runs_view)
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
        self.run_lines_model.set_paid_later(list_held_lines(self.page.book, run_id=run.id, include_paid=True))
        self.run_lines_model.set_rows(payouts.get_run(self.page.book, run.id).lines)
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
        dialog = ReverseDialog(self.page.book, run, self)
        dialog.accepted.connect(lambda: self.page.after(
            self.tr("Uitbetaling %1 is teruggedraaid.").replace("%1", str(run.id)), dialog.outcome))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _on_paid_button_clicked(self) -> None:
        self.mark_selected_paid()

    def mark_selected_paid(self) -> PaidDialog | None:
        run = self.selected_run()
        if run is None:
            return None
        dialog = PaidDialog(self.page.book, run, self)
        dialog.accepted.connect(lambda: self.page.after(
            self.tr("Uitbetaling %1 is als betaald geboekt.").replace("%1", str(run.id)), dialog.outcome))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _on_sepa_button_clicked(self) -> None:
        self.write_sepa_selected()

    def write_sepa_selected(self) -> SepaDialog | None:
        run = self.selected_run()
        if run is None:
            return None
        dialog = SepaDialog(self.page.book, run, self)
        dialog.accepted.connect(lambda: self._sepa_written(dialog))
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _sepa_written(self, dialog: SepaDialog) -> None:
        written = dialog.written
        if written is not None:
            self.page.say(self.tr("SEPA-bestand geschreven: %1 (%2 betalingen, %3, uitvoerdatum %4).")
                      .replace("%1", str(written.path)).replace("%2", str(written.count))
                      .replace("%3", show_euro(written.total)).replace("%4", show_date(written.execution_on)))
