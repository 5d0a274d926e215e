"""A table column that takes the free width, but never less than it needs.

`QHeaderView.ResizeMode.Stretch` gives a column what the other columns leave; on a
1024-px screen the member register's other columns left the names 25 px ("J…").
`stretch_column(view, column, minimum)` keeps the column's width at the free width
or `minimum`, whichever is larger: on a narrow window the table scrolls sideways
instead of squeezing the names (issue 9).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class _StretchWithMinimum(QObject):
    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._minimum = minimum
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_header_section_resized)
        self.fit()

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self._column and not header.isSectionHidden(c))
        wanted = max(self._minimum, self._view.viewport().width() - others)
        if header.sectionSize(self._column) != wanted:
            header.resizeSection(self._column, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_header_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self._column:
            self.fit()


def stretch_column(view: QTableView, column: int, minimum: int) -> None:
    """Let `column` of `view` take the free width, never less than `minimum` pixels."""
    _StretchWithMinimum(view, column, minimum)
