"""A date field a treasurer can type into: 12-03-1985, 12031985, 12-3-1985.

`QDateEdit` makes typing a whole date awkward (it edits one section at a time and,
for an optional date, starts from a placeholder year 1900), so forms use
`DateField`: a line edit parsed by `coopdesk.domain.dates.parse_date`, with a
calendar button beside it. An optional field may be left empty ("geen"); a
required one shows its error like any other field when empty. The calendar opens
at the typed date, else at `open_at` (e.g. thirty years ago for a birth date).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from coopdesk.domain.dates import parse_date
from coopdesk.domain.display import show_date
from coopdesk.domain.errors import ValidationError


class DateField(QWidget):
    """Line edit + calendar button. `value()` raises `ValidationError` for a wrong date."""

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = False
        self.field_name: str | None = None
        self.open_at: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.edit.setMaxLength(12)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Kalender"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def setup(self, *, field: str, optional: bool, open_at: date | None = None) -> None:
        self.field_name = field
        self.optional = optional
        self.open_at = open_at
        if optional:
            self.edit.setPlaceholderText(self.tr("geen (dd-mm-jjjj)"))

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> date | None:
        """The typed date; None when empty. Raises `ValidationError` naming the field."""
        return parse_date(self.edit.text(), self.field_name)

    def value_or_none(self) -> date | None:
        try:
            return self.value()
        except ValidationError:
            return None

    def set_value(self, day: date | None) -> None:
        self.edit.setText(show_date(day))

    def text(self) -> str:
        return self.edit.text()

    # -- slots -----------------------------------------------------------------------------------
    def _on_menu_about_to_show(self) -> None:
        self.calendar.setLocale(QLocale())
        shown = self.value_or_none() or self.open_at or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _on_calendar_clicked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edit_text_changed(self, _text: str) -> None:
        self.dateChanged.emit()

    def _on_edit_editing_finished(self) -> None:
        # tidy a good date into the one notation (12031985 -> 12-03-1985)
        day = self.value_or_none()
        if day is not None and self.edit.text() != show_date(day):
            self.set_value(day)
