"""`coopdesk report` prints the trial balance as a table and as CSV, from a read-only book."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.ledger import Account
from coopdesk.domain.money import Money
from coopdesk.services import ledger
from coopdesk.services.books import Book


@pytest.fixture
def sale(book: Book, accounts: dict[str, Account]) -> None:
    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 3, 3), accounts["1000"].id, accounts["8000"].id,
                                               Money("1234.56"), "Dagomzet"))


def test_trial_balance_as_csv(sale: None, book_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(book_path), "trial-balance", "--year", "2026", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["code", "name", "debit", "credit"]
    assert ["1000", "Kas", "1234.56", ""] in rows
    assert ["8000", "Omzet", "", "1234.56"] in rows
    assert all(row[0] for row in rows)  # no totals rows: spreadsheet users sum themselves


def test_profit_and_loss_as_text(sale: None, book_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(book_path), "profit-loss", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Winst- en verliesrekening 2026" in out
    assert "€ 1.234,56" in out


def test_check_passes_on_a_balanced_book(sale: None, book_path: Path) -> None:
    assert main(["check", str(book_path)]) == 0


def test_profit_and_loss_csv_has_a_section_column_and_no_totals(
    sale: None, book: Book, book_path: Path, accounts: dict[str, Account], capsys: pytest.CaptureFixture[str],
) -> None:
    """Failed before the fix: no section column, totals rows, and centre_None headers."""
    ledger.post_expense(book, ledger.MoneyForm(date(2026, 3, 4), accounts["1000"].id, accounts["4000"].id,
                                               Money("34.50"), "Inkoop"))
    ledger.post_journal_entry(book, date(2026, 3, 5), "Zonder kostenplaats", [
        ledger.Posting(accounts["1000"].id, Money("10")), ledger.Posting(accounts["8000"].id, Money("-10"))])
    assert main(["report", str(book_path), "profit-loss", "--year", "2026", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["section", "code", "name", "amount"]
    assert ["income", "8000", "Omzet", "1244.56"] in rows
    assert ["expense", "4000", rows[2][2], "34.50"] == rows[2]
    assert len(rows) == 3
    assert main(["report", str(book_path), "profit-loss", "--year", "2026", "--csv", "--by-cost-centre"]) == 0
    header = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert "centre_None" not in header and "centre_geen" in header and "centre_ALG" in header


def test_a_two_digit_year_is_refused_not_reported(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "report", str(tmp_path / "x.coopdesk"), "profit-loss", "--year", "26"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root), "COOPDESK_LANG": "nl"},
        timeout=120,
    )
    assert result.returncode == 1
    assert "--year 26 is geen boekjaar" in result.stderr and "Traceback" not in result.stderr
