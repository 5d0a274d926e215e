"""`coopdesk pots BOOK --member NR`: every detail of a movement is printed whole (a receipt
reference "bon 1" used to come out as "bon": the detail column cut everything at 30 characters)."""

from __future__ import annotations

from datetime import date

import pytest
from pots.bookhelp import Members

from coopdesk.cli import main
from coopdesk.domain.money import Money
from coopdesk.services import pots
from coopdesk.services.books import Book


def test_the_statement_prints_the_receipt_and_the_approver_whole(
        book: Book, members: Members, reserve: Money, capsys: pytest.CaptureFixture[str]) -> None:
    pots.deposit(book, members.ans.id, Money(100), "Besluit ALV", date(2025, 3, 1))
    purpose = pots.list_purposes(book)[0]
    pots.withdraw(book, members.ans.id, Money(25), purpose.id, "bon 1", "Marieke van den Broek-Jansen",
                  date(2025, 3, 5))
    path = book.path
    assert path is not None
    book.close()
    assert main(["pots", str(path), "--member", str(members.ans.number), "--from", "2025-01-01",
                 "--to", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("05-03-2025")]
    assert f"{purpose.name}, bon bon 1, goedgekeurd door Marieke van den Broek-Jansen" in line
    assert "€ -25,00" in line or "€ 25,00" in line
    [opening] = [line for line in out.splitlines() if line.startswith("Beginsaldo")]
    [closing] = [line for line in out.splitlines() if line.startswith("Eindsaldo")]
    amount_end = line.index(",00") + 3
    assert opening.endswith("€ 0,00") and len(opening) == amount_end  # the amounts stay in one column
    assert closing.endswith("€ 75,00") and len(closing) == amount_end


def test_an_unknown_member_is_one_clear_line(book: Book, members: Members,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = book.path
    assert path is not None
    book.close()
    assert main(["--lang", "en", "pots", str(path), "--member", "999"]) == 1
    assert "Member 999 does not exist" in capsys.readouterr().err


def test_without_from_the_statement_starts_in_the_year_of_the_first_movement(
        book: Book, members: Members, reserve: Money, capsys: pytest.CaptureFixture[str]) -> None:
    pots.deposit(book, members.ans.id, Money(100), "Besluit ALV", date(2025, 3, 1))
    path = book.path
    assert path is not None
    book.close()
    assert main(["pots", str(path), "--member", str(members.ans.number)]) == 0  # today is in 2026
    out = capsys.readouterr().out
    assert out.startswith(f"Spaarpot van lid {members.ans.number} (Ans de Wit), 01-01-2025 t/m ")
    assert "01-03-2025  Storting" in out
    assert main(["pots", str(path), "--member", str(members.ans.number), "--from", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "01-03-2025" not in out and "€ 100,00" in out.splitlines()[1]  # the opening balance
