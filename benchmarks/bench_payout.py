"""The monthly payout on the large book: the proposal against a raw SQL sum, and posting.

    PYTHONPATH=. python benchmarks/bench_payout.py [--repeat 9]

Targets (issue 10): the proposal for a month with about 500 members takes at most
0.5 s, and at most 5x a raw SQL sum of that month's minutes per member and activity
(stdlib sqlite3, the same book, measured in the same run, alternating pair by pair so a
machine that slows down moves both; the ratio's median is printed). Posting (ledger
entry, run with its lines, hours locked, audit line; one unit of work) is timed too,
each time on a month reversed again in between (the reversal is not timed).

The month is November 2026: the demo leaves it unpaid (its "today" is 28-11-2026);
the benchmark's clock is 2 December 2026 so it may be posted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from datetime import date

from common import working_copy

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.payout import PayoutMonth
from coopdesk.services import payout
from coopdesk.services.books import open_book

MONTH = PayoutMonth(2026, 11)
CLOCK = FixedClock.on(date(2026, 12, 2))
RAW = """SELECT member_id, activity_id, SUM(minutes) FROM hours_entry
         WHERE worked_on BETWEEN ? AND ? GROUP BY member_id, activity_id"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    options = parser.parse_args()
    path = working_copy("payout")
    book = open_book(path, clock=CLOCK, backup=False)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        payout.propose_payout(book, MONTH)  # warm: imports, the ORM, the page cache
        raw.execute(RAW, (MONTH.first_day.isoformat(), MONTH.last_day.isoformat())).fetchall()
        proposals, sums, ratios = [], [], []
        lines = 0
        for _ in range(options.repeat):
            started = time.perf_counter()
            rows = raw.execute(RAW, (MONTH.first_day.isoformat(), MONTH.last_day.isoformat())).fetchall()
            sql = time.perf_counter() - started
            started = time.perf_counter()
            proposal = payout.propose_payout(book, MONTH)
            proposed = time.perf_counter() - started
            lines = len(proposal.lines)
            sums.append(sql)
            proposals.append(proposed)
            ratios.append(proposed / sql)
        print(f"month {MONTH}: {lines} payout lines, {len(rows)} (member, activity) sums")
        print(f"raw SQL sum per member and activity     median {statistics.median(sums) * 1000:7.1f} ms")
        print(f"propose_payout                          median {statistics.median(proposals) * 1000:7.1f} ms"
              f"  (target <= 500 ms)")
        print(f"proposal / raw SQL, pair by pair        median {statistics.median(ratios):7.1f} x"
              f"  (target <= 5 x)")
        posts = []
        for attempt in range(max(3, options.repeat // 3)):
            proposal = payout.propose_payout(book, MONTH)
            started = time.perf_counter()
            run_id, _ = payout.post_payout(book, proposal, who="bench")
            posts.append(time.perf_counter() - started)
            payout.reverse_payout(book, run_id, f"benchmark {attempt}", who="bench")
        print(f"post_payout (recompute, ledger, run, audit)  median {statistics.median(posts) * 1000:7.1f} ms"
              f"  (n={len(posts)})")
    finally:
        raw.close()
        book.close()


if __name__ == "__main__":
    main()
