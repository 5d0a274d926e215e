"""A tool bar row that wraps: `FlowLayout`, a drop-in for a `QHBoxLayout` row of controls.

A page's row of buttons and fields must not set the window's minimum width: on a
1024-px screen the row continues on a second line instead of widening the window
(issue 9). The layout lays its items out left to right at their size hint and
starts a new line when the next item does not fit. Its minimum width is the widest
single item, and it reports the height it needs for a width (`heightForWidth`), so
a `QVBoxLayout` around it gives it a second line and takes the room from the table
below.

`addStretch()` and `addSpacing()` work as in a `QHBoxLayout`: a stretch takes the
free room of its line, so controls after it sit at the right end of that line, as
they did in the one-line row; spacing at the start of a line is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: list[QSpacerItem] = []
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QHBoxLayout-like building ----------------------------------------------------------
    def addSpacing(self, size: int) -> None:  # noqa: N802 (Qt's name)
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, _stretch: int = 1) -> None:  # noqa: N802 (Qt's name)
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._stretches.append(spacer)
        self.addItem(spacer)

    # -- QLayout ----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretches = [s for s in self._stretches if s is not item]
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Everything on one line, as the `QHBoxLayout` it replaces."""
        hints = [item.sizeHint() for item in self._visible()]
        width = sum(h.width() for h in hints) + self._spacing(Qt.Orientation.Horizontal) * max(len(hints) - 1, 0)
        height = max((h.height() for h in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """The widest single control: anything wider goes on its own line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- the layout itself ------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or item.spacerItem() is not None]

    def _spacing(self, orientation: Qt.Orientation) -> int:
        own = self.spacing()
        if own >= 0:
            return own
        parent = self.parentWidget()
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        found = parent.style().pixelMetric(metric, None, parent) if parent is not None else -1
        return found if found >= 0 else 6

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        gap = self._spacing(Qt.Orientation.Horizontal)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            item_width = item.sizeHint().width()
            if lines[-1] and used + gap + item_width > width:
                lines.append([])
                used = 0
            if not lines[-1] and item.spacerItem() is not None and item not in self._stretches:
                continue  # no fixed spacing at the start of a line
            used += (gap if lines[-1] else 0) + item_width
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing(Qt.Orientation.Horizontal)
        line_gap = self._spacing(Qt.Orientation.Vertical)
        y = area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            hints = [item.sizeHint() for item in line]
            height = max(h.height() for h in hints)
            stretches = [item for item in line if item in self._stretches]
            free = area.width() - sum(h.width() for h in hints) - gap * (len(line) - 1)
            x = area.x()
            for item, hint in zip(line, hints, strict=True):
                width = min(hint.width(), area.width())
                if item in stretches and free > 0:
                    width += free // len(stretches)
                if place:
                    item_height = height if item.expandingDirections() & Qt.Orientation.Vertical else hint.height()
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + gap
            y += height + (line_gap if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()
