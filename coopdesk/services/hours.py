"""Hours: activities, the weekly grid, overviews and importing an hours sheet.

Every function is one unit of work. The rules (quarter hours, membership dates,
24 hours a day, no future days) are the domain's (`coopdesk.domain.hours`);
these use cases apply them against the book and, for dated writes, ask
`ensure_open` whether the day may still change (paid-out months and closed
years refuse, once those areas exist).

* `set_hours` is one cell of the weekly grid: one transaction; 0 or an empty
  text removes the entry. It returns the before and after values so the grid
  can offer undo.
* `import_hours` checks **every** row of a sheet before writing anything; the
  sheet is written whole or not at all, and a sheet imported once is refused
  the second time (by the hash of its content).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.activity_rate import RateCheck, check_activity_rate
from coopdesk.domain.allowance_rules import RulesError
from coopdesk.domain.display import show_date
from coopdesk.domain.errors import NotFound, Problem, ValidationError, problem
from coopdesk.domain.hours import (
    DAY_LIMIT_MINUTES,
    DAY_WARNING_MINUTES,
    GridKey,
    GridRow,
    HoursOverview,
    ImportProblem,
    ImportReport,
    ImportRow,
    MemberHistory,
    SheetTemplate,
    WeekGrid,
    apply_cell_edit,
    build_week_grid,
    cell_excerpt,
    check_minutes,
    day_warning,
    format_hours,
    future_problem,
    import_problem,
    membership_problem,
    monday_of,
    parse_hours,
    sort_problems,
)
from coopdesk.domain.member import Member, MemberId, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text
from coopdesk.services import periods
from coopdesk.services.changes import Changes
from coopdesk.services.periods import ensure_open
from coopdesk.store import activities as activity_store
from coopdesk.store import hours as hours_store
from coopdesk.store import members as member_store
from coopdesk.store import rules as rules_store
from coopdesk.store.book import Book
from coopdesk.store.member_rows import MemberFilter
from coopdesk.store.session import Session

__all__ = [
    "CellChange",
    "list_cost_centres",
    "add_cost_centre",
    "list_activities",
    "add_activity",
    "update_activity",
    "set_activity_active",
    "check_rate",
    "set_hours",
    "week_grid",
    "week_members",
    "copy_last_week_rows",
    "member_month_overview",
    "activity_month_overview",
    "member_history",
    "hours_years",
    "sheet_template",
    "import_hours",
    "hours_problems",
]


# -- activities ---------------------------------------------------------------------------


def list_cost_centres(book: Book) -> list[CostCentre]:
    with book.transaction() as session:
        return activity_store.list_cost_centres(session)


def add_cost_centre(book: Book, code: str, name: str) -> CostCentre:
    """A new cost centre, e.g. a sub-cooperative of an umbrella cooperative ("NOORD", "Wijk Noord")."""
    clean_code = "".join(code.split()).upper()
    clean_name = " ".join(name.split())
    problems: list[Problem] = []
    if not clean_code:
        problems.append(problem("code", "Code van de kostenplaats is verplicht.", "Cost centre code is required."))
    elif len(clean_code) > 20:
        problems.append(problem("code", "Code is te lang (hoogstens 20 tekens).",
                                "Code is too long (20 characters at most)."))
    if not clean_name:
        problems.append(problem("name", "Naam van de kostenplaats is verplicht.", "Cost centre name is required."))
    elif len(clean_name) > 100:
        problems.append(problem("name", "Naam is te lang (hoogstens 100 tekens).",
                                "Name is too long (100 characters at most)."))
    with book.transaction() as session:
        existing = activity_store.list_cost_centres(session, include_inactive=True)
        if clean_code and any(c.code == clean_code for c in existing):
            problems.append(problem("code", "Er is al een kostenplaats met code {code}.",
                                    "There already is a cost centre with code {code}.", code=clean_code))
        if clean_name and any(c.name.lower() == clean_name.lower() for c in existing):
            problems.append(problem("name", "Er is al een kostenplaats '{name}'.",
                                    "There already is a cost centre '{name}'.", name=clean_name))
        if problems:
            raise ValidationError(problems)
        return activity_store.insert_cost_centre(session, clean_code, clean_name)


def list_activities(book: Book, include_inactive: bool = False) -> list[Activity]:
    with book.transaction() as session:
        return activity_store.list_activities(session, include_inactive)


def _clean_activity(
    session: Session, name: str, cost_centre_id: int, hourly_rate: Money, except_id: int | None,
    today: date, rate_changed: bool = True,
) -> str:
    problems: list[Problem] = []
    clean = " ".join(name.split())
    if not clean:
        problems.append(problem("name", "Naam van de activiteit is verplicht.", "Activity name is required."))
    elif len(clean) > 100:
        problems.append(problem("name", "Naam is te lang (hoogstens 100 tekens).",
                                "Name is too long (100 characters at most)."))
    elif activity_store.activity_name_taken(session, clean, except_id):
        problems.append(problem("name", "Er is al een activiteit '{name}'.",
                                "There already is an activity '{name}'.", name=clean))
    if activity_store.get_cost_centre(session, cost_centre_id) is None:
        problems.append(problem("cost_centre_id", "Kies een kostenplaats.", "Choose a cost centre."))
    if not isinstance(hourly_rate, Money):
        raise TypeError("hourly_rate must be Money")
    if hourly_rate.is_negative():
        problems.append(problem("hourly_rate", "Een uurvergoeding kan niet negatief zijn.",
                                "An hourly rate cannot be negative."))
    elif rate_changed:
        refusal = _rate_check(session, hourly_rate, today).refusal
        if refusal is not None:
            problems.append(refusal)
    if problems:
        raise ValidationError(problems)
    return clean


def _rate_check(session: Session, rate: Money, today: date) -> RateCheck:
    """The rate against this year's hour caps in the book's rules (refused above the 21+
    cap while current members are on the volunteer regime; see `domain.activity_rate`)."""
    try:
        caps = rules_store.load_rules(session).fiscal_caps(today.year)
    except RulesError:
        caps = None
    volunteers = bool(member_store.list_members(
        session, MemberFilter(regime=PaymentRegime.VOLUNTEER_ALLOWANCE), today))
    return check_activity_rate(rate, caps, volunteers=volunteers, year=today.year)


def check_rate(book: Book, hourly_rate: Money) -> RateCheck:
    """What saving `hourly_rate` on an activity would meet: a refusal or warnings (the
    activity dialog shows them under the field while the treasurer types)."""
    with book.transaction() as session:
        return _rate_check(session, hourly_rate, book.clock.today())


def add_activity(book: Book, name: str, cost_centre_id: int, hourly_rate: Money) -> Activity:
    """A new activity; a rate above this year's hour cap is refused while members are on
    the volunteer allowance regime (`ValidationError` on `hourly_rate`, nothing written)."""
    with book.transaction() as session:
        clean = _clean_activity(session, name, cost_centre_id, hourly_rate, None, book.clock.today())
        return activity_store.insert_activity(session, clean, cost_centre_id, hourly_rate)


def update_activity(
    book: Book, activity_id: int, *, name: str, cost_centre_id: int, hourly_rate: Money, active: bool = True
) -> Activity:
    """Change an activity. Only a *changed* rate is checked against the hour caps: an old rate
    that is now above them (the rules changed) does not block a rename; the payout holds
    the excess back either way."""
    with book.transaction() as session:
        current = activity_store.get_activity(session, activity_id)
        changed = current is None or current.hourly_rate != hourly_rate
        clean = _clean_activity(session, name, cost_centre_id, hourly_rate, activity_id, book.clock.today(),
                                rate_changed=changed)
        updated = activity_store.update_activity(session, activity_id, clean, cost_centre_id, hourly_rate, active)
        if updated is None:
            raise _activity_not_found(activity_id)
        return updated


def set_activity_active(book: Book, activity_id: int, active: bool) -> Activity:
    """(De)activate an activity: an inactive one takes no new hours; its hours stay."""
    with book.transaction() as session:
        current = activity_store.get_activity(session, activity_id)
        if current is None:
            raise _activity_not_found(activity_id)
        updated = activity_store.update_activity(
            session, activity_id, current.name, current.cost_centre_id, current.hourly_rate, active
        )
        assert updated is not None
        return updated


def _activity_not_found(activity_id: int) -> NotFound:
    return NotFound(Text("Activiteit {activity_id} bestaat niet (meer).",
                         "Activity {activity_id} does not exist (any more)."), activity_id=activity_id)


def _member_not_found(member_id: int) -> NotFound:
    return NotFound(Text("Lid {member_id} bestaat niet (meer).",
                         "Member {member_id} does not exist (any more)."), member_id=member_id)


# -- one cell ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellChange:
    """What `set_hours` did: the cell (minutes and note) before and after, the member's day
    total, a warning. The notes let an undo bring a cleared cell back whole."""

    key: GridKey
    worked_on: date
    before: int
    after: int
    day_total: int
    warning: Text | None = None
    before_note: str = ""
    after_note: str = ""

    @property
    def changes(self) -> Changes:
        return Changes(members=frozenset({self.key.member_id}), hours=True)


def set_hours(
    book: Book,
    member_id: int,
    activity_id: int,
    day: date,
    value: str | int,
    note: str | None = None,
) -> CellChange:
    """Set one member's hours in one activity on one day (0 or '' removes them)."""
    minutes = parse_hours(value) if isinstance(value, str) else check_minutes(value)
    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise _member_not_found(member_id)
        activity = activity_store.get_activity(session, activity_id)
        if activity is None:
            raise _activity_not_found(activity_id)
        before, old_note = hours_store.entry_minutes(session, member_id, activity_id, day)
        new_note = old_note if note is None else note.strip()[:200]
        if minutes == before and new_note == old_note:
            cells = hours_store.day_cells(session, member_id, day)
            return CellChange(GridKey(member.id, activity.id), day, before, minutes, sum(cells.values()),
                              before_note=old_note, after_note=old_note)
        ensure_open(session, day, member_id, field="hours")
        if minutes:
            found = [
                p for p in (membership_problem(member, day, "hours"),
                            future_problem(day, book.clock.today(), "hours"))
                if p is not None
            ]
            if not activity.active and before == 0:
                found.append(problem("hours", "Activiteit {name} is niet meer actief.",
                                     "Activity {name} is no longer active.", name=activity.name))
            if found:
                raise ValidationError(found)
        cells = apply_cell_edit(hours_store.day_cells(session, member_id, day), activity.id, minutes, day)
        hours_store.store_cell(session, member_id, activity_id, day, minutes, new_note, book.clock.now())
        day_total = sum(cells.values())
    return CellChange(GridKey(member.id, activity.id), day, before, minutes, day_total,
                      day_warning(day_total, day), old_note, new_note if minutes else "")


