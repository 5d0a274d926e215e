"""The demo generator closes its complete past years: the agreement is recorded, the pots
are filled, the municipality's share is a payable (paid for all but the last closed year),
and the book still checks clean."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.domain.pot import MovementKind
from coopdesk.services import enterprises, municipality_share, pots, year_close
from coopdesk.services.books import open_book
from coopdesk.services.check import check_book
from coopdesk.services.demo import generate_demo_book
from coopdesk.store import pots as pot_store
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
        # the garden maintenance enterprise: its owner's pot got half its result in each closed year
        assert year_close.agreement(book).enterprise_percentage == 50
        for year in closed:
            (garden,) = enterprises.enterprise_results(book, year)
            assert garden.name == "Tuinonderhoud" and garden.owner is not None and garden.result.is_positive()
        with book.transaction() as session:
            kinds = {m.kind for c in close_store.closed_years(session, 2000, 2100)
                     for m in pot_store.close_movements(session, c.id)}
        assert MovementKind.ENTERPRISE in kinds
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


def test_the_demo_with_its_enterprise_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    clock = FixedClock.on(date(2026, 11, 28))
    found = []
    for name in ("a", "b"):
        book = generate_demo_book(tmp_path / f"{name}.coopdesk", members=12, years=2, seed=11, clock=clock)
        try:
            found.append((enterprises.enterprise_results(book, 2025), year_close.propose_close(book, 2025).result,
                          [(r.name, r.balance) for r in pots.list_pots(book).rows]))
        finally:
            book.close()
    assert found[0] == found[1] and found[0][0]
