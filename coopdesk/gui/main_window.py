"""The main window: a navigation list on the left, the pages on the right.

With no book open it shows the start screen (new, open, demo, recent books).
Opening a book lists one navigation entry per `pages.PAGES` entry and gives
the book a fresh undo stack; a page is imported and built the first time it is
shown, and every page built so far is refreshed after each undo or redo. The
title shows the book's name and a modified mark that follows the undo stack's
clean state: everything is saved at once, so the mark only says there are
changes since opening that can be undone.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QStandardPaths, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from coopdesk.domain.clock import Clock, SystemClock
from coopdesk.domain.errors import BookError
from coopdesk.gui import settings as keys
from coopdesk.gui.messages import Messages
from coopdesk.gui.pages import PAGES
from coopdesk.gui.paths import data_dir
from coopdesk.gui.settings import Settings
from coopdesk.gui.start_screen import StartScreen
from coopdesk.services import books
from coopdesk.services.books import RECOVERED, Book, BookLockedError, DamagedBookError

DEFAULT_SIZE = QSize(1200, 760)
DEMO_MEMBERS = 12


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, clock: Clock | None = None,
                 messages: Messages | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.clock = clock or SystemClock()
        self.messages = messages or Messages(self)
        self.book: Book | None = None
        self.undo_stack: QUndoStack | None = None
        self._built: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        self.dialog: QWidget | None = None
        self.backup_check: _BackupCheck | None = None
        self.undo_group = QUndoGroup(self)

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
        self.undo_group.cleanChanged.connect(self._on_undo_group_clean_changed)

        self.resize(DEFAULT_SIZE)
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._show_start_screen()

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = file_menu.addAction(self.tr("&Nieuw boek…"), QKeySequence.StandardKey.New,
                                              self.new_book)
        self.open_action = file_menu.addAction(self.tr("&Openen…"), QKeySequence.StandardKey.Open,
                                               self.choose_book)
        self.recent_menu = QMenu(self.tr("&Recente boeken"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        self.demo_action = file_menu.addAction(self.tr("&Demoboek openen"), self.open_demo)
        file_menu.addSeparator()
        self.restore_action = file_menu.addAction(self.tr("&Backup terugzetten…"), self.choose_backup_to_restore)
        self.restore_action.setObjectName("restoreAction")
        file_menu.addSeparator()
        self.close_action = file_menu.addAction(self.tr("Boek &sluiten"), QKeySequence.StandardKey.Close,
                                                self.close_book)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Afsluiten"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("O&pnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # connected after the group's own handler, so these run once the command has run
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.redo_action.triggered.connect(self._on_undo_action_triggered)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        book_menu = bar.addMenu(self.tr("B&oek"))
        self.details_action = book_menu.addAction(self.tr("&Gegevens coöperatie…"),
                                                  self.show_cooperative_details)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        language_menu = view_menu.addMenu(self.tr("&Taal / Language"))
        self.language_actions = QActionGroup(self)
        saved = self.settings.get(keys.LANGUAGE)
        from coopdesk.domain.text import current_language

        current = saved or current_language()
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._on_language_triggered)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Over CoopDesk"), self._on_about_triggered)
        self.book_actions = [self.close_action, self.details_action]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_books()
        for path in recent:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_book_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.start_screen.set_recent(recent)

    # -- opening and closing books -------------------------------------------------------
    def open_book_path(self, path: Path) -> bool:
        """Open the book at `path`; explain and return False when it cannot be opened."""
        if self.book is not None and self.book.path is not None and _same_file(self.book.path, path):
            return True  # it is the book on screen already
        # a save a crash interrupted is rolled back first (also when a lock question follows)
        recovered = books.recover_interrupted_save(path)
        try:
            book = books.open_book(path, clock=self.clock, verify=False)
        except BookLockedError as error:
            holder = error.values.get("holder")
            status = holder.status() if holder is not None else "alive"
            if status == "alive":
                self.messages.error(error.message(), self.tr("Boek is al geopend"))
                return False
            if status == "stale":
                advice = self.tr("Verbreek het slot alleen als het boek nergens anders meer open is.")
                yes = self.tr("Slot verbreken")
            else:
                # Not provably stale: another computer, or Windows after a crash. The treasurer
                # decides, warned about what two people in one book would do.
                advice = self.tr(
                    "Is CoopDesk daar niet meer open (bijvoorbeeld na een storing of een "
                    "vastgelopen computer)? Dan kunt u het slot verbreken. Doe dat nooit als "
                    "iemand anders nog in het boek werkt: dan kunnen wijzigingen verloren gaan.")
                yes = self.tr("Slot toch verbreken")
            if self.messages.confirm(error.message() + "\n\n" + advice, self.tr("Boek is al geopend"), yes):
                books.break_lock(path)
                return self.open_book_path(path)
            return False
        except BookError as error:
            if isinstance(error, DamagedBookError):
                self._offer_restore(books.normalise_path(path), error.message())
                return False
            self.messages.error(error.message(), self.tr("Boek kan niet worden geopend"))
            if not Path(path).exists():
                self.settings.forget_book(Path(path))
                self._fill_recent_menu()
            return False
        self.set_book(book)
        if recovered or book.recovered_save:
            self.statusBar().showMessage(RECOVERED.render())
        self._check_backup_in_background(book)
        return True

    def _check_backup_in_background(self, book: Book) -> None:
        """SQLite's quick check of the copy made on opening takes 0.4 s on a large book,
        so it runs on a worker thread; a damaged book is reported when it is done."""
        if book.pending_backup is None:
            return
        self.backup_check = _BackupCheck(self)
        self.backup_check.done.connect(self._on_backup_check_done)
        checker = self.backup_check
        threading.Thread(target=lambda: checker.done.emit((book, books.verify_backup(book))),
                         name="backup-check", daemon=True).start()

    def _on_backup_check_done(self, verdict: tuple[Book, BookError | None]) -> None:
        book, warning = verdict
        if warning is None:
            return
        if isinstance(warning, DamagedBookError) and book.path is not None:
            # no more work in a damaged book: close it, then offer to restore a backup
            if self.book is book:
                self.close_book()
            self._offer_restore(book.path, warning.message())
            return
        self.messages.error(warning.message(), self.tr("Boek lijkt beschadigd"))

    # -- restoring a backup ------------------------------------------------------------------
    def _offer_restore(self, path: Path, message: str) -> None:
        """A damaged book: say so, and offer the restore dialog when there is a backup."""
        if not books.list_backups(path):
            self.messages.error(message, self.tr("Boek lijkt beschadigd"))
            return
        if self.messages.confirm(message, self.tr("Boek lijkt beschadigd"), self.tr("Backup terugzetten…")):
            self.show_restore_dialog(path)

    def choose_backup_to_restore(self) -> None:
        """Bestand → Backup terugzetten…: for the open book, or a book the user picks."""
        if self.book is not None and self.book.path is not None:
            self.show_restore_dialog(self.book.path)
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Van welk boek een backup terugzetten?"), self._start_folder(),
            self.tr("CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.show_restore_dialog(Path(chosen))

    def show_restore_dialog(self, path: Path) -> None:
        from coopdesk.gui.restore_dialog import RestoreDialog

        target = books.normalise_path(path)
        dialog = RestoreDialog(target, books.backup_overview(target, check=False), self)
        dialog.accepted.connect(lambda: self.restore_backup(target, dialog.chosen()))
        self._open_dialog(dialog)

    def restore_backup(self, path: Path, backup: Path | None) -> bool:
        """Put `backup` in the book's place (the current file is kept aside) and open it."""
        if backup is None:
            return False
        if self.book is not None and self.book.path is not None and _same_file(self.book.path, path):
            self.close_book()
        try:
            restored = books.restore_backup(path, backup, clock=self.clock)
        except BookError as error:
            self.messages.error(error.message(), self.tr("Backup terugzetten"))
            return False
        if not self.open_book_path(restored.book):
            return False
        aside = restored.kept_aside[0].name if restored.kept_aside else "-"
        self.statusBar().showMessage(self.tr(
            "Backup {backup} teruggezet; het vorige bestand is bewaard als {aside}.").format(
                backup=restored.backup.name, aside=aside))
        return True

    def create_new_book(self, path: Path, fields: dict[str, str]) -> None:
        """Create a book (raises ValidationError/BookError for the dialog to show)."""
        book = books.create_book(path, clock=self.clock, **fields)
        self.set_book(book)

    def open_demo(self) -> None:
        from coopdesk.services.demo import generate_demo_book

        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = data_dir() / f"demo-{stamp}.coopdesk"
        counter = 1
        while path.exists():
            counter += 1
            path = data_dir() / f"demo-{stamp}-{counter}.coopdesk"
        self.set_book(generate_demo_book(path, members=DEMO_MEMBERS, clock=self.clock))

    def set_book(self, book: Book) -> None:
        """Show `book` (already open) in the window; closes the previous one."""
        self.close_book()
        self.book = book
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        for entry in PAGES:
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
        self._stale.clear()
        if self.undo_stack is not None:
            self.undo_group.removeStack(self.undo_stack)
            self.undo_stack.deleteLater()
            self.undo_stack = None
        self.book.close()
        self.book = None
        self._show_start_screen()

    def _show_start_screen(self) -> None:
        self.central.setCurrentIndex(0)
        self._fill_recent_menu()
        self._update_title()
        for action in self.book_actions:
            action.setEnabled(False)

    def _update_title(self) -> None:
        if self.book is None:
            self.setWindowTitle("CoopDesk")
            self.setWindowModified(False)
        else:
            self.setWindowTitle(f"{self.book.name}[*] – CoopDesk")
            self.setWindowModified(self.undo_stack is not None and not self.undo_stack.isClean())

    @property
    def pages(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [self._built[index] for index in sorted(self._built)]

    def page_at(self, index: int) -> QWidget:
        """The page at `index`, built (and put in place of its stand-in) when first asked for."""
        page = self._built.get(index)
        if page is None:
            assert self.book is not None and self.undo_stack is not None
            entry = PAGES[index]
            # pages that remember things get the app's settings file, not QSettings()' default one
            extra = {"settings": self.settings.store} if entry.takes_settings else {}
            page = entry.page_class()(self.book, self.undo_stack, self.page_stack, **extra)  # type: ignore[call-arg]
            stand_in = self.page_stack.widget(index)
            self.page_stack.insertWidget(index, page)
            self.page_stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[index] = page
        return page

    def build_all_pages(self) -> list[QWidget]:
        return [self.page_at(index) for index in range(len(PAGES))]

    def refresh_pages(self) -> None:
        for page in self.pages:
            page.refresh()  # type: ignore[attr-defined]

    # -- actions asking for files --------------------------------------------------------
    def _start_folder(self) -> str:
        return self.settings.get(keys.LAST_FOLDER) or (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))

    def choose_book(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Boek openen"), self._start_folder(), self.tr("CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.open_book_path(Path(chosen))

    def new_book(self) -> None:
        from coopdesk.gui.book_dialogs import CooperativeDialog

        dialog = CooperativeDialog(None, self, new_book_folder=Path(self._start_folder()))
        dialog.submit_new = self.create_new_book
        self._open_dialog(dialog)

    def show_cooperative_details(self) -> None:
        if self.book is None:
            return
        book = self.book
        from coopdesk.gui.book_dialogs import CooperativeDialog

        dialog = CooperativeDialog(books.cooperative_details(book), self)
        dialog.submit_details = lambda fields: self._save_details(book, fields)
        self._open_dialog(dialog)

    def _save_details(self, book: Book, fields: dict[str, str]) -> None:
        books.update_cooperative(book, **fields)
        self.refresh_pages()

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    # -- slots ---------------------------------------------------------------------------------
    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0 or self.book is None:
            return
        page = self.page_at(row)
        if row in self._stale:
            self._stale.discard(row)
            page.refresh()  # type: ignore[attr-defined]
        self.page_stack.setCurrentIndex(row)

    def _on_recent_chosen(self, path: str) -> None:
        self.open_book_path(Path(path))

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        """A change was made, undone or redone: the other pages are refreshed when next shown.

        The page on screen is not reloaded here: it made the change itself and shows it
        already (reloading the hours grid while its cell editor closes would throw the
        cursor back to the first cell). After Undo/Redo from the menu it is refreshed by
        `_on_undo_action_triggered`.
        """
        current = self.page_stack.currentIndex()
        self._stale.update(index for index in self._built if index != current)

    def _on_undo_action_triggered(self) -> None:
        current = self.page_stack.currentIndex()
        page = self._built.get(current)
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]

    def _on_undo_group_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _on_language_triggered(self, action: QAction) -> None:
        self.settings.set(keys.LANGUAGE, str(action.data()))
        self.messages.info(
            "De taal verandert zodra u CoopDesk opnieuw start.\n"
            "The language changes when you restart CoopDesk.",
            self.tr("Taal / Language"),
        )

    def _on_about_triggered(self) -> None:
        from coopdesk import __version__

        QMessageBox.about(self, self.tr("Over CoopDesk"), self.tr(
            "<b>CoopDesk {version}</b><p>Boekhouding voor participatiecoöperaties: ledenregister, "
            "uren, vergoedingen binnen de wettelijke grenzen en de eigen boeken.</p>").format(
                version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self.close_book()
        event.accept()
        super().closeEvent(event)




def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == books.normalise_path(second).resolve()
    except OSError:
        return False


class _BackupCheck(QObject):
    """Carries the worker thread's verdict on the backup copy back to the GUI thread."""

    done = Signal(object)  # a BookError when the book seems damaged, else None
