"""Reads a person waits for, on a read-only stdlib `sqlite3` connection: no SQLAlchemy.

Importing the SQLAlchemy ORM costs more than the whole `coopdesk report` command
otherwise takes, so the reports read the book through the standard library's
`sqlite3` module. What this module keeps:

- `connect_read_only(path)` is the one place that opens such a connection (a URI
  with `mode=ro`, `query_only` on): whatever must happen before a read-only look at a
  book (rolling back an interrupted save, say) belongs there and nowhere else. It is
  the only SQLite-specific code here.
- Every query below is portable SQL with named parameters (`:start`), the same text a
  server database can run; dates travel as ISO strings, money as integer cents.
- The rows become the same domain values the ORM queries in `store/ledger.py` and
  `store/activities.py` return (`Account`, `AccountBalance`, `CostCentre`,
  `Activity`), so a report built from either is the same report; a test holds both
  paths to that.
- A file SQLite cannot read, or a value on disk that is not what CoopDesk wrote (a
  damaged page), raises a `BookError` with one clear line, never a driver error.

May import: coopdesk.domain, coopdesk.store.migrations (constants only) and the
standard library; never SQLAlchemy or Alembic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.domain.activity import Activity, ActivityId, CostCentre, CostCentreId
from coopdesk.domain.errors import BookError
from coopdesk.domain.ledger import Account, AccountId, AccountRole, AccountType, TransactionStatus
from coopdesk.domain.member import Member
from coopdesk.domain.money import Money
from coopdesk.domain.reports import AccountBalance
from coopdesk.domain.search import member_matches
from coopdesk.domain.text import Text
from coopdesk.store.book.inspect import require_current
from coopdesk.store.member_rows import MEMBER_COLUMNS, MemberFilter, member_from_row

_SQLITE_HEADER = b"SQLite format 3\x00"
_DRAFT = TransactionStatus.DRAFT.value

DAMAGED = Text(
    "{book} is beschadigd en kan niet worden gelezen ({detail}). Het bestand is niet gewijzigd; "
    "controleer het met 'coopdesk check'.",
    "{book} is damaged and cannot be read ({detail}). The file has not been changed; "
    "check it with 'coopdesk check'.",
)
BUSY = Text(
    "{book} wordt op dit moment opgeslagen; probeer het zo nog eens.",
    "{book} is being saved right now; try again in a moment.",
)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only stdlib connection to the book at `path`: every read-only sqlite3
    connection for reads is opened here (and only here). '#', '?', '%' and spaces in
    folder names are percent-encoded (a plain f"file:{path}" would open another file)."""
    from coopdesk.store.recovery import recover_interrupted_save

    recover_interrupted_save(path)  # a hot journal left by a crash is rolled back, not called damage
    uri = path.absolute().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only=ON")
    except BaseException:
        connection.close()
        raise
    return connection


