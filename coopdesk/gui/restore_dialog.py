"""Bestand → Backup terugzetten…: choose one of the book's backups to put in its place.

Lists the book's backups (at most ten, newest first) with their date, size and
the verdict of SQLite's quick check; a damaged copy is shown but cannot be
chosen. The newest healthy copy is selected. The dialog only chooses: the
window closes the book, calls `services.books.restore_backup` (which keeps the
current file and its journal aside as `BOOK.damaged-YYYYMMDD-HHMM`) and opens
the restored book. A table of ten rows: a `QTableWidget` is enough here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.books import BackupInfo


def format_size(size: int) -> str:
    """Bytes as a person reads them, with a decimal comma: '47,3 MB', '812 kB'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class RestoreDialog(QDialog):
    """Choose a backup of the book at `book_path`; `chosen()` after it is accepted."""

    def __init__(self, book_path: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Backup terugzetten"))
        self.book_path = book_path
        self.backups = backups

        intro = QLabel(self.tr(
            "Kies de reservekopie die u wilt terugzetten in {book}. Het huidige bestand wordt niet "
            "verwijderd: het blijft bewaard als {aside}, naast het boek.").format(
                book=book_path.name, aside=f"{book_path.name}.damaged-…"))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3, objectName="backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Gemaakt op"), self.tr("Grootte"), self.tr("Controle")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(backups):
            when = QTableWidgetItem(info.taken_at.strftime("%d-%m-%Y %H:%M"))
            when.setToolTip(info.path.name)
            size = QTableWidgetItem(format_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            verdict = QTableWidgetItem(self.tr("In orde") if info.healthy
                                       else self.tr("Beschadigd: {detail}").format(detail=info.problems[0]))
            if not info.healthy:
                for item in (when, size, verdict):
                    item.setForeground(Qt.GlobalColor.darkRed)
            for column, item in enumerate((when, size, verdict)):
                self.table.setItem(row, column, item)
        self.empty = QLabel(self.tr("Er zijn nog geen reservekopieën van dit boek in de map {folder}.").format(
            folder=str(book_path.parent / "backups")), objectName="noBackups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Terugzetten"), objectName="restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        healthy = [row for row, info in enumerate(backups) if info.healthy]
        if healthy:
            self.table.selectRow(healthy[0])
        self._on_table_item_selection_changed()

    def chosen(self) -> Path | None:
        """The selected backup, when it passed the quick check."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info.path if info.healthy else None

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
