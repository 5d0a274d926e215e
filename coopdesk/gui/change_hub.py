"""The window's one change hub: what a service changed reaches every page.

Whoever calls a mutating service (a page, a dialog's save, an undo command, an
import job) emits the `Changes` it made into the hub; every page listens and
reloads what concerns it. `origin` is the page that made the change and shows it
already (it may skip its own reload: reloading the hours grid while a cell editor
closes throws the cursor back), or None for a change made from outside the
page, such as Undo from the Edit menu.

A page that is not on screen keeps what it was told and reloads once, when it is
next shown (`ChangeFollower`), so a change on one page never costs the others a
reload they do not show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from coopdesk.services.changes import Changes


class ChangeHub(QObject):
    changed = Signal(object, object)  # Changes, origin (the page that made it, or None)

    def emit_changes(self, changes: Changes, origin: QObject | None = None) -> None:
        if changes:
            self.changed.emit(changes, origin)


class ChangeFollower(QObject):
    """Feeds a page the hub's `Changes` that concern it: at once when the page is visible,
    gathered into one call when it is next shown otherwise.

    `concerns(changes)` picks what the page cares about; `apply(changes)` reloads it.
    Changes whose origin is the page itself are left to the page.
    """

    def __init__(self, page: QWidget, hub: ChangeHub, concerns: Callable[[Changes], bool],
                 apply: Callable[[Changes], None]) -> None:
        super().__init__(page)
        self._page = page
        self._concerns = concerns
        self._apply = apply
        self._pending: Changes | None = None
        hub.changed.connect(self._on_hub_changed)
        page.installEventFilter(self)

    @property
    def pending(self) -> Changes | None:
        """What the page has yet to show (None: it is up to date)."""
        return self._pending

    def _on_hub_changed(self, changes: Changes, origin: QObject | None) -> None:
        if origin is self._page or not self._concerns(changes):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if self._page.isVisible():
            self._flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._pending is not None:
            self._flush()
        return False

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._apply(pending)