# -- the weekly grid -------------------------------------------------------------------------


def week_grid(book: Book, monday: date, search: str = "", extra: Iterable[GridKey] = ()) -> WeekGrid:
    """The week starting on `monday` (any day is moved to its Monday): one row per member x
    activity with hours that week, plus empty `extra` rows to fill in; `search` filters members
    by name or number."""
    monday = monday_of(monday)
    with book.transaction() as session:
        rows = hours_store.week_rows(session, monday, search)
        present = {row.key for row in rows}
        wanted = [key for key in extra if key not in present]
        found = hours_store.matching_member_ids(session, search)
        if found is not None:  # the same search as the rows with hours
            wanted = [key for key in wanted if key.member_id in set(found)]
        empty = hours_store.empty_rows(session, wanted) if wanted else []
    return build_week_grid(monday, [*rows, *empty])


def week_members(book: Book, monday: date) -> list[tuple[MemberId, int, str]]:
    """Who was a member during the week: (id, number, name), to add a row for."""
    monday = monday_of(monday)
    with book.transaction() as session:
        found = hours_store.members_in_period(session, monday, monday + timedelta(days=6))
    return [(MemberId(a), b, c) for a, b, c in found]


def copy_last_week_rows(book: Book, monday: date, search: str = "") -> tuple[GridRow, ...]:
    """Empty rows for every member x activity of the week before that is not in this week yet
    (members who are still members, activities still active): the usual rows to fill in."""
    monday = monday_of(monday)
    sunday = monday + timedelta(days=6)
    with book.transaction() as session:
        earlier = hours_store.last_week_keys(session, monday, search)
        present = set(hours_store.week_keys(session, monday, search))
        members = {m for m, _, _ in hours_store.members_in_period(session, monday, sunday)}
        active = {a.id for a in activity_store.list_activities(session)}
        keys = [k for k in earlier if k not in present and k.member_id in members and k.activity_id in active]
        rows = hours_store.empty_rows(session, keys)
    return tuple(sorted(rows, key=lambda r: (r.member_number, r.activity_name)))


