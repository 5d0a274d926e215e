"""A reprint is a duplicate only when it says what the statement issued last said.

A member on benefits hands the statement to their benefits officer; two papers with one
number must say the same thing. So a print after a change (a run reversed, a pot
movement) is a new version `<year>-<member>-2` that says which statement of what date it
replaces, and a print of unchanged content is a duplicate of the version issued last.
Real books, written through the same staging and unit of work as the CLI and the GUI."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.display import show_date
from coopdesk.domain.money import Money
from coopdesk.domain.payout import RunStatus
from coopdesk.domain.statement import StatementChangedError, YearStatement
from coopdesk.domain.text import Language
from coopdesk.exports.statement_pdf import stage_statements, statement_bytes
from coopdesk.services import payout, pots
from coopdesk.services.books import Book, open_book
from coopdesk.services.statements import issue_statements, year_statements
from tests.statements.conftest import DEMO_TODAY, YEAR, pdf_pages

MEMBER = 105
LATER = date(2026, 4, 2)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _issue(book: Book, target: Path, *, language: Language | None = "nl",
           member: int = MEMBER) -> tuple[YearStatement, str]:
    """Gather, write and record one member's statement as the CLI does; its text."""
    [found] = year_statements(book, YEAR, member_number=member)
    with stage_statements([found], target, language=language) as staged:
        issue_statements(book, [found], staged.place)
    return found, _flat("\n".join(pdf_pages(target)))


