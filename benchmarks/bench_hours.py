"""Hours on the large demo book: the weekly grid, the year overview, a 10,000-row import.

    PYTHONPATH=. python benchmarks/bench_hours.py [--rebuild]

Targets (issue 3): grid and overview on screen in <= 0.3 s; importing a
10,000-row sheet (read + check + write) in <= 2 s.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import CLOCK, OUT, large_book, measure, working_copy  # noqa: E402

from coopdesk.domain.hours import ImportRow  # noqa: E402
from coopdesk.domain.money import Money  # noqa: E402
from coopdesk.exports.hours_sheet import read_hours_sheet, write_hours_sheet  # noqa: E402
from coopdesk.services import hours, payout  # noqa: E402
from coopdesk.services.books import open_book  # noqa: E402
from coopdesk.services.members import MemberFilter, list_members  # noqa: E402

GRID_WEEK = date(2026, 11, 16)
OVERVIEW_YEAR = 2025


def main() -> None:
    rebuild = "--rebuild" in sys.argv
    started = time.perf_counter()
    path = large_book(rebuild=rebuild)
    if rebuild:
        print(f"large book ready in {time.perf_counter() - started:.1f} s")
    with sqlite3.connect(path) as connection:
        entries = connection.execute("SELECT count(*) FROM hours_entry").fetchone()[0]
        in_week = connection.execute(
            "SELECT count(DISTINCT member_id) FROM hours_entry WHERE worked_on BETWEEN ? AND ?",
            (GRID_WEEK.isoformat(), (GRID_WEEK + timedelta(days=6)).isoformat()),
        ).fetchone()[0]
    print(f"hour entries in the large book: {entries:,}; members with hours in week of {GRID_WEEK}: {in_week}")
    screens(path)
    import_sheet()


def screens(path) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coopdesk.gui.hours.page import HoursPage

    app = QApplication.instance() or QApplication([])
    book = open_book(path, clock=CLOCK, backup=False)
    try:
        measure("service: week_grid (1 GROUP BY query)", lambda: hours.week_grid(book, GRID_WEEK))
        measure("service: member_month_overview (1 GROUP BY query)",
                lambda: hours.member_month_overview(book, OVERVIEW_YEAR))

        def open_page() -> None:
            page = HoursPage(book, QUndoStack())
            page.resize(1280, 800)
            page.show()
            page.go_to_week(GRID_WEEK)
            page.grab()
            page.close()
            page.deleteLater()
            app.processEvents()

        measure("page: new HoursPage, shown, week grid painted", open_page)
        page = HoursPage(book, QUndoStack())
        page.resize(1280, 800)
        page.show()
        weeks = iter(GRID_WEEK - timedelta(days=7 * n) for n in range(1, 100))

        def other_week() -> None:
            page.go_to_week(next(weeks))
            page.grab()

        measure("grid: go to another week (query + model + paint)", other_week)
        page.tabs.setCurrentIndex(1)
        years = iter([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018])

        def year_overview() -> None:
            page.overviews.year_combo.setCurrentIndex(page.overviews.year_combo.findData(next(years)))
            page.grab()

        measure("overview: hours per member per month, a year (shown)", year_overview)
        page.close()
    finally:
        book.close()


def import_sheet() -> None:
    source = working_copy("bench-import-source")
    book = open_book(source, clock=CLOCK, backup=False)
    try:
        centre = hours.list_cost_centres(book)[0]
        hours.add_activity(book, "Inloop", centre.id, Money("2.00"))
        members = [
            m for m in list_members(book, MemberFilter(include_former=True))
            if m.details.joined_on <= date(2025, 1, 1)
            and (m.details.left_on is None or m.details.left_on >= date(2025, 12, 31))
        ][:50]
        rows = []
        for member in members:
            day = date(2025, 1, 1)
            while len(rows) < 10_000 and day.year == 2025:
                rows.append(ImportRow(len(rows) + 2, member.number, member.name, day, "Inloop", 90, ""))
                day += timedelta(days=1)
                if len([r for r in rows[-200:] if r.member_number == member.number]) >= 200:
                    break
        assert len(rows) == 10_000, len(rows)
        template = hours.sheet_template(book)
    finally:
        book.close()
    sheet_path = OUT / "hours-10000.xlsx"
    started = time.perf_counter()
    write_hours_sheet(sheet_path, template, rows)
    print(f"(writing the 10,000-row sheet took {time.perf_counter() - started:.1f} s; not part of the target)")

    timings = []
    for run in range(3):
        target = working_copy(f"bench-import-{run}")
        book = open_book(target, clock=CLOCK, backup=False)
        try:
            hours.add_activity(book, "Inloop", hours.list_cost_centres(book)[0].id, Money("2.00"))
            for paid in payout.list_runs(book, 2025):  # the demo paid 2025 out: open it again (not timed)
                payout.reverse_payout(book, paid.id, "benchmark: hours import into 2025")
            started = time.perf_counter()
            sheet = read_hours_sheet(sheet_path)
            report = hours.import_hours(book, sheet.rows, sheet.content_hash, sheet.source_name,
                                        sheet.problems, sheet.rows_read)
            timings.append(time.perf_counter() - started)
            assert report.ok and report.rows_imported == 10_000, report.lines()[:5]
        finally:
            book.close()
        target.unlink()
    print(f"{'import: read + check + write 10,000 rows':<55} median {statistics.median(timings) * 1000:8.1f} ms"
          f"  (min {min(timings) * 1000:.1f}, n={len(timings)})")
    source.unlink()


if __name__ == "__main__":
    main()
