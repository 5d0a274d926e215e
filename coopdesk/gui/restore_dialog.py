"""Bestand → Backup terugzetten…: choose one of the book's backups to put in its place.

Lists the book's backups (at most ten, newest first) with their date, size and
the verdict of SQLite's quick check; a damaged copy is shown but cannot be
chosen. The checks (0.4 s per 47 MB copy) run on a worker thread and fill in
row by row, so the dialog opens at once; the newest healthy copy is selected. The dialog only chooses: the
window closes the book, calls `services.books.restore_backup` (which keeps the
current file and its journal aside as `BOOK.damaged-YYYYMMDD-HHMM`) and opens
the restored book. A table of ten rows: a `QTableWidget` is enough here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
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

from coopdesk.domain.display import show_moment
from coopdesk.services.books import BackupInfo, check_backup


def format_size(size: int) -> str:
    """Bytes as a person reads them, with a decimal comma: '47,3 MB', '812 kB'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class _Checks(QObject):
    """Carries each backup's quick check from the worker thread to the dialog."""

    checked = Signal(int, object)  # row, tuple of problems


class RestoreDialog(QDialog):
    """Choose a backup of the book at `book_path`; `chosen()` after it is accepted."""

    def __init__(self, book_path: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        """`backups` as `services.books.backup_overview` lists them; those not yet checked
        (`problems` None) are checked here, on a worker thread."""
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Backup terugzetten"))
        self.book_path = book_path
        self.backups = list(backups)

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
            when = QTableWidgetItem(show_moment(info.taken_at))
            when.setToolTip(info.path.name)
            size = QTableWidgetItem(format_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, QTableWidgetItem())
            self._show_verdict(row)
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
        self._select_newest_healthy()
        self._on_table_item_selection_changed()
        self._checks = _Checks(self)
        self._checks.checked.connect(self._on_checks_checked)
        unchecked = [(row, info.path) for row, info in enumerate(backups) if info.problems is None]
        if unchecked:
            threading.Thread(target=self._check_all, args=(self._checks, unchecked),
                             name="restore-checks", daemon=True).start()

    @property
    def checking(self) -> bool:
        """True while some backups still wait for their quick check."""
        return any(info.problems is None for info in self.backups)

    @staticmethod
    def _check_all(checks: _Checks, unchecked: list[tuple[int, Path]]) -> None:
        for row, path in unchecked:
            try:
                checks.checked.emit(row, check_backup(path))
            except RuntimeError:  # the dialog was closed and deleted meanwhile
                return

    def _on_checks_checked(self, row: int, problems: tuple[str, ...]) -> None:
        from dataclasses import replace

        self.backups[row] = replace(self.backups[row], problems=problems)
        self._show_verdict(row)
        if self.table.selectionModel().selectedRows() == []:
            self._select_newest_healthy()
        self._on_table_item_selection_changed()

    def _show_verdict(self, row: int) -> None:
        info = self.backups[row]
        verdict = self.table.item(row, 2)
        if info.problems is None:
            verdict.setText(self.tr("wordt gecontroleerd…"))
            return
        verdict.setText(self.tr("In orde") if info.healthy
                        else self.tr("Beschadigd: {detail}").format(detail=info.problems[0]))
        if not info.healthy:
            for column in range(3):
                self.table.item(row, column).setForeground(Qt.GlobalColor.darkRed)

    def _select_newest_healthy(self) -> None:
        for row, info in enumerate(self.backups):
            if info.problems is None:
                return  # a newer copy is still being checked: wait for it
            if info.healthy:
                self.table.selectRow(row)
                return

    def chosen(self) -> Path | None:
        """The selected backup, when it passed the quick check."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info.path if info.healthy else None

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
