"""The hours overview per member per month: does it grow with the book?

    PYTHONPATH=. python benchmarks/bench_overview.py [--repeat 9]

Target (issue 8, speed 3): the overview of one year on a book of 2,000 members takes
at most 3x its time on the large book of 500 members (10 years each). Both books are
measured side by side in one run, alternating (500, 2,000, 500, 2,000, ...), so a
machine that slows down during the run moves both; the ratio is taken pair by pair and
its median printed. The 2,000-member book is generated once into
`benchmarks/out/members2000.coopdesk` (a few minutes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from common import CLOCK, OUT, large_book

from coopdesk.services import hours
from coopdesk.services.books import Book, open_book

YEAR = 2025
LARGER = OUT / "members2000.coopdesk"


def larger_book() -> Path:
    from coopdesk.services.demo import generate_demo_book

    if not LARGER.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        generate_demo_book(LARGER, members=2000, years=10, seed=2000, clock=CLOCK).close()
        print(f"generated {LARGER.name} in {time.perf_counter() - started:.1f} s "
              f"({LARGER.stat().st_size / 1e6:.1f} MB)")
    return LARGER


def _time(book: Book) -> float:
    started = time.perf_counter()
    hours.member_month_overview(book, YEAR)
    return time.perf_counter() - started


def _page_timer(book: Book) -> Callable[[], float]:
    """The overview tab of the Uren page switching to YEAR (query, model, paint)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coopdesk.gui.hours.page import HoursPage

    QApplication.instance() or QApplication([])
    page = HoursPage(book, QUndoStack())
    page.resize(1280, 800)
    page.show()
    page.tabs.setCurrentIndex(1)
    combo = page.year_combo

    def shown() -> float:
        combo.setCurrentIndex(combo.findData(YEAR - 1))
        page.grab()
        started = time.perf_counter()
        combo.setCurrentIndex(combo.findData(YEAR))
        page.grab()
        return time.perf_counter() - started

    return shown


def _report(label: str, pairs: list[tuple[float, float]]) -> None:
    small_ms = statistics.median(p[0] for p in pairs) * 1000
    big_ms = statistics.median(p[1] for p in pairs) * 1000
    ratio = statistics.median(b / a for a, b in pairs)
    print(f"{label}, 500 members    median {small_ms:8.1f} ms")
    print(f"{label}, 2,000 members  median {big_ms:8.1f} ms")
    print(f"{label}: 2,000 / 500 pair by pair, median {ratio:.2f}x (target <= 3x), n={len(pairs)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--page", action="store_true", help="also the Uren page's overview tab, shown")
    options = parser.parse_args()
    small = open_book(large_book(), clock=CLOCK, backup=False)
    big = open_book(larger_book(), clock=CLOCK, backup=False)
    try:
        rows = (len(hours.member_month_overview(small, YEAR).rows), len(hours.member_month_overview(big, YEAR).rows))
        print(f"members with hours in {YEAR}: {rows[0]} (500-member book), {rows[1]} (2,000-member book)")
        pairs = [(_time(small), _time(big)) for _ in range(options.repeat)]
        _report(f"service member_month_overview({YEAR})", pairs)
        if options.page:
            timers = (_page_timer(small), _page_timer(big))
            _report(f"Uren page, overview tab shown for {YEAR}",
                    [(timers[0](), timers[1]()) for _ in range(options.repeat)])
    finally:
        small.close()
        big.close()


if __name__ == "__main__":
    main()
