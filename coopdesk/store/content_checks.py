"""Checks on what a book holds that the ORM cannot survive reading, and on books that
were never finished.

SQLite's `integrity_check` looks at pages and indexes, not at values: a date column
holding '31-02-x' (a hand edit, another tool) passes it, and then every read of that
row fails inside SQLAlchemy's date conversion. These checks find such values with
plain SQL that never converts them, so `coopdesk check` can list them and the app can
say so instead of failing. A book created by a process that was killed between the
schema and its first rows (no cooperative, no accounts) is recognised as unfinished.

SQLite's `date()` is used on purpose (this module is about SQLite files, and is with
`book/` and `reads.connect_read_only` the only place with SQLite-only SQL): it returns
NULL for text that is no date, and with a modifier it normalises an impossible one
(`date('2026-02-31', '+0 days')` is '2026-03-03'; without one it is passed through
unchanged), so "date(x, '+0 days') IS NOT x" finds both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

NORMALISE = "+0 days"


@dataclass(frozen=True)
class UnreadableValue:
    """A stored value that is no valid date: where it is (table, column, row id), the
    row's member number when the row has one, and the raw text."""

    table: str
    column: str
    row_id: int
    raw: str
    number: int | None = None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def unreadable_dates(connection: sqlite3.Connection, timestamps: bool = True,
                     tables: Collection[str] | None = None) -> list[UnreadableValue]:
    """Every date (and, with `timestamps`, timestamp) column's values that are not a valid
    date, table by table. Timestamps are written by CoopDesk itself only; leaving them out
    halves the time on a large book (the app checks on every opening).

    Works on a plain stdlib connection (the app runs it before SQLAlchemy is imported);
    the columns come from SQLite's own schema (`DATE`, `DATETIME` as the store declares
    them), so a table a later migration adds is checked too. `tables` limits the look to
    those tables (the app checks what its first page reads before painting it)."""
    found: list[UnreadableValue] = []
    names = [str(row[0]) for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    for table in names:
        if tables is not None and table not in tables:
            continue
        info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
        keys = [str(row[1]) for row in info if row[5]]
        if len(keys) != 1:
            continue
        key = _quoted(keys[0])
        declared = {str(row[1]): str(row[2]).upper() for row in info}
        number = _quoted("number") if "number" in declared else None
        for name, kind in declared.items():
            column = _quoted(name)
            if kind == "DATE":
                bad = f"date({column}, '{NORMALISE}') IS NOT {column}"
            elif timestamps and kind in ("DATETIME", "TIMESTAMP"):
                bad = f"date({column}, '{NORMALISE}') IS NOT substr({column}, 1, 10)"
            else:
                continue
            rows = connection.execute(
                f"SELECT {key}, CAST({column} AS TEXT), {number or key} FROM {_quoted(table)} "
                f"WHERE {column} IS NOT NULL AND {bad} ORDER BY {key}")
            for row_id, raw, row_number in rows:
                found.append(UnreadableValue(table, name, int(row_id), str(raw),
                                             int(row_number) if number is not None else None))
    return found


def missing_essentials(connection: sqlite3.Connection) -> list[str]:
    """What a finished book always has and this one lacks: 'cooperative' (its details
    row) and 'accounts' (the chart every new book gets)."""
    missing = []
    if not connection.execute("SELECT count(*) FROM cooperative").fetchone()[0]:
        missing.append("cooperative")
    if not connection.execute("SELECT count(*) FROM account").fetchone()[0]:
        missing.append("accounts")
    return missing
