"""Table models of the hours page: thin `QAbstractTableModel`s over frozen rows.

Each model holds one service result (a `WeekGrid`, an `HoursOverview`, ...)
and formats it for people: hours as ``2,5``, amounts as ``€ 2,50``, numbers
right-aligned, totals in bold on a light background. Models never call the
book: the weekly grid hands an edited cell to a writer the page supplies
(which calls the service and pushes an undo command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.hours import (
    DAY_NAMES,
    DAY_WARNING_MINUTES,
    DAYS_PER_WEEK,
    MONTH_NAMES,
    MONTHS,
    GridKey,
    HistoryRow,
    HoursOverview,
    ImportProblem,
    MemberHistory,
    OverviewRow,
    WeekGrid,
    format_hours,
)
from coopdesk.domain.text import format_euro

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
TOTAL_BACKGROUND = QColor("#eef2f1")
WEEKEND_BACKGROUND = QColor("#f7f7f4")
CLOSED_BACKGROUND = QColor("#f0f0f0")
MUTED = QColor("#8a8a8a")
WARNING_BACKGROUND = QColor("#fff3cd")

# (key, weekday, typed text) -> True when saved
CellWriter = Callable[[GridKey, int, str], bool]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class WeekGridModel(QAbstractTableModel):
    """Rows member x activity, columns Monday..Sunday and the row total; a totals row last."""

    MEMBER, ACTIVITY = 0, 1
    FIRST_DAY = 2
    TOTAL = FIRST_DAY + DAYS_PER_WEEK

    def __init__(self, grid: WeekGrid, today: date, writer: CellWriter | None = None, parent=None) -> None:
        super().__init__(parent)
        self._grid = grid
        self._today = today
        self._writer = writer
        self._bold = _bold()
        self.last_write_failed = False
        self._count()

    def _count(self) -> None:
        """Totals a repaint asks for per cell, counted once per grid (500 members x 7 days
        would otherwise sum every row for every painted cell)."""
        self._member_days = self._grid.member_day_totals()
        self._day_totals = self._grid.day_totals

    # -- data --------------------------------------------------------------------------
    @property
    def grid(self) -> WeekGrid:
        return self._grid

    def set_grid(self, grid: WeekGrid, today: date | None = None) -> None:
        self.beginResetModel()
        self._grid = grid
        if today is not None:
            self._today = today
        self._count()
        self.endResetModel()

    def set_cell(self, key: GridKey, weekday: int, minutes: int) -> None:
        """Show a saved value; row, day and week totals follow."""
        row = self._grid.row_index(key)
        if row is None:
            return
        self._grid = self._grid.with_cell(key, weekday, minutes)
        self._count()
        column = self.FIRST_DAY + weekday
        self.dataChanged.emit(self.index(row, column), self.index(row, self.TOTAL))
        # the member's other rows: their day may now (no longer) pass the warning
        for other, line in enumerate(self._grid.rows):
            if other != row and line.key.member_id == key.member_id:
                self.dataChanged.emit(self.index(other, column), self.index(other, column))
        totals = len(self._grid.rows)
        self.dataChanged.emit(self.index(totals, self.FIRST_DAY), self.index(totals, self.TOTAL))

    def key_at(self, row: int) -> GridKey | None:
        return self._grid.rows[row].key if 0 <= row < len(self._grid.rows) else None

    def day_of(self, column: int) -> date | None:
        weekday = column - self.FIRST_DAY
        return self._grid.days[weekday] if 0 <= weekday < DAYS_PER_WEEK else None

    def is_totals_row(self, row: int) -> bool:
        return row == len(self._grid.rows)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.TOTAL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.MEMBER:
                return self.tr("Lid")
            if section == self.ACTIVITY:
                return self.tr("Activiteit")
            if section == self.TOTAL:
                return self.tr("Totaal")
            day = self.day_of(section)
            if day is not None:
                return f"{DAY_NAMES[day.weekday()].render()} {day:%d-%m}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in (self.MEMBER, self.ACTIVITY) else RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        day = self.day_of(index.column())
        if day is not None and not self.is_totals_row(index.row()) and day <= self._today:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = self.is_totals_row(row)
        day = self.day_of(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if totals:
                if column == self.MEMBER:
                    return self.tr("Totaal") if role == Qt.ItemDataRole.DisplayRole else ""
                if column == self.ACTIVITY:
                    return ""
                if column == self.TOTAL:
                    return format_hours(self._grid.total)
                return format_hours(self._day_totals[column - self.FIRST_DAY], empty_zero=True)
            grid_row = self._grid.rows[row]
            if column == self.MEMBER:
                return f"{grid_row.member_number}  {grid_row.member_name}"
            if column == self.ACTIVITY:
                return grid_row.activity_name
            if column == self.TOTAL:
                return format_hours(grid_row.total)
            return format_hours(grid_row.cells[column - self.FIRST_DAY], empty_zero=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in (self.MEMBER, self.ACTIVITY) else RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals or column == self.TOTAL else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if totals or column == self.TOTAL:
                return QBrush(TOTAL_BACKGROUND)
            if day is not None and day > self._today:
                return QBrush(CLOSED_BACKGROUND)
            if day is not None and not self._grid.rows[row].is_member_on(day):
                return QBrush(CLOSED_BACKGROUND)
            if day is not None and not totals:
                member_id = self._grid.rows[row].key.member_id
                if self._member_days[member_id][day.weekday()] > DAY_WARNING_MINUTES:
                    return QBrush(WARNING_BACKGROUND)
            if day is not None and day.weekday() >= 5:
                return QBrush(WEEKEND_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if day is not None and day > self._today:
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and day is not None and not totals:
            if day > self._today:
                return self.tr("Deze dag moet nog komen.")
            grid_row = self._grid.rows[row]
            if not grid_row.is_member_on(day):
                return self.tr("{name} was op deze dag geen lid.").format(name=grid_row.member_name)
            return f"{grid_row.member_name}, {grid_row.activity_name}, {day:%d-%m-%Y}"
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.key_at(index.row())
        if key is None or self._writer is None:
            return False
        text = "" if value is None else str(value)
        current = self.data(index, Qt.ItemDataRole.EditRole)
        if text.strip() == current:
            self.last_write_failed = False
            return True
        saved = self._writer(key, index.column() - self.FIRST_DAY, text)
        self.last_write_failed = not saved
        return saved


class OverviewModel(QAbstractTableModel):
    """A year overview: number and name (or activity), twelve months, total; a totals row last.

    Sorts itself on any column (the totals row stays last)."""

    NUMBER, LABEL = 0, 1
    FIRST_MONTH = 2
    TOTAL = FIRST_MONTH + MONTHS

    def __init__(self, overview: HoursOverview | None = None, label_header: str = "", parent=None) -> None:
        super().__init__(parent)
        self._label_header = label_header
        self._rows: list[OverviewRow] = list(overview.rows) if overview else []
        self._overview = overview
        self._bold = _bold()

    def set_overview(self, overview: HoursOverview, label_header: str) -> None:
        self.beginResetModel()
        self._overview = overview
        self._rows = list(overview.rows)
        self._label_header = label_header
        self.endResetModel()

    @property
    def overview(self) -> HoursOverview | None:
        return self._overview

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._overview is None else len(self._rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.TOTAL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NUMBER:
                return self.tr("Nr.")
            if section == self.LABEL:
                return self._label_header
            if section == self.TOTAL:
                return self.tr("Totaal")
            return MONTH_NAMES[section - self.FIRST_MONTH].render()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section == self.LABEL else RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._overview is None:
            return None
        row, column = index.row(), index.column()
        totals = row == len(self._rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if totals:
                if column == self.LABEL:
                    return self.tr("Totaal")
                if column == self.NUMBER:
                    return ""
                if column == self.TOTAL:
                    return format_hours(self._overview.total)
                return format_hours(self._overview.month_totals[column - self.FIRST_MONTH], empty_zero=True)
            line = self._rows[row]
            if column == self.NUMBER:
                return "" if line.number is None else str(line.number)
            if column == self.LABEL:
                return line.label
            if column == self.TOTAL:
                return format_hours(line.total)
            return format_hours(line.months[column - self.FIRST_MONTH], empty_zero=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column == self.LABEL else RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals or column == self.TOTAL else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND) if totals or column == self.TOTAL else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def key(line: OverviewRow) -> tuple[object, ...]:
            if column == self.NUMBER:
                return (line.number or 0, line.label)
            if column == self.LABEL:
                return (line.label.lower(),)
            if column == self.TOTAL:
                return (line.total,)
            return (line.months[column - self.FIRST_MONTH],)

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class HistoryModel(QAbstractTableModel):
    """A member's hours per month and activity, newest first, with a totals row."""

    MONTH, ACTIVITY, DAYS, HOURS = range(4)

    def __init__(self, history: MemberHistory | None = None, parent=None) -> None:
        super().__init__(parent)
        self._history = history
        self._bold = _bold()

    def set_history(self, history: MemberHistory | None) -> None:
        self.beginResetModel()
        self._history = history
        self.endResetModel()

    def _rows(self) -> Sequence[HistoryRow]:
        return self._history.rows if self._history else ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._history is None else len(self._rows()) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Maand"), self.tr("Activiteit"), self.tr("Dagen"), self.tr("Uren"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in (self.DAYS, self.HOURS) else LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._history is None:
            return None
        rows = self._rows()
        totals = index.row() == len(rows)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if totals:
                return (self.tr("Totaal"), "", str(sum(r.days for r in rows)),
                        format_hours(self._history.total))[column]
            line = rows[index.row()]
            if column == self.MONTH:
                return f"{MONTH_NAMES[line.month - 1].render()} {line.year}"
            if column == self.ACTIVITY:
                return line.activity_name
            if column == self.DAYS:
                return str(line.days)
            return format_hours(line.minutes)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (self.DAYS, self.HOURS) else LEFT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND) if totals else None
        return None


