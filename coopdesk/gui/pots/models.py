"""Table models of the Spaarpotten page and the year-close wizard: thin
`QAbstractTableModel`s over the frozen rows one service call returns (examples.md,
habit 6): the pots with their balances, a pot's movements, the year's result per
activity and the distribution over the pots.

Columns are `coopdesk.gui.columns.Column`s; amounts and dates are shown through
`coopdesk.domain.display`. A negative amount (a withdrawal, a loss) is shown in red and
with its minus sign, not by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.money import Money
from coopdesk.domain.pot import PotMovement, PotRow
from coopdesk.domain.year_close import ActivityResult, PotPart
from coopdesk.gui.columns import Column, display, header_data

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "PotsColumns"
NEGATIVE = QColor("#b3261e")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows set at once."""

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
        return header_data(self.columns, CONTEXT, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = column.value(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return display(value) or None
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, Money) and value.is_negative():
            return QBrush(NEGATIVE)
        return None


POT_COLUMNS: tuple[Column[PotRow], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naam"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Saldo"), lambda r: r.balance),
)

MOVEMENT_COLUMNS: tuple[Column[PotMovement], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Datum"), lambda m: m.booked_on),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Soort"), lambda m: m.kind.label),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Bedrag"), lambda m: m.amount),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Doel of reden"), lambda m: m.reason),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Bonnummer"), lambda m: m.receipt_reference),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Goedgekeurd door"), lambda m: m.approved_by),
)

RESULT_COLUMNS: tuple[Column[ActivityResult], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Activiteit"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Opbrengsten"), lambda a: a.income),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Kosten"), lambda a: a.costs),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Resultaat"), lambda a: a.result),
)

PART_COLUMNS: tuple[Column[PotPart], ...] = (
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Nr."), lambda p: p.member_number),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naam"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PotsColumns", "Naar spaarpot"), lambda p: p.amount),
)


class PotsModel(RowsModel[PotRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(POT_COLUMNS, parent)


class MovementsModel(RowsModel[PotMovement]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(MOVEMENT_COLUMNS, parent)


class ResultModel(RowsModel[ActivityResult]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(RESULT_COLUMNS, parent)


class PartsModel(RowsModel[PotPart]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PART_COLUMNS, parent)
