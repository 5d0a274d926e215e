"""Table models of the hours page: thin `QAbstractTableModel`s over frozen rows.

Each model holds one service result (a `WeekGrid`, an `HoursOverview`, ...)
and formats it for people: hours as ``2,5``, amounts as ``€ 2,50``, numbers
right-aligned, totals in bold on a light background. Models never call the
book: the weekly grid hands an edited cell to a writer the page supplies
(which calls the service and pushes an undo command).

Columns are declared as every model declares them (`coopdesk.gui.columns.Column`);
the days of a week and the months of a year are columns built per grid or year.
A totals row, where a model has one, is not a row of data and is answered apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.display import show_date, show_day_month
from coopdesk.domain.hours import (
    DAY_NAMES,
    DAY_WARNING_MINUTES,
    DAYS_PER_WEEK,
    MONTH_NAMES,
    MONTHS,
    GridKey,
    GridRow,
    HistoryRow,
    HoursOverview,
    ImportProblem,
    MemberHistory,
    OverviewRow,
    WeekGrid,
    format_hours,
)
from coopdesk.gui.columns import LEFT, RIGHT, Column, header_data

AnyIndex = QModelIndex | QPersistentModelIndex
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


def week_columns(grid: WeekGrid) -> tuple[Column[GridRow], ...]:
    """Member, activity, the seven days of the grid's week (headers such as 'ma 23-11'), total."""
    days = tuple(
        Column(f"{DAY_NAMES[day.weekday()].render()} {show_day_month(day)}",
               lambda row, i=i: format_hours(row.cells[i], empty_zero=True), alignment=RIGHT)
        for i, day in enumerate(grid.days)
    )
    return (
        Column(QT_TRANSLATE_NOOP("WeekGridModel", "Lid"), lambda row: f"{row.member_number}  {row.member_name}",
               alignment=LEFT),
        Column(QT_TRANSLATE_NOOP("WeekGridModel", "Activiteit"), lambda row: row.activity_name, alignment=LEFT),
        *days,
        Column(QT_TRANSLATE_NOOP("WeekGridModel", "Totaal"), lambda row: format_hours(row.total), alignment=RIGHT),
    )


def overview_columns(label_header: str) -> tuple[Column[OverviewRow], ...]:
    """Number, name or activity (`label_header`, already translated), twelve months, total."""
    months = tuple(
        Column(MONTH_NAMES[i].render(), lambda line, i=i: format_hours(line.months[i], empty_zero=True),
               lambda line, i=i: line.months[i], RIGHT)
        for i in range(MONTHS)
    )
    return (
        Column(QT_TRANSLATE_NOOP("OverviewModel", "Nr."), lambda line: "" if line.number is None else line.number,
               lambda line: (line.number or 0, line.label), RIGHT),
        Column(label_header, lambda line: line.label, lambda line: line.label.lower(), LEFT),
        *months,
        Column(QT_TRANSLATE_NOOP("OverviewModel", "Totaal"), lambda line: format_hours(line.total),
               lambda line: line.total, RIGHT),
    )


