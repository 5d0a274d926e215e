"""The hours page: enter a week of hours from the keyboard, see overviews, keep activities.

Three tabs:

* **Weekrooster** (weekly grid): rows member x activity, Monday to Sunday and
  the row total, a totals row per day and for the week. Every cell edit is saved
  at once through `services.hours.set_hours` (one transaction) and pushed on
  the window's undo stack; a refused value is not saved and the message line
  says why. Rows are added for a member and activity, or copied from the week
  before. Excel hours sheets are written and imported from here too.
* **Overzichten** (overviews): hours per member per month for a year, per
  activity per month, and one member's history.
* **Activiteiten** (activities): name, cost centre, hourly allowance, active.

The page only calls services and shows what they return. The week shown and
the member filter are remembered per book (its path and cooperative name) in the
`QSettings` given: the main window passes its settings file; without one, the
application's default settings once the application has a name.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QRect, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.activity import Activity
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.hours import (
    GridKey,
    ImportProblem,
    ImportReport,
    ImportRow,
    WeekGrid,
    format_hours,
    iso_week,
    monday_of,
    monday_of_week,
    weeks_in_year,
)
from coopdesk.domain.money import Money
from coopdesk.exports.hours_sheet import read_hours_sheet, write_hours_sheet
from coopdesk.gui.flow_layout import FlowLayout
from coopdesk.gui.hours.dialogs import ActivityDialog, CostCentreDialog, ImportReportDialog
from coopdesk.gui.hours.grid import HoursGridView, SetHoursCommand
from coopdesk.gui.hours.models import (
    ActivitiesModel,
    HistoryModel,
    OverviewModel,
    WeekGridModel,
)
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book, cooperative_details
from coopdesk.services.members import MemberFilter, list_members

MESSAGE_STYLES = {
    "error": "background: #fbeaea; color: #6b1d1d; border: 1px solid #efc7c7;",
    "warning": "background: #fff6dc; color: #5c4a12; border: 1px solid #f0e0a8;",
    "info": "background: #eaf3ef; color: #1d4d33; border: 1px solid #cfe3d8;",
}


class SortArrowHeaderStyle(QProxyStyle):
    """Header labels stop before the sort arrow: the style lets a right-aligned label ('Nr.',
    'Totaal') run under the arrow, which then covers its last letters."""

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if (element == QStyle.SubElement.SE_HeaderLabel and isinstance(option, QStyleOptionHeader)
                and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_):
            arrow = super().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
            if arrow.isValid() and rect.right() >= arrow.left() - 2:
                rect.setRight(arrow.left() - 3)
        return rect


def _application_settings() -> QSettings | None:
    """The application's settings, or None before the application is named (tests, scripts)."""
    return QSettings() if QCoreApplication.organizationName() else None