# -- overviews --------------------------------------------------------------------------------


def member_month_overview(book: Book, year: int) -> HoursOverview:
    with book.transaction() as session:
        rows = hours_store.member_month_rows(session, year)
    return HoursOverview(Text("Uren per lid per maand, {year}", "Hours per member per month, {year}"), year, rows)


def activity_month_overview(book: Book, year: int) -> HoursOverview:
    with book.transaction() as session:
        rows = hours_store.activity_month_rows(session, year)
    return HoursOverview(
        Text("Uren per activiteit per maand, {year}", "Hours per activity per month, {year}"), year, rows
    )


def member_history(book: Book, member_id: int) -> MemberHistory:
    with book.transaction() as session:
        member = member_store.get_member(session, member_id)
        if member is None:
            raise _member_not_found(member_id)
        rows = hours_store.member_history_rows(session, member_id)
    return MemberHistory(member.id, member.number, member.name, rows)


def hours_years(book: Book) -> list[int]:
    """The years an overview can show: from the first year with hours to this year."""
    this_year = book.clock.today().year
    with book.transaction() as session:
        found = hours_store.years_with_hours(session)
    first, last = found if found else (this_year, this_year)
    return list(range(min(first, this_year), max(last, this_year) + 1))


# -- the hours sheet ----------------------------------------------------------------------------


