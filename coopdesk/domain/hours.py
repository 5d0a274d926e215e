"""Hours: what members worked, per day and activity, in quarter hours.

Hours are the raw material of the allowances, the pots and the municipality's
overview, so the rules that keep them right live here, as pure functions that
the weekly grid, the Excel import and the command line all go through:

* An amount of hours is a whole number of **minutes** in steps of a quarter
  hour (15 minutes), never negative; on disk it is an integer number of minutes.
  `parse_hours` reads what a treasurer types: ``2``, ``2,5``, ``2.5``, ``2:30``
  and ``2u30`` all mean two and a half hours; ``0`` or an empty cell means
  "no hours" (the entry is removed). `format_hours` writes minutes back in the
  Dutch way (``2,5``, ``0,75``) so that ``parse_hours(format_hours(m)) == m``.
  How numbers are written (comma or point, thousands) is one rule for every
  number CoopDesk reads: see `coopdesk.domain.numbers`.
* A member works only while they are a member: not before the day they joined,
  not after the day they left, and not in the future (hours are recorded for
  work done).
* One member works at most **24 hours on one day**, over all activities
  together; above 12 hours the treasurer gets a warning (probably a typing
  mistake, but possible on an open day).
* There is one entry per member, activity and day; typing a new value in a cell
  replaces the old one.

A week runs Monday to Sunday and is numbered the ISO way (week 1 holds the
first Thursday of the year), like Dutch calendars.

`WeekGrid` is the weekly grid as data (rows member x activity, seven day cells,
totals per row, day and week); `HoursOverview` is a year's hours per member or
activity per month; `ImportReport` is what importing an hours sheet found, row
by row, in Dutch and English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from coopdesk.domain.activity import ActivityId
from coopdesk.domain.display import show_date
from coopdesk.domain.errors import Problem, ValidationError, problem
from coopdesk.domain.member import Member, MemberId
from coopdesk.domain.numbers import format_minutes, parse_minutes
from coopdesk.domain.text import Language, Text, current_language

QUARTER_MINUTES = 15
MINUTES_PER_HOUR = 60
DAY_LIMIT_MINUTES = 24 * MINUTES_PER_HOUR
DAY_WARNING_MINUTES = 12 * MINUTES_PER_HOUR
DAYS_PER_WEEK = 7
MONTHS = 12

DAY_NAMES = (
    Text("ma", "Mon"), Text("di", "Tue"), Text("wo", "Wed"), Text("do", "Thu"),
    Text("vr", "Fri"), Text("za", "Sat"), Text("zo", "Sun"),
)
MONTH_NAMES = (
    Text("jan", "Jan"), Text("feb", "Feb"), Text("mrt", "Mar"), Text("apr", "Apr"),
    Text("mei", "May"), Text("jun", "Jun"), Text("jul", "Jul"), Text("aug", "Aug"),
    Text("sep", "Sep"), Text("okt", "Oct"), Text("nov", "Nov"), Text("dec", "Dec"),
)


@dataclass(frozen=True)
class HoursEntry:
    """Hours one member worked on one day in one activity."""

    member_id: MemberId
    activity_id: ActivityId
    worked_on: date
    minutes: int
    note: str = ""


# -- reading and writing amounts of hours ----------------------------------------------

def parse_hours(text: str, field: str = "hours") -> int:
    """Minutes in one day's cell as the treasurer typed it; 0 for an empty cell.

    ``2``, ``2,5``, ``2.5``, ``2u``, ``2:30``, ``2u30``: two (and a half) hours; the
    notation is `coopdesk.domain.numbers`' one rule. Raises `ValidationError` for text,
    negative amounts, more than 24 hours and amounts that are not whole quarter hours.
    """
    return check_minutes(parse_minutes(text, field, most_minutes=DAY_LIMIT_MINUTES), field)


def check_minutes(minutes: int, field: str = "hours") -> int:
    """Minutes as stored: whole quarters, from 0 to 24 hours."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError("minutes must be an int")
    if minutes < 0:
        raise ValidationError([
            problem(field, "Uren kunnen niet negatief zijn ({value}).",
                    "Hours cannot be negative ({value}).", value=format_hours(-minutes, signed=True))
        ])
    if minutes % QUARTER_MINUTES:
        raise ValidationError([
            problem(field, "{minutes} minuten is geen heel kwartier.",
                    "{minutes} minutes is not a whole quarter hour.", minutes=minutes)
        ])
    if minutes > DAY_LIMIT_MINUTES:
        raise ValidationError([
            problem(field, "{hours} uur is meer dan er in een dag zit.",
                    "{hours} hours is more than a day holds.", hours=format_hours(minutes))
        ])
    return minutes


