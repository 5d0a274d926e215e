"""A year the book never had cannot be closed (before its first day, or a book that holds
nothing dated), the wizard and the reopen box offer a year that makes sense, and a counted
cash difference is explained in plain words: which way, how much, where to book it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pots.bookhelp import Members, fund_reserve, receive

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import AccountType
from coopdesk.domain.money import Money
from coopdesk.services import hours, ledger, year_close
from coopdesk.services.books import Book, open_book
from coopdesk.services.demo import generate_demo_book
from coopdesk.store import audit
from coopdesk.store import year_close as store
from coopdesk.store.book import backups_folder
from coopdesk.store.chart import CASH

ZERO = Money(0)


def _nl(found: list[object]) -> list[str]:
    return [text.render("nl") for text in found]  # type: ignore[attr-defined]


def _nothing_closed(book: Book) -> bool:
    with book.transaction() as session:
        return store.closed_years(session, 1, 3000) == [] and audit.recent(session, action_prefix="year.close") == []


def test_a_year_before_the_books_first_day_is_refused(book: Book, members: Members, book_path: Path) -> None:
    # the book's first day is its first receipt, 10-01-2025
    assert _nl(year_close.close_checks(book, 2024, ZERO)) == ["Dit boek begint op 10-01-2025; 2024 ligt ervoor."]
    assert [t.render("en") for t in year_close.close_checks(book, 1999, ZERO)] == [
        "This book starts on 10-01-2025; 1999 is before it."]
    for year in (2024, 1999):
        with pytest.raises(CoopDeskError) as refused:
            year_close.close_year(book, year, ZERO)
        assert f"Dit boek begint op 10-01-2025; {year} ligt ervoor." in refused.value.message("nl")
    assert _nothing_closed(book)
    assert not any("jaarafsluiting" in p.name for p in backups_folder(book_path).glob("*"))  # no backup either
    # hours worked before the first receipt move the start back
    centre = hours.list_cost_centres(book)[0]
    kitchen = hours.add_activity(book, "Keuken", centre.id, Money("0.00"))
    hours.set_hours(book, members.ans.id, kitchen.id, date(2024, 12, 30), "2")
    found = _nl(year_close.close_checks(book, 2024, ZERO))
    assert not any("begint op" in line for line in found)
    assert any("uitbetaling van 2024-12" in line for line in found)  # now the real checks of 2024 speak
    assert _nl(year_close.close_checks(book, 2023, ZERO)) == ["Dit boek begint op 30-12-2024; 2023 ligt ervoor."]


def test_a_book_holding_nothing_dated_closes_no_year(book: Book) -> None:
    assert _nl(year_close.close_checks(book, 2025, ZERO)) == [
        "Dit boek bevat nog niets met een datum (geen boeking, uren of uitbetaling); er is geen jaar om af te "
        "sluiten."]
    with pytest.raises(CoopDeskError, match="holds nothing dated"):
        year_close.close_year(book, 2025, ZERO, backup=False)
    assert _nothing_closed(book)
    assert year_close.year_to_close(book) == 2025 and year_close.year_to_reopen(book) == 2025


def test_the_offered_years_are_the_oldest_open_one_and_the_last_closed_one(book: Book) -> None:
    fund_reserve(book, Money(100), date(2023, 6, 1))  # the book starts in 2023 (today is 28-11-2026)
    assert year_close.year_to_close(book) == 2023 and year_close.year_to_reopen(book) == 2025
    year_close.close_year(book, 2023, ZERO, backup=False)
    assert year_close.year_to_close(book) == 2024 and year_close.year_to_reopen(book) == 2023
    year_close.close_year(book, 2024, ZERO, backup=False)
    year_close.close_year(book, 2025, ZERO, backup=False)
    assert year_close.year_to_close(book) == 2025  # all closed: the last year over, which says it is closed
    assert _nl(year_close.close_checks(book, 2025, ZERO)) == ["2025 is al afgesloten."]
    assert year_close.year_to_reopen(book) == 2025
    year_close.reopen_year(book, 2025, "Vergeten factuur")
    assert year_close.year_to_close(book) == 2025 and year_close.year_to_reopen(book) == 2024


def test_a_book_that_starts_this_year_offers_this_year(book: Book) -> None:
    receive(book, date(2026, 2, 1), Money(10))
    assert year_close.year_to_close(book) == 2026
    assert _nl(year_close.close_checks(book, 2026, ZERO)) == ["2026 is nog niet voorbij."]
    assert _nl(year_close.close_checks(book, 2025, ZERO)) == ["Dit boek begint op 01-02-2026; 2025 ligt ervoor."]


def test_a_cash_difference_says_which_way_how_much_and_where_to_book_it(book: Book, members: Members) -> None:
    receive(book, date(2025, 3, 1), Money("538.05"), money=CASH)
    less = [line for line in _nl(year_close.close_checks(book, 2025, Money(500))) if "geteld" in line]
    assert less == ["Er is € 38,05 minder geteld dan de boeken zeggen (€ 538,05). Boek het verschil eerst op de "
                    "pagina Boekhouding (Uitgave uit de kas of Memoriaal, op 31-12-2025, bijvoorbeeld op 4900 "
                    "Overige kosten) en controleer opnieuw."]
    more = [line for line in _nl(year_close.close_checks(book, 2025, Money("540.00"))) if "geteld" in line]
    assert more == ["Er is € 1,95 meer geteld dan de boeken zeggen (€ 538,05). Boek het verschil eerst op de "
                    "pagina Boekhouding (Ontvangst in de kas of Memoriaal, op 31-12-2025, bijvoorbeeld op 8090 "
                    "Overige omzet) en controleer opnieuw."]
    english = [t.render("en") for t in year_close.close_checks(book, 2025, Money(500)) if "counted" in t.render("en")]
    assert english == ["€ 38,05 less was counted than the books say (€ 538,05). First post the difference on the "
                       "Boekhouding page (an expense from the cash box or a journal entry, dated 31-12-2025, for "
                       "instance on 4900 Overige kosten) and check again."]
    # an account of the book's own for cash differences is named instead
    ledger.add_account(book, "4950", "Kasverschillen", AccountType.EXPENSE)
    less = [line for line in _nl(year_close.close_checks(book, 2025, Money(500))) if "geteld" in line]
    assert "bijvoorbeeld op 4950 Kasverschillen)" in less[0]
    more = [line for line in _nl(year_close.close_checks(book, 2025, Money(540))) if "geteld" in line]
    assert "bijvoorbeeld op 4950 Kasverschillen)" in more[0]
    assert not any("-" in line.split("(")[0] for line in less + more)  # no minus sign for the treasurer to decode


def test_close_year_on_the_command_line_refuses_a_year_a_one_year_demo_never_had(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.coopdesk"
    generate_demo_book(path, members=6, years=1, seed=3, clock=FixedClock.on(date(2026, 11, 28))).close()
    for year in ("2025", "1999"):
        assert main(["close-year", str(path), "--year", year, "--counted-cash", "0", "--confirm"]) == 1
        captured = capsys.readouterr()
        assert f"{year} ligt ervoor" in captured.out + captured.err
    assert not any("jaarafsluiting" in p.name for p in backups_folder(path).glob("*"))
    book = open_book(path, backup=False)
    try:
        assert _nothing_closed(book)
    finally:
        book.close()
