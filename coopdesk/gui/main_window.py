"""The main window: a navigation list on the left, the pages on the right.

With no book open it shows the start screen (new, open, demo, recent books). Opening a
book lists one navigation entry per `pages.PAGES` entry and gives every page its own undo
stack in one `QUndoGroup`. What any page, dialog, command or job changes goes through the
window's one change hub (`change_hub.ChangeHub`), which every page follows. Long jobs run
on `worker`. The title shows the book's name and no unsaved mark: every change is saved
at once, and the status bar says "Opgeslagen" after each one.

`MainWindow` is made of parts, one module each, by what each owns:

* `menus`: the menu bar, its shortcuts (Ctrl+1, Ctrl+2, … for the pages), the recent books;
* `book_opening`: opening a book file (locks, damage, the check after opening);
* `restore_flow`: Bestand → Backup terugzetten…, and the offer for a damaged book;
* `demo_progress`: Bestand → Demoboek openen, generated on a worker with its progress;
* `book_actions`: the dialogs about a book (new book, the cooperative's details, year statements,
  the year close of the Spaarpotten page);
* `page_switching`: the pages, built when first shown, and the undo stack that follows them;
* `page_output`: Afdrukken… (Ctrl+P) and Exporteren naar Excel… (Ctrl+E) of the page on screen;
* `help_menu`: the guide (F1), the shortcuts, the about box.

The parts are plain classes that use the window's attributes set here; their texts are
in the translation context "MainWindow", as they were when this was one file. Here stay
the widgets, the wiring of signals, a book's arrival and departure (`set_book`,
`close_book`) and closing the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.gui import settings as keys
from coopdesk.gui import worker
from coopdesk.gui.book_actions import BookActions
from coopdesk.gui.book_opening import BookOpening
from coopdesk.gui.change_hub import ChangeHub
from coopdesk.gui.demo_progress import DEMO_MEMBERS, DemoBookMaker
from coopdesk.gui.help_menu import HelpMenu
from coopdesk.gui.menus import WindowMenus
from coopdesk.gui.messages import Messages
from coopdesk.gui.page_output import SAVED_MESSAGE_MS, PageOutput
from coopdesk.gui.page_switching import PageSwitching
from coopdesk.gui.pages import PAGES
from coopdesk.gui.restore_flow import RestoreFlow
from coopdesk.gui.settings import Settings
from coopdesk.gui.start_screen import StartScreen
from coopdesk.services.books import Book

DEFAULT_SIZE = QSize(1200, 760)


class MainWindow(WindowMenus, BookOpening, RestoreFlow, DemoBookMaker, BookActions, PageSwitching,
                 PageOutput, HelpMenu, QMainWindow):
    """The window (see the module docstring); each base before `QMainWindow` owns one part."""

    def __init__(self, settings: Settings, clock: Clock | None = None,
                 messages: Messages | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.clock = clock or SystemClock()
        self.messages = messages or Messages(self)
        self.book: Book | None = None
        self.undo_stacks: list[QUndoStack] = []  # one per page, in navigation order
        self._built: dict[int, QWidget] = {}
        self.dialog: QWidget | None = None
        self.backup_check: worker.Job | None = None
        self.demo_job: worker.Job | None = None
        self._close_after_demo = False
        self.undo_group = QUndoGroup(self)
        self.hub = ChangeHub(self)

        self.start_screen = StartScreen()
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { border: none; background: #eef1f4; padding-top: 10px; outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 14px; border-radius: 4px; margin: 0 6px; font-size: 11pt; }"
            "QListWidget#navigation::item:selected { background: #d5dfea; color: #10243a; }")
        self.page_stack = QStackedWidget(objectName="pageStack")
        workspace = QWidget()
        workspace_layout = QHBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.setSpacing(0)
        workspace_layout.addWidget(self.navigation)
        workspace_layout.addWidget(self.page_stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_screen)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

        self._build_menus()
        self.start_screen.new_requested.connect(self.new_book)
        self.start_screen.open_requested.connect(self.choose_book)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.start_screen.recent_chosen.connect(self._on_recent_chosen)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.undo_group.undoTextChanged.connect(self._on_undo_group_undo_text_changed)
        self.undo_group.redoTextChanged.connect(self._on_undo_group_redo_text_changed)
        self.undo_group.indexChanged.connect(self._on_undo_group_index_changed)

        self.resize(DEFAULT_SIZE)
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._show_start_screen()

    # -- a book arrives and leaves --------------------------------------------------------
    def set_book(self, book: Book) -> None:
        """Show `book` (already open) in the window; closes the previous one."""
        self.close_book()
        self.book = book
        for entry in PAGES:
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self.undo_stacks.append(stack)
            self.page_stack.addWidget(QWidget())  # stands in until the page is first shown
            self.navigation.addItem(QListWidgetItem(entry.title()))
        self.navigation.setCurrentRow(0)
        if book.path is not None:
            self.settings.remember_book(book.path)
        self._fill_recent_menu()
        self.central.setCurrentIndex(1)
        self._update_title()
        for action in self.book_actions:
            action.setEnabled(True)
        self._update_output_actions()

    def close_book(self) -> None:
        if self.book is None:
            return
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        while self.page_stack.count():
            widget = self.page_stack.widget(0)
            self.page_stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        for stack in self.undo_stacks:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self.undo_stacks.clear()
        worker.finish_all()  # no job may still be writing to (or checking) the book it closes
        self.book.close()
        self.book = None
        self._show_start_screen()

    def _show_start_screen(self) -> None:
        self.central.setCurrentIndex(0)
        self._fill_recent_menu()
        self._update_title()
        for action in self.book_actions:
            action.setEnabled(False)
        self._update_output_actions()

    def _update_title(self) -> None:
        self.setWindowTitle("CoopDesk" if self.book is None else f"{self.book.name} – CoopDesk")

    # -- slots ---------------------------------------------------------------------------------
    def _on_undo_group_index_changed(self, _index: int) -> None:
        """A change was made, undone or redone, and is in the book already: say so (not when
        a book's fresh stack becomes the active one)."""
        stack = self.undo_group.activeStack()
        if stack is not None and stack.count():
            self.statusBar().showMessage(self.tr("Opgeslagen"), SAVED_MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.demo_job is not None:  # the demo is being written: close when it is done
            self._close_after_demo = True
            event.ignore()
            return
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self.close_book()
        event.accept()
        super().closeEvent(event)


__all__ = ["DEFAULT_SIZE", "DEMO_MEMBERS", "SAVED_MESSAGE_MS", "MainWindow"]
