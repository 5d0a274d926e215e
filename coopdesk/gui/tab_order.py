"""The keyboard goes where the eye goes: tab order in reading order, Enter to the next field.

Qt's default tab order is the order in which widgets were *created*, which in a form
built in code is rarely the order of its rows: the Uitgave form jumped from
Omschrijving to Bonnummer, skipping "Betaald uit" and "Soort uitgave" (issue 9).

`reading_order(dialog)` lists the focusable controls of a window in the order its
layouts show them: a form row by row (label, then field), a grid row by row and left
to right, a box layout in order, a group box or scroll area as a block at its place,
the dialog's buttons in the order the button box shows them. `set_reading_tab_order`
makes that the Tab order. Designer forms declare theirs in the `.ui` (`<tabstops>`);
the tests compare every dialog's Tab chain with `reading_order`.

`EnterMovesOn` makes Enter in a field go to the next field instead of pressing the
dialog's default button; Ctrl+Enter presses it. Used where a stray Enter would post
a half-typed entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QWidget,
)


def takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def reading_order(root: QWidget) -> list[QWidget]:
    """The focusable controls under `root` in the order its layouts show them."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if widget.isHidden() and widget is not root:
            return
        if type(widget) is QScrollArea:
            inner = widget.widget()
            if inner is not None:
                visit_widget(inner)
            return
        if widget is not root and takes_tab_focus(widget):
            if widget not in found:  # a form's spanning row is both its field and its span
                found.append(widget)
            return
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)

    def visit_item(item: QLayoutItem | None) -> None:
        if item is None:
            return
        widget = item.widget()
        if widget is not None:
            visit_widget(widget)
            return
        layout = item.layout()
        if layout is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    visit_item(layout.itemAt(row, role))
        elif isinstance(layout, QGridLayout):
            cells = []
            for index in range(layout.count()):
                row, column, _rows, _columns = layout.getItemPosition(index)
                cells.append((row, column, index))
            for _row, _column, index in sorted(cells):
                visit_item(layout.itemAt(index))
        else:
            indexes = list(range(layout.count()))
            if isinstance(layout, QBoxLayout) and layout.direction() in (
                    QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop):
                indexes.reverse()
            for index in indexes:
                visit_item(layout.itemAt(index))

    visit_widget(root)
    return found


def set_reading_tab_order(root: QWidget) -> list[QWidget]:
    """Make Tab follow `reading_order(root)`; returns that order."""
    order = reading_order(root)
    for area in root.findChildren(QScrollArea):
        if type(area) is QScrollArea and area.widget() is not None and reading_order(area.widget()):
            # its fields take the focus (and it scrolls to them): the frame itself is no stop
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return order


class EnterMovesOn(QObject):
    """Event filter for a dialog: Enter in a field moves to the next field; Ctrl+Enter
    presses `button` (the dialog's Save/Boeken). Enter on a focused button still
    presses that button, and Enter in a multi-line text still starts a new line."""

    def __init__(self, dialog: QWidget, button: QAbstractButton) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._button = button

    def watch(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks from the open list
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self._button.isEnabled():
                self._button.click()
            return True
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        self._dialog.focusNextChild()
        return True
