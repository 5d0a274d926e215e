"""The main window: a navigation list on the left, the pages on the right.

With no book open it shows the start screen (new, open, demo, recent books).
Opening a book lists one navigation entry per `pages.PAGES` entry and gives
every page its own undo stack in one `QUndoGroup`; a page is imported and built
the first time it is shown. The group's active stack follows the page on screen,
so the Edit menu's Undo (which names what it will undo) never changes anything on
a page the user cannot see. What any page, dialog, command or job changes goes
through the window's one change hub (`change_hub.ChangeHub`), which every page
follows. Long jobs run on `worker`.

Menus: Ctrl+1, Ctrl+2, … show the pages in navigation order (Beeld → Ga naar);
Bestand → Afdrukken… (Ctrl+P) and Exporteren naar Excel… (Ctrl+E) print or export
what the page on screen offers (`printable_report()`; the Boekhouding page's report)
and are disabled on a page without one; Bestand → Recente boeken lists the books
opened before; F1 shows the keyboard shortcuts until the help of issue 13 exists.
The title shows the book's name and no
unsaved mark: every change is saved at once, and the status bar says
"Opgeslagen" after each one.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt
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
from coopdesk.domain.errors import BookError, CoopDeskError
from coopdesk.domain.reports import Report
from coopdesk.domain.text import Text
from coopdesk.gui import settings as keys
from coopdesk.gui import worker
from coopdesk.gui.change_hub import ChangeHub
from coopdesk.gui.messages import Messages
from coopdesk.gui.pages import PAGES
from coopdesk.gui.paths import data_dir
from coopdesk.gui.settings import Settings
from coopdesk.gui.start_screen import StartScreen
from coopdesk.services import books
from coopdesk.services.books import RECOVERED, Book, BookLockedError, DamagedBookError
from coopdesk.services.changes import Changes
from coopdesk.services.content import FIRST_PAGE_TABLES, content_error

DEFAULT_SIZE = QSize(1200, 760)
DEMO_MEMBERS = 12
SAVED_MESSAGE_MS = 4000


class MainWindow(QMainWindow):
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
        self.export_action = file_menu.addAction(self.tr("&Exporteren naar Excel…"), QKeySequence("Ctrl+E"),
                                                 self.export_page)
        self.export_action.setObjectName("exportAction")
        self.print_action = file_menu.addAction(self.tr("Afdr&ukken…"), QKeySequence.StandardKey.Print,
                                                self.print_page)
        self.print_action.setObjectName("printAction")
        file_menu.aboutToShow.connect(self._update_output_actions)
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
        self.edit_menu = edit_menu
        # the group's actions name the command: "Ongedaan maken: Lid 101 toevoegen"
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Ongedaan maken:"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("O&pnieuw:"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._on_undo_group_undo_text_changed("")
        self._on_undo_group_redo_text_changed("")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        book_menu = bar.addMenu(self.tr("B&oek"))
        self.details_action = book_menu.addAction(self.tr("&Gegevens coöperatie…"),
                                                  self.show_cooperative_details)
        self.statements_action = book_menu.addAction(self.tr("&Jaaroverzichten…"), self.show_statements)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        go_menu = view_menu.addMenu(self.tr("&Ga naar"))
        self.page_actions: list[QAction] = []
        for index, entry in enumerate(PAGES):
            action = go_menu.addAction(entry.title())
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.page_actions.append(action)
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
        # F1: the treasurer's guide (coopdesk/gui/help.py), which also lists the shortcuts
        self.help_action = help_menu.addAction(self.tr("&Handleiding"), QKeySequence.StandardKey.HelpContents,
                                               self.show_help)
        self.help_action.setObjectName("helpAction")
        self.shortcuts_action = help_menu.addAction(self.tr("&Sneltoetsen"), self.show_shortcuts)
        help_menu.addAction(self.tr("&Over CoopDesk"), self._on_about_triggered)
        self.book_actions = [self.close_action, self.details_action, self.statements_action, *self.page_actions]

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
                books.break_lock(path, holder)  # only the holder the user was shown
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
        # what the first page could not read: say so, not "er ging iets mis" (the rest of the
        # book is looked at on a worker thread, with the backup copy, once the window shows)
        unreadable = content_error(book, FIRST_PAGE_TABLES)
        if unreadable is not None:
            book.close()
            self.messages.error(unreadable.message(), self.tr("Boek kan niet worden geopend"))
            return False
        self.set_book(book)
        if recovered or book.recovered_save:
            self.statusBar().showMessage(RECOVERED.render())
        self._check_backup_in_background(book)
        return True

    def _check_backup_in_background(self, book: Book) -> None:
        """SQLite's check of the copy made on opening takes 0.4 s on a large book, and the
        look for unreadable values in the rest of the book 0.08 s, so they run on a worker
        thread; a damaged book is reported (and closed) when they are done."""
        self.backup_check = worker.start(
            lambda _progress: books.verify_backup(book) or content_error(book), self)
        self.backup_check.finished.connect(lambda warning: self._on_backup_check_done(book, warning))

    def _on_backup_check_done(self, book: Book, warning: BookError | None) -> None:
        if warning is None:
            return
        if isinstance(warning, DamagedBookError) and book.path is not None:
            # no more work in a damaged book: close it, then offer to restore a backup
            if self.book is book:
                self.close_book()
            self._offer_restore(book.path, warning.message())
            return
        if self.book is book:
            self.close_book()  # what its pages cannot read would end in "er ging iets mis"
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

    def open_demo(self) -> bool:
        """Generate a demo book in the app's data folder and open it. Generating takes a few
        seconds, so it runs on a worker while the start screen says what is happening; this
        returns when the demo is open (or could not be made)."""
        if self.demo_job is not None:
            return False  # already being generated
        from coopdesk.services.demo import DEMO_STEPS, generate_demo_book

        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = data_dir() / f"demo-{stamp}.coopdesk"
        counter = 1
        while path.exists():
            counter += 1
            path = data_dir() / f"demo-{stamp}-{counter}.coopdesk"
        self.close_book()
        clock = self.clock

        def generate(progress: worker.Progress) -> Path:
            def step(done: int, total: int, what: Text) -> None:
                progress.report(done, total, what.render())

            generate_demo_book(path, members=DEMO_MEMBERS, clock=clock, progress=step).close()
            return path

        job = self.demo_job = worker.start(generate, self)
        job.progressed.connect(self.start_screen.show_progress)
        self.start_screen.show_progress(0, len(DEMO_STEPS), self.tr("Demoboek maken…"))
        self.statusBar().showMessage(self.tr("Demoboek maken…"))
        busy = [self.new_action, self.open_action, self.demo_action, self.restore_action, self.recent_menu]
        for action in busy:
            action.setEnabled(False)
        try:
            job.wait()
            if job.running:  # the app is quitting (a signal): its event loops were told to end
                worker.finish_all()
                return False
        finally:
            self.demo_job = None
            self.start_screen.hide_progress()
            self.statusBar().clearMessage()
            for action in busy:
                action.setEnabled(True)
            self._fill_recent_menu()
        if job.error is not None:
            error = job.error
            message = error.message() if isinstance(error, CoopDeskError) else self.tr(
                "Het demoboek kon niet worden gemaakt: {reason}").format(reason=error)
            self.messages.error(message, self.tr("Demoboek"))
            return False
        opened = self.open_book_path(path)
        if self._close_after_demo:
            self.close()
        return opened

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

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the page on screen (the group's active one)."""
        return self.undo_group.activeStack()

    @property
    def pages(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [self._built[index] for index in sorted(self._built)]

    def page_at(self, index: int) -> QWidget:
        """The page at `index`, built (and put in place of its stand-in) when first asked for."""
        page = self._built.get(index)
        if page is None:
            assert self.book is not None
            entry = PAGES[index]
            # pages that remember things get the app's settings file, not QSettings()' default one
            extra: dict[str, object] = {"settings": self.settings.store} if entry.takes_settings else {}
            page = entry.page_class()(self.book, self.undo_stacks[index], self.page_stack,  # type: ignore[call-arg]
                                      hub=self.hub, **extra)
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

    def show_page(self, index: int) -> QWidget:
        """Show the page at `index` (as clicking its navigation entry does)."""
        self.navigation.setCurrentRow(index)
        return self.page_at(index)

    # -- printing and exporting ------------------------------------------------------------
    def printable_report(self) -> Report | None:
        """What the page on screen offers to print or export (None: nothing)."""
        if self.book is None:
            return None
        page = self._built.get(self.navigation.currentRow())
        offer = getattr(page, "printable_report", None)
        report = offer() if callable(offer) else None
        return report if isinstance(report, Report) else None

    def _update_output_actions(self) -> None:
        has_report = self.printable_report() is not None
        for action in (self.export_action, self.print_action):
            action.setEnabled(has_report)
        tip = "" if has_report else self.tr("Deze pagina heeft niets om af te drukken of te exporteren.")
        self.print_action.setStatusTip(tip)
        self.export_action.setStatusTip(tip)

    def _output_folder(self) -> Path:
        """Next to the book, unless it is a demo in the app's data folder: then Documents."""
        from coopdesk.gui.book_dialogs import documents_folder

        path = self.book.path if self.book is not None else None
        if path is not None and not _inside(path, data_dir()):
            return path.parent
        return documents_folder()

    def print_page(self) -> bool:
        from coopdesk.gui.report_output import print_report

        report = self.printable_report()
        return report is not None and print_report(report, self)

    def export_page(self) -> Path | None:
        from coopdesk.gui.report_output import export_report

        report = self.printable_report()
        if report is None:
            return None
        try:
            path = export_report(report, self, self._output_folder())
        except OSError as error:
            self.messages.error(self.tr("Het bestand kan niet worden geschreven: {reason}").format(
                reason=error.strerror or str(error)), self.tr("Exporteren naar Excel"))
            return None
        if path is not None:
            self.statusBar().showMessage(self.tr("Geëxporteerd naar {path}").format(path=path), SAVED_MESSAGE_MS)
        return path

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(what, keys) for every menu entry with a shortcut, then the keys inside pages and dialogs."""
        native = QKeySequence.SequenceFormat.NativeText
        found: list[tuple[str, str]] = []
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys_text = ", ".join(k.toString(native) for k in action.shortcuts())
                label = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")
                if keys_text and (label, keys_text) not in found:
                    found.append((label.rstrip("…").strip(), keys_text))
        found += [
            (self.tr("Volgend veld in een formulier"), self.tr("Tab of Enter")),
            (self.tr("Formulier opslaan of boeken"), self.tr("Ctrl+Enter")),
            (self.tr("Formulier sluiten zonder opslaan"), QKeySequence("Esc").toString(native)),
            (self.tr("Urencel bewerken (typen vervangt de inhoud)"), "F2"),
            (self.tr("Menu openen (onderstreepte letter)"), self.tr("Alt+letter")),
        ]
        return found

    def show_shortcuts(self) -> None:
        import html

        rows = "".join(f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys_text)}</b></td></tr>"
                       for what, keys_text in self.shortcut_list())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Sneltoetsen"), "", QMessageBox.StandardButton.Close,
                          self)
        box.setObjectName("shortcutsBox")
        box.setStyleSheet("QLabel { min-width: 460px; }")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr("<b>Sneltoetsen in CoopDesk</b>") + f"<table>{rows}</table>" + self.tr(
            "<p>De handleiding staat onder Help → Handleiding (F1).</p>"))
        self._open_dialog(box)

    # -- actions asking for files --------------------------------------------------------
    def _start_folder(self) -> str:
        """Where "Openen…" starts: the last real book's folder, else Documents; never the
        app's data folder where the demo books are."""
        from coopdesk.gui.book_dialogs import new_book_folder

        return str(new_book_folder(self.settings))

    def choose_book(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Boek openen"), self._start_folder(), self.tr("CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.open_book_path(Path(chosen))

    def new_book(self) -> None:
        from coopdesk.gui.book_dialogs import CooperativeDialog, new_book_folder

        dialog = CooperativeDialog(None, self, new_book_folder=new_book_folder(self.settings))
        dialog.submit_new = self.create_new_book
        self._open_dialog(dialog)

    def show_cooperative_details(self) -> None:
        if self.book is None:
            return
        book = self.book
        from coopdesk.gui.book_dialogs import CooperativeDialog

        dialog = CooperativeDialog(books.cooperative_details(book), self)
        dialog.submit_details = lambda fields, logo: self._save_details(book, fields, logo)
        self._open_dialog(dialog)

    def show_statements(self) -> None:
        if self.book is not None:
            from coopdesk.gui.statements_dialog import StatementsDialog

            self._open_dialog(StatementsDialog(self.book, self.messages, self))

    def _save_details(self, book: Book, fields: dict[str, str], logo: bytes) -> None:
        books.update_cooperative(book, logo=logo, **fields)
        self.hub.emit_changes(Changes(cooperative=True))

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
        self.page_at(row)
        self.undo_group.setActiveStack(self.undo_stacks[row])
        self.page_stack.setCurrentIndex(row)  # a page that missed changes catches up when shown
        self._update_output_actions()

    def _on_recent_chosen(self, path: str) -> None:
        self.open_book_path(Path(path))

    def _on_undo_group_undo_text_changed(self, text: str) -> None:
        # the group's action shows "prefix text"; with nothing to undo, no dangling colon
        if not text:
            self.undo_action.setText(self.tr("&Ongedaan maken"))

    def _on_undo_group_redo_text_changed(self, text: str) -> None:
        if not text:
            self.redo_action.setText(self.tr("O&pnieuw"))

    def _on_undo_group_index_changed(self, _index: int) -> None:
        """A change was made, undone or redone, and is in the book already: say so (not when
        a book's fresh stack becomes the active one)."""
        stack = self.undo_group.activeStack()
        if stack is not None and stack.count():
            self.statusBar().showMessage(self.tr("Opgeslagen"), SAVED_MESSAGE_MS)

    def _on_language_triggered(self, action: QAction) -> None:
        self.settings.set(keys.LANGUAGE, str(action.data()))
        self.messages.info(
            "De taal verandert zodra u CoopDesk opnieuw start.\n"
            "The language changes when you restart CoopDesk.",
            self.tr("Taal / Language"),
        )

    def show_help(self) -> None:
        from coopdesk.gui.help import show_help

        show_help(self)

    def _on_about_triggered(self) -> QMessageBox:
        from coopdesk.gui.help import show_about

        return show_about(self, self.book.path if self.book is not None else None)

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




def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == books.normalise_path(second).resolve()
    except OSError:
        return False

