"""The member table: a thin model over the `Member` values one service query returns.

Rows are frozen `Member`s (never ORM objects); the columns are `gui.columns.Column`s
(header, value, sort key, alignment, width); `data()` is a flat switch on role. The
model sorts itself (no proxy model over Python data, design.md "Speed habits").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.member import Member
from coopdesk.gui.columns import LEFT, RIGHT, Column, header_data

AnyIndex = QModelIndex | QPersistentModelIndex
FORMER_COLOUR = QColor("#6f6f6f")
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "MemberTableModel"


def _date_key(day: date | None) -> date:
    return day or date.max


COLUMNS: tuple[Column[Member], ...] = (
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Nr."), lambda m: str(m.number), lambda m: m.number,
           RIGHT, 64),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Naam"), lambda m: m.name, lambda m: m.name.casefold(),
           LEFT, 230),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Woonplaats"), lambda m: m.details.city,
           lambda m: m.details.city.casefold(), LEFT, 130),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Vergoeding"), lambda m: m.details.regime.label,
           lambda m: m.details.regime.label.render(), LEFT, 240),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Lid sinds"), lambda m: m.details.joined_on,
           lambda m: m.details.joined_on, RIGHT, 96),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Vertrokken"), lambda m: m.details.left_on,
           lambda m: _date_key(m.details.left_on), RIGHT, 96),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Reden vertrek"),
           lambda m: m.details.leave_reason.label if m.details.leave_reason else None,
           lambda m: m.details.leave_reason.label.render() if m.details.leave_reason else "", LEFT, 160),
)


class MemberTableModel(QAbstractTableModel):
    """Members as rows; `set_members` replaces them all (one query per refresh)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._today = date.min
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.columns = COLUMNS

    # -- filling --------------------------------------------------------------------
    def set_members(self, members: Sequence[Member], today: date) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._today = today
        self._apply_sort()
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        return self._members[row]

    def row_of(self, member_id: int) -> int:
        for row, member in enumerate(self._members):
            if member.id == member_id:
                return row
        return -1

    # -- Qt's model interface -------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._members)):
            return None
        member = self._members[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(member)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align()
        if role == Qt.ItemDataRole.ForegroundRole:
            left = member.details.left_on
            return QBrush(FORMER_COLOUR) if left is not None and left < self._today else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return member.details.notes or None
        if role == MEMBER_ID_ROLE:
            return int(member.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # headers stay left-aligned: the sort arrow sits on the right
        return header_data(self.columns, CONTEXT, section, orientation, role, align_headers=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._members[index.row()].id for index in persistent]
        self._sort = (column, order)
        self._apply_sort()
        new_rows = {member.id: row for row, member in enumerate(self._members)}
        for index, member_id in zip(persistent, ids, strict=True):
            self.changePersistentIndex(index, self.index(new_rows[member_id], index.column()))
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = self.columns[column].key
        self._members.sort(key=lambda m: (key(m), m.number),
                           reverse=order == Qt.SortOrder.DescendingOrder)
