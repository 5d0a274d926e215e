"""Ledger speed on the large demo book (500 members, 10 years, about 50,000 transactions).

    PYTHONPATH=. /work/venv/bin/python benchmarks/bench_ledger.py

Inside the app (service calls, target <= 0.2 s each): trial balance and profit and
loss for one year, P&L per cost centre, balance sheet, the first page of the cash
book and the journal; the same trial balance through the read-only sqlite3 reader
that `coopdesk report` uses. Then whole processes, paired side by side (A B A B ...,
the ratio taken pair by pair, cpu = user + sys of the finished child):
`coopdesk report BOOK trial-balance --year 2025` against `ledger -f FILE bal` on the
same transactions (written by ledger_journal.py), target <= 0.5x; and a check that
no SQLAlchemy module is loaded when `coopdesk report` exits. The package is compiled
first (`compileall`): with PYTHONDONTWRITEBYTECODE set, every run would compile it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date

from common import CLOCK, OUT, ROOT, large_book, measure

from coopdesk.domain.reports import Period
from coopdesk.services import ledger, reports
from coopdesk.store.book import open_book_read_only

YEAR = 2025


_ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COOPDESK_LANG": "nl", "LANG": "C.UTF-8"}


def _run(command: list[str]) -> tuple[float, float]:
    """Wall and cpu (user + sys) seconds of one whole process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=ROOT, env=_ENV)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{command[0]} failed ({child.returncode})")
    return wall, usage.ru_utime + usage.ru_stime


def _process(label: str, command: list[str], repeat: int = 3) -> float:
    return measure(label, lambda: _run(command), repeat)


def _versus(label: str, a: list[str], b: list[str], repeat: int = 9) -> None:
    """A and B in turn (after one warm-up each); medians and the pair-by-pair ratio A/B."""
    _run(a), _run(b)
    pairs = [(_run(a), _run(b)) for _ in range(repeat)]
    for i, what in ((0, "wall"), (1, "cpu")):
        ms_a = statistics.median(p[0][i] for p in pairs) * 1000
        ms_b = statistics.median(p[1][i] for p in pairs) * 1000
        ratio = statistics.median(p[0][i] / p[1][i] for p in pairs)
        print(f"{label} {what:<4}: A median {ms_a:7.1f} ms, B median {ms_b:7.1f} ms, A/B median {ratio:.2f} (n={repeat})")


def _no_sqlalchemy_after_report(path: object) -> None:
    script = ("import sys; from coopdesk.cli import main; "
              f"main(['report', {str(path)!r}, 'trial-balance', '--year', '{YEAR}']); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=_ENV)
    print(f"SQLAlchemy/Alembic modules loaded when coopdesk report exits: {result.stderr.strip()}")


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
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "coopdesk")], check=True)
    path = large_book()
    book = open_book_read_only(path, CLOCK)
    try:
        with book.transaction() as session:
            from coopdesk.store.ledger import count_transactions

            print(f"book: {path.name}, {count_transactions(session)} transactions")
        period = Period.year(YEAR)
        cash = next(a for a in ledger.money_accounts(book) if a.code == "1000")
        measure(f"trial_balance({YEAR})", lambda: ledger.trial_balance(book, period))

        def read_only_trial_balance() -> None:
            with reports.read_only(path) as reader:
                reports.trial_balance(reader, period)

        measure(f"trial_balance({YEAR}), sqlite3 reader (coopdesk report)", read_only_trial_balance)
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
    print("-- whole processes --")
    report = [sys.executable, "-m", "coopdesk", "report", str(path), "trial-balance", "--year", str(YEAR)]
    _process(f"coopdesk report BOOK balance-sheet --year {CLOCK.today().year} (all years)",
             [sys.executable, "-m", "coopdesk", "report", str(path), "balance-sheet", "--year",
              str(CLOCK.today().year)])
    _process("python -c 'import sqlalchemy.orm' (what the report no longer pays)",
             [sys.executable, "-c", "import sqlalchemy.orm"])
    _no_sqlalchemy_after_report(path)
    print("-- side by side: A = coopdesk report BOOK trial-balance --year 2025 (target A/B <= 0.5) --")
    for tool in ("ledger", "hledger"):
        if shutil.which(tool) is None:
            print(f"{tool}: not installed (apt-get install -y {tool})")
            continue
        _versus(f"A vs B = {tool} -f FILE bal", report, [tool, "-f", str(journal), "bal"])


if __name__ == "__main__":
    main()
