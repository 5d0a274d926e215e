"""The Spaarpotten page: the members' savings pots (issue 11).

* Left: every member with a pot, with its balance today, and the total (which the
  liability account 1710 always equals).
* Right: the selected member's pot statement for a period: the opening balance, every
  movement (date, kind, amount, purpose or reason, receipt reference, approver) and the
  closing balance, with who may dispose of the pot.
* "Storten…" (a manual deposit with a reason) and "Opnemen…" (a withdrawal for a purpose
  from the book's list); a refusal (below zero, a closed year) is shown under the form and
  nothing is written. "Doelen…" edits that list (`purposes.PurposesDialog`).
* "Jaarafsluiting…" opens the year-close wizard, "Jaar heropenen…" reopens a closed year
  with a written reason.

Views only: every figure comes from `coopdesk.services.pots` and
`coopdesk.services.year_close`. Posted movements are corrected by a new movement, not by
undo, so the page pushes nothing onto its undo stack. What it changes goes into the change
hub; it follows the hub for pots, ledger and member changes made elsewhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.pot import WHO_DISPOSES, PotRow, PotStatement
from coopdesk.domain.text import Text
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.date_field import DateField
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.tables import read_only_table
from coopdesk.services import pots, year_close
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

from .dialogs import DepositDialog, ReopenDialog, WithdrawDialog
from .models import MovementsModel, PotsModel
from .purposes import PurposesDialog
from .share import AgreementDialog, MunicipalityShareDialog
from .wizard import YearCloseWizard

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


class PotsPage(QWidget):
    """Spaarpotten (see module docstring)."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = undo_stack  # a movement is corrected by another movement, never undone
        self.hub = hub if hub is not None else ChangeHub(self)
        self.dialog: QDialog | None = None
        self.statement: PotStatement | None = None
        layout = QVBoxLayout(self)
        buttons = FlowLayout()
        self.deposit_button = QPushButton(self.tr("Storten…"), self)
        self.deposit_button.setToolTip(self.tr("Een storting met reden in de spaarpot van het gekozen lid"))
        self.withdraw_button = QPushButton(self.tr("Opnemen…"), self)
        self.withdraw_button.setToolTip(self.tr("Een opname voor een doel uit de lijst, met bon, uit de kas of "
                                                "van de bank"))
        self.purposes_button = QPushButton(self.tr("Doelen…"), self)
        self.purposes_button.setToolTip(self.tr("De lijst van doelen waarvoor een lid kan opnemen: toevoegen, "
                                                "wijzigen, deactiveren"))
        self.close_button = QPushButton(self.tr("Jaarafsluiting…"), self)
        self.close_button.setToolTip(self.tr("Controleer een jaar, verdeel de winst en sluit het jaar af"))
        self.reopen_button = QPushButton(self.tr("Jaar heropenen…"), self)
        self.reopen_button.setToolTip(self.tr("Heropen een afgesloten jaar, met een geschreven reden"))
        self.agreement_button = QPushButton(Text("Afspraken winstverdeling…", "Distribution agreement…").render(), self)
        self.share_button = QPushButton(Text("Afdracht gemeente…", "Municipality's share…").render(), self)
        self.reopen_year = QSpinBox(self)
        self.reopen_year.setRange(2000, 2100)
        self.reopen_year.setValue(year_close.year_to_reopen(book))
        self.reopen_year.setToolTip(self.tr("Het jaar dat u wilt heropenen"))
        buttons.addWidget(self.deposit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.purposes_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.reopen_year)
        buttons.addWidget(self.agreement_button)
        buttons.addWidget(self.share_button)
        layout.addLayout(buttons)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Alle spaarpotten</b>"), left))
        self.pots_model = PotsModel(left)
        self.pots_view = read_only_table(left, self.pots_model, 1, alternating=False)
        left_layout.addWidget(self.pots_view, 1)
        self.total = QLabel(left)
        left_layout.addWidget(self.total)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 0, 0)
        self.statement_title = QLabel(right)
        right_layout.addWidget(self.statement_title)
        period = QHBoxLayout()
        today = book.clock.today()
        self.first = DateField(right)
        self.first.setup(field="first", optional=False)
        self.first.set_value(date(today.year, 1, 1))
        self.last = DateField(right)
        self.last.setup(field="last", optional=False)
        self.last.set_value(today)
        self.show_button = QPushButton(self.tr("Tonen"), right)
        period.addWidget(QLabel(self.tr("Van:"), right))
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("t/m:"), right))
        period.addWidget(self.last)
        period.addWidget(self.show_button)
        period.addStretch(1)
        right_layout.addLayout(period)
        self.opening = QLabel(right)
        right_layout.addWidget(self.opening)
        self.movements_model = MovementsModel(right)
        self.movements_view = read_only_table(right, self.movements_model, 3, alternating=False)
        self.movements_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        right_layout.addWidget(self.movements_view, 1)
        self.closing = QLabel(right)
        right_layout.addWidget(self.closing)
        disposes = QLabel(WHO_DISPOSES.render(), right)
        disposes.setWordWrap(True)
        disposes.setStyleSheet("color: #6b6b6b;")
        right_layout.addWidget(disposes)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.deposit_button.clicked.connect(self._on_deposit_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.purposes_button.clicked.connect(self._on_purposes_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.agreement_button.clicked.connect(self._on_agreement_button_clicked)
        self.share_button.clicked.connect(self._on_share_button_clicked)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.pots_view.selectionModel().selectionChanged.connect(self._on_pots_selection_changed)
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, _concerns_pots, self._on_changes)

    def title(self) -> str:
        return self.tr("Spaarpotten")

    # -- state -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the pots and the selected member's statement from the book."""
        selected = self.selected_pot()
        overview = pots.list_pots(self.book)
        self.pots_model.set_rows(overview.rows)
        self.total.setText(self.tr("<b>Totaal %1</b> (%2 spaarpotten, op %3)")
                           .replace("%1", show_euro(overview.total)).replace("%2", str(len(overview.rows)))
                           .replace("%3", show_date(overview.on)))
        row = next((i for i, pot in enumerate(overview.rows) if selected is not None
                    and pot.member_id == selected.member_id), 0 if overview.rows else None)
        if row is not None:
            self.pots_view.selectRow(row)
        self.show_statement()

    def selected_pot(self) -> PotRow | None:
        rows = self.pots_view.selectionModel().selectedRows()
        return self.pots_model.row_at(rows[0].row()) if rows else None

    def select_member(self, member_id: int) -> None:
        for row, pot in enumerate(self.pots_model.rows()):
            if pot.member_id == member_id:
                self.pots_view.selectRow(row)
                return

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setVisible(bool(text))

    def _after(self, text: str, changes: Changes) -> None:
        self._say(text)
        self.refresh()
        self.hub.emit_changes(changes, origin=self)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    # -- the statement ---------------------------------------------------------------------------
    def _on_pots_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_statement()

    def _on_show_button_clicked(self) -> None:
        self.show_statement()

    def show_statement(self) -> None:
        pot = self.selected_pot()
        self.deposit_button.setEnabled(pot is not None)
        self.withdraw_button.setEnabled(pot is not None)
        self.statement = None
        if pot is None:
            self.statement_title.setText(self.tr("Er zijn nog geen spaarpotten: een lid krijgt er een bij de "
                                                 "eerste storting of winstverdeling."))
            self.movements_model.set_rows(())
            self.opening.clear()
            self.closing.clear()
            return
        self.statement_title.setText(self.tr("<b>Spaarpot van %1 (nr. %2)</b>").replace("%1", pot.name)
                                     .replace("%2", str(pot.member_number)))
        try:
            first, last = self.first.value(), self.last.value()
            assert first is not None and last is not None  # the fields are not optional
            statement = pots.pot_statement(self.book, pot.member_number, first, last)
        except CoopDeskError as error:
            self.movements_model.set_rows(())
            self.opening.setText(error.message())
            self.opening.setStyleSheet(ERROR_STYLE)
            self.closing.clear()
            return
        self.statement = statement
        self.opening.setStyleSheet("")
        self.opening.setText(self.tr("Beginsaldo op %1: <b>%2</b>").replace("%1", show_date(statement.first))
                             .replace("%2", show_euro(statement.opening)))
        self.movements_model.set_rows(statement.movements)
        self.closing.setText(self.tr("Eindsaldo op %1: <b>%2</b> (%3 bewegingen)")
                             .replace("%1", show_date(statement.last)).replace("%2", show_euro(statement.closing))
                             .replace("%3", str(len(statement.movements))))

    # -- deposit and withdraw -----------------------------------------------------------------------
    def _on_deposit_button_clicked(self) -> None:
        self.deposit()

    def deposit(self) -> DepositDialog | None:
        pot = self.selected_pot()
        if pot is None:
            return None
        dialog = DepositDialog(self.book, pot.member_id, pot.member_number, pot.name, self)
        dialog.accepted.connect(lambda: self._after(
            self.tr("Gestort in de spaarpot van %1.").replace("%1", pot.name), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_withdraw_button_clicked(self) -> None:
        self.withdraw()

    def withdraw(self) -> WithdrawDialog | None:
        pot = self.selected_pot()
        if pot is None:
            return None
        dialog = WithdrawDialog(self.book, pot.member_id, pot.member_number, pot.name, pot.balance, self)
        dialog.accepted.connect(lambda: self._withdrawn(pot, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _withdrawn(self, pot: PotRow, dialog: WithdrawDialog) -> None:
        text = self.tr("Opgenomen uit de spaarpot van %1.").replace("%1", pot.name)
        if dialog.warnings:
            text += " " + " ".join(f"⚠ {warning.render()}" for warning in dialog.warnings)
        self._after(text, dialog.outcome)

    def _on_purposes_button_clicked(self) -> None:
        self.edit_purposes()

    def edit_purposes(self) -> PurposesDialog:
        """The withdrawal purposes list; what was changed goes to the hub when it closes."""
        dialog = PurposesDialog(self.book, self)
        dialog.finished.connect(lambda _result: self._purposes_edited(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _purposes_edited(self, dialog: PurposesDialog) -> None:
        if dialog.outcome:
            self._after(self.tr("De lijst van doelen is bijgewerkt."), dialog.outcome)

    # -- the year ------------------------------------------------------------------------------------
    def _on_close_button_clicked(self) -> None:
        self.close_year()

    def close_year(self) -> YearCloseWizard:
        wizard = YearCloseWizard(self.book, self)
        wizard.accepted.connect(lambda: self._closed(wizard))
        self.dialog = wizard
        wizard.open()
        return wizard

    def _closed(self, wizard: YearCloseWizard) -> None:
        proposal = wizard.proposal
        assert proposal is not None
        text = self.tr("%1 is afgesloten.").replace("%1", str(proposal.year))
        self.reopen_year.setValue(proposal.year)
        if wizard.backup is not None:
            text += " " + self.tr("Reservekopie: %1").replace("%1", str(wizard.backup))
        self._after(text, wizard.outcome)

    def _on_reopen_button_clicked(self) -> None:
        self.reopen()

    def reopen(self, year: int | None = None) -> ReopenDialog:
        chosen = year if year is not None else self.reopen_year.value()
        dialog = ReopenDialog(self.book, chosen, self)
        dialog.accepted.connect(lambda: self._after(
            self.tr("%1 is heropend; de winstverdeling is teruggedraaid.").replace("%1", str(chosen)),
            dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog


    def _on_agreement_button_clicked(self) -> None:
        self.edit_agreement()

    def edit_agreement(self) -> AgreementDialog:
        dialog = AgreementDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after(Text("Afspraak winstverdeling vastgelegd.",
                                                         "Distribution agreement recorded.").render(), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_share_button_clicked(self) -> None:
        self.municipality_share()

    def municipality_share(self) -> MunicipalityShareDialog:
        dialog = MunicipalityShareDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after(Text("Het deel van de gemeente is betaald.",
                                                         "The municipality's share was paid.").render(),
                                                    dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog


def _concerns_pots(changes: Changes) -> bool:
    return changes.pots or changes.ledger or bool(changes.members)


__all__ = ["PotsPage"]
