"""Year-end statements for every member of a year of the large book, in one combined PDF.

    PYTHONPATH=. python benchmarks/bench_statements.py [--repeat 3] [--year 2025]

Target (issue 12): statement pages per second *including gathering the data* (the
service's whole-year queries, then the writer) at least 0.7 x reportlab rendering the
same pages from prepared data alone (the same `YearStatement` values, the same writer).
Measured side by side in one run, alternating pair by pair, because the machine is
shared: a slowdown moves both. The ratio's median is printed, with pages per second for
each and the gathering time on its own. Statements are not recorded as issued here.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from common import CLOCK, working_copy

from coopdesk.exports.statement_pdf import render_statements
from coopdesk.services.books import open_book
from coopdesk.services.statements import year_statements


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--year", type=int, default=2025)
    options = parser.parse_args()
    path = working_copy("statements")
    book = open_book(path, clock=CLOCK, backup=False)
    try:
        prepared = year_statements(book, options.year)  # warm: imports, fonts, the page cache
        buffer = io.BytesIO()
        render_statements(prepared, buffer)
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(buffer.getvalue())).pages)
        print(f"{options.year}: {len(prepared)} members, {pages} pages, {len(buffer.getvalue()) / 1e6:.1f} MB")
        full, alone, gathers, ratios = [], [], [], []
        for _ in range(options.repeat):
            started = time.perf_counter()
            statements = year_statements(book, options.year)
            gathered = time.perf_counter() - started
            render_statements(statements, io.BytesIO())
            whole = time.perf_counter() - started
            started = time.perf_counter()
            render_statements(prepared, io.BytesIO())
            rendered = time.perf_counter() - started
            full.append(whole)
            alone.append(rendered)
            gathers.append(gathered)
            ratios.append(rendered / whole)  # (pages / whole) / (pages / rendered)
        whole, rendered = statistics.median(full), statistics.median(alone)
        print(f"gathering the data alone            median {statistics.median(gathers) * 1000:8.1f} ms")
        print(f"gather + render (all statements)    median {whole:8.2f} s  = {pages / whole:6.1f} pages/s")
        print(f"render prepared data alone          median {rendered:8.2f} s  = {pages / rendered:6.1f} pages/s")
        ratio = statistics.median(ratios)
        print(f"ratio (with gathering / alone)      median {ratio:8.2f}  (target >= 0.70: "
              f"{'met' if ratio >= 0.7 else 'NOT met'}; per pair: {', '.join(f'{r:.2f}' for r in ratios)})")
    finally:
        book.close()


if __name__ == "__main__":
    main()