class HoursPage(QWidget):
    """Hours: weekly grid, overviews and activities for one open book."""

    OVERVIEW_MEMBERS, OVERVIEW_ACTIVITIES, OVERVIEW_HISTORY = range(3)

    def __init__(
        self,
        book: Book,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._undo = undo_stack
        self._settings = settings if settings is not None else _application_settings()
        self._settings_key = self._book_key(book)
        self._monday = self._remembered_monday()
        self._extra: set[GridKey] = set()
        self._overview_stale = True
        self.report_dialog: ImportReportDialog | None = None
        self._activities_hint = ""

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_week_tab(), self.tr("Weekrooster"))
        self.tabs.addTab(self._build_overview_tab(), self.tr("Overzichten"))
        self.tabs.addTab(self._build_activities_tab(), self.tr("Activiteiten"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.search_edit.blockSignals(True)
        self.search_edit.setText(self._remembered("filter"))
        self.search_edit.blockSignals(False)
        self.refresh()

    # -- remembered between sessions --------------------------------------------------------------
    @staticmethod
    def _book_key(book: Book) -> str:
        """Per book: its path and its cooperative's name, so a new book made at the same path
        (another cooperative) does not open on the old book's week and filter."""
        identity = f"{book.path or book.name}\n{cooperative_details(book).name}"
        return "hours/" + hashlib.sha1(identity.encode()).hexdigest()[:12]

    def _remembered(self, name: str) -> str:
        if self._settings is None:
            return ""
        value = self._settings.value(f"{self._settings_key}/{name}", "")
        return value if isinstance(value, str) else ""

    def _remembered_monday(self) -> date:
        today = self._book.clock.today()
        try:
            saved = date.fromisoformat(self._remembered("week"))
        except ValueError:
            return monday_of(today)
        return monday_of(saved) if saved <= today else monday_of(today)

    def _remember(self) -> None:
        if self._settings is not None:
            self._settings.setValue(f"{self._settings_key}/week", self._monday.isoformat())
            self._settings.setValue(f"{self._settings_key}/filter", self.search_edit.text())

    # -- the page contract --------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Uren")

    def refresh(self) -> None:
        """Reload what the page shows from the book (after an undo elsewhere, an import...)."""
        self._load_activities()
        self._load_week()
        self._overview_stale = True
        if self.tabs.currentIndex() == 1:
            self._load_overview()

    # -- building ----------------------------------------------------------------------------------
    def _build_week_tab(self) -> QWidget:
        tab = QWidget()
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
        navigation.addWidget(QLabel(self.tr("Ga naar:")))
        navigation.addWidget(self.date_edit)
        navigation.addWidget(self.week_spin)
        navigation.addWidget(self.year_spin)
        navigation.addStretch(1)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek lid (naam of nummer)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
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
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.import_button = QPushButton(self.tr("Excel inlezen…"))
        self.import_button.setToolTip(self.tr("Lees een ingevuld urenformulier in"))
        self.import_button.clicked.connect(self._on_import_button_clicked)

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
        self._show_message(self._typing_help(), "info")

        layout = QVBoxLayout(tab)
        layout.addLayout(navigation)
        layout.addLayout(rows_bar)
        layout.addWidget(self.grid_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.week_total_label)
        layout.addLayout(bottom)
        return tab

    def _build_overview_tab(self) -> QWidget:
        tab = QWidget()
        self.overview_kind = QComboBox()
        self.overview_kind.addItem(self.tr("Uren per lid per maand"), self.OVERVIEW_MEMBERS)
        self.overview_kind.addItem(self.tr("Uren per activiteit per maand"), self.OVERVIEW_ACTIVITIES)
        self.overview_kind.addItem(self.tr("Urenhistorie van een lid"), self.OVERVIEW_HISTORY)
        self.year_combo = QComboBox()
        self.history_member_combo = QComboBox()
        self.history_member_combo.setEditable(True)
        self.history_member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.history_member_combo.setMinimumWidth(240)
        completer = QCompleter(self.history_member_combo.model(), self.history_member_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_member_combo.setCompleter(completer)
        self.year_label = QLabel(self.tr("Jaar:"))
        self.member_label = QLabel(self.tr("Lid:"))
        self.overview_kind.currentIndexChanged.connect(self._on_overview_changed)
        self.year_combo.currentIndexChanged.connect(self._on_overview_changed)
        self.history_member_combo.currentIndexChanged.connect(self._on_overview_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.overview_kind)
        bar.addSpacing(12)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(self.member_label)
        bar.addWidget(self.history_member_combo)
        bar.addStretch(1)
        self.overview_caption = QLabel()
        font = self.overview_caption.font()
        font.setBold(True)
        self.overview_caption.setFont(font)
        self.overview_model = OverviewModel(parent=self)
        self.history_model = HistoryModel(parent=self)
        self.overview_view = QTableView()
        self.overview_view.setModel(self.overview_model)
        self._header_style = SortArrowHeaderStyle()
        self._header_style.setParent(self)
        self.overview_view.horizontalHeader().setStyle(self._header_style)
        self.overview_view.horizontalHeader().setSortIndicator(OverviewModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.overview_view.setSortingEnabled(True)
        self.overview_view.verticalHeader().setVisible(False)
        self.overview_view.verticalHeader().setDefaultSectionSize(24)
        self.overview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_view.setStyleSheet("QTableView { gridline-color: #e3e7e6; }")
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.overview_caption)
        layout.addWidget(self.overview_view, 1)
        return tab

    def _build_activities_tab(self) -> QWidget:
        tab = QWidget()
        self.activities_model = ActivitiesModel(self)
        self.activities_view = QTableView()
        self.activities_view.setModel(self.activities_model)
        self.activities_view.verticalHeader().setVisible(False)
        self.activities_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_view.doubleClicked.connect(self._on_edit_activity_button_clicked)
        self.activities_view.verticalHeader().setDefaultSectionSize(26)
        header = self.activities_view.horizontalHeader()
        for column, width in enumerate((220, 220, 120)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.new_activity_button = QPushButton(self.tr("Nieuwe activiteit…"))
        self.edit_activity_button = QPushButton(self.tr("Wijzigen…"))
        self.toggle_activity_button = QPushButton(self.tr("Niet meer actief"))
        self.new_cost_centre_button = QPushButton(self.tr("Nieuwe kostenplaats…"))
        self.new_cost_centre_button.setToolTip(
            self.tr("Een kostenplaats per deelcoöperatie, als de coöperatie een koepel is"))
        self.new_cost_centre_button.clicked.connect(self._on_new_cost_centre_button_clicked)
        self.new_activity_button.clicked.connect(self._on_new_activity_button_clicked)
        self.edit_activity_button.clicked.connect(self._on_edit_activity_button_clicked)
        self.toggle_activity_button.clicked.connect(self._on_toggle_activity_button_clicked)
        self.activities_view.selectionModel().currentRowChanged.connect(self._on_activity_selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_activity_button)
        buttons.addWidget(self.edit_activity_button)
        buttons.addWidget(self.toggle_activity_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_cost_centre_button)
        explanation = QLabel(self.tr(
            "Elke activiteit hoort bij een kostenplaats en heeft een uurvergoeding; de uitbetaling "
            "rekent daarmee. Een activiteit die niet meer actief is, krijgt geen nieuwe uren; "
            "de uren die er al op staan blijven."))
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #555;")
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.activities_view, 1)
        layout.addWidget(explanation)
        return tab

    # -- the weekly grid -------------------------------------------------------------------------
    @property
    def monday(self) -> date:
        return self._monday

    def go_to_week(self, day: date) -> None:
        monday = monday_of(day)
        if monday != self._monday:
            self._monday = monday
            self._extra.clear()
        self._load_week()

    def _load_week(self) -> None:
        today = self._book.clock.today()
        grid = hours_service.week_grid(self._book, self._monday, self.search_edit.text(), self._extra)
        self.grid_model.set_grid(grid, today)
        year, week = iso_week(self._monday)
        sunday = self._monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week {week} · {first} t/m {last}").format(
                week=week, first=f"{self._monday:%d-%m-%Y}", last=f"{sunday:%d-%m-%Y}")
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
        self._remember()

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
        self._load_week()

    def _on_add_row_button_clicked(self) -> None:
        member_id = self._chosen_member()
        activity_id = self.activity_combo.currentData()
        if member_id is None:
            self._show_message(self._why_not_a_member(), "warning")
            return
        if activity_id is None:
            self._show_message(self.tr("Kies eerst een lid en een activiteit."), "warning")
            return
        key = GridKey(member_id, activity_id)
        self._extra.add(key)
        if self.search_edit.text():
            self.search_edit.clear()  # reloads the week
        else:
            self._load_week()
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
                    name=member.name, day=f"{left_on:%d-%m-%Y}")
            if joined_on > sunday:
                return self.tr("{name} is pas lid vanaf {day} en kan in deze week nog geen uren krijgen.").format(
                    name=member.name, day=f"{joined_on:%d-%m-%Y}")
            return self.tr("Kies eerst een lid en een activiteit.")
        if not found:
            return self.tr("Geen lid gevonden voor '{text}'.").format(text=text)
        return self.tr("Meer dan één lid past bij '{text}': kies er een uit de lijst.").format(text=text)

    def _on_copy_button_clicked(self) -> None:
        found = hours_service.copy_last_week_rows(self._book, self._monday, self.search_edit.text())
        if not found:
            self._show_message(self.tr("Vorige week heeft geen andere rijen dan deze week."), "info")
            return
        rows = [row for row in found if self.grid_model.grid.row_index(row.key) is None]
        if not rows:
            self._show_message(self.tr("Alle rijen van vorige week staan er al."), "info")
            return
        self._extra.update(row.key for row in rows)
        self._load_week()
        self._focus_row(rows[0].key)
        text = self.tr("1 rij van vorige week klaargezet.") if len(rows) == 1 else self.tr(
            "{count} rijen van vorige week klaargezet.")
        self._show_message(text.format(count=len(rows)), "info")

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

    def _on_grid_view_double_clicked(self, index) -> None:
        """Double-click on a member's name: show that member's hours history."""
        key = self.grid_model.key_at(index.row())
        if key is not None and index.column() == WeekGridModel.MEMBER:
            self.show_member_history(key.member_id)

    def show_member_history(self, member_id: int) -> None:
        self.tabs.setCurrentIndex(1)
        if self._overview_stale:
            self._load_overview()
        self.history_member_combo.blockSignals(True)
        self.history_member_combo.setCurrentIndex(self.history_member_combo.findData(int(member_id)))
        self.history_member_combo.blockSignals(False)
        self.overview_kind.setCurrentIndex(self.overview_kind.findData(self.OVERVIEW_HISTORY))
        self._show_overview()

    def _row_label(self, key: GridKey) -> str:
        row = self.grid_model.grid.row_index(key)
        if row is None:
            return ""
        line = self.grid_model.grid.rows[row]
        return f"{line.member_name}, {line.activity_name}"

    def _write_cell(self, key: GridKey, weekday: int, text: str) -> bool:
        """The grid's writer: save one cell through the service and push it on the undo stack."""
        day = self._monday + timedelta(days=weekday)
        try:
            change = hours_service.set_hours(self._book, key.member_id, key.activity_id, day, text)
        except CoopDeskError as error:
            self._show_message(f"{self._row_label(key)}, {day:%d-%m-%Y}: {error.message()}", "error")
            return False
        self._extra.add(key)
        self.grid_model.set_cell(key, weekday, change.after)
        if change.before != change.after:
            self._undo.push(SetHoursCommand(self._apply_change, key, day, change.before, change.after,
                                            self._row_label(key), change.before_note, change.after_note))
        if change.warning is not None:
            self._show_message(change.warning.render(), "warning")
        else:
            self._show_message(
                self.tr("Opgeslagen: {label}, {day}: {hours} uur.").format(
                    label=self._row_label(key), day=f"{day:%d-%m-%Y}", hours=format_hours(change.after)),
                "info",
            )
        return True

    def _apply_change(self, key: GridKey, day: date, minutes: int, note: str) -> bool:
        """Undo and redo: set a cell (with its note) back through the service and show its week."""
        try:
            hours_service.set_hours(self._book, key.member_id, key.activity_id, day, minutes, note)
        except CoopDeskError as error:
            self._show_message(
                self.tr("Kan niet ongedaan maken of opnieuw doen: {label}, {day}: {message}").format(
                    label=self._row_label(key) or self.tr("uren"), day=f"{day:%d-%m-%Y}",
                    message=error.message()),
                "error",
            )
            return False
        if monday_of(day) != self._monday:
            self._monday = monday_of(day)
            self._extra.clear()
        self._extra.add(key)
        self._load_week()
        self._overview_stale = True
        return True

    def _clear_cells(self, indexes: list) -> None:
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
                self._show_message(error.message(), "error")
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
        text = self.tr("1 cel leeggemaakt.") if len(cleared) == 1 else self.tr("{count} cellen leeggemaakt.")
        self._show_message(text.format(count=len(cleared)), "info")

    def _show_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind] + " border-radius: 4px; padding: 4px 8px;")
        self.message.setProperty("kind", kind)

    # -- Excel -------------------------------------------------------------------------------------
    def _choose_open_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Urenformulier inlezen"), str(self.template_suggestion().parent),
            self.tr("Excel-werkmappen (*.xlsx);;Alle bestanden (*)")
        )
        return path

    def template_suggestion(self) -> Path:
        """Where the save dialog starts: next to the book, named after it."""
        folder = self._book.path.parent if self._book.path is not None else Path.home()
        name = "".join(c if c.isalnum() or c in " -_." else "_" for c in self._book.name).strip() or "boek"
        return folder / f"urenformulier-{name}.xlsx"

    def _choose_save_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Urenformulier opslaan"), str(self.template_suggestion()),
            self.tr("Excel-werkmappen (*.xlsx)")
        )
        return path

    def _on_import_button_clicked(self) -> None:
        path = self._choose_open_file()
        if path:
            self.import_sheet(Path(path))

    def _on_template_button_clicked(self) -> None:
        path = self._choose_save_file()
        if path:
            self.write_template(Path(path))

    def write_template(self, path: Path) -> Path | None:
        try:
            written = write_hours_sheet(path, hours_service.sheet_template(self._book))
        except (CoopDeskError, OSError) as error:
            text = error.message() if isinstance(error, CoopDeskError) else str(error)
            QMessageBox.warning(self, self.tr("Urenformulier"), text)
            return None
        self._show_message(self.tr("Urenformulier opgeslagen: {path}").format(path=written), "info")
        return written

    def import_sheet(self, path: Path) -> ImportReport:
        """Read and import a filled hours sheet; the report opens in a dialog."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        rows: tuple[ImportRow, ...] = ()
        try:
            try:
                sheet = read_hours_sheet(path)
            except CoopDeskError as error:
                report = ImportReport(path.name, 0, (ImportProblem(0, error.text, tuple(error.values.items())),))
            else:
                rows = sheet.rows
                report = hours_service.import_hours(
                    self._book, sheet.rows, sheet.content_hash, sheet.source_name, sheet.problems, sheet.rows_read
                )
        finally:
            QApplication.restoreOverrideCursor()
        if report.ok:
            self._load_week()
            self._overview_stale = True
            self._show_message(report.summary(), "info")
        else:
            # never leave an earlier "5 rijen ingelezen" standing over a failed import
            self._show_message(
                self.tr("{file}: {summary} Zie het verslag.").format(file=report.source_name, summary=report.summary()),
                "error")
        scope = self._import_scope(rows) if report.ok else ""
        self.report_dialog = ImportReportDialog(report, self, scope=scope)
        self.report_dialog.open()
        return report

    def _import_scope(self, rows: tuple[ImportRow, ...]) -> str:
        """What an import filled: '3 rijen voor 2 leden, van 16-11-2026 t/m 24-11-2026 (week 47 en 48).'"""
        if not rows:
            return ""
        members = len({row.member_number for row in rows})
        first = min(row.worked_on for row in rows)
        last = max(row.worked_on for row in rows)
        weeks = sorted({iso_week(row.worked_on) for row in rows})
        count = (self.tr("1 rij") if len(rows) == 1 else self.tr("{count} rijen").format(count=len(rows)))
        who = (self.tr("1 lid") if members == 1 else self.tr("{count} leden").format(count=members))
        when = (self.tr("op {day}").format(day=f"{first:%d-%m-%Y}") if first == last else
                self.tr("van {first} t/m {last}").format(first=f"{first:%d-%m-%Y}", last=f"{last:%d-%m-%Y}"))
        numbers = [str(week) for _, week in weeks]
        if len(numbers) == 1:
            which = self.tr("week {week}").format(week=numbers[0])
        elif len(numbers) <= 4:
            which = self.tr("week {weeks} en {last}").format(weeks=", ".join(numbers[:-1]), last=numbers[-1])
        else:
            which = self.tr("{count} weken").format(count=len(numbers))
        return self.tr("{rows} voor {members}, {when} ({weeks}).").format(
            rows=count, members=who, when=when, weeks=which)

    # -- overviews -------------------------------------------------------------------------------------
    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1 and self._overview_stale:
            self._load_overview()

    def _on_overview_changed(self, _index: int) -> None:
        self._show_overview()

    def _load_overview(self) -> None:
        self._overview_stale = False
        for combo in (self.year_combo, self.history_member_combo):
            combo.blockSignals(True)
        year = self.year_combo.currentData()
        self.year_combo.clear()
        years = hours_service.hours_years(self._book)
        for value in reversed(years):
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year if year else years[-1])))
        member = self.history_member_combo.currentData()
        self.history_member_combo.clear()
        for found in list_members(self._book, MemberFilter(include_former=True)):
            self.history_member_combo.addItem(f"{found.number}  {found.name}", int(found.id))
        self.history_member_combo.setCurrentIndex(max(0, self.history_member_combo.findData(member)))
        for combo in (self.year_combo, self.history_member_combo):
            combo.blockSignals(False)
        self._show_overview()

    def _show_overview(self) -> None:
        kind = self.overview_kind.currentData()
        history = kind == self.OVERVIEW_HISTORY
        for widget in (self.year_label, self.year_combo):
            widget.setVisible(not history)
        for widget in (self.member_label, self.history_member_combo):
            widget.setVisible(history)
        if history:
            member_id = self.history_member_combo.currentData()
            found = hours_service.member_history(self._book, member_id) if member_id is not None else None
            self.history_model.set_history(found)
            self.overview_view.setSortingEnabled(False)
            self.overview_view.setModel(self.history_model)
            self.overview_view.setColumnHidden(0, False)
            header = self.overview_view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            for column, width in enumerate((110, 180, 70, 80)):
                header.resizeSection(column, width)
            self.overview_caption.setText(
                self.tr("{number} {name}: {hours} uur in totaal").format(
                    number=found.member_number, name=found.member_name, hours=format_hours(found.total))
                if found else ""
            )
            return
        year = self.year_combo.currentData() or self._book.clock.today().year
        if kind == self.OVERVIEW_ACTIVITIES:
            overview = hours_service.activity_month_overview(self._book, year)
            self.overview_model.set_overview(overview, self.tr("Activiteit"))
        else:
            overview = hours_service.member_month_overview(self._book, year)
            self.overview_model.set_overview(overview, self.tr("Naam"))
        if self.overview_view.model() is not self.overview_model:
            self.overview_view.setModel(self.overview_model)
        if not self.overview_view.isSortingEnabled():
            self.overview_view.horizontalHeader().setSortIndicator(
                OverviewModel.NUMBER if kind == self.OVERVIEW_MEMBERS else OverviewModel.LABEL,
                Qt.SortOrder.AscendingOrder)
            self.overview_view.setSortingEnabled(True)
        self.overview_view.setColumnHidden(OverviewModel.NUMBER, kind == self.OVERVIEW_ACTIVITIES)
        header = self.overview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        widths = {OverviewModel.NUMBER: 50, OverviewModel.LABEL: 200, OverviewModel.TOTAL: 72}
        for column in range(OverviewModel.TOTAL + 1):
            # never narrower than the header text plus the sort arrow ("Nr." was clipped by it)
            header.resizeSection(column, max(widths.get(column, 58), header.sectionSizeHint(column)))
        self.overview_caption.setText(
            f"{overview.title.render(year=year)} · "
            + self.tr("{hours} uur in totaal").format(hours=format_hours(overview.total))
        )

    # -- activities ----------------------------------------------------------------------------------
    def _load_activities(self) -> None:
        activities = hours_service.list_activities(self._book, include_inactive=True)
        self.activities_model.set_activities(activities, hours_service.list_cost_centres(self._book))
        current = self.activity_combo.currentData()
        self.activity_combo.clear()
        for activity in activities:
            if activity.active:
                self.activity_combo.addItem(activity.name, int(activity.id))
        if current is not None and self.activity_combo.findData(current) >= 0:
            self.activity_combo.setCurrentIndex(self.activity_combo.findData(current))
        self._on_activity_selection_changed()
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
            self._show_message(hint, "warning")
        elif self._activities_hint and self.message.text() == self._activities_hint:
            self._activities_hint = ""
            self._show_message(self._typing_help(), "info")

    def _typing_help(self) -> str:
        return self.tr("Typ uren als 2, 2,5 of 2:30. Tab of Enter gaat verder, Delete maakt leeg.")

    def _selected_activity(self) -> Activity | None:
        return self.activities_model.activity_at(self.activities_view.currentIndex().row())

    def _on_activity_selection_changed(self, *_args: object) -> None:
        activity = self._selected_activity()
        self.edit_activity_button.setEnabled(activity is not None)
        self.toggle_activity_button.setEnabled(activity is not None)
        if activity is not None:
            self.toggle_activity_button.setText(
                self.tr("Niet meer actief") if activity.active else self.tr("Weer actief maken"))

    def activity_dialog(self, activity: Activity | None = None) -> ActivityDialog:
        centres = hours_service.list_cost_centres(self._book)

        def save(name: str, centre_id: int, rate: Money, active: bool) -> Activity:
            if activity is None:
                saved = hours_service.add_activity(self._book, name, centre_id, rate)
                if not active:
                    saved = hours_service.set_activity_active(self._book, saved.id, False)
                return saved
            return hours_service.update_activity(self._book, activity.id, name=name, cost_centre_id=centre_id,
                                                 hourly_rate=rate, active=active)

        dialog = ActivityDialog(centres, save, activity, self)
        dialog.accepted.connect(self._on_activity_dialog_accepted)
        return dialog

    def _on_activity_dialog_accepted(self) -> None:
        self._load_activities()
        self._load_week()
        self._overview_stale = True

    def cost_centre_dialog(self) -> CostCentreDialog:
        dialog = CostCentreDialog(lambda code, name: hours_service.add_cost_centre(self._book, code, name), self)
        dialog.accepted.connect(self._load_activities)
        return dialog

    def _on_new_cost_centre_button_clicked(self) -> None:
        self.cost_centre_dialog().open()

    def _on_new_activity_button_clicked(self) -> None:
        self.activity_dialog().open()

    def _on_edit_activity_button_clicked(self, *_args: object) -> None:
        activity = self._selected_activity()
        if activity is not None:
            self.activity_dialog(activity).open()

    def _on_toggle_activity_button_clicked(self) -> None:
        activity = self._selected_activity()
        if activity is None:
            return
        row = self.activities_view.currentIndex().row()
        hours_service.set_activity_active(self._book, activity.id, not activity.active)
        self._load_activities()
        self.activities_view.setCurrentIndex(self.activities_model.index(row, 0))
