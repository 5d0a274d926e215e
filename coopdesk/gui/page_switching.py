"""The pages of an open book in the main window, and switching between them.

One navigation entry per `pages.PAGES` entry; a page is imported and built the first time
it is shown (a stand-in widget holds its place until then), so the window paints fast on
a large book. Every page has its own undo stack in the window's `QUndoGroup`, and the
group's active stack follows the page on screen, so Bewerken → Ongedaan maken never
changes anything on a page the user cannot see. A page that missed changes while hidden
catches up when shown (`change_hub.ChangeFollower`).

`PageSwitching` is one of the parts `main_window.MainWindow` is made of.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from coopdesk.gui.pages import PAGES


class PageSwitching:
    """The pages and the navigation (a part of `MainWindow`; see the module docstring)."""

    _built: dict[int, QWidget]
    undo_stacks: list[QUndoStack]

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

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0 or self.book is None:
            return
        self.page_at(row)
        self.undo_group.setActiveStack(self.undo_stacks[row])
        self.page_stack.setCurrentIndex(row)  # a page that missed changes catches up when shown
        self._update_output_actions()
