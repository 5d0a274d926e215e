"""The main window's menu bar: which entries there are, their shortcuts, and when they are on.

Bestand (new, open, recent books, demo, export, print, restore a backup, close, quit),
Bewerken (undo and redo of the page on screen: the window's `QUndoGroup` names what they
will undo), Boek (the cooperative's details, the year statements, and the year close:
Jaarafsluiting…, Jaar heropenen…, Afspraken winstverdeling…, Afdracht gemeente…), Beeld (Ctrl+1, Ctrl+2, …
for the pages in navigation order; the language) and Help. The entries in `book_actions`
are on only while a book is open.

`WindowMenus` is one of the parts `main_window.MainWindow` is made of: it builds the menus
once and connects each entry to the window's method that does the work (in
`book_opening`, `restore_flow`, `demo_progress`, `book_actions`, `page_output`,
`help_menu`, `page_switching`). Its texts are in the translation context "MainWindow".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from coopdesk.gui import settings as keys
from coopdesk.gui.pages import PAGES

translate = QCoreApplication.translate


class WindowMenus:
    """The menu bar (a part of `MainWindow`; see the module docstring)."""

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&Bestand"))
        self.new_action = file_menu.addAction(translate("MainWindow", "&Nieuw boek…"),
                                              QKeySequence.StandardKey.New, self.new_book)
        self.open_action = file_menu.addAction(translate("MainWindow", "&Openen…"),
                                               QKeySequence.StandardKey.Open, self.choose_book)
        self.recent_menu = QMenu(translate("MainWindow", "&Recente boeken"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        self.demo_action = file_menu.addAction(translate("MainWindow", "&Demoboek openen"), self.open_demo)
        file_menu.addSeparator()
        self.export_action = file_menu.addAction(translate("MainWindow", "&Exporteren naar Excel…"),
                                                 QKeySequence("Ctrl+E"), self.export_page)
        self.export_action.setObjectName("exportAction")
        self.print_action = file_menu.addAction(translate("MainWindow", "Afdr&ukken…"),
                                                QKeySequence.StandardKey.Print, self.print_page)
        self.print_action.setObjectName("printAction")
        file_menu.aboutToShow.connect(self._update_output_actions)
        file_menu.addSeparator()
        self.restore_action = file_menu.addAction(translate("MainWindow", "&Backup terugzetten…"),
                                                  self.choose_backup_to_restore)
        self.restore_action.setObjectName("restoreAction")
        file_menu.addSeparator()
        self.close_action = file_menu.addAction(translate("MainWindow", "Boek &sluiten"),
                                                QKeySequence.StandardKey.Close, self.close_book)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(translate("MainWindow", "&Afsluiten"),
                                          QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(translate("MainWindow", "Be&werken"))
        self.edit_menu = edit_menu
        # the group's actions name the command: "Ongedaan maken: Lid 101 toevoegen"
        self.undo_action = self.undo_group.createUndoAction(self, translate("MainWindow", "&Ongedaan maken:"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, translate("MainWindow", "O&pnieuw:"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._on_undo_group_undo_text_changed("")
        self._on_undo_group_redo_text_changed("")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self._build_book_menu(bar.addMenu(translate("MainWindow", "B&oek")))

        view_menu = bar.addMenu(translate("MainWindow", "Bee&ld"))
        go_menu = view_menu.addMenu(translate("MainWindow", "&Ga naar"))
        self.page_actions: list[QAction] = []
        for index, entry in enumerate(PAGES):
            action = go_menu.addAction(entry.title())
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.page_actions.append(action)
        language_menu = view_menu.addMenu(translate("MainWindow", "&Taal / Language"))
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

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        # F1: the treasurer's guide (coopdesk/gui/help.py), which also lists the shortcuts
        self.help_action = help_menu.addAction(translate("MainWindow", "&Handleiding"),
                                               QKeySequence.StandardKey.HelpContents, self.show_help)
        self.help_action.setObjectName("helpAction")
        self.shortcuts_action = help_menu.addAction(translate("MainWindow", "&Sneltoetsen"), self.show_shortcuts)
        help_menu.addAction(translate("MainWindow", "&Over CoopDesk"), self._on_about_triggered)
        self.book_actions = [self.close_action, self.details_action, self.statements_action,
                             *self.year_actions, *self.page_actions]

    def _build_book_menu(self, book_menu: QMenu) -> None:
        self.book_menu = book_menu
        book_menu.setObjectName("bookMenu")
        self.details_action = book_menu.addAction(translate("MainWindow", "&Gegevens coöperatie…"),
                                                  self.show_cooperative_details)
        self.statements_action = book_menu.addAction(translate("MainWindow", "&Jaaroverzichten…"),
                                                     self.show_statements)
        book_menu.addSeparator()
        # the year close (issue 11): the Spaarpotten page's wizard and dialogs
        self.year_actions: list[QAction] = []
        for text, slot, name in (
            (translate("MainWindow", "Jaar&afsluiting…"), self.close_year, "closeYearAction"),
            (translate("MainWindow", "Jaar &heropenen…"), self.reopen_year, "reopenYearAction"),
            (translate("MainWindow", "Afspraken &winstverdeling…"), self.edit_agreement, "agreementAction"),
            (translate("MainWindow", "Afdracht ge&meente…"), self.municipality_share, "shareAction"),
        ):
            action = book_menu.addAction(text, slot)
            action.setObjectName(name)
            self.year_actions.append(action)
        self.close_year_action, self.reopen_year_action, self.agreement_action, self.share_action = self.year_actions

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_books()
        for path in recent:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_book_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.start_screen.set_recent(recent)

    def _on_undo_group_undo_text_changed(self, text: str) -> None:
        # the group's action shows "prefix text"; with nothing to undo, no dangling colon
        if not text:
            self.undo_action.setText(translate("MainWindow", "&Ongedaan maken"))

    def _on_undo_group_redo_text_changed(self, text: str) -> None:
        if not text:
            self.redo_action.setText(translate("MainWindow", "O&pnieuw"))

    def _on_language_triggered(self, action: QAction) -> None:
        self.settings.set(keys.LANGUAGE, str(action.data()))
        self.messages.info(
            "De taal verandert zodra u CoopDesk opnieuw start.\n"
            "The language changes when you restart CoopDesk.",
            translate("MainWindow", "Taal / Language"),
        )