def format_hours(minutes: int, *, signed: bool = False, empty_zero: bool = False) -> str:
    """Minutes as hours in Dutch notation: 150 -> '2,5', 45 -> '0,75', 120 -> '2',
    60000 -> '1000', 11371530 -> '189.525,5'; `parse_hours` and `parse_minutes` read
    every such text back to the same minutes (the rule is in `coopdesk.domain.numbers`)."""
    if minutes == 0 and empty_zero:
        return ""
    return ("-" if minutes < 0 and signed else "") + format_minutes(abs(minutes))


def hours_decimal(minutes: int) -> Decimal:
    """Minutes as an exact decimal number of hours (for Excel and the payout)."""
    return Decimal(minutes) / MINUTES_PER_HOUR


# -- weeks ----------------------------------------------------------------------------------


def monday_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number) of `day`; 29-12-2025 is in week 1 of 2026."""
    year, week, _ = day.isocalendar()
    return year, week


def monday_of_week(year: int, week: int) -> date:
    """The Monday of ISO week `week` of `year`; refuses a week the year does not have."""
    if not 1 <= week <= weeks_in_year(year):
        raise ValidationError([
            problem("week", "{year} heeft geen week {week}.", "{year} has no week {week}.",
                    year=str(year), week=week)
        ])
    return date.fromisocalendar(year, week, 1)


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the last week of its year."""
    return date(year, 12, 28).isocalendar()[1]


def week_days(monday: date) -> tuple[date, ...]:
    return tuple(monday + timedelta(days=offset) for offset in range(DAYS_PER_WEEK))


# -- rules ----------------------------------------------------------------------------------


def membership_problem(member: Member, day: date, field: str = "worked_on") -> Problem | None:
    """Hours before joining or after leaving are refused."""
    details = member.details
    if day < details.joined_on:
        return problem(field,
                       "{name} (lid {number}) is pas lid sinds {joined}; geen uren op {day}.",
                       "{name} (member {number}) only joined on {joined}; no hours on {day}.",
                       name=member.name, number=member.number, joined=details.joined_on, day=day)
    if details.left_on is not None and day > details.left_on:
        return problem(field,
                       "{name} (lid {number}) is vertrokken op {left}; geen uren op {day}.",
                       "{name} (member {number}) left on {left}; no hours on {day}.",
                       name=member.name, number=member.number, left=details.left_on, day=day)
    return None


def future_problem(day: date, today: date, field: str = "worked_on") -> Problem | None:
    """Hours record work done: a day after today is refused."""
    if day > today:
        return problem(field, "{day} ligt in de toekomst; uren worden achteraf ingevuld.",
                       "{day} is in the future; hours are entered once worked.", day=day)
    return None


def day_limit_problem(day_total_minutes: int, day: date, field: str = "hours") -> Problem | None:
    """More than 24 hours on one day for one member (all activities together) is refused."""
    if day_total_minutes > DAY_LIMIT_MINUTES:
        return problem(field,
                       "{hours} uur op één dag ({day}): meer dan 24 uur kan niet.",
                       "{hours} hours on one day ({day}): more than 24 hours is impossible.",
                       hours=format_hours(day_total_minutes), day=day)
    return None


def day_warning(day_total_minutes: int, day: date) -> Text | None:
    """Above 12 hours a day is allowed, but worth a second look."""
    if day_total_minutes > DAY_WARNING_MINUTES:
        hours = format_hours(day_total_minutes)
        shown = show_date(day)
        return Text(f"Let op: {hours} uur op {shown}. Klopt dat?",
                    f"Note: {hours} hours on {shown}. Is that right?")
    return None


