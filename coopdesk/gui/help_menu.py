"""The Help menu of the main window: Handleiding (F1), Sneltoetsen, Over CoopDesk.

The guide and the about box live in `help.py`; here is what the window adds: the list of
its keyboard shortcuts, read from the menus themselves (so a new menu entry with a
shortcut is listed without anyone remembering to), followed by the keys inside pages and
dialogs.

`HelpMenu` is one of the parts `main_window.MainWindow` is made of. Its texts are in the
translation context "MainWindow".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

translate = QCoreApplication.translate


class HelpMenu:
    """Help, shortcuts and about (a part of `MainWindow`; see the module docstring)."""

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
            (translate("MainWindow", "Volgend veld in een formulier"), translate("MainWindow", "Tab of Enter")),
            (translate("MainWindow", "Formulier opslaan of boeken"), translate("MainWindow", "Ctrl+Enter")),
            (translate("MainWindow", "Formulier sluiten zonder opslaan"), QKeySequence("Esc").toString(native)),
            (translate("MainWindow", "Urencel bewerken (typen vervangt de inhoud)"), "F2"),
            (translate("MainWindow", "Menu openen (onderstreepte letter)"), translate("MainWindow", "Alt+letter")),
        ]
        return found

    def show_shortcuts(self) -> None:
        import html  # not at start-up: 5 ms before the first paint

        rows = "".join(f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys_text)}</b></td></tr>"
                       for what, keys_text in self.shortcut_list())
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("MainWindow", "Sneltoetsen"), "",
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsBox")
        box.setStyleSheet("QLabel { min-width: 460px; }")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(translate("MainWindow", "<b>Sneltoetsen in CoopDesk</b>") + f"<table>{rows}</table>"
                    + translate("MainWindow", "<p>De handleiding staat onder Help → Handleiding (F1).</p>"))
        self._open_dialog(box)

    def show_help(self) -> None:
        from coopdesk.gui.help import show_help

        show_help(self)

    def _on_about_triggered(self) -> QMessageBox:
        from coopdesk.gui.help import show_about

        return show_about(self, self.book.path if self.book is not None else None)
