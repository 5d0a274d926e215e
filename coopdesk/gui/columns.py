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

from PySide6.QtCore import QCoreApplication, Qt

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
