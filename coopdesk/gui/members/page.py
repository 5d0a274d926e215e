"""The member register page: who is a member, since when, paid how, and who left.

Search filters as you type (one service query per change: fast enough on 500
members, and the table model stays a plain list). Add, edit (double-click or
Enter) and "record leaving" open dialogs; the changes go on the page's undo
stack and into the window's change hub, which the page also follows (a member's
change undone from the Edit menu, or made elsewhere, reloads the table).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.member import LeaveReason, Member, MemberForm, PaymentRegime
from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.members.commands import (
    AddMemberCommand,
    ChangeMemberCommand,
    edit_text,
    leaving_text,
)
from coopdesk.gui.members.model import COLUMNS, MemberTableModel
from coopdesk.gui.stretch_column import stretch_column
from coopdesk.services import members as member_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.services.members import MemberFilter

if TYPE_CHECKING:
    # the dialogs (and the generated form) load when first opened, not at start-up
    from coopdesk.gui.members.dialog import MemberDialog
    from coopdesk.gui.members.leave_dialog import LeaveDialog


class MembersPage(QWidget):
    """Page contract: `(book, undo_stack, parent, *, hub)`, `title()`, `refresh()`."""

    def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MembersPage")
        self.book = book
        self.undo_stack = undo_stack
        self.hub = hub if hub is not None else ChangeHub(self)
        self.follower = ChangeFollower(self, self.hub, lambda changes: bool(changes.members),
                                       self._on_changes)
        self.dialog: MemberDialog | LeaveDialog | None = None

        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, nummer, woonplaats of e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.regime_combo = QComboBox(objectName="regimeFilter")
        self.regime_combo.addItem(self.tr("Alle vergoedingen"), None)
        for regime in PaymentRegime:
            self.regime_combo.addItem(regime.label.render(), regime)
        self.former_check = QCheckBox(self.tr("Oud-leden tonen"), objectName="formerCheck")
        self.add_button = QPushButton(self.tr("&Nieuw lid…"), objectName="addButton")
        self.edit_button = QPushButton(self.tr("&Wijzigen…"), objectName="editButton")
        self.leave_button = QPushButton(self.tr("&Vertrek vastleggen…"), objectName="leaveButton")

        self.model = MemberTableModel(self)
        self.table = QTableView(objectName="memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, spec in enumerate(COLUMNS):
            header.resizeSection(column, spec.width)
        stretch_column(self.table, 1, COLUMNS[1].width)  # names never squeezed (issue 9)
        self.count_label = QLabel(objectName="countLabel")
        self.count_label.setStyleSheet("color: #555;")

        title = QLabel(self.tr("Ledenregister"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.add_button)
        heading.addWidget(self.edit_button)
        heading.addWidget(self.leave_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.regime_combo)
        filters.addSpacing(8)
        filters.addWidget(self.former_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search_edit.textChanged.connect(self._on_filters_changed)
        self.regime_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.former_check.toggled.connect(self._on_filters_changed)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.leave_button.clicked.connect(self.record_leaving)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.refresh()

    # -- page contract -------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Leden")

    def refresh(self) -> None:
        selected = self.selected_member()
        member_filter = MemberFilter(
            search=self.search_edit.text(),
            include_former=self.former_check.isChecked(),
            regime=self.regime_combo.currentData(),
        )
        members = member_service.list_members(self.book, member_filter)
        self.model.set_members(members, self.today())
        self._show_count(len(members))
        if selected is not None:
            self.select_member(selected.number)
        self._on_selection_changed()

    # -- helpers ---------------------------------------------------------------------------
    def today(self) -> date:
        return self.book.clock.today()

    def selected_member(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def select_member(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.member_at(row).number == number:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def _show_count(self, shown: int) -> None:
        if shown == 1:
            text = self.tr("1 lid")
        else:
            text = self.tr("{count} leden").format(count=shown)
        if self.former_check.isChecked():
            text = self.tr("{shown}, inclusief oud-leden").format(shown=text)
        self.count_label.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def add_member(self) -> None:
        from coopdesk.gui.members.dialog import MemberDialog

        self._open(MemberDialog(self.today(), None, self._register, self))

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        from coopdesk.gui.members.dialog import MemberDialog

        self._open(MemberDialog(self.today(), member, lambda form: self._update(member, form), self))

    def record_leaving(self) -> None:
        member = self.selected_member()
        if member is None or member.has_left():
            return
        from coopdesk.gui.members.leave_dialog import LeaveDialog

        self._open(LeaveDialog(member, self.today(),
                               lambda day, reason: self._leave(member, day, reason), self))

    def _open(self, dialog: MemberDialog | LeaveDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _register(self, form: MemberForm) -> None:
        member = member_service.register_member(self.book, form)
        self.undo_stack.push(AddMemberCommand(self.book, member, hub=self.hub))
        self._changed(member)
        self.refresh()
        self.select_member(member.number)

    def _update(self, member: Member, form: MemberForm) -> None:
        updated = member_service.update_member(self.book, member.id, form)
        if updated.details == member.details:
            return
        self.undo_stack.push(ChangeMemberCommand(self.book, member.number, member.details,
                                                 updated.details, edit_text(member), hub=self.hub))
        self._changed(member)
        self.refresh()
        self.select_member(member.number)

    def _leave(self, member: Member, day: date, reason: LeaveReason) -> None:
        updated = member_service.record_leaving(self.book, member.id, day, reason)
        self.undo_stack.push(ChangeMemberCommand(self.book, member.number, member.details,
                                                 updated.details, leaving_text(member), hub=self.hub))
        self._changed(member)
        self.refresh()
        if not self.former_check.isChecked() and self.model.row_of(member.id) < 0:
            self.count_label.setText(self.count_label.text() + " · " + self.tr(
                "{name} is vertrokken en staat nu bij de oud-leden (vink 'Oud-leden tonen' aan)."
            ).format(name=member.name))

    def _changed(self, member: Member) -> None:
        """Tell the other pages; this one reloads itself (keeping its selection)."""
        self.hub.emit_changes(Changes(members=frozenset({int(member.id)})), origin=self)

    # -- slots -----------------------------------------------------------------------------
    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def _on_filters_changed(self, *_args: object) -> None:
        self.refresh()

    def _on_table_activated(self, *_args: object) -> None:
        self.edit_member()

    def _on_selection_changed(self, *_args: object) -> None:
        member = self.selected_member()
        self.edit_button.setEnabled(member is not None)
        self.leave_button.setEnabled(member is not None and not member.has_left())

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