def sheet_template(book: Book) -> SheetTemplate:
    """What a new hours sheet lists: current members and active activities."""
    today = book.clock.today()
    with book.transaction() as session:
        details = member_store.load_cooperative(session)
        members = member_store.list_members(session, MemberFilter(), today)
        activities = activity_store.list_activities(session)
    return SheetTemplate(
        cooperative_name=details.name if details else book.name,
        members=tuple((int(m.number), m.name) for m in members),
        activities=tuple(a.name for a in activities),
        example_day=monday_of(today),
    )


def _same_name(typed: str, registered: str) -> bool:
    return " ".join(typed.lower().split()) == " ".join(registered.lower().split())


def import_hours(
    book: Book,
    rows: Sequence[ImportRow],
    source_hash: str,
    source_name: str = "",
    read_problems: Sequence[ImportProblem] = (),
    rows_read: int | None = None,
) -> ImportReport:
    """Check every row of an hours sheet against the book; write them all, or nothing.

    `read_problems` are what reading the file already found (a date that does not
    exist, text in the hours column); they block the import like any other problem.
    Returns the report; `report.ok` tells whether the rows were written.
    """
    counted = len(rows) + len({p.row for p in read_problems if p.row}) if rows_read is None else rows_read
    with book.transaction() as session:
        earlier = hours_store.import_recorded(session, source_hash)
        if earlier is not None:
            refused = import_problem(
                0,
                "Dit formulier is al ingelezen op {day} ({source}). Het wordt niet nog eens ingelezen, "
                "anders tellen de uren dubbel.",
                "This sheet was already imported on {day} ({source}). It is not imported again, or the "
                "hours would count twice.",
                day=_local(earlier[0]), source=earlier[1] or "?",
            )
            return ImportReport(source_name, counted, (refused,))
        if not rows and not read_problems:
            empty = import_problem(0, "Het formulier bevat geen uren.", "The sheet holds no hours.")
            return ImportReport(source_name, counted, (empty,))
        problems, warnings, resolved = _check_rows(book, session, rows)
        problems = [*read_problems, *problems]
        if problems:
            return ImportReport(source_name, counted, sort_problems(problems), warnings=tuple(warnings))
        now = book.clock.now()
        hours_store.insert_entries(session, [
            {
                "member_id": member_id,
                "activity_id": activity_id,
                "worked_on": row.worked_on,
                "minutes": row.minutes,
                "note": row.note[:200],
                "created_at": now,
            }
            for row, (member_id, activity_id) in zip(rows, resolved, strict=True)
        ])
        minutes = sum(row.minutes for row in rows)
        hours_store.record_import(session, source_hash, source_name, len(rows), minutes, now)
    return ImportReport(source_name, counted, (), len(rows), minutes, tuple(warnings))