HISTORY_COLUMNS: tuple[Column[HistoryRow], ...] = (
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Maand"),
           lambda line: f"{MONTH_NAMES[line.month - 1].render()} {line.year}", alignment=LEFT),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Activiteit"), lambda line: line.activity_name, alignment=LEFT),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Dagen"), lambda line: line.days, alignment=RIGHT),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Uren"), lambda line: format_hours(line.minutes), alignment=RIGHT),
)


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
        self.columns = week_columns(grid)
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
        if grid.days != self._grid.days:
            self.columns = week_columns(grid)
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
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return header_data(self.columns, "WeekGridModel", section, orientation, role)

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
            return self.columns[column].text(self._grid.rows[row])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[column].align()
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
            return f"{grid_row.member_name}, {grid_row.activity_name}, {show_date(day)}"
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
        self.columns = overview_columns(label_header)
        self._rows: list[OverviewRow] = list(overview.rows) if overview else []
        self._overview = overview
        self._bold = _bold()

    def set_overview(self, overview: HoursOverview, label_header: str) -> None:
        self.beginResetModel()
        self._overview = overview
        self._rows = list(overview.rows)
        self.columns = overview_columns(label_header)
        self.endResetModel()

    @property
    def overview(self) -> HoursOverview | None:
        return self._overview

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._overview is None else len(self._rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return header_data(self.columns, "OverviewModel", section, orientation, role)

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
            return self.columns[column].text(self._rows[row])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[column].align()
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals or column == self.TOTAL else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND) if totals or column == self.TOTAL else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self.columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class HistoryModel(QAbstractTableModel):
    """A member's hours per month and activity, newest first, with a totals row."""

    MONTH, ACTIVITY, DAYS, HOURS = range(4)

    def __init__(self, history: MemberHistory | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = HISTORY_COLUMNS
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
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return header_data(self.columns, "HistoryModel", section, orientation, role)

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
            return self.columns[column].text(rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[column].align()
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND) if totals else None
        return None


class ActivitiesModel(QAbstractTableModel):
    """Activities with their cost centre, hourly allowance and whether they take hours."""

    NAME, COST_CENTRE, RATE, STATUS, OWNER = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._activities: list[Activity] = []
        self._centres: dict[int, CostCentre] = {}
        self._owners: dict[int, str] = {}  # activity id -> "number name" of a member enterprise's owner
        self.columns: tuple[Column[Activity], ...] = (
            Column(QT_TRANSLATE_NOOP("ActivitiesModel", "Activiteit"), lambda a: a.name, width=220),
            Column(QT_TRANSLATE_NOOP("ActivitiesModel", "Kostenplaats"), self._centre_label, width=220),
            Column(QT_TRANSLATE_NOOP("ActivitiesModel", "Uurvergoeding"), lambda a: a.hourly_rate, alignment=RIGHT,
                   width=120),
            Column(QT_TRANSLATE_NOOP("ActivitiesModel", "Status"),
                   lambda a: self.tr("actief") if a.active else self.tr("niet actief"), width=100),
            Column(QT_TRANSLATE_NOOP("ActivitiesModel", "Onderneming van"), lambda a: self._owners.get(int(a.id), "")),
        )

    def _centre_label(self, activity: Activity) -> str:
        centre = self._centres.get(int(activity.cost_centre_id))
        return f"{centre.code} – {centre.name}" if centre else "?"

    def set_activities(self, activities: Sequence[Activity], centres: Sequence[CostCentre],
                       owners: Mapping[int, str] | None = None) -> None:
        self.beginResetModel()
        self._activities = list(activities)
        self._centres = {int(c.id): c for c in centres}
        self._owners = dict(owners or {})
        self.endResetModel()

    def activity_at(self, row: int) -> Activity | None:
        return self._activities[row] if 0 <= row < len(self._activities) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return header_data(self.columns, "ActivitiesModel", section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity = self._activities[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(activity)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align(column.value(activity))
        if role == Qt.ItemDataRole.ForegroundRole and not activity.active:
            return QBrush(MUTED)
        return None


class ImportReportModel(QAbstractTableModel):
    """The rows of an import report: row number and what is wrong (or worth a look)."""

    def __init__(self, problems: Sequence[ImportProblem] = (), parent=None) -> None:
        super().__init__(parent)
        self._problems = list(problems)
        self.columns: tuple[Column[ImportProblem], ...] = (
            Column(QT_TRANSLATE_NOOP("ImportReportModel", "Rij"),
                   lambda p: str(p.row) if p.row else self.tr("hele blad"), alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("ImportReportModel", "Wat er niet klopt"), _problem_text),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return header_data(self.columns, "ImportReportModel", section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        found = self._problems[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(found)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return found.message()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align()
        return None


def _problem_text(found: ImportProblem) -> str:
    text = found.message()
    if found.text.render().startswith("{"):
        return text  # starts with a value (a file name...): show it exactly as it is
    return text[:1].upper() + text[1:]
