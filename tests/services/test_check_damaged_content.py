"""`coopdesk check` on books whose content the ORM cannot read, and on books a killed
process left unfinished: findings with exit 1, never "er ging iets mis". Real files,
damaged the way a hand edit or a kill leaves them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm
from coopdesk.services import members
from coopdesk.services.books import Book
from coopdesk.services.check import check_book
from coopdesk.store.book import create_book_file


@pytest.fixture
def damaged_member_date(book: Book, book_path: Path) -> Path:
    members.register_member(book, MemberForm(name="Anouk Smit", joined_on=date(2025, 1, 6)))
    kofi = members.register_member(book, MemberForm(name="Kofi Asante", joined_on=date(2025, 2, 3),
                                                    birth_on=date(1990, 5, 1)))
    book.close()
    with sqlite3.connect(book_path) as connection:
        connection.execute("UPDATE member SET birth_on = '31-02-x' WHERE id = ?", (kofi.id,))
        connection.execute("UPDATE member SET joined_on = '2025-02-31' WHERE id = ?", (kofi.id,))
    connection.close()
    return book_path


def test_check_lists_an_invalid_stored_member_date_as_a_finding(
    damaged_member_date: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    assert main(["check", str(damaged_member_date)]) == 1
    err = capsys.readouterr().err
    assert "er ging iets mis" not in err
    assert "Lid 102: de geboortedatum in het boek is geen geldige datum ('31-02-x')." in err
    assert "Lid 102: de datum van inschrijving in het boek is geen geldige datum ('2025-02-31')." in err
    assert not (tmp_path / "data" / "coopdesk.log").exists()  # no bug was logged


def test_a_book_left_without_its_first_rows_by_a_killed_demo_is_reported_unfinished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "half.coopdesk"
    create_book_file(path, FixedClock.on(date(2026, 11, 28))).close()  # the schema, then the kill
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "niet afgemaakt" in err and "de gegevens van de coöperatie en het rekeningschema ontbreken" in err
    assert "In orde" not in capsys.readouterr().out


def test_a_book_missing_only_its_accounts_is_unfinished_too(book: Book, book_path: Path) -> None:
    book.close()
    with sqlite3.connect(book_path) as connection:
        connection.execute("DELETE FROM account")
    connection.close()
    [finding, skipped] = [text.render("en") for text in check_book(book_path)]
    assert finding.startswith("The book is unfinished: the chart of accounts are missing.")
    assert "skipped" in skipped


def test_a_healthy_book_has_no_content_findings(book: Book, book_path: Path) -> None:
    members.register_member(book, MemberForm(name="Anouk Smit", joined_on=date(2025, 1, 6),
                                             birth_on=date(1980, 2, 29)))
    book.close()
    assert check_book(book_path) == []
