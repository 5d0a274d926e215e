"""The Weekrooster tab: a week of hours, entered from the keyboard.

Rows member x activity, Monday to Sunday and the row total, a totals row per day and
for the week. Every cell edit is saved at once through `services.hours.set_hours`
(one transaction) and pushed on the page's undo stack; a refused value is not saved
and the message line says why. Rows are added for a member and activity, or copied
from the week before. The Excel buttons live here; what they do is in `excel.py`.

The tab tells its page what it changed (`changed`, a `Changes`), and the page
passes that on to the window's change hub.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.activity import Activity
from coopdesk.domain.display import show_date
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.hours import (
    GridKey,
    WeekGrid,
    format_hours,
    iso_week,
    monday_of,
    monday_of_week,
    weeks_in_year,
)
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.hours.grid import HoursGridView, SetHoursCommand
from coopdesk.gui.hours.memory import FILTER, WEEK, BookMemory
from coopdesk.gui.hours.models import WeekGridModel
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes
from coopdesk.services.members import MemberFilter, list_members

MESSAGE_STYLES = {
    "error": "background: #fbeaea; color: #6b1d1d; border: 1px solid #efc7c7;",
    "warning": "background: #fff6dc; color: #5c4a12; border: 1px solid #f0e0a8;",
    "info": "background: #eaf3ef; color: #1d4d33; border: 1px solid #cfe3d8;",
}


class WeekTab(QWidget):
    changed = Signal(object)  # the Changes this tab made (it shows them already)
    history_requested = Signal(int)  # a member's id: show their hours history

    def __init__(self, book: Book, undo_stack: QUndoStack, memory: BookMemory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._undo = undo_stack
        self._memory = memory
        self._monday = memory.monday()
        self._extra: set[GridKey] = set()
        self._activities_hint = ""

        self.prev_button = QPushButton(self.tr("◀ Vorige week"))
        self.next_button = QPushButton(self.tr("Volgende week ▶"))
        self.this_week_button = QPushButton(self.tr("Deze week"))
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.week_label.setFont(font)
        self.week_label.setMinimumWidth(300)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setToolTip(self.tr("Ga naar de week van deze datum"))
        self.week_spin = QSpinBox()
        self.week_spin.setRange(1, 53)
        self.week_spin.setPrefix(self.tr("week "))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.this_week_button.clicked.connect(self._on_this_week_button_clicked)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.week_spin.valueChanged.connect(self._on_week_spin_value_changed)
        self.year_spin.valueChanged.connect(self._on_week_spin_value_changed)

        navigation = FlowLayout()  # wraps on a narrow window (issue 9)
        navigation.addWidget(self.prev_button)
        navigation.addWidget(self.week_label)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.this_week_button)
        navigation.addSpacing(16)
        go_to = QWidget()  # "Ga naar:" and its fields wrap as one, never the label alone
        go_to_row = QHBoxLayout(go_to)
        go_to_row.setContentsMargins(0, 0, 0, 0)
        go_to_row.addWidget(QLabel(self.tr("Ga naar:")))
        go_to_row.addWidget(self.date_edit)
        go_to_row.addWidget(self.week_spin)
        go_to_row.addWidget(self.year_spin)
        navigation.addWidget(go_to)
        navigation.addStretch(1)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek lid (naam of nummer)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setText(memory.get(FILTER))
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.member_combo = QComboBox()
        self.member_combo.setEditable(True)
        self.member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member_combo.setMinimumWidth(220)
        self.member_combo.lineEdit().setPlaceholderText(self.tr("Lid"))
        completer = QCompleter(self.member_combo.model(), self.member_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.member_combo.setCompleter(completer)
        self.activity_combo = QComboBox()
        self.activity_combo.setMinimumWidth(140)
        self.add_row_button = QPushButton(self.tr("Rij toevoegen"))
        self.add_row_button.clicked.connect(self._on_add_row_button_clicked)
        self.copy_button = QPushButton(self.tr("Rijen van vorige week"))
        self.copy_button.setToolTip(self.tr("Zet de leden en activiteiten van vorige week leeg klaar"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.template_button = QPushButton(self.tr("Excel-sjabloon…"))
        self.template_button.setToolTip(self.tr("Schrijf een leeg urenformulier voor vrijwilligers"))
        self.import_button = QPushButton(self.tr("Excel inlezen…"))
        self.import_button.setToolTip(self.tr("Lees een ingevuld urenformulier in"))

        rows_bar = FlowLayout()
        rows_bar.addWidget(self.search_edit)
        rows_bar.addSpacing(16)
        rows_bar.addWidget(self.member_combo)
        rows_bar.addWidget(self.activity_combo)
        rows_bar.addWidget(self.add_row_button)
        rows_bar.addWidget(self.copy_button)
        rows_bar.addStretch(1)
        rows_bar.addWidget(self.template_button)
        rows_bar.addWidget(self.import_button)

        self.grid_model = WeekGridModel(WeekGrid(self._monday, ()), self._book.clock.today(), self._write_cell, self)
        self.grid_view = HoursGridView()
        self.grid_view.setModel(self.grid_model)
        self.grid_view.set_column_widths()
        self.grid_view.clear_cells = self._clear_cells
        self.grid_view.doubleClicked.connect(self._on_grid_view_double_clicked)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(30)
        self.message.setContentsMargins(8, 4, 8, 4)
        self.week_total_label = QLabel()
        self.week_total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # margins, not style-sheet padding: QLabel's size hint counts margins, so the text is never clipped
        self.week_total_label.setStyleSheet("color: #333;")
        self.week_total_label.setContentsMargins(8, 0, 8, 0)
        self.grid_model.modelReset.connect(self._update_week_total)
        self.grid_model.dataChanged.connect(self._update_week_total)
        self.show_message(self._typing_help(), "info")

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(rows_bar)
        layout.addWidget(self.grid_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.week_total_label)
        layout.addLayout(bottom)

    # -- the week shown ----------------------------------------------------------------------------
    @property
    def monday(self) -> date:
        return self._monday

    def go_to_week(self, day: date) -> None:
        monday = monday_of(day)
        if monday != self._monday:
            self._monday = monday
            self._extra.clear()
        self.load_week()

    def load_week(self) -> None:
        today = self._book.clock.today()
        grid = hours_service.week_grid(self._book, self._monday, self.search_edit.text(), self._extra)
        self.grid_model.set_grid(grid, today)
        year, week = iso_week(self._monday)
        sunday = self._monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week {week} · {first} t/m {last}").format(
                week=week, first=show_date(self._monday), last=show_date(sunday))
        )
        for widget in (self.date_edit, self.week_spin, self.year_spin):
            widget.blockSignals(True)
        self.date_edit.setDate(QDate(self._monday.year, self._monday.month, self._monday.day))
        self.year_spin.setValue(year)
        self.week_spin.setMaximum(weeks_in_year(year))
        self.week_spin.setValue(week)
        for widget in (self.date_edit, self.week_spin, self.year_spin):
            widget.blockSignals(False)
        self.next_button.setEnabled(self._monday + timedelta(days=7) <= today)
        self._load_week_members()
        self._memory.set(WEEK, self._monday.isoformat())
        self._memory.set(FILTER, self.search_edit.text())

    def _update_week_total(self, *_args: object) -> None:
        grid = self.grid_model.grid
        members = len({row.key.member_id for row in grid.rows})
        text = self.tr("1 lid · {hours} uur deze week") if members == 1 else self.tr(
            "{members} leden · {hours} uur deze week")
        self.week_total_label.setText(text.format(members=members, hours=format_hours(grid.total)))

    def _load_week_members(self) -> None:
        current = self.member_combo.currentData()
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        for member_id, number, name in hours_service.week_members(self._book, self._monday):
            self.member_combo.addItem(f"{number}  {name}", int(member_id))
        index = self.member_combo.findData(current) if current is not None else -1
        self.member_combo.setCurrentIndex(index)
        if index < 0:
            self.member_combo.setEditText("")
        self.member_combo.blockSignals(False)

    def _on_prev_button_clicked(self) -> None:
        self.go_to_week(self._monday - timedelta(days=7))

    def _on_next_button_clicked(self) -> None:
        self.go_to_week(self._monday + timedelta(days=7))

    def _on_this_week_button_clicked(self) -> None:
        self.go_to_week(self._book.clock.today())

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        self.go_to_week(date(value.year(), value.month(), value.day()))

    def _on_week_spin_value_changed(self, _value: int) -> None:
        year = self.year_spin.value()
        week = min(self.week_spin.value(), weeks_in_year(year))
        self.go_to_week(monday_of_week(year, week))

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.load_week()

    # -- activities to add rows for --------------------------------------------------------------------
    def set_activities(self, activities: list[Activity]) -> None:
        """The activities (all, active or not) the page loaded; the active ones can get rows."""
        current = self.activity_combo.currentData()
        self.activity_combo.clear()
        for activity in activities:
            if activity.active:
                self.activity_combo.addItem(activity.name, int(activity.id))
        if current is not None and self.activity_combo.findData(current) >= 0:
            self.activity_combo.setCurrentIndex(self.activity_combo.findData(current))
        self._explain_missing_activities(bool(activities))

    def _explain_missing_activities(self, any_activity: bool) -> None:
        """Without an active activity no row can be added: say so, and where to make one."""
        usable = self.activity_combo.count() > 0
        hint = "" if usable else (
            self.tr("Er zijn geen actieve activiteiten. Maak er een weer actief op het tabblad Activiteiten.")
            if any_activity else
            self.tr("Er zijn nog geen activiteiten. Maak er eerst een aan op het tabblad Activiteiten."))
        self.add_row_button.setEnabled(usable)
        self.activity_combo.setEnabled(usable)
        self.add_row_button.setToolTip(hint)
        if hint:
            self._activities_hint = hint
            self.show_message(hint, "warning")
        elif self._activities_hint and self.message.text() == self._activities_hint:
            self._activities_hint = ""
            self.show_message(self._typing_help(), "info")

    def _typing_help(self) -> str:
        return self.tr("Typ uren als 2, 2,5 of 2:30: typen vervangt de cel, F2 bewerkt wat er staat. "
                       "Tab of Enter gaat verder, Delete maakt leeg.")

    # -- rows ----------------------------------------------------------------------------------------------
    def _on_add_row_button_clicked(self) -> None:
        member_id = self._chosen_member()
        activity_id = self.activity_combo.currentData()
        if member_id is None:
            self.show_message(self._why_not_a_member(), "warning")
            return
        if activity_id is None:
            self.show_message(self.tr("Kies eerst een lid en een activiteit."), "warning")
            return
        key = GridKey(member_id, activity_id)
        self._extra.add(key)
        if self.search_edit.text():
            self.search_edit.clear()  # reloads the week
        else:
            self.load_week()
        self._focus_row(key)

    def _chosen_member(self) -> int | None:
        """The member picked or typed in the combo: an exact entry, or the one entry containing the text."""
        text = self.member_combo.currentText().strip()
        if not text:
            return None
        index = self.member_combo.findText(text)
        if index < 0:
            matches = [i for i in range(self.member_combo.count())
                       if text.casefold() in self.member_combo.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        return self.member_combo.itemData(index) if index >= 0 else None

    def _why_not_a_member(self) -> str:
        """Why the typed member cannot get a row this week: left before it, joined after it, unknown."""
        text = self.member_combo.currentText().strip()
        if not text:
            return self.tr("Kies eerst een lid en een activiteit.")
        number, _, rest = text.partition(" ")
        search = rest.strip() if number.isdigit() and rest.strip() else text
        found = list_members(self._book, MemberFilter(search=search, include_former=True))
        sunday = self._monday + timedelta(days=6)
        if len(found) == 1:
            member = found[0]
            left_on, joined_on = member.details.left_on, member.details.joined_on
            if left_on is not None and left_on < self._monday:
                return self.tr("{name} is per {day} vertrokken en kan in deze week geen uren krijgen.").format(
                    name=member.name, day=show_date(left_on))
            if joined_on > sunday:
                return self.tr("{name} is pas lid vanaf {day} en kan in deze week nog geen uren krijgen.").format(
                    name=member.name, day=show_date(joined_on))
            return self.tr("Kies eerst een lid en een activiteit.")
        if not found:
            return self.tr("Geen lid gevonden voor '{text}'.").format(text=text)
        return self.tr("Meer dan één lid past bij '{text}': kies er een uit de lijst.").format(text=text)

    def _on_copy_button_clicked(self) -> None:
        found = hours_service.copy_last_week_rows(self._book, self._monday, self.search_edit.text())
        if not found:
            self.show_message(self.tr("Vorige week heeft geen andere rijen dan deze week."), "info")
            return
        rows = [row for row in found if self.grid_model.grid.row_index(row.key) is None]
        if not rows:
            self.show_message(self.tr("Alle rijen van vorige week staan er al."), "info")
            return
        self._extra.update(row.key for row in rows)
        self.load_week()
        self._focus_row(rows[0].key)
        text = self.tr("1 rij van vorige week klaargezet.") if len(rows) == 1 else self.tr(
            "{count} rijen van vorige week klaargezet.")
        self.show_message(text.format(count=len(rows)), "info")

    def _focus_row(self, key: GridKey) -> None:
        row = self.grid_model.grid.row_index(key)
        if row is None:
            return
        today = self._book.clock.today()
        column = WeekGridModel.FIRST_DAY
        for offset, day in enumerate(self.grid_model.grid.days):
            if day <= today:
                column = WeekGridModel.FIRST_DAY + offset
                break
        index = self.grid_model.index(row, column)
        self.grid_view.setCurrentIndex(index)
        self.grid_view.scrollTo(index)
        self.grid_view.setFocus()

    def _on_grid_view_double_clicked(self, index: QModelIndex) -> None:
        """Double-click on a member's name: show that member's hours history."""
        key = self.grid_model.key_at(index.row())
        if key is not None and index.column() == WeekGridModel.MEMBER:
            self.history_requested.emit(int(key.member_id))

    def _row_label(self, key: GridKey) -> str:
        row = self.grid_model.grid.row_index(key)
        if row is None:
            return ""
        line = self.grid_model.grid.rows[row]
        return f"{line.member_name}, {line.activity_name}"

    # -- cells -----------------------------------------------------------------------------------------------
    def _write_cell(self, key: GridKey, weekday: int, text: str) -> bool:
        """The grid's writer: save one cell through the service and push it on the undo stack."""
        day = self._monday + timedelta(days=weekday)
        try:
            change = hours_service.set_hours(self._book, key.member_id, key.activity_id, day, text)
        except CoopDeskError as error:
            self.show_message(f"{self._row_label(key)}, {show_date(day)}: {error.message()}", "error")
            return False
        self._extra.add(key)
        self.grid_model.set_cell(key, weekday, change.after)
        if change.before != change.after:
            self._undo.push(SetHoursCommand(self._apply_change, key, day, change.before, change.after,
                                            self._row_label(key), change.before_note, change.after_note))
            self.changed.emit(change.changes)
        if change.warning is not None:
            self.show_message(change.warning.render(), "warning")
        else:
            self.show_message(
                self.tr("Opgeslagen: {label}, {day}: {hours} uur.").format(
                    label=self._row_label(key), day=show_date(day), hours=format_hours(change.after)),
                "info",
            )
        return True

    def _apply_change(self, key: GridKey, day: date, minutes: int, note: str) -> bool:
        """Undo and redo: set a cell (with its note) back through the service and show its week."""
        try:
            hours_service.set_hours(self._book, key.member_id, key.activity_id, day, minutes, note)
        except CoopDeskError as error:
            self.show_message(
                self.tr("Kan niet ongedaan maken of opnieuw doen: {label}, {day}: {message}").format(
                    label=self._row_label(key) or self.tr("uren"), day=show_date(day),
                    message=error.message()),
                "error",
            )
            return False
        if monday_of(day) != self._monday:
            self._monday = monday_of(day)
            self._extra.clear()
        self._extra.add(key)
        self.load_week()
        self.changed.emit(Changes(members=frozenset({int(key.member_id)}), hours=True))
        return True

    def _clear_cells(self, indexes: list[QModelIndex]) -> None:
        """Delete on selected cells: clear them all, as one undo step."""
        cleared: list[tuple[GridKey, date, int, str]] = []
        for index in indexes:
            key = self.grid_model.key_at(index.row())
            day = self.grid_model.day_of(index.column())
            if key is None or day is None:
                continue
            try:
                change = hours_service.set_hours(self._book, key.member_id, key.activity_id, day, 0)
            except CoopDeskError as error:
                self.show_message(error.message(), "error")
                break
            if change.before:
                cleared.append((key, day, change.before, change.before_note))
        if not cleared:
            return
        # a macro of pushed commands (not child commands: PySide would drop their Python side)
        self._undo.beginMacro(self.tr("Uren wissen"))
        for key, day, before, note in cleared:
            self.grid_model.set_cell(key, day.weekday(), 0)
            self._undo.push(SetHoursCommand(self._apply_change, key, day, before, 0, self._row_label(key), note))
        self._undo.endMacro()
        self.changed.emit(Changes(members=frozenset(int(key.member_id) for key, *_ in cleared), hours=True))
        text = self.tr("1 cel leeggemaakt.") if len(cleared) == 1 else self.tr("{count} cellen leeggemaakt.")
        self.show_message(text.format(count=len(cleared)), "info")

    def show_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind] + " border-radius: 4px; padding: 4px 8px;")
        self.message.setProperty("kind", kind)