def apply_cell_edit(
    day_cells: Mapping[ActivityId, int], activity_id: ActivityId, minutes: int, day: date
) -> dict[ActivityId, int]:
    """One member's hours on one day after setting one activity's cell to `minutes`.

    Returns the new cells (an activity with 0 minutes disappears); raises
    `ValidationError` when the day would go over 24 hours, leaving the cells as they were.
    """
    check_minutes(minutes)
    cells = {key: value for key, value in day_cells.items() if key != activity_id}
    if minutes:
        cells[activity_id] = minutes
    limit = day_limit_problem(sum(cells.values()), day)
    if limit is not None:
        raise ValidationError([limit])
    return cells


# -- the weekly grid ------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class GridKey:
    """A row of the weekly grid: one member in one activity."""

    member_id: MemberId
    activity_id: ActivityId


@dataclass(frozen=True)
class GridRow:
    key: GridKey
    member_number: int
    member_name: str
    activity_name: str
    cells: tuple[int, ...]  # minutes, Monday to Sunday
    joined_on: date | None = None
    left_on: date | None = None

    @property
    def total(self) -> int:
        return sum(self.cells)

    def is_member_on(self, day: date) -> bool:
        """Whether the member was a member on `day` (True when the dates are not known)."""
        if self.joined_on is not None and day < self.joined_on:
            return False
        return self.left_on is None or day <= self.left_on

    def with_cell(self, weekday: int, minutes: int) -> GridRow:
        cells = list(self.cells)
        cells[weekday] = minutes
        return replace(self, cells=tuple(cells))


@dataclass(frozen=True)
class WeekGrid:
    """One week of hours: rows member x activity in member-number order, with totals."""

    monday: date
    rows: tuple[GridRow, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return week_days(self.monday)

    @property
    def day_totals(self) -> tuple[int, ...]:
        return tuple(sum(row.cells[d] for row in self.rows) for d in range(DAYS_PER_WEEK))

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)

    def member_day_total(self, member_id: MemberId, weekday: int) -> int:
        return sum(row.cells[weekday] for row in self.rows if row.key.member_id == member_id)

    def member_day_totals(self) -> dict[MemberId, tuple[int, ...]]:
        """Every member's minutes per weekday over all their rows, in one pass."""
        totals: dict[MemberId, list[int]] = {}
        for row in self.rows:
            days = totals.setdefault(row.key.member_id, [0] * DAYS_PER_WEEK)
            for weekday, minutes in enumerate(row.cells):
                days[weekday] += minutes
        return {member: tuple(days) for member, days in totals.items()}

    def row_index(self, key: GridKey) -> int | None:
        for index, row in enumerate(self.rows):
            if row.key == key:
                return index
        return None

    def with_cell(self, key: GridKey, weekday: int, minutes: int) -> WeekGrid:
        rows = tuple(row.with_cell(weekday, minutes) if row.key == key else row for row in self.rows)
        return replace(self, rows=rows)

    def with_rows(self, extra: Iterable[GridRow]) -> WeekGrid:
        """The grid with rows added (empty rows to fill in); existing keys are kept once."""
        present = {row.key for row in self.rows}
        added = [row for row in extra if row.key not in present]
        rows = sorted((*self.rows, *added), key=lambda r: (r.member_number, r.activity_name, r.key))
        return replace(self, rows=tuple(rows))


def build_week_grid(monday: date, rows: Iterable[GridRow]) -> WeekGrid:
    return WeekGrid(monday, ()).with_rows(rows)


# -- overviews ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverviewRow:
    """One line of a year overview: a member or an activity, minutes per month."""

    key: int
    number: int | None
    label: str
    months: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.months)


