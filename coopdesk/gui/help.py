"""Help → Handleiding (F1) and Help → Over CoopDesk.

The treasurer's guide is one HTML file per language, `help/guide_<language>.html`,
written in the checkout's `resources/help/` and copied into the package by the
build (read here through `coopdesk.resources`). `HelpWindow` shows the one in the
app's language in a `QTextBrowser`, beside the main window (not modal: the user
reads and works at once). Links inside the guide are `#anchor`s; links to the web
open in the browser. The guide's last section lists the keyboard shortcuts, made
from the window's menus when the help opens, so it never lags behind them.

The About box says which version this is (`coopdesk.__version__`, the one number
in pyproject.toml), the licence, where the open book and its backups are, and the
app's own folder (demo books, the log file), with selectable text to copy a path.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk import resources
from coopdesk.domain.text import Language, current_language
from coopdesk.gui.paths import data_dir, log_path

SHORTCUTS_MARK = "<!--SHORTCUTS-->"
HELP_SIZE = QSize(760, 680)


def guide_name(language: Language) -> str:
    return f"guide_{language}.html"


def guide_html(language: Language, shortcuts: list[tuple[str, str]]) -> str:
    """The guide in `language` (Dutch when there is none in it), with `shortcuts`
    (what, keys) as a table in its shortcuts section."""
    try:
        source = resources.resource(resources.HELP, guide_name(language))
    except resources.MissingResource:
        source = resources.resource(resources.HELP, guide_name("nl"))
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcuts)
    return source.read_text(encoding="utf-8").replace(SHORTCUTS_MARK, f"<table>{rows}</table>")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what it does, its keys) for every menu action of `window` that has a shortcut,
    in menu order, as the user sees them (no "&", no trailing colon)."""
    rows: list[tuple[str, str]] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
                continue
            keys = ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                             for sequence in action.shortcuts() if not sequence.isEmpty())
            if keys:
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append((what.rstrip(": "), keys))

    walk(window.menuBar().actions())
    return rows


class HelpWindow(QDialog):
    """The treasurer's guide, in the app's language."""

    def __init__(self, language: Language, shortcuts: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("CoopDesk – handleiding"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.language = language
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)  # a web address opens in the browser
        self.browser.setHtml(guide_html(language, shortcuts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(HELP_SIZE)

    def show_section(self, anchor: str) -> None:
        """Scroll to a section (`#anchor`), as clicking its link in the contents does."""
        self.browser.setSource(QUrl(f"#{anchor}"))


def show_help(window: QMainWindow, anchor: str | None = None) -> HelpWindow:
    """Show the guide beside `window` (one help window per main window)."""
    existing = window.findChild(HelpWindow, "helpWindow")
    if existing is None or existing.language != current_language():
        if existing is not None:
            existing.deleteLater()
        existing = HelpWindow(current_language(), shortcut_rows(window), window)
    if anchor:
        existing.show_section(anchor)
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing


def licence() -> str:
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        found = metadata("coopdesk").get("License") or ""
    except PackageNotFoundError:
        found = ""
    return found or QCoreApplication.translate("About", "zie de documentatie bij CoopDesk")


def about_text(book: Path | None) -> str:
    """The About box's text: version, licence, the book and its backups, the app's folder."""
    from coopdesk import __version__
    from coopdesk.store.book import backups_folder

    def where(path: Path) -> str:
        return f"<tt>{html.escape(str(path))}</tt>"

    parts = [
        f"<b>CoopDesk {html.escape(__version__)}</b>",
        "<p>" + QCoreApplication.translate(
            "About", "Boekhouding voor participatiecoöperaties: ledenregister, uren, vergoedingen "
                     "binnen de wettelijke grenzen en de eigen boeken.") + "</p>",
        "<p>" + QCoreApplication.translate("About", "Versie: {version}<br>Licentie: {licence}").format(
            version=html.escape(__version__), licence=html.escape(licence())) + "</p>",
    ]
    if book is not None:
        parts.append("<p>" + QCoreApplication.translate("About", "Het boek: {book}<br>De backups: {backups}").format(
            book=where(book), backups=where(backups_folder(book))) + "</p>")
    else:
        parts.append("<p>" + QCoreApplication.translate("About", "Er is geen boek geopend.") + "</p>")
    parts.append("<p>" + QCoreApplication.translate("About", "Demoboeken: {folder}<br>Logbestand: {log}").format(
        folder=where(data_dir()), log=where(log_path())) + "</p>")
    return "".join(parts)


def show_about(window: QWidget, book: Path | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("About", "Over CoopDesk"), "",
                      QMessageBox.StandardButton.Close, window)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(book))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
