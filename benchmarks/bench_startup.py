"""Start-up time: from process start to the main window painted, on the large book.

    python benchmarks/bench_startup.py [--runs 5]

Runs `python -m coopdesk BOOK` in a subprocess (offscreen, private settings)
with `COOPDESK_EXIT_AFTER_PAINT` set to the moment of spawning; the app prints
its timings after the first paint of the main window and quits. The wall time
the parent measures is the figure that counts (target < 0.6 s). Also times,
inside this process, building the member page on the large book.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CLOCK, ROOT, large_book, measure, working_copy

TARGET = 0.6


def _one_start(book: Path, scratch: Path, changed: bool = False) -> dict[str, float]:
    if changed:
        os.utime(book)  # written since its newest backup: opening makes a new copy
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "COOPDESK_SETTINGS": str(scratch / "settings.ini"),
        "COOPDESK_DATA_DIR": str(scratch / "data"),
        "COOPDESK_CACHE_DIR": str(scratch / "cache"),
    }
    spawned = time.time()
    env["COOPDESK_EXIT_AFTER_PAINT"] = repr(spawned)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "coopdesk", str(book)], env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    wall = time.perf_counter() - started
    figures = {"process (wall, incl. exit)": wall}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("gui-entered", "window-built", "painted"):
            figures[key] = float(value)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changed", action="store_true",
                        help="touch the book before each start, so every start makes a backup copy")
    options = parser.parse_args()
    book = working_copy("startup")
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-") as folder:
        scratch = Path(folder)
        _one_start(book, scratch)  # warm the OS file cache and compile bytecode
        runs = [_one_start(book, scratch, options.changed) for _ in range(options.runs)]
    what = "a backup copy due at every start" if options.changed else "no backup due"
    print(f"start-up on {book.name} (500 members, 10 years, {what}), median of {options.runs}:")
    for key in ("gui-entered", "window-built", "painted", "process (wall, incl. exit)"):
        values = [run[key] for run in runs if key in run]
        if values:
            print(f"  {key:<28} {statistics.median(values) * 1000:7.0f} ms")
    painted = statistics.median(run["painted"] for run in runs)
    verdict = "OK" if painted < TARGET else "over target"
    print(f"  first paint {painted:.3f} s (target < {TARGET} s): {verdict}")

    _member_page_in_process()
    return 0


def _member_page_in_process() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coopdesk.gui.members.page import MembersPage
    from coopdesk.services.books import open_book

    app = QApplication.instance() or QApplication([])
    book = open_book(large_book(), clock=CLOCK, backup=False)
    try:
        stack = QUndoStack()

        def show_page() -> None:
            page = MembersPage(book, stack)
            page.resize(1000, 700)
            page.show()
            app.processEvents()
            page.close()
            page.deleteLater()

        measure("member page built and shown (500 members)", show_page)
        page = MembersPage(book, stack)
        page.former_check.setChecked(True)
        measure("member page refresh incl. former members", page.refresh)
        words = iter(["van", "va", "v", "va"] * 10)
        measure("search as you type (one keystroke)", lambda: page.search_edit.setText(next(words)))
    finally:
        book.close()


if __name__ == "__main__":
    sys.exit(main())
