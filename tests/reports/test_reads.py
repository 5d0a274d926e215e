"""`coopdesk report` reads through stdlib sqlite3: the same reports as the ORM, no SQLAlchemy.

The app builds its reports from the ORM queries of an open book
(`coopdesk.services.ledger`); the command builds them from the read-only sqlite3
reader (`coopdesk.store.reads`). Both feed the same recipes, so the reports must be
equal value for value, and render to the same text and CSV.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import BookError
from coopdesk.domain.reports import Period, Report
from coopdesk.exports.report_csv import write_csv
from coopdesk.exports.report_text import render_text
from coopdesk.services import ledger, reports
from coopdesk.services.books import Book, open_book
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


def _through_reader(reader: reports.ReportSource, year: int) -> list[Report]:
    period = Period.year(year)
    return [
        reports.trial_balance(reader, period),
        reports.profit_and_loss(reader, period),
        reports.profit_and_loss(reader, period, by_cost_centre=True),
        reports.profit_and_loss(reader, period, by="activity"),
        reports.balance_sheet(reader, date(year, 12, 31)),
    ]


def _through_orm(book: Book, year: int) -> list[Report]:
    period = Period.year(year)
    return [
        ledger.trial_balance(book, period),
        ledger.profit_and_loss(book, period),
        ledger.profit_and_loss(book, period, by_cost_centre=True),
        ledger.profit_and_loss(book, period, by="activity"),
        ledger.balance_sheet(book, date(year, 12, 31)),
    ]


def _shown(report: Report) -> str:
    stream = io.StringIO()
    write_csv(report, stream)
    return render_text(report) + stream.getvalue()


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_the_sqlite3_reader_gives_the_same_reports_as_the_orm(demo_path: Path, year: int) -> None:
    book = open_book(demo_path, clock=FixedClock.on(TODAY), backup=False)
    try:
        through_orm = _through_orm(book, year)
    finally:
        book.close()
    with reports.read_only(demo_path) as reader:
        through_sqlite3 = _through_reader(reader, year)
    assert any(row.style == "line" for r in through_orm for row in r.rows)  # the book has figures
    assert len(through_orm[3].columns) > 3  # a column per activity
    assert len(through_orm[2].columns) > 3  # a column per cost centre
    assert through_sqlite3 == through_orm
    assert [_shown(r) for r in through_sqlite3] == [_shown(r) for r in through_orm]


def test_the_report_command_prints_what_the_app_computes(
    demo_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from coopdesk.cli import main

    book = open_book(demo_path, clock=FixedClock.on(TODAY), backup=False)
    try:
        expected = render_text(ledger.profit_and_loss(book, Period.year(2025), by="activity"))
        stream = io.StringIO()
        write_csv(ledger.profit_and_loss(book, Period.year(2025), by_cost_centre=True), stream)
        # runs while the app holds the book open: the reader takes no lock
        assert main(["report", str(demo_path), "profit-loss", "--year", "2025", "--by-activity"]) == 0
        assert capsys.readouterr().out == expected
        assert main(["report", str(demo_path), "profit-loss", "--year", "2025", "--by-cost-centre", "--csv"]) == 0
        assert capsys.readouterr().out == stream.getvalue()
    finally:
        book.close()


def test_no_sqlalchemy_module_is_loaded_when_report_exits(demo_path: Path) -> None:
    """Failed before: `coopdesk report` read through the ORM, importing all of SQLAlchemy."""
    script = (
        "import sys\n"
        "from coopdesk.cli import main\n"
        "code = 0\n"
        "for name in ('trial-balance', 'profit-loss', 'balance-sheet'):\n"
        f"    code |= main(['report', {str(demo_path)!r}, name, '--year', '2025'])\n"
        f"code |= main(['report', {str(demo_path)!r}, 'profit-loss', '--year', '2025', '--by-activity', '--csv'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "nl"})
    assert result.returncode == 0, result.stderr
    assert "Saldibalans 2025" in result.stdout and "Balans 31-12-2025" in result.stdout
    assert "LOADED []" in result.stderr


def test_a_book_at_an_older_schema_is_refused_with_a_message(demo_path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.close()
    with pytest.raises(BookError) as raised, reports.read_only(demo_path):
        pass
    assert "moet eerst worden bijgewerkt" in raised.value.message()


def test_a_file_that_is_not_a_book_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.coopdesk"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BookError) as raised, reports.read_only(path):
        pass
    assert "beschadigd" in raised.value.message()