class ActivitiesModel(QAbstractTableModel):
    """Activities with their cost centre, hourly allowance and whether they take hours."""

    NAME, COST_CENTRE, RATE, STATUS = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._activities: list[Activity] = []
        self._centres: dict[int, CostCentre] = {}

    def set_activities(self, activities: Sequence[Activity], centres: Sequence[CostCentre]) -> None:
        self.beginResetModel()
        self._activities = list(activities)
        self._centres = {int(c.id): c for c in centres}
        self.endResetModel()

    def activity_at(self, row: int) -> Activity | None:
        return self._activities[row] if 0 <= row < len(self._activities) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Activiteit"), self.tr("Kostenplaats"), self.tr("Uurvergoeding"),
                    self.tr("Status"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.RATE else LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity = self._activities[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return activity.name
            if column == self.COST_CENTRE:
                centre = self._centres.get(int(activity.cost_centre_id))
                return f"{centre.code} – {centre.name}" if centre else "?"
            if column == self.RATE:
                return format_euro(activity.hourly_rate.amount)
            return self.tr("actief") if activity.active else self.tr("niet actief")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.RATE else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and not activity.active:
            return QBrush(MUTED)
        return None


class ImportReportModel(QAbstractTableModel):
    """The rows of an import report: row number and what is wrong (or worth a look)."""

    def __init__(self, problems: Sequence[ImportProblem] = (), parent=None) -> None:
        super().__init__(parent)
        self._problems = list(problems)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rij"), self.tr("Wat er niet klopt"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == 0 else LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        found = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(found.row) if found.row else self.tr("hele blad")
            text = found.message()
            if found.text.render().startswith("{"):
                return text  # starts with a value (a file name...): show it exactly as it is
            return text[:1].upper() + text[1:]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return found.message()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == 0 else LEFT
        return None
