"""Ledger speed on the large demo book (500 members, 10 years, about 50,000 transactions).

    PYTHONPATH=. /work/venv/bin/python benchmarks/bench_ledger.py

Inside the app (service calls, target <= 0.2 s each): trial balance and profit and
loss for one year, P&L per cost centre, balance sheet, the first page of the cash
book and the journal. Then, side by side in one run, whole processes:
`coopdesk report BOOK trial-balance` against `ledger -f FILE bal` and
`hledger -f FILE bal` on the same transactions (written by ledger_journal.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import date

from common import CLOCK, OUT, ROOT, large_book, measure

from coopdesk.domain.reports import Period
from coopdesk.services import ledger
from coopdesk.store.book import open_book_read_only

YEAR = 2025


def _process(label: str, command: list[str], repeat: int = 3) -> float:
    def run() -> None:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COOPDESK_LANG": "nl", "LANG": "C.UTF-8"})

    return measure(label, run, repeat)


def _page_timings(book: object) -> None:
    """The Boekhouding page opening on the large book (offscreen Qt)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coopdesk.gui.ledger.page import LedgerPage

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()

    def open_page() -> None:
        page = LedgerPage(book, stack)  # type: ignore[arg-type]
        page.resize(1100, 650)
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    measure("LedgerPage: build, load this year, show", open_page)


def main() -> None:
    path = large_book()
    book = open_book_read_only(path, CLOCK)
    try:
        with book.transaction() as session:
            from coopdesk.store.ledger import count_transactions

            print(f"book: {path.name}, {count_transactions(session)} transactions")
        period = Period.year(YEAR)
        cash = next(a for a in ledger.money_accounts(book) if a.code == "1000")
        measure(f"trial_balance({YEAR})", lambda: ledger.trial_balance(book, period))
        measure(f"profit_and_loss({YEAR})", lambda: ledger.profit_and_loss(book, period))
        measure(f"profit_and_loss({YEAR}, by_cost_centre)", lambda: ledger.profit_and_loss(book, period, True))
        measure("balance_sheet(31-12-2025)", lambda: ledger.balance_sheet(book, date(YEAR, 12, 31)))
        measure("trial_balance(all 10 years)", lambda: ledger.trial_balance(book, Period(date(2000, 1, 1), CLOCK.today())))
        measure("cash book: count + first page of 400", lambda: (ledger.count_book_lines(book, cash.id, period),
                                                                   ledger.book_lines(book, cash.id, period, 0, 400)))
        measure("cash book: last page of 400", lambda: ledger.book_lines(book, cash.id, period, 1000, 400))
        _page_timings(book)
        measure("journal: count + first page of 400", lambda: (ledger.count_journal_lines(book, period),
                                                                 ledger.journal_lines(book, period, 0, 400)))
    finally:
        book.close()

    from ledger_journal import write_journal

    journal = OUT / "large.journal"
    started = time.perf_counter()
    count = write_journal(path, journal)
    print(f"wrote {journal.name}: {count} transactions in {time.perf_counter() - started:.1f} s")
    print("-- whole processes, side by side --")
    _process(f"coopdesk report BOOK trial-balance --year {YEAR}",
             [sys.executable, "-m", "coopdesk", "report", str(path), "trial-balance", "--year", str(YEAR)])
    _process(f"coopdesk report BOOK balance-sheet --year {CLOCK.today().year} (all years)",
             [sys.executable, "-m", "coopdesk", "report", str(path), "balance-sheet", "--year",
              str(CLOCK.today().year)])
    _process("python -c 'import sqlalchemy.orm' (the floor under any store call)",
             [sys.executable, "-c", "import sqlalchemy.orm"])
    for tool in ("ledger", "hledger"):
        if shutil.which(tool) is None:
            print(f"{tool}: not installed (apt-get install -y {tool})")
            continue
        _process(f"{tool} -f FILE bal", [tool, "-f", str(journal), "bal"])
        _process(f"{tool} -f FILE bal -p {YEAR}", [tool, "-f", str(journal), "bal", "-p", str(YEAR)])


if __name__ == "__main__":
    main()
