"""The Concepten tab of the Boekhouding page: entries kept as drafts, which count nowhere
until posted, to open, post or delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import NegativeCashError, TransactionId
from coopdesk.gui.tables import read_only_table
from coopdesk.services import ledger

from .host import LedgerHost
from .models import DraftsModel


class DraftsTab(QWidget):
    """The drafts, oldest date first, with how far each is off."""

    def __init__(self, page: LedgerHost) -> None:
        super().__init__()  # the page's tabs take it in
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Concepten zijn bewaarde boekingen die nog niet geboekt zijn: ze staan niet in "
                               "het kasboek, het journaal of de overzichten. Open een concept om het af te "
                               "maken (dubbelklik of Enter), boek het, of verwijder het."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.post_button = QPushButton(self.tr("Boeken"), self)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.setToolTip(self.tr("Alleen concepten kunnen worden verwijderd; een geboekte "
                                              "boeking wordt gecorrigeerd."))
        for button in (self.open_button, self.post_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = DraftsModel(self)
        self.view = read_only_table(self, self.model, 3)
        layout.addWidget(self.view)
        self.empty = QLabel(self.tr("Er zijn geen concepten."), self)
        layout.addWidget(self.empty)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.post_button.clicked.connect(self._on_post_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.view.activated.connect(self._on_view_activated)

    def reload(self) -> None:
        drafts = ledger.list_drafts(self.page.book)
        self.model.set_drafts(drafts)
        tabs = self.page.tabs
        tabs.setTabText(tabs.indexOf(self), self.tr("Concepten (%1)").replace("%1", str(len(drafts)))
                        if drafts else self.tr("Concepten"))
        self.empty.setVisible(not drafts)
        for button in (self.open_button, self.post_button, self.delete_button):
            button.setEnabled(bool(drafts))
        if drafts:
            self.view.selectRow(0)

    def selected_draft(self) -> TransactionId | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.page.open_draft(self.model.row_at(index.row()).id)

    def _on_open_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is not None:
            self.page.open_draft(draft_id)

    def _on_post_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is None:
            return
        book = self.page.book
        try:
            try:
                ledger.post_draft(book, draft_id)
            except NegativeCashError as below_zero:
                if not self.page.confirm_negative_cash(below_zero):
                    self.page.say(self.tr("Concept %1 is niet geboekt: %2").replace("%1", str(draft_id))
                                  .replace("%2", below_zero.message()), error=True)
                    return
                ledger.post_draft(book, draft_id, allow_negative_cash=True)
        except CoopDeskError as error:
            self.page.say(self.tr("Concept %1 kan nog niet worden geboekt: %2").replace("%1", str(draft_id))
                          .replace("%2", error.message()), error=True)
            return
        self.page.after_post(self.tr("Concept %1 is geboekt.").replace("%1", str(draft_id)))

    def _on_delete_button_clicked(self) -> None:
        draft_id = self.selected_draft()
        if draft_id is None:
            return
        row = self.model.row_at(self.view.selectionModel().selectedRows()[0].row())
        question = self.tr("Concept %1 (%2) verwijderen?").replace("%1", str(draft_id)).replace("%2", row.description)
        if not self.page.confirm(self.tr("Concept verwijderen"), question):
            return
        try:
            ledger.delete_draft(self.page.book, draft_id)
        except CoopDeskError as error:
            self.page.say(error.message(), error=True)
            return
        self.page.after_post(self.tr("Concept %1 is verwijderd.").replace("%1", str(draft_id)))
