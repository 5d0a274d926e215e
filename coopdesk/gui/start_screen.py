"""What the window shows when no book is open: new, open, demo, and recent books.

While the demo book is generated (a few seconds on a fresh install) the buttons are
off and a progress line says what is happening (`show_progress`, `hide_progress`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        title = QLabel(self.tr("Welkom bij CoopDesk"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "De boekhouding van uw participatiecoöperatie: ledenregister, uren, vergoedingen "
            "binnen de wettelijke grenzen en de eigen boeken. Alles staat in één bestand per "
            "coöperatie (een boek)."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")

        self.new_button = QPushButton(self.tr("&Nieuw boek…"), objectName="newButton")
        self.open_button = QPushButton(self.tr("Boek &openen…"), objectName="openButton")
        self.demo_button = QPushButton(self.tr("&Demoboek bekijken"), objectName="demoButton")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(170)
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        self.progress_label = QLabel(objectName="progressLabel")
        self.progress_bar = QProgressBar(objectName="progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        progress = QVBoxLayout()
        progress.setSpacing(4)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)

        recent_title = QLabel(self.tr("Recent geopende boeken"))
        recent_title.setStyleSheet("font-weight: 600;")
        self.recent_list = QListWidget(objectName="recentList")
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.setMaximumHeight(260)
        self.recent_list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.no_recent = QLabel(self.tr("Nog geen boeken geopend."))
        self.no_recent.setStyleSheet("color: #666;")

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addLayout(progress)
        column.addSpacing(16)
        column.addWidget(recent_title)
        column.addWidget(self.no_recent)
        column.addWidget(self.recent_list)
        column.addStretch(1)
        panel = QWidget()
        panel.setLayout(column)
        panel.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addWidget(panel, 1, Qt.AlignmentFlag.AlignHCenter)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        self.hide_progress()

    def show_progress(self, done: int, total: int, text: str) -> None:
        """Say what is happening (the demo being generated): `done` of `total` steps."""
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setEnabled(False)
        self.recent_list.setEnabled(False)
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_label.show()
        self.progress_bar.show()

    def hide_progress(self) -> None:
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setEnabled(True)
        self.recent_list.setEnabled(True)
        self.progress_label.hide()
        self.progress_bar.hide()

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
