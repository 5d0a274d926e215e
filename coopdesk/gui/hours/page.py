"""The hours page: enter a week of hours from the keyboard, see overviews, keep activities.

One room per tab, as the ledger page is organised:

* `week_tab.WeekTab` (Weekrooster): the weekly grid, saved cell by cell and undoable;
  its Excel buttons are served by `excel.SheetActions` (template, import on a worker).
* `overview_tab.OverviewTab` (Overzichten): hours per member or activity per month,
  one member's history.
* `activities_tab.ActivitiesTab` (Activiteiten): activities and cost centres.

This module holds the page itself: the tabs, what the page remembers per book
(`memory.BookMemory`), and the traffic with the window's change hub. A tab tells the
page what it changed; the page updates its other tabs and passes the change on to the
hub. What other pages change reaches the page through the hub (`_on_changes`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coopdesk.gui.change_hub import ChangeFollower, ChangeHub
from coopdesk.gui.hours.activities_tab import ActivitiesTab
from coopdesk.gui.hours.excel import SheetActions
from coopdesk.gui.hours.memory import BookMemory
from coopdesk.gui.hours.overview_tab import OverviewTab
from coopdesk.gui.hours.week_tab import WeekTab
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes

WEEK_TAB, OVERVIEW_TAB, ACTIVITIES_TAB = range(3)


def _concerns_hours(changes: Changes) -> bool:
    return bool(changes.members) or changes.hours or changes.activities or changes.cost_centres


class HoursPage(QWidget):
    """Hours: weekly grid, overviews and activities for one open book."""

    def __init__(
        self,
        book: Book,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self.hub = hub if hub is not None else ChangeHub(self)
        self.memory = BookMemory(book, settings)
        self.week = WeekTab(book, undo_stack, self.memory)
        self.excel = SheetActions(book, self.week)
        self.overviews = OverviewTab(book)
        self.activities = ActivitiesTab(book)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.week, self.tr("Weekrooster"))
        self.tabs.addTab(self.overviews, self.tr("Overzichten"))
        self.tabs.addTab(self.activities, self.tr("Activiteiten"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.week.changed.connect(self._on_tab_changed)
        self.excel.changed.connect(self._on_tab_changed)
        self.activities.changed.connect(self._on_tab_changed)
        self.week.history_requested.connect(self.show_member_history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.refresh()
        self.follower = ChangeFollower(self, self.hub, _concerns_hours, self._on_changes)

    # -- the page contract --------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Uren")

    def refresh(self) -> None:
        """Reload what the page shows from the book."""
        self._load_activities()
        self.week.load_week()
        self._overviews_changed()

    # -- the week shown, for the window and scripts -----------------------------------------------
    @property
    def monday(self) -> date:
        return self.week.monday

    def go_to_week(self, day: date) -> None:
        self.week.go_to_week(day)

    def show_member_history(self, member_id: int) -> None:
        self.tabs.setCurrentIndex(OVERVIEW_TAB)
        self.overviews.show_member_history(member_id)

    # -- changes --------------------------------------------------------------------------------------
    def _load_activities(self) -> None:
        activities = hours_service.list_activities(self._book, include_inactive=True)
        self.activities.set_activities(activities, hours_service.list_cost_centres(self._book))
        self.week.set_activities(activities)

    def _overviews_changed(self) -> None:
        self.overviews.stale = True
        if self.tabs.currentIndex() == OVERVIEW_TAB:
            self.overviews.load()

    def _on_tab_changed(self, changes: Changes) -> None:
        """A tab changed the book: bring the other tabs up to date, then tell the other pages."""
        if changes.activities or changes.cost_centres:
            self._load_activities()
            self.week.load_week()
        self._overviews_changed()
        self.hub.emit_changes(changes, origin=self)

    def _on_changes(self, changes: Changes) -> None:
        """What another page, a dialog or an undo changed: reload what shows it."""
        if changes.activities or changes.cost_centres:
            self._load_activities()
        self.week.load_week()
        self._overviews_changed()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == OVERVIEW_TAB and self.overviews.stale:
            self.overviews.load()
