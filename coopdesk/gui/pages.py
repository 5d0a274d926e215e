"""The pages of the main window, in navigation order.

Page contract (every area's page follows it):

    class SomePage(QWidget):
        def __init__(self, book: Book, undo_stack: QUndoStack, parent: QWidget | None = None,
                     *, hub: ChangeHub | None = None): ...
        def title(self) -> str: ...      # translated label (the same as its entry's title)
        def refresh(self) -> None: ...   # reload everything from services

`Book` comes from `coopdesk.services.books`, `ChangeHub` from
`coopdesk.gui.change_hub`. The main window lists every entry's title in the
navigation when a book opens, but imports and builds a page only when it is
first shown, so the window appears fast on a large book (the start-up target is
0.6 s). A page whose entry has `takes_settings` also gets `settings=` (the
QSettings of the app's settings file).

Each page gets its own undo stack (the window's `QUndoGroup` makes the visible
page's stack the active one, so Ctrl+Z never undoes what the user cannot see)
and the window's one change hub: a page emits into the hub the `Changes` of
every service call that writes, and follows the hub to reload what concerns it
(`change_hub.ChangeFollower`). Without a hub (a page built alone, in a test) it
makes its own. Only pages that work are listed here. The first page (Overzicht, the
dashboard) is what start-up paints: it reads through the stdlib reader, without
SQLAlchemy.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageEntry:
    title_source: str  # Dutch; translated in the context "Navigation"
    module: str
    class_name: str
    takes_settings: bool = False  # the page accepts `settings=` (the app's QSettings) to remember things in

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)

    def page_class(self) -> type[QWidget]:
        page_class: type[QWidget] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


PAGES: tuple[PageEntry, ...] = (
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Overzicht"), "coopdesk.gui.dashboard.page", "DashboardPage"),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Leden"), "coopdesk.gui.members.page", "MembersPage"),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Uren"), "coopdesk.gui.hours.page", "HoursPage",
              takes_settings=True),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Boekhouding"), "coopdesk.gui.ledger.page", "LedgerPage"),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Vergoedingen"), "coopdesk.gui.payout.page", "PayoutPage"),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Spaarpotten"), "coopdesk.gui.pots.page", "PotsPage"),
    PageEntry(QT_TRANSLATE_NOOP("Navigation", "Uitstroom"), "coopdesk.gui.outflow.page", "OutflowPage"),
)


def page_classes() -> list[type[QWidget]]:
    """Every page class, imported (for tests and the screenshot tool)."""
    return [entry.page_class() for entry in PAGES]
