"""The "Doelen…" dialog of the Spaarpotten page: the book's list of withdrawal purposes.

* A table of every purpose: its name, whether it needs the board's approval, whether the
  municipality may count it as income (the Opnemen dialog then warns), and whether it is
  active (offered in the Opnemen dialog).
* Under it a form for the selected purpose, or a new one after "Nieuw doel": the name and
  the two flags. "Opslaan" adds or changes it; "Deactiveren" / "Weer activeren" takes it
  off the Opnemen list or puts it back. A purpose is never deleted: the movements booked
  for it keep its name.
* A refusal (an empty, duplicate or too long name) shows in red under the form, naming
  the field, and nothing is written.

Views only: every change is one call of `coopdesk.services.pots`, which writes the audit
line. `outcome` holds the `Changes` made while the dialog was open, for the change hub.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.pot import Purpose
from coopdesk.domain.text import Text
from coopdesk.gui.columns import Column, RowsModel
from coopdesk.gui.form_dialog import ERROR_STYLE
from coopdesk.gui.tables import read_only_table
from coopdesk.services import pots
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

OK_STYLE = "color: #1b6e3a;"
INACTIVE = "#6b6b6b"
YES = Text("ja", "yes")
NO = Text("nee", "no")


def _yes_no(flag: bool) -> Text:
    return YES if flag else NO


PURPOSE_COLUMNS: tuple[Column[Purpose], ...] = (
    Column(QT_TRANSLATE_NOOP("PurposeColumns", "Doel"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PurposeColumns", "Goedkeuring bestuur nodig"), lambda p: _yes_no(p.needs_approval)),
    Column(QT_TRANSLATE_NOOP("PurposeColumns", "Gemeente kan dit als inkomen zien"),
           lambda p: _yes_no(p.income_warning)),
    Column(QT_TRANSLATE_NOOP("PurposeColumns", "Actief"), lambda p: _yes_no(p.active)),
)


class PurposesModel(RowsModel[Purpose]):
    """The purposes, an inactive one in grey."""

    context = "PurposeColumns"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PURPOSE_COLUMNS, parent)

    def tooltip(self, row: Purpose, column: int) -> str:
        return row.name if column == 0 else ""

    def foreground(self, row: Purpose, column: int, value: object) -> QColor | None:
        return None if row.active else QColor(INACTIVE)


class PurposesDialog(QDialog):
    """Doelen (see module docstring)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.outcome = Changes()
        self.setWindowTitle(self.tr("Doelen voor opnames"))
        self.setMinimumSize(820, 480)  # the longest seeded name whole beside the flags
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Waarvoor een lid geld uit de spaarpot kan opnemen. Een doel wordt nooit gewist: "
                               "deactiveer het, dan wordt het bij Opnemen niet meer aangeboden en houden eerdere "
                               "opnames hun naam. Een nieuwe naam geldt voor nieuwe opnames."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = PurposesModel(self)
        self.view = read_only_table(self, self.model, 0, alternating=False)
        layout.addWidget(self.view, 1)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.name = QLineEdit(self)  # no max length: a name too long is refused with a message
        self.name.setPlaceholderText(self.tr("bijv. Fiets voor woon-werkverkeer"))
        self.needs_approval = QCheckBox(self.tr("Goedkeuring van het bestuur nodig"), self)
        self.income_warning = QCheckBox(self.tr("De gemeente kan dit als inkomen zien (waarschuwing bij Opnemen)"),
                                        self)
        form.addRow(self.tr("Naam:"), self.name)
        form.addRow("", self.needs_approval)
        form.addRow("", self.income_warning)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.notice = QLabel(self)
        self.notice.setStyleSheet(OK_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw doel"), self)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setDefault(True)
        self.active_button = QPushButton(self.tr("Deactiveren"), self)
        actions.addWidget(self.new_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.refresh()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.new_purpose()

    # -- state -----------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload the list from the book; keep (or move to) the purpose with id `select`."""
        chosen = select if select is not None else (self.selected().id if self.selected() else None)
        self.model.set_rows(pots.list_purposes(self.book, include_inactive=True))
        for row, purpose in enumerate(self.model.rows()):
            if purpose.id == chosen:
                self.view.selectRow(row)
                return
        self._show(None)

    def selected(self) -> Purpose | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, name: str) -> Purpose:
        for row, purpose in enumerate(self.model.rows()):
            if purpose.name == name:
                self.view.selectRow(row)
                return purpose
        raise LookupError(name)

    def new_purpose(self) -> None:
        """An empty form for a purpose to add."""
        self.view.clearSelection()
        self._show(None)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, purpose: Purpose | None) -> None:
        self.error.hide()
        self.error.clear()
        self.name.setText(purpose.name if purpose else "")
        self.needs_approval.setChecked(purpose.needs_approval if purpose else False)
        self.income_warning.setChecked(purpose.income_warning if purpose else False)
        if purpose is None:
            self.heading.setText(self.tr("<b>Nieuw doel</b>"))
        else:
            state = "" if purpose.active else " " + self.tr("(niet actief: wordt niet aangeboden bij Opnemen)")
            self.heading.setText(self.tr("<b>Doel wijzigen</b>") + state)
        self.save_button.setText(self.tr("Toevoegen") if purpose is None else self.tr("Opslaan"))
        self.active_button.setEnabled(purpose is not None)
        self.active_button.setText(self.tr("Weer activeren") if purpose is not None and not purpose.active
                                   else self.tr("Deactiveren"))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _refused(self, error: CoopDeskError) -> None:
        field = {"name": self.tr("Naam")}.get(error.field or "")
        message = error.message()
        named = not field or message.casefold().startswith(field.casefold())  # "Naam is verplicht."
        self.error.setText(message if named else f"{field}: {message}")
        self.error.show()
        self._say("")
        if error.field == "name":
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name.selectAll()

    # -- slots -----------------------------------------------------------------------------------
    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _on_new_button_clicked(self) -> None:
        self._say("")
        self.new_purpose()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_active_button_clicked(self) -> None:
        self.toggle_active()

    # -- changes ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Add the purpose in the form, or change the selected one; True when it was kept."""
        current = self.selected()
        typed = Purpose(current.id if current else 0, self.name.text(), self.needs_approval.isChecked(),
                        self.income_warning.isChecked(), current.active if current else True)
        try:
            purpose_id, changes = pots.save_purpose(self.book, typed)
        except CoopDeskError as error:
            self._refused(error)
            return False
        self.outcome |= changes
        self.refresh(purpose_id)
        name = self.selected().name if self.selected() else typed.name
        if current is None:
            self._say(self.tr("Doel '%1' toegevoegd.").replace("%1", name))
        elif changes:
            self._say(self.tr("Doel '%1' opgeslagen.").replace("%1", name))
        else:
            self._say(self.tr("Er was niets veranderd."))
        return True

    def toggle_active(self) -> bool:
        """Deactivate the selected purpose, or activate it again; True when it changed."""
        current = self.selected()
        if current is None:
            return False
        try:
            changes = pots.set_purpose_active(self.book, current.id, not current.active)
        except CoopDeskError as error:
            self._refused(error)
            return False
        self.outcome |= changes
        self.refresh(current.id)
        self._say((self.tr("'%1' wordt weer aangeboden bij Opnemen.") if not current.active
                   else self.tr("'%1' is gedeactiveerd: het wordt niet meer aangeboden bij Opnemen; eerdere "
                                "opnames houden hun naam.")).replace("%1", current.name))
        return bool(changes)


__all__ = ["PurposesDialog", "PurposesModel"]
