"""The Spaarpotten page: the members' savings pots (issue 11).

* Top: every member with a pot, with its balance today, and the total (which the
  liability account 1710 always equals).
* Below: the selected member's pot statement for a period: the opening balance, every
  movement (date, kind, amount, purpose or reason, receipt reference, approver) and the
  closing balance, with who may dispose of the pot.
* "Storten…" (a manual deposit with a reason) and "Opnemen…" (a withdrawal for a purpose
  from the book's list); a refusal (below zero, a closed year) is shown under the form and
  nothing is written. "Doelen…" edits that list (`purposes.PurposesDialog`).
* "Jaarafsluiting ▾" is a menu: "Jaarafsluiting…" (the year-close wizard), "Afspraken
  winstverdeling…" and "Afdracht gemeente…" (the same entries as the Boek menu), so the row
  fits a 1024-px window; "Jaar heropenen…" reopens the year beside it with a written reason.
* The pots list gets the height of its rows (the splitter, until dragged); the statement
  opens from 1 January of the pot's first movement (so last year's distribution shows)
  until the treasurer chooses a period.

Views only: every figure comes from `coopdesk.services.pots` and
`coopdesk.services.year_close`. Posted movements are corrected by a new movement, not by
undo, so the page pushes nothing onto its undo stack. What it changes goes into the change
hub; it follows the hub for pots, ledger and member changes made elsewhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.pot import WHO_DISPOSES, PotRow, PotStatement
from coopdesk.domain.pot import statement as pot_statement
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
EARLIEST = date(1900, 1, 1)  # before any pot movement: a statement from here holds them all
STATEMENT_HEIGHT = 260  # what the statement keeps at least when the list takes the room its rows need


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
        # the year's work in one menu button, so the row fits a 1024-px window (the Boek menu has them too)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Jaarafsluiting ▾"))
        self.close_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.close_button.setToolTip(self.tr("Jaar afsluiten, de afspraken over de winstverdeling en de afdracht "
                                             "aan de gemeente"))
        self.close_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        year_menu = QMenu(self.close_button)
        self.close_action = year_menu.addAction(self.tr("Jaarafsluiting…"))
        self.close_action.setToolTip(self.tr("Controleer een jaar, verdeel de winst en sluit het jaar af"))
        year_menu.addSeparator()
        self.agreement_action = year_menu.addAction(Text("Afspraken winstverdeling…",
                                                         "Distribution agreement…").render())
        self.share_action = year_menu.addAction(Text("Afdracht gemeente…", "Municipality's share…").render())
        year_menu.setToolTipsVisible(True)
        self.close_button.setMenu(year_menu)
        self.reopen_button = QPushButton(self.tr("Jaar heropenen…"), self)
        self.reopen_button.setToolTip(self.tr("Heropen een afgesloten jaar, met een geschreven reden"))
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
        layout.addLayout(buttons)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
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
        self.first.set_value(date(today.year, 1, 1))  # until a pot is chosen: see `show_statement`
        self.period_chosen = False  # the treasurer typed or picked a period: keep it for every pot
        self._setting_period = False
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
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.splitter_moved = False  # the treasurer dragged it: leave the sizes to them
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.deposit_button.clicked.connect(self._on_deposit_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.purposes_button.clicked.connect(self._on_purposes_button_clicked)
        self.close_action.triggered.connect(self._on_close_action_triggered)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.agreement_action.triggered.connect(self._on_agreement_action_triggered)
        self.share_action.triggered.connect(self._on_share_action_triggered)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.first.dateChanged.connect(self._on_period_changed)
        self.last.dateChanged.connect(self._on_period_changed)
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
        count = len(overview.rows)
        total = self.tr("<b>Totaal %1</b> (1 spaarpot, op %3)") if count == 1 \
            else self.tr("<b>Totaal %1</b> (%2 spaarpotten, op %3)").replace("%2", str(count))
        self.total.setText(total.replace("%1", show_euro(overview.total)).replace("%3", show_date(overview.on)))
        row = next((i for i, pot in enumerate(overview.rows) if selected is not None
                    and pot.member_id == selected.member_id), 0 if overview.rows else None)
        if row is not None:
            self.pots_view.selectRow(row)
        self.show_statement()
        self.fit_pots()

    def fit_pots(self) -> None:
        """Give the pots list the height of all its rows (at most what leaves the statement
        STATEMENT_HEIGHT, or half), unless the treasurer dragged the splitter."""
        height = sum(self.splitter.sizes())
        if self.splitter_moved or height <= 0:
            return
        rows = self.pots_model.rowCount()
        view = self.pots_view
        table = view.horizontalHeader().height() + view.frameWidth() * 2 + rows * max(view.sizeHintForRow(0), 0) + 2
        left = self.splitter.widget(0)
        chrome = left.sizeHint().height() - view.sizeHint().height()  # the title and the total around the table
        wanted = max(min(table + chrome, max(height // 2, height - STATEMENT_HEIGHT)),
                     left.minimumSizeHint().height())
        self.splitter.setSizes([wanted, height - wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_pots()

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self.splitter_moved = True

    def _on_period_changed(self) -> None:
        if not self._setting_period:
            self.period_chosen = True

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
        self.period_chosen = True
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
            if self.period_chosen:
                statement = pots.pot_statement(self.book, pot.member_number, first, last)
            else:  # from 1 January of the pot's first movement, so last year's distribution shows
                whole = pots.pot_statement(self.book, pot.member_number, EARLIEST, last)
                first = date(min([last.year, *(m.booked_on.year for m in whole.movements)]), 1, 1)
                self._setting_period = True
                try:
                    self.first.set_value(first)
                finally:
                    self._setting_period = False
                statement = pot_statement(whole.member_number, whole.name, whole.movements, first, last)
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
        count = len(statement.movements)
        closing = self.tr("Eindsaldo op %1: <b>%2</b> (1 beweging)") if count == 1 \
            else self.tr("Eindsaldo op %1: <b>%2</b> (%3 bewegingen)").replace("%3", str(count))
        self.closing.setText(closing.replace("%1", show_date(statement.last)).replace("%2", show_euro(statement.closing)))

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
    def _on_close_action_triggered(self) -> None:
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

    def _on_agreement_action_triggered(self) -> None:
        self.edit_agreement()

    def edit_agreement(self) -> AgreementDialog:
        dialog = AgreementDialog(self.book, self)
        dialog.accepted.connect(lambda: self._after(Text("Afspraak winstverdeling vastgelegd.",
                                                         "Distribution agreement recorded.").render(), dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_share_action_triggered(self) -> None:
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
