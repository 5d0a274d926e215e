"""The demo generator closes its complete past years: the agreement is recorded, the pots
are filled, the municipality's share is a payable (paid for all but the last closed year),
and the book still checks clean."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.services import municipality_share, pots, year_close
from coopdesk.services.books import open_book
from coopdesk.services.check import check_book
from coopdesk.services.demo import generate_demo_book
from coopdesk.store import year_close as close_store


def test_the_demo_closes_its_past_years(tmp_path: Path) -> None:
    clock = FixedClock.on(date(2026, 11, 28))
    path = tmp_path / "demo.coopdesk"
    generate_demo_book(path, members=30, years=3, seed=7, clock=clock).close()
    assert check_book(path) == []
    book = open_book(path, clock=clock, backup=False)
    try:
        with book.transaction() as session:
            closed = sorted(c.year for c in close_store.closed_years(session, 2000, 2100))
        assert closed == [2024, 2025]  # 2026 is not over
        assert year_close.agreement(book).agreed_on == date(2024, 1, 1)
        assert pots.list_pots(book).rows and pots.pot_problems(book) == []
        shares = municipality_share.municipality_shares(book)
        assert [s.year for s in shares] == [2024, 2025]
        assert shares[0].outstanding == Money(0) and shares[0].paid_on == date(2025, 1, 20)
        assert shares[1].outstanding.is_positive() and shares[1].paid_on is None
        assert not year_close.propose_close(book, 2026, Money(0)).can_close
        assert backups(path) == []
    finally:
        book.close()


def test_a_one_year_demo_closes_nothing(tmp_path: Path) -> None:
    clock = FixedClock.on(date(2026, 11, 28))
    path = tmp_path / "demo.coopdesk"
    book = generate_demo_book(path, members=6, years=1, seed=3, clock=clock)
    try:
        assert municipality_share.municipality_shares(book) == []
        with book.transaction() as session:
            assert close_store.closed_years(session, 2000, 2100) == []
    finally:
        book.close()


def backups(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    return sorted(p for p in folder.iterdir() if "jaarafsluiting" in p.name) if folder.exists() else []