def _local(moment: datetime) -> datetime:
    """A stored UTC moment in the computer's own time zone, as the treasurer knows it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def _members_by_number(session: Session) -> dict[int, Member]:
    everyone = member_store.list_members(session, MemberFilter(include_former=True), date.min)
    return {int(m.number): m for m in everyone}


class _ActivityFinder:
    """Finds the activity a sheet names: the exact name first, else the one name equal to it
    ignoring case and spacing. Names are unique that way (`_clean_activity`); a book from
    before that rule may hold "Tuin" and "tuin", and then only the exact name is taken."""

    def __init__(self, activities: Iterable[Activity]) -> None:
        self._exact: dict[str, Activity] = {}
        self._loose: dict[str, list[Activity]] = defaultdict(list)
        for activity in activities:
            self._exact[activity.name] = activity
            self._loose[activity_store.name_key(activity.name)].append(activity)

    def find(self, typed: str) -> tuple[Activity | None, list[Activity]]:
        """(the activity, []) or (None, the candidates when the name is ambiguous)."""
        exact = self._exact.get(typed.strip())
        if exact is not None:
            return exact, []
        found = self._loose.get(activity_store.name_key(typed), [])
        return (found[0], []) if len(found) == 1 else (None, found)


def _check_rows(
    book: Book, session: Session, rows: Sequence[ImportRow]
) -> tuple[list[ImportProblem], list[ImportProblem], list[tuple[int, int]]]:
    """The problems and warnings of the rows and, per row, the (member id, activity id) it
    books on (meaningful only when there are no problems)."""
    today = book.clock.today()
    members = _members_by_number(session)
    finder = _ActivityFinder(activity_store.list_activities(session, include_inactive=True))
    resolved: list[tuple[int, int]] = []
    problems: list[ImportProblem] = []
    warnings: list[ImportProblem] = []

    def add(row: int, found: Problem | None) -> None:
        if found is not None:
            problems.append(ImportProblem(row, found.text, found.values))

    existing_cells: dict[tuple[int, int, date], int] = {}
    existing_days: dict[tuple[int, date], int] = defaultdict(int)
    closed: periods.ClosedDays = {}
    if rows:
        first = min(r.worked_on for r in rows)
        last = max(r.worked_on for r in rows)
        for member_id, activity_id, day, minutes in hours_store.entries_between(session, first, last):
            existing_cells[(member_id, activity_id, day)] = minutes
            existing_days[(member_id, day)] += minutes
        # one look for the whole sheet, not one per member and day
        named = {int(members[r.member_number].id) for r in rows if r.member_number in members}
        closed = periods.closed_days(session, first, last, sorted(named))

    seen: dict[tuple[int, int, date], int] = {}
    day_totals: dict[tuple[int, date], int] = {}
    day_rows: dict[tuple[int, date], list[int]] = defaultdict(list)
    checked_open: set[tuple[int, date]] = set()
    for row in rows:
        member = members.get(row.member_number)
        activity, ambiguous = finder.find(row.activity_name)
        resolved.append((int(member.id) if member else 0, int(activity.id) if activity else 0))
        if member is None:
            problems.append(import_problem(row.row, "lid {number} onbekend.", "member {number} unknown.",
                                           number=row.member_number))
        elif row.member_name.strip() and not _same_name(row.member_name, member.name):
            problems.append(import_problem(
                row.row,
                "lid {number} heet {registered}, niet '{typed}'. Klopt het lidnummer?",
                "member {number} is called {registered}, not '{typed}'. Is the member number right?",
                number=row.member_number, registered=member.name, typed=cell_excerpt(row.member_name),
            ))
        if ambiguous:
            problems.append(import_problem(
                row.row, "activiteit '{name}' is niet eenduidig: er zijn {names}. Schrijf de naam precies zo.",
                "activity '{name}' is ambiguous: there are {names}. Write the name exactly like that.",
                name=cell_excerpt(row.activity_name), names=", ".join(sorted(a.name for a in ambiguous)),
            ))
        elif activity is None:
            problems.append(import_problem(row.row, "activiteit '{name}' onbekend.",
                                           "activity '{name}' unknown.", name=cell_excerpt(row.activity_name)))
        elif not activity.active:
            problems.append(import_problem(row.row, "activiteit {name} is niet meer actief.",
                                           "activity {name} is no longer active.", name=activity.name))
        add(row.row, future_problem(row.worked_on, today))
        if member is None:
            continue
        add(row.row, membership_problem(member, row.worked_on))
        day_key = (int(member.id), row.worked_on)
        if day_key not in checked_open:
            checked_open.add(day_key)
            reason = periods.reason_for(closed, row.worked_on, int(member.id))
            if reason is not None:
                problems.append(ImportProblem(row.row, reason, (("day", row.worked_on),)))
        day_rows[day_key].append(row.row)
        total = day_totals.get(day_key, existing_days.get(day_key, 0)) + row.minutes
        day_totals[day_key] = total
        if activity is None:
            continue
        cell = (int(member.id), int(activity.id), row.worked_on)
        if cell in seen:
            problems.append(import_problem(
                row.row, "{day} bij {activity} staat ook al op rij {other} voor lid {number}.",
                "{day} in {activity} is also on row {other} for member {number}.",
                day=row.worked_on, activity=activity.name, other=seen[cell], number=member.number,
            ))
        else:
            seen[cell] = row.row
        if cell in existing_cells:
            problems.append(import_problem(
                row.row,
                "lid {number} heeft op {day} al {hours} uur bij {activity} in het boek; "
                "haal de rij weg of pas de uren aan in het weekrooster.",
                "member {number} already has {hours} hours in {activity} on {day} in the book; "
                "remove the row or change the hours in the weekly grid.",
                number=member.number, day=row.worked_on, hours=format_hours(existing_cells[cell]),
                activity=activity.name,
            ))
    numbers = {int(m.id): m.number for m in members.values()}
    for (member_id, day), total in day_totals.items():
        if total <= DAY_WARNING_MINUTES:
            continue
        key_rows = day_rows[(member_id, day)]
        number = numbers[member_id]
        if total > DAY_LIMIT_MINUTES:
            problems.append(import_problem(
                key_rows[-1], "{hours} uur op één dag voor lid {number} ({day}; rij {rows}).",
                "{hours} hours on one day for member {number} ({day}; rows {rows}).",
                hours=format_hours(total), number=number, day=day, rows=", ".join(map(str, key_rows)),
            ))
        else:
            warnings.append(import_problem(
                key_rows[-1], "let op: {hours} uur op {day} voor lid {number}.",
                "note: {hours} hours on {day} for member {number}.",
                hours=format_hours(total), day=day, number=number,
            ))
    return problems, warnings, resolved


# -- invariants for `coopdesk check` -----------------------------------------------------------


def hours_problems(book: Book) -> list[Text]:
    """Hours that break the rules: more than 24 hours a day, hours outside membership,
    amounts that are not whole quarters."""
    found: list[Text] = []
    with book.transaction() as session:
        over = hours_store.days_over_limit(session, DAY_LIMIT_MINUTES)
        outside = hours_store.hours_outside_membership(session)
        bad = hours_store.bad_amounts(session)
    for number, name, day, minutes in over:
        found.append(Text(
            f"Lid {number} ({name}): {format_hours(minutes)} uur op {show_date(day)}, meer dan 24 uur.",
            f"Member {number} ({name}): {format_hours(minutes)} hours on {show_date(day)}, more than 24 hours.",
        ))
    for number, name, day, joined, left in outside:
        period_nl = f"lid van {show_date(joined)}" + (f" tot en met {show_date(left)}" if left else "")
        period_en = f"member from {show_date(joined)}" + (f" to {show_date(left)}" if left else "")
        found.append(Text(
            f"Lid {number} ({name}) heeft uren buiten het lidmaatschap, o.a. op {show_date(day)} ({period_nl}).",
            f"Member {number} ({name}) has hours outside membership, e.g. on {show_date(day)} ({period_en}).",
        ))
    if bad:
        found.append(Text(f"{bad} urenregels zijn geen hele kwartieren.",
                          f"{bad} hour entries are not whole quarter hours."))
    return found