class BookReader:
    """Read-only queries over one open connection, each returning domain values.

    Use it through `reading(path)`, which checks the file first and turns any damage
    met while reading into a `BookError`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._accounts: dict[int, Account] | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        """The open read-only connection (for readers that extend this one)."""
        return self._connection

    def _rows(self, sql: str, **parameters: object) -> list[Any]:
        return self._connection.execute(sql, parameters).fetchall()

    # -- lookups ---------------------------------------------------------------------

    def list_accounts(self) -> list[Account]:
        rows = self._rows("SELECT id, code, name, type, rgs_code, active, role FROM account ORDER BY code")
        return [Account(AccountId(int(r[0])), str(r[1]), str(r[2]), AccountType(r[3]), str(r[4]),
                        bool(r[5]), AccountRole(r[6])) for r in rows]

    def _accounts_by_id(self) -> dict[int, Account]:
        if self._accounts is None:
            self._accounts = {a.id: a for a in self.list_accounts()}
        return self._accounts

    def list_cost_centres(self, include_inactive: bool = False) -> list[CostCentre]:
        rows = self._rows("SELECT id, code, name, active FROM cost_centre ORDER BY code")
        found = [CostCentre(CostCentreId(int(r[0])), str(r[1]), str(r[2]), bool(r[3])) for r in rows]
        return [c for c in found if include_inactive or c.active]

    def list_activities(self, include_inactive: bool = False) -> list[Activity]:
        rows = self._rows("SELECT id, name, cost_centre_id, hourly_rate, active FROM activity ORDER BY name")
        found = [Activity(ActivityId(int(r[0])), str(r[1]), CostCentreId(int(r[2])), _money(r[3]), bool(r[4]))
                 for r in rows]
        return [a for a in found if include_inactive or a.active]

    # -- balances (the reports) --------------------------------------------------------

    def balances(
        self, start: date | None, end: date, *, by_cost_centre: bool = False,
        types: Iterable[AccountType] | None = None, by_activity: bool = False,
    ) -> list[AccountBalance]:
        """As `store.ledger.balances`: the sum of the posted postings per account (and cost
        centre, or the transaction's activity) from `start` (or the beginning) to `end`."""
        accounts = self._accounts_by_id()
        by_activity = by_activity and not by_cost_centre
        group = "p.cost_centre_id" if by_cost_centre else "t.activity_id" if by_activity else "NULL"
        join = "JOIN ledger_transaction t ON t.id = p.transaction_id " if by_activity else ""
        conditions = ["p.booked_on <= :end", _NOT_DRAFT]
        parameters: dict[str, object] = {"end": end.isoformat(), "draft": _DRAFT}
        if start is not None:
            conditions.append("p.booked_on >= :start")
            parameters["start"] = start.isoformat()
        if types is not None:
            wanted = set(types)
            ids = [a.id for a in accounts.values() if a.type in wanted]
            names = [f"a{i}" for i in range(len(ids))]
            conditions.append(f"p.account_id IN ({', '.join(':' + n for n in names) or 'NULL'})")
            parameters.update(zip(names, ids, strict=True))
        grouped = "p.account_id" + (f", {group}" if group != "NULL" else "")
        sql = (f"SELECT p.account_id, SUM(p.amount), {group} FROM posting p {join}"
               f"WHERE {' AND '.join(conditions)} GROUP BY {grouped}")
        found = []
        for account_id, cents, centre in self._rows(sql, **parameters):
            centre_id = None if centre is None else int(centre)
            found.append(AccountBalance(accounts[int(account_id)], _money(cents),
                                        centre_id if by_cost_centre else None,
                                        centre_id if by_activity else None))
        return found

    def period_and_closing_balances(self, start: date, end: date) -> list[tuple[Account, Money, Money]]:
        """As `store.ledger.period_and_closing_balances`: per account, in one pass, the sum
        within the period and the sum of everything up to `end`."""
        accounts = self._accounts_by_id()
        rows = self._rows(
            "SELECT p.account_id, SUM(CASE WHEN p.booked_on >= :start THEN p.amount ELSE 0 END), "
            f"SUM(p.amount) FROM posting p WHERE p.booked_on <= :end AND {_NOT_DRAFT} "
            "GROUP BY p.account_id",
            start=start.isoformat(), end=end.isoformat(), draft=_DRAFT,
        )
        return [(accounts[int(r[0])], _money(r[1]), _money(r[2])) for r in rows]


    def list_members(self, member_filter: MemberFilter, today: date) -> list[Member]:
        """The members `member_filter` asks for, by number: the same list as
        `store.members.list_members` gives through the ORM (a test holds both to that)."""
        where = []
        parameters: dict[str, object] = {}
        if not member_filter.include_former:
            where.append("(left_on IS NULL OR left_on >= :day)")
            parameters["day"] = (member_filter.on or today).isoformat()
        if member_filter.regime is not None:
            where.append("regime = :regime")
            parameters["regime"] = member_filter.regime.value
        sql = f"SELECT {', '.join(MEMBER_COLUMNS)} FROM member"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._rows(sql + " ORDER BY number", **parameters)
        found = [member_from_row(dict(zip(MEMBER_COLUMNS, row, strict=True)).__getitem__) for row in rows]
        text = member_filter.search.strip()
        if text:
            found = [m for m in found if member_matches(text, m.number, m.details.name, m.details.city,
                                                        m.details.email, m.details.postcode)]
        return found


    # -- the dashboard (one GROUP BY each) -------------------------------------------------

    def active_member_count(self, day: date) -> int:
        rows = self._rows("SELECT COUNT(*) FROM member WHERE joined_on <= :day AND (left_on IS NULL OR left_on >= :day)",
                          day=day.isoformat())
        return int(rows[0][0] or 0)

    def months_with_hours(self, year: int) -> list[int]:
        """The months of `year` with any hours (one index look-up per month, in one query)."""
        parameters: dict[str, object] = {}
        checks = []
        for month in range(1, 13):
            first = date(year, month, 1)
            after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            parameters[f"s{month}"], parameters[f"e{month}"] = first.isoformat(), after.isoformat()
            checks.append(f"EXISTS (SELECT 1 FROM hours_entry WHERE worked_on >= :s{month} AND worked_on < :e{month})")
        row = self._rows(f"SELECT {', '.join(checks)}", **parameters)[0]
        return [month for month, found in enumerate(row, start=1) if found]

    def minutes_per_month_and_activity(self, start: date, end: date) -> list[tuple[int, int, int]]:
        """(month, activity id, minutes) from `start` to `end` (within one year)."""
        rows = self._rows(
            "SELECT substr(worked_on, 6, 2) AS month, activity_id, SUM(minutes) FROM hours_entry "
            "WHERE worked_on BETWEEN :start AND :end GROUP BY month, activity_id",
            start=start.isoformat(), end=end.isoformat())
        return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]

    def minutes_per_month(self, start: date, end: date) -> dict[int, int]:
        """Minutes per month from `start` to `end` (within one year), from the (worked_on,
        member, minutes) index alone: 14 ms on the large book where the same by activity,
        which reads the rows, takes 38 ms."""
        rows = self._rows(
            "SELECT substr(worked_on, 6, 2) AS month, SUM(minutes) FROM hours_entry "
            "WHERE worked_on BETWEEN :start AND :end GROUP BY month",
            start=start.isoformat(), end=end.isoformat())
        return {int(r[0]): int(r[1]) for r in rows}

    def payouts_per_month(self, year: int, statuses: Iterable[str]) -> dict[int, Money]:
        """Allowance + premium + actual costs per month of the year's runs in `statuses`."""
        names = {f"s{i}": status for i, status in enumerate(statuses)}
        rows = self._rows(
            "SELECT r.month, SUM(l.allowance + l.premium + l.actual_costs) FROM payout_line l "
            "JOIN payout_run r ON r.id = l.run_id "
            f"WHERE r.year = :year AND r.status IN ({', '.join(':' + n for n in names) or 'NULL'}) "
            "GROUP BY r.month", year=year, **names)
        return {int(r[0]): _money(r[1]) for r in rows}

    def pot_deposits_per_month(self, start: date, end: date) -> dict[int, Money]:
        rows = self._rows(
            "SELECT CAST(substr(booked_on, 6, 2) AS INTEGER) AS month, SUM(amount) FROM pot_movement "
            "WHERE amount > 0 AND booked_on BETWEEN :start AND :end GROUP BY month",
            start=start.isoformat(), end=end.isoformat())
        return {int(r[0]): _money(r[1]) for r in rows}

    def pots_total(self, day: date) -> Money:
        rows = self._rows("SELECT SUM(amount) FROM pot_movement WHERE booked_on <= :day", day=day.isoformat())
        return _money(rows[0][0])

    def run_months(self, statuses: Iterable[str]) -> set[tuple[int, int]]:
        names = {f"s{i}": status for i, status in enumerate(statuses)}
        rows = self._rows("SELECT DISTINCT year, month FROM payout_run "
                          f"WHERE status IN ({', '.join(':' + n for n in names) or 'NULL'})", **names)
        return {(int(r[0]), int(r[1])) for r in rows}

    def first_booked_day(self) -> date | None:
        """The day of the book's first transaction (None: none yet), from the date index alone."""
        rows = self._rows("SELECT MIN(booked_on) FROM ledger_transaction")
        return None if rows[0][0] is None else date.fromisoformat(str(rows[0][0])[:10])

    def balances_of(self, account_ids: Iterable[int], end: date) -> dict[int, Money]:
        """The balance on `end` of each of `account_ids` (through the account's index)."""
        names = {f"a{i}": account_id for i, account_id in enumerate(account_ids)}
        rows = self._rows(
            f"SELECT p.account_id, SUM(p.amount) FROM posting p WHERE p.account_id IN "
            f"({', '.join(':' + n for n in names) or 'NULL'}) AND p.booked_on <= :end AND {_NOT_DRAFT} "
            "GROUP BY p.account_id", end=end.isoformat(), draft=_DRAFT, **names)
        return {int(r[0]): _money(r[1]) for r in rows}

    def closed_years(self) -> set[int]:
        return {int(r[0]) for r in self._rows("SELECT year FROM year_close WHERE reopened_at IS NULL")}


