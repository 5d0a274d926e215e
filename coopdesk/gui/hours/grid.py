"""The weekly grid's view, editing delegate and undo command.

Typing in a day cell replaces its value, as in a spreadsheet; F2 (or a double
click) edits the value, F2 with the cursor at its end. Typing on a name, a total or a future day
does nothing (no keyboard search jumping elsewhere). Tab and Shift+Tab move to the next or previous
day cell (skipping names and totals), Enter saves and moves down, Delete clears
the selected cells. A value that is refused stays unsaved and the cursor stays
on the cell, so the treasurer can correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from coopdesk.domain.display import show_day_month
from coopdesk.domain.hours import GridKey, format_hours
from coopdesk.gui.hours.models import WeekGridModel

AnyIndex = QModelIndex | QPersistentModelIndex


class HoursDelegate(QStyledItemDelegate):
    """Edits a day cell as text ('2,5', '2:30'); the model hands the text to the service."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        editor.setMaxLength(12)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class HoursGridView(QTableView):
    """A table view tuned for entering hours from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(HoursDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setStyleSheet(
            "QTableView { gridline-color: #dde3e1; selection-background-color: #cfe3df;"
            " selection-color: black; }"
        )
        self.clear_cells: Callable[[list[QModelIndex]], None] | None = None

    def grid_model(self) -> WeekGridModel | None:
        model = self.model()
        return model if isinstance(model, WeekGridModel) else None

    def set_column_widths(self) -> None:
        header = self.horizontalHeader()
        header.resizeSection(WeekGridModel.MEMBER, 230)
        header.resizeSection(WeekGridModel.ACTIVITY, 130)
        for column in range(WeekGridModel.FIRST_DAY, WeekGridModel.TOTAL):
            header.resizeSection(column, 68)
        header.resizeSection(WeekGridModel.TOTAL, 76)
        header.setStretchLastSection(False)

    def _editable(self, index: QModelIndex) -> bool:
        return bool(index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable)

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab go from day cell to day cell, skipping names, totals and future days."""
        forward = cursorAction == QAbstractItemView.CursorAction.MoveNext
        if cursorAction not in (QAbstractItemView.CursorAction.MoveNext,
                                QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(cursorAction, modifiers)
        model = self.model()
        current = self.currentIndex()
        if model is None:
            return current
        columns, rows = model.columnCount(), model.rowCount()
        position = (current.row() * columns + current.column()) if current.isValid() else -1
        step = 1 if forward else -1
        position += step
        while 0 <= position < rows * columns:
            candidate = model.index(position // columns, position % columns)
            if self._editable(candidate):
                return candidate
            position += step
        return current

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.grid_model()
        if model is not None and model.last_write_failed:
            # refused: stay on the cell so the value can be corrected
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        below = model.index(current.row() + 1, current.column())
        if self._editable(below):
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                cells = [i for i in self.selectionModel().selectedIndexes() if self._editable(i)]
                if not cells and self._editable(self.currentIndex()):
                    cells = [self.currentIndex()]
                if cells and self.clear_cells is not None:
                    self.clear_cells(cells)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if self._is_typing(event) and not self._editable(self.currentIndex()):
                # a name, a total or a future day: typing there does nothing (no editor, no jump)
                event.accept()
                return
            if self._is_typing(event) or key == Qt.Key.Key_F2:
                self._start_editing(event.text() if key != Qt.Key.Key_F2 else None)
                event.accept()
                return
        super().keyPressEvent(event)

    def _start_editing(self, typed: str | None) -> None:
        """Open the current cell's editor: with `typed` in place of the value (typing
        replaces, whatever order the platform delivers focus and key in), or with None
        keeping the value and putting the cursor at its end (F2)."""
        current = self.currentIndex()
        if not self._editable(current) or not self.edit(current, QAbstractItemView.EditTrigger.AllEditTriggers,
                                                         None):  # type: ignore[arg-type]
            return
        editor = self.indexWidget(current)
        if not isinstance(editor, QLineEdit):
            return
        if typed is None:
            editor.deselect()
            editor.end(False)
        else:
            editor.setText(typed)

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        return bool(text) and text.isprintable() and not (event.modifiers() & blocked)

    def keyboardSearch(self, search: str) -> None:
        """No type-to-find: a digit typed on a total would jump to a cell that starts with it."""


# (key, day, minutes, note) -> True when saved; on a refusal it shows why and returns False
CellApplier = Callable[[GridKey, date, int, str], bool]


class SetHoursCommand(QUndoCommand):
    """One cell changed: holds the minutes and note before and after, and calls the service
    to redo/undo.

    The first redo is skipped: the change was already saved when the command was pushed.
    When the service refuses an undo or redo (the day has closed, the activity is no longer
    active, the day would pass 24 hours...), the applier shows why and the command marks
    itself obsolete: the stack drops it instead of saying "undone" over an unchanged book.
    """

    def __init__(
        self,
        apply: CellApplier,
        key: GridKey,
        day: date,
        before: int,
        after: int,
        label: str,
        before_note: str = "",
        after_note: str = "",
    ) -> None:
        text = QCoreApplication.translate("SetHoursCommand", "Uren {label} {day}: {after}").format(
            label=label, day=show_day_month(day), after=format_hours(after) if after else "—")
        super().__init__(text)
        self._apply = apply
        self.key = key
        self.day = day
        self.before = before
        self.after = after
        self.before_note = before_note
        self.after_note = after_note
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self._apply(self.key, self.day, self.after, self.after_note):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self.key, self.day, self.before, self.before_note):
            self.setObsolete(True)
