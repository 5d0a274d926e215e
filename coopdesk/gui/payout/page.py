"""The Vergoedingen page: the monthly payout of allowances and premiums (issue 10).

Tabs (a module each):

* **Voorstel** (`proposal_tab`): pick a month, "Maand voorstellen" computes the proposal (on the worker:
  it reads the month's hours of every member) and shows a line per member: hours per
  activity, rate, amount, actual costs, what a limit **held back** (the reasons in the
  cell's tooltip and, for the selected line, in the pane under the table) and the
  warnings to look at before posting (a tinted row with "⚠"). "Werkelijke kosten…" adds
  a reimbursement with its receipt reference to the selected member's line; "Boeken…"
  posts the run after a question that states the total.
* **Uitbetalingen** (`runs_tab`): the posted runs with their status (geboekt, betaald, teruggedraaid)
  and the selected run's lines; "Terugdraaien…" (with a written reason) and
  "Betaald op…" (the bank's execution date).
* **Per lid** (`member_year_tab`): what a member declared from other organisations this year (it counts
  against the year cap) and their premium payment months (two at most).
* **Regels** (`rules_tab`): the book's copy of the rules tables, each row with its source, whether it is
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

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from coopdesk.domain.payout import PayoutProposal
from coopdesk.gui import worker
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .host import ERROR_STYLE, OK_STYLE
from .member_year_tab import MemberYearTab
from .proposal_tab import ProposalTab
from .rules_tab import RulesTab
from .runs_tab import RunsTab


class PayoutPage(QWidget):
    """Vergoedingen (see module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # a posted run is corrected by reversing it, never undone
        self.hub = hub if hub is not None else ChangeHub(self)
        self.confirm: Callable[[str, str], bool] = self._ask
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.proposal_tab = ProposalTab(self)
        self.runs_tab = RunsTab(self)
        self.member_tab = MemberYearTab(self)
        self.rules_tab = RulesTab(self)
        self.tabs.addTab(self.proposal_tab, self.tr("Voorstel"))
        self.tabs.addTab(self.runs_tab, self.tr("Uitbetalingen"))
        self.tabs.addTab(self.member_tab, self.tr("Per lid"))
        self.tabs.addTab(self.rules_tab, self.tr("Regels"))
        layout.addWidget(self.tabs)
        self._name_the_tabs_parts()
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, _concerns_payouts, self._on_changes)

    def _name_the_tabs_parts(self) -> None:
        """The tabs' widgets and actions under the names they had on the page before the tabs
        had modules of their own: the tests and tools/screenshots.py reach them there."""
        proposal, runs, member, rules = self.proposal_tab, self.runs_tab, self.member_tab, self.rules_tab
        self.month, self.year, self.propose_button = proposal.month, proposal.year, proposal.propose_button
        self.cost_button, self.post_button = proposal.cost_button, proposal.post_button
        self.summary, self.warnings, self.detail = proposal.summary, proposal.warnings, proposal.detail
        self.proposal_model, self.proposal_view = proposal.proposal_model, proposal.proposal_view
        self.chosen_month, self.propose, self.post = proposal.chosen_month, proposal.propose, proposal.post
        self.selected_line, self.select_member_line = proposal.selected_line, proposal.select_member_line
        self.detail_text, self.add_actual_cost = proposal.detail_text, proposal.add_actual_cost
        self.reverse_button, self.paid_button, self.sepa_button = runs.reverse_button, runs.paid_button, runs.sepa_button
        self.runs_model, self.runs_view, self.run_detail = runs.runs_model, runs.runs_view, runs.run_detail
        self.run_lines_model, self.run_lines_view = runs.run_lines_model, runs.run_lines_view
        self.selected_run, self.select_run = runs.selected_run, runs.select_run
        self.reverse_selected, self.mark_selected_paid = runs.reverse_selected, runs.mark_selected_paid
        self.write_sepa_selected = runs.write_sepa_selected
        self.member_choice, self.member_year, self.member_regime = (
            member.member_choice, member.member_year, member.member_regime)
        self.other_allowance, self.payment_months = member.other_allowance, member.payment_months
        self.member_save_button, self.overview_button = member.member_save_button, member.overview_button
        self.member_error = member.member_error
        self.select_member, self.save_member_settings = member.select_member, member.save_member_settings
        self.write_overview = member.write_overview
        self.fiscal_model, self.fiscal_view = rules.fiscal_model, rules.fiscal_view
        self.edit_fiscal_button, self.add_fiscal_button = rules.edit_fiscal_button, rules.add_fiscal_button
        self.premium_model, self.premium_view = rules.premium_model, rules.premium_view
        self.edit_premium_button, self.add_premium_button = rules.edit_premium_button, rules.add_premium_button
        self.edit_fiscal, self.edit_premium = rules.edit_fiscal, rules.edit_premium

    @property
    def proposal(self) -> PayoutProposal | None:
        """The proposal shown on the Voorstel tab."""
        return self.proposal_tab.proposal

    @property
    def proposal_job(self) -> worker.Job | None:
        """The proposal being computed (`proposal_job.wait()` in a test)."""
        return self.proposal_tab.proposal_job

    def title(self) -> str:
        return self.tr("Vergoedingen")

    def refresh(self) -> None:
        """Reload the runs, the members and the rules from the book."""
        self.runs_tab.reload()
        self.member_tab.reload()
        self.rules_tab.reload()

    def say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setVisible(bool(text))

    def after(self, text: str, changes: Changes) -> None:
        """Say what a tab changed, show the book as it is now, and tell the other pages."""
        self.say(text)
        self.refresh()
        if self.proposal is not None:
            self.propose(self.proposal.month)
        self.hub.emit_changes(changes, origin=self)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()
        if self.proposal is not None:
            self.propose(self.proposal.month)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _concerns_payouts(changes: Changes) -> bool:
    return changes.payouts or changes.hours or changes.activities or bool(changes.members)


__all__ = ["PayoutPage"]
