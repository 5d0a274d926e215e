"""The overview per member per month reads the covering index alone (migration 0004).

Speed is measured in benchmarks/bench_overview.py, never here; this test checks the
cause instead: SQLite's plan for the query the overview runs must find the year's
rows in the index on (day, member, minutes) without visiting the table.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from hours_cast import Cast
from sqlalchemy import event

from coopdesk.services import hours
from coopdesk.services.books import Book

INDEX = "ix_hours_entry_worked_on_member_id_minutes"


def _statements_of(book: Book, action: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(book.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(book.engine, "before_cursor_execute", record)
    return seen


def test_the_member_overview_reads_only_the_covering_index(book: Book, cast: Cast) -> None:
    """Failed before: the plan searched ix_hours_entry_worked_on, then read every row."""
    hours.set_hours(book, cast.kees.id, cast.atelier.id, date(2026, 1, 5), "4")
    statements = _statements_of(book, lambda: hours.member_month_overview(book, 2026))
    (statement, parameters), = [s for s in statements if "hours_entry" in s[0]]
    assert book.path is not None
    connection = sqlite3.connect(book.path)
    try:
        plan = " / ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters))
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(hours_entry)")}
    finally:
        connection.close()
    assert f"USING COVERING INDEX {INDEX}" in plan, plan
    assert "ix_hours_entry_worked_on" not in indexes  # replaced: the new one begins with the day
    rows = hours.member_month_overview(book, 2026).rows
    assert [(r.label, r.months[0]) for r in rows] == [("Kees Bakker", 240)]