@dataclass(frozen=True)
class HoursOverview:
    """A year's hours per member (or activity) per month, with totals (a report as data)."""

    title: Text
    year: int
    rows: tuple[OverviewRow, ...]

    @property
    def month_totals(self) -> tuple[int, ...]:
        return tuple(sum(row.months[m] for row in self.rows) for m in range(MONTHS))

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def pivot_months(
    cells: Iterable[tuple[int, int, int]], labels: Mapping[int, tuple[int | None, str]]
) -> tuple[OverviewRow, ...]:
    """(key, month 1-12, minutes) cells into one row per key with twelve months.

    Rows are ordered by number (when there is one), then label.
    """
    months: dict[int, list[int]] = {}
    for key, month, minutes in cells:
        months.setdefault(key, [0] * MONTHS)[month - 1] += minutes
    rows = [
        OverviewRow(key, labels[key][0], labels[key][1], tuple(values))
        for key, values in months.items()
    ]
    rows.sort(key=lambda r: (r.number if r.number is not None else 0, r.label))
    return tuple(rows)


@dataclass(frozen=True)
class HistoryRow:
    """A member's hours in one month in one activity."""

    year: int
    month: int
    activity_name: str
    minutes: int
    days: int


@dataclass(frozen=True)
class MemberHistory:
    member_id: MemberId
    member_number: int
    member_name: str
    rows: tuple[HistoryRow, ...]  # newest month first

    @property
    def total(self) -> int:
        return sum(row.minutes for row in self.rows)


# -- importing a sheet -------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """One row of an hours sheet, read and parsed but not yet checked against the book."""

    row: int  # the row number in the sheet, as the spreadsheet shows it
    member_number: int
    member_name: str
    worked_on: date
    activity_name: str
    minutes: int
    note: str = ""


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong with one row (`row` 0: with the sheet as a whole)."""

    row: int
    text: Text
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | None = None) -> str:
        return self.text.render(language, **dict(self.values))

    def line(self, language: Language | None = None) -> str:
        if self.row == 0:
            return self.message(language)
        prefix = "Row" if (language or current_language()) == "en" else "Rij"
        return f"{prefix} {self.row}: {self.message(language)}"


EXCERPT_LENGTH = 60


def cell_excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """What a message echoes of a cell: at most about `limit` characters, cut with "…"
    (a cell may hold 32,767 characters; a message must stay readable)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def import_problem(row: int, nl: str, en: str, **values: object) -> ImportProblem:
    return ImportProblem(row, Text(nl, en), tuple(values.items()))


@dataclass(frozen=True)
class ImportReport:
    """What importing an hours sheet found; nothing is written unless `ok`."""

    source_name: str
    rows_read: int
    problems: tuple[ImportProblem, ...] = ()
    rows_imported: int = 0
    minutes_imported: int = 0
    warnings: tuple[ImportProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, language: Language | None = None) -> str:
        if self.ok:
            if self.rows_imported == 1:
                text = Text("1 rij ingelezen, {hours} uur.", "1 row imported, {hours} hours.")
            else:
                text = Text("{rows} rijen ingelezen, samen {hours} uur.",
                            "{rows} rows imported, {hours} hours in all.")
            return text.render(language, rows=self.rows_imported, hours=format_hours(self.minutes_imported))
        rows_wrong = len({p.row for p in self.problems if p.row})
        text = Text(
            "Er is niets ingelezen: {wrong} van de {rows} rijen {verb} niet. "
            "Verbeter het formulier en lees het opnieuw in.",
            "Nothing was imported: {wrong} of the {rows} rows {verb_en} not right. "
            "Correct the sheet and import it again.",
        )
        if rows_wrong == 0:
            text = Text("Er is niets ingelezen.", "Nothing was imported.")
        return text.render(language, wrong=rows_wrong, rows=self.rows_read,
                           verb="klopt" if rows_wrong == 1 else "kloppen",
                           verb_en="is" if rows_wrong == 1 else "are")

    def lines(self, language: Language | None = None) -> list[str]:
        return [p.line(language) for p in sorted(self.problems, key=lambda p: p.row)]


def sort_problems(problems: Sequence[ImportProblem]) -> tuple[ImportProblem, ...]:
    return tuple(sorted(problems, key=lambda p: p.row))


@dataclass(frozen=True)
class SheetTemplate:
    """What an empty hours sheet offers: the members and activities to choose from."""

    cooperative_name: str
    members: tuple[tuple[int, str], ...]  # (member number, name)
    activities: tuple[str, ...]
    example_day: date