_NOT_DRAFT = "p.transaction_id NOT IN (SELECT d.id FROM ledger_transaction d WHERE d.status = :draft)"


def _money(cents: object) -> Money:
    if cents is None:
        return Money.zero()
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise ValueError(f"not whole cents: {type(cents).__name__}")
    return Money.from_cents(cents)


@contextmanager
def reading(path: Path) -> Iterator[BookReader]:
    """A `BookReader` on the book at `path`, for one report or look-up.

    The file is checked first (it exists, is a SQLite file, is a CoopDesk book at the
    newest schema); damage met while reading, in SQLite or in a value, becomes a
    `BookError`. Takes no lock and never writes, so it runs beside an open app."""
    _check_header(path)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise _damaged(path, error) from error
    try:
        try:
            _check_revision(path, connection)
            yield BookReader(connection)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise BookError(BUSY, book=path.name) from error
            raise _damaged(path, error) from error
        except sqlite3.DatabaseError as error:
            raise _damaged(path, error) from error
        except (ValueError, TypeError, KeyError) as error:
            # a value on disk that CoopDesk never wrote: an unknown account type, text
            # where cents belong, a posting on an account that is not there
            raise _damaged(path, f"onleesbare waarde / unreadable value: {error}") from error
    finally:
        connection.close()


def _damaged(path: Path, detail: object) -> BookError:
    return BookError(DAMAGED, book=path.name, detail=str(detail))


def _check_header(path: Path) -> None:
    if not path.exists():
        raise BookError(Text("Het boek {book} bestaat niet.", "The book {book} does not exist."), book=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise BookError(Text("Kan {book} niet lezen: {error}", "Cannot read {book}: {error}"),
                        book=path.name, error=error.strerror) from error
    if header != _SQLITE_HEADER:
        raise _damaged(path, "geen SQLite-bestand / not an SQLite file")


def _check_revision(path: Path, connection: sqlite3.Connection) -> None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
        raise _damaged(path, "geen CoopDesk-tabellen / no CoopDesk tables") from error
    require_current(path, None if row is None else str(row[0]))