def _versions(path: Path) -> list[tuple[int, int, int, str | None, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT year, member_number, version, fingerprint, issued_on "
                                  "FROM statement_issue ORDER BY member_number, version").fetchall()


def _reverse_a_run_of(book: Book, member: int) -> None:
    """Reverse the last run of the year that paid `member` something."""
    [statement] = year_statements(book, YEAR, member_number=member)
    paid_months = {m.month for m in statement.months if m.has_payment}
    run = [r for r in payout.list_runs(book, YEAR)
           if r.month in paid_months and r.status in (RunStatus.POSTED, RunStatus.PAID)][-1]
    payout.reverse_payout(book, run.id, "verkeerde uren")


def test_same_content_is_a_duplicate_of_v1_a_reversed_run_is_v2_and_its_reprint_a_duplicate_of_v2(
        demo_path: Path, tmp_path: Path) -> None:
    book = open_book(demo_path, clock=FixedClock.on(DEMO_TODAY), backup=False)
    try:
        first, text = _issue(book, tmp_path / "1.pdf")
        assert (first.number, first.version, first.duplicate, first.replaces) == ("2025-00105", 1, False, None)
        assert "DUPLICAAT" not in text and "Vervangt" not in text
        again, text = _issue(book, tmp_path / "2.pdf")
        assert (again.number, again.version, again.duplicate) == ("2025-00105", 1, True)
        assert again.fingerprint == first.fingerprint
        assert "DUPLICAAT" in text and "2025-00105 · duplicaat" in text and "Vervangt" not in text
    finally:
        book.close()
    assert [row[:3] for row in _versions(demo_path)] == [(YEAR, MEMBER, 1)]  # a duplicate adds no version

    book = open_book(demo_path, clock=FixedClock.on(LATER), backup=False)
    try:
        _reverse_a_run_of(book, MEMBER)
        second, text = _issue(book, tmp_path / "3.pdf")
        assert (second.number, second.version, second.duplicate) == ("2025-00105-2", 2, False)
        assert second.fingerprint != first.fingerprint
        assert f"Vervangt het overzicht 2025-00105 van {show_date(DEMO_TODAY)}." in text
        assert "DUPLICAAT" not in text and "duplicaat" not in text and "2025-00105-2" in text
        assert "Correcties" in text
        third, text = _issue(book, tmp_path / "4.pdf")
        assert (third.number, third.version, third.duplicate) == ("2025-00105-2", 2, True)
        assert "DUPLICAAT" in text and "2025-00105-2 · duplicaat" in text
        assert f"Vervangt het overzicht 2025-00105 van {show_date(DEMO_TODAY)}." in text  # as v2 said
    finally:
        book.close()
    assert [(row[2], row[4]) for row in _versions(demo_path)] == [(1, DEMO_TODAY.isoformat()),
                                                                  (2, LATER.isoformat())]


def test_a_pot_movement_makes_a_new_version_in_english_when_the_statement_is_english(demo: Book,
                                                                                     tmp_path: Path) -> None:
    _issue(demo, tmp_path / "1.pdf", language="en")
    pots.deposit(demo, _member_id(demo, MEMBER), Money("12.50"), "Winst", date(YEAR, 12, 30))
    second, text = _issue(demo, tmp_path / "2.pdf", language="en")
    assert (second.number, second.duplicate) == ("2025-00105-2", False)
    assert f"Replaces the statement 2025-00105 of {show_date(DEMO_TODAY)}." in text
    assert "DUPLICATE" not in text


def _member_id(book: Book, number: int) -> int:
    from coopdesk.services.members import find_member_by_number

    return find_member_by_number(book, number).id


def test_printing_on_another_day_or_after_a_move_says_nothing_new(demo: Book) -> None:
    """The fingerprint is of the content: not the print date, the address or the signature."""
    from dataclasses import replace

    from coopdesk.domain.statement import Addressee

    [statement] = year_statements(demo, YEAR, member_number=MEMBER)
    moved = replace(statement, issued_on=date(2027, 1, 1), treasurer="Iemand Anders",
                    member=Addressee(statement.member.name, "Nieuwe straat 1", "9999 ZZ", "Elders"))
    assert moved.fingerprint == statement.fingerprint
    assert replace(statement, under_27=not statement.under_27).fingerprint != statement.fingerprint


def test_an_unwritable_target_records_no_version_and_leaves_no_file(demo: Book, tmp_path: Path) -> None:
    _issue(demo, tmp_path / "1.pdf")
    _reverse_a_run_of(demo, MEMBER)
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    with pytest.raises(OSError):
        _issue(demo, blocked / "2.pdf")  # its folder cannot be made
    assert [row[2] for row in _versions(demo.path)] == [1]
    # written whole, then refused when put in place (a folder stands where the file goes):
    # the version is recorded in the same unit of work, so it is rolled back
    taken = tmp_path / "taken.pdf"
    (taken / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        _issue(demo, taken)
    assert [row[2] for row in _versions(demo.path)] == [1]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]  # the staged file is removed
    assert [p.name for p in taken.iterdir()] == ["inside"]
    # the next good print is still version 2, not 3
    second, text = _issue(demo, tmp_path / "2.pdf")
    assert second.number == "2025-00105-2" and "Vervangt het overzicht 2025-00105" in text


def test_another_window_issuing_in_between_is_refused(demo: Book, tmp_path: Path) -> None:
    """Two windows gather version 2; one issues it with other content first: the other's
    version 2 would be a second, different paper with that number, so it is refused."""
    _issue(demo, tmp_path / "1.pdf")
    _reverse_a_run_of(demo, MEMBER)
    [mine] = year_statements(demo, YEAR, member_number=MEMBER)
    pots.deposit(demo, _member_id(demo, MEMBER), Money("5.00"), "Winst", date(YEAR, 12, 30))
    [theirs] = year_statements(demo, YEAR, member_number=MEMBER)
    assert mine.number == theirs.number == "2025-00105-2" and mine.fingerprint != theirs.fingerprint
    issue_statements(demo, [theirs], lambda: None)
    issue_statements(demo, [theirs], lambda: None)  # made twice from one gathering: recorded once
    put: list[str] = []
    with pytest.raises(StatementChangedError) as refused:
        issue_statements(demo, [mine], lambda: put.append("placed"))
    assert "2025-00105-2" in refused.value.message("nl") and put == []
    assert [row[2] for row in _versions(demo.path)] == [1, 2]


def test_the_cli_says_how_many_new_versions_it_wrote(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    args = ["statements", str(demo_path), "--year", str(YEAR), "--member", str(MEMBER)]
    assert main([*args, "--out", str(tmp_path / "1.pdf")]) == 0
    book = open_book(demo_path, clock=FixedClock.on(LATER), backup=False)
    try:
        _reverse_a_run_of(book, MEMBER)
    finally:
        book.close()
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "2.pdf")]) == 0
    assert "1 jaaroverzicht(en) 2025 geschreven (0 duplicaat, 1 nieuwe versie)" in capsys.readouterr().out
    assert "2025-00105-2" in _flat("\n".join(pdf_pages(tmp_path / "2.pdf")))


def test_a_preview_issues_nothing(demo: Book) -> None:
    [statement] = year_statements(demo, YEAR, member_number=MEMBER)
    statement_bytes([statement])
    assert _versions(demo.path) == []
