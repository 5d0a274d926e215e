"""How every table model declares its columns: one `Column` per column (examples.md, habit 6).

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MemberTableModel", "Nr."), lambda m: m.number, width=64),
        Column(QT_TRANSLATE_NOOP("MemberTableModel", "Naam"), lambda m: m.name, lambda m: m.name.casefold()),
    )

A column has a Dutch header (marked for lupdate with `QT_TRANSLATE_NOOP` in the model's
translation context, translated when shown), a `value` taken from one row (a report
cell: `str`, `Text`, `Money`, `date`, `Hours`, a count or None, shown by `display`, which
is `coopdesk.exports.report_text.show_cell`: the one rendering of `coopdesk.domain.display`),
an optional sort key, alignment (by default right for money, hours and numbers, left for
the rest), a starting width and a tooltip. A model keeps its columns in `self.columns` and answers `headerData` with
`header_data`; `data()` stays a flat switch on role that asks the column for the text.
Columns that depend on the data (the days of a week, the months of a year) are built
by a function the same way, with a header that is already in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.money import Money
from coopdesk.domain.reports import Cell, Hours
from coopdesk.exports.report_text import show_cell

Row = TypeVar("Row")
LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def display(value: object) -> str:
    """A cell value as people read it: € 1.234,56, 28-11-2026, 2,5 hours, the Text in their
    language; anything else as `str` gives it."""
    return show_cell(cast(Cell, value))


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str  # Dutch source text (QT_TRANSLATE_NOOP in the model's context), or text already translated
    value: Callable[[Row], object]
    sort_key: Callable[[Row], Any] | None = None  # None: sort on the value
    alignment: int | None = None  # None: right for money, hours and numbers, left for the rest
    width: int = 0  # the view's starting width in pixels (0: leave it to the view)
    tooltip: str = ""  # Dutch source text, same context as the header

    def text(self, row: Row) -> str:
        return display(self.value(row))

    def align(self, value: object = None) -> int:
        if self.alignment is not None:
            return self.alignment
        return RIGHT if isinstance(value, Money | Hours | Decimal | int) and not isinstance(value, bool) else LEFT

    def key(self, row: Row) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.value(row)


def header_data(columns: Sequence[Column[Any]], context: str, section: int, orientation: Qt.Orientation,
                role: int, *, align_headers: bool = True) -> Any:
    """`headerData` for a model whose columns are `columns`, translated in `context`.
    `align_headers=False` keeps every header left (a sortable view's arrow sits on the right)."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    column = columns[section]
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate(context, column.header) if column.header else ""
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return column.align() if align_headers else LEFT
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
        return QCoreApplication.translate(context, column.tooltip)
    return None


AnyIndex = QModelIndex | QPersistentModelIndex
NEGATIVE = QColor("#b3261e")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A table over frozen rows set at once, shown through `columns`; the header texts are
    translated in `context`. A negative amount is red (and keeps its minus sign).
    Subclasses may give a cell a tooltip, a row a background, a cell a colour."""

    context = ""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None
        return header_data(self.columns, self.context, section, orientation, role)

    def tooltip(self, row: Row, column: int) -> str:
        return ""

    def background(self, row: Row) -> QColor | None:
        return None

    def foreground(self, row: Row, column: int, value: object) -> QColor | None:
        return NEGATIVE if isinstance(value, Money) and value.is_negative() else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align(column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column()) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, index.column(), column.value(row))
            return QBrush(colour) if colour is not None else None
        return None
