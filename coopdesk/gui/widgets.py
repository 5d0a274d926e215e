"""Small view helpers shared by the dialogs: dates, field errors, formatting.

* Dates are shown Dutch-style (28-11-2026) in both languages. An optional date
  (birth date, date left) is a `QDateEdit` whose minimum date means "none": it
  shows the special text "geen"/"none" instead.
* `FieldErrors` puts each `Problem` of a `ValidationError` in a red label
  right under its field and highlights the field; problems without a known
  field go to one general label. Nothing else in the form changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QWidget,
)

from coopdesk.domain.errors import Problem, ValidationError

DATE_FORMAT = "dd-MM-yyyy"
NO_DATE = QDate(1900, 1, 1)
ERROR_COLOUR = "#b3261e"
_INVALID_STYLE = {
    "QLineEdit": f"QLineEdit {{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px;"
    " background: #fff6f5; }",
    "QPlainTextEdit": f"QPlainTextEdit {{ border: 1px solid {ERROR_COLOUR}; }}",
}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def setup_date_edit(edit: QDateEdit, *, optional: bool, none_text: str = "") -> None:
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    if optional:
        edit.setMinimumDate(NO_DATE)
        if none_text:
            edit.setSpecialValueText(none_text)
        edit.installEventFilter(_ClearOnDelete(edit))
        edit.setToolTip(QCoreApplication.translate("DateEdit", "Druk op Delete voor geen datum."))
    edit.setMaximumDate(QDate(2099, 12, 31))


class _ClearOnDelete(QObject):
    """Delete in an optional date field means "no date" (the field shows "geen")."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            watched.setDate(watched.minimumDate())
            return True
        return False


def date_value(edit: QDateEdit) -> date | None:
    """The date in an edit; None when an optional edit shows "none"."""
    value = edit.date()
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return from_qdate(value)


def set_date_value(edit: QDateEdit, value: date | None) -> None:
    if value is None:
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(to_qdate(value))


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def grow_to_fit(widget: QWidget) -> None:
    """Grow (never shrink) a dialog so newly shown error lines are not clipped."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    hint = widget.sizeHint()
    widget.resize(max(widget.width(), hint.width()), max(widget.height(), hint.height()))
    if layout is not None:
        # word-wrapped labels know their height only once their width is final
        layout.invalidate()
        layout.activate()
        height = max(layout.minimumSize().height(), widget.height())
        widget.resize(widget.width(), min(height, widget.sizeHint().height()))


def fit_wrapped_label(label: QLabel) -> None:
    """Give a word-wrapped label the height its current width needs (QFormLayout
    otherwise sizes it for a narrower width and clips or overlaps the text)."""
    if label.isVisibleTo(label.window()) and label.width() > 0:
        needed = label.heightForWidth(label.width())
        if needed != label.minimumHeight():
            label.setMinimumHeight(needed)


class FieldErrors:
    """Red messages under fields of a QFormLayout, one per field name."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel, QFormLayout | None]] = {}
        _style_error_label(general)
        general.hide()

    def add(self, name: str, widget: QWidget, form: QFormLayout, row_widget: QWidget | None = None) -> QLabel:
        """Insert a hidden error row right under `widget`'s row in `form` (the row of
        `row_widget` when the field sits inside a container)."""
        row, _role = form.getWidgetPosition(row_widget or widget)
        if row < 0:
            raise ValueError(f"{widget.objectName()} is not in the form")
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{name}Error")
        _style_error_label(label)
        form.insertRow(row + 1, "", label)
        form.setRowVisible(row + 1, False)
        self._fields[name] = (widget, label, form)
        return label

    def label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def message(self, name: str) -> str:
        """The error shown for `name` ('' when none)."""
        _widget, label, form = self._fields[name]
        return label.text() if _row_visible(form, label) else ""

    def general_message(self) -> str:
        return self._general.text() if not self._general.isHidden() else ""

    def clear(self) -> None:
        for widget, label, form in self._fields.values():
            label.clear()
            label.setMinimumHeight(0)
            label.setMaximumHeight(16777215)
            if form is not None:
                form.setRowVisible(label, False)
            _highlight(widget, False)
        self._general.clear()
        self._general.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for item in error.problems:
            if item.field in self._fields:
                self._show_one(item)
                widget = self._fields[item.field][0]
                first = first or widget
            else:
                general.append(item.message())
        if general:
            self._general.setText("\n".join(general))
            self._general.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_one(self, item: Problem) -> None:
        assert item.field is not None
        widget, label, form = self._fields[item.field]
        previous = label.text()
        label.setText(f"{previous}\n{item.message()}" if previous else item.message())
        # QFormLayout asks a word-wrapped label for its height at a narrow width and
        # centres the text in the surplus; fix the height for the field's real width.
        label.setFixedHeight(label.heightForWidth(max(widget.width(), 200)))
        if form is not None:
            form.setRowVisible(label, True)
        _highlight(widget, True)


def _row_visible(form: QFormLayout | None, label: QLabel) -> bool:
    if form is None:
        return not label.isHidden()
    row, _role = form.getWidgetPosition(label)
    return row >= 0 and form.isRowVisible(row)


def _style_error_label(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _highlight(widget: QWidget, on: bool) -> None:
    widget.setProperty("invalid", on)
    style = ""
    if on:
        for class_name, sheet in _INVALID_STYLE.items():
            if widget.inherits(class_name):
                style = sheet
                break
        else:
            name = widget.objectName() or "invalid"
            widget.setObjectName(name)
            style = f"#{name} {{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; }}"
    widget.setStyleSheet(style)
