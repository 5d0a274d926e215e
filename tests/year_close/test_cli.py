"""`coopdesk pots`, `coopdesk close-year` and `coopdesk reopen-year` on a real book."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import COMMANDS, main
from coopdesk.domain.money import Money
from coopdesk.services import pots
from coopdesk.services.books import open_book


def test_the_commands_are_listed() -> None:
    assert {"pots", "close-year", "reopen-year"} <= set(COMMANDS)


def test_close_year_prints_the_proposal_and_closes_only_with_confirm(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025"]) == 1  # no counted cash yet
    out = capsys.readouterr().out
    assert "Enter the cash counted" in out and "Savings pots" in out and "€ 500,00" in out
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0,00"]) == 0
    out = capsys.readouterr().out
    assert "To solve first" not in out and "Ans de Wit" in out and "€ 250,00" in out
    assert "Total distributed" in out and "€ 1.000,00" in out
    book = open_book(filled, backup=False)
    try:
        assert pots.list_pots(book).rows == ()  # nothing written without --confirm
    finally:
        book.close()
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0",
                 "--confirm"]) == 0
    assert "2025 was closed" in capsys.readouterr().out
    assert main(["--lang", "en", "pots", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "Ans de Wit" in out and "Total" in out and "€ 500,00" in out
    assert main(["--lang", "en", "pots", str(filled), "--member", "101", "--from", "2025-01-01",
                 "--to", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Opening balance" in out and "Profit distribution" in out and "€ 250,00" in out
    assert "The cooperative holds this savings pot" in out
    assert main(["close-year", str(filled), "--year", "2025", "--counted-cash", "0", "--confirm"]) == 1
    assert "al afgesloten" in capsys.readouterr().out


def test_reopen_year_needs_a_reason_and_reverses(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["close-year", str(filled), "--year", "2025", "--counted-cash", "0", "--confirm"]) == 0
    assert main(["reopen-year", str(filled), "--year", "2025", "--reason", " "]) == 1
    assert "reden" in capsys.readouterr().err
    assert main(["--lang", "en", "reopen-year", str(filled), "--year", "2025", "--reason", "Fout"]) == 0
    assert "2025 was reopened" in capsys.readouterr().out
    book = open_book(filled, backup=False)
    try:
        assert pots.list_pots(book).total == Money(0)
    finally:
        book.close()


def test_a_bad_counted_cash_is_one_line(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["close-year", str(filled), "--year", "2025", "--counted-cash", "veel"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
