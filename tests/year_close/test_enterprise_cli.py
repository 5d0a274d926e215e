"""`coopdesk agreement --enterprise-percent` and `coopdesk close-year` with a member enterprise."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import receive

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.services import enterprises, hours, pots, year_close
from coopdesk.services.books import open_book
from coopdesk.services.members import register_member


@pytest.fixture
def filled(book_path: Path, clock: FixedClock) -> Path:
    """Bo Smit's garden maintenance earns € 1.000; € 1.000 more without activity."""
    book = open_book(book_path, clock=clock, backup=False)
    for name in ("Ans de Wit", "Bo Smit"):
        member = register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1), regime=PaymentRegime.NONE))
    centre = hours.list_cost_centres(book)[0]
    garden = enterprises.save_activity(book, None, name="Tuinonderhoud", cost_centre_id=centre.id,
                                       hourly_rate=Money(0), owner_member_id=member.id)
    receive(book, date(2025, 5, 1), Money(1000), activity_id=garden.id)
    receive(book, date(2025, 5, 2), Money(1000))
    book.close()
    return book_path


def test_the_agreement_takes_the_enterprise_percentage_and_the_close_prints_the_shares(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "agreement", str(filled), "--agreed-on", "2025-01-01", "--pots-percent", "100",
                 "--pots-by", "equal", "--enterprise-percent", "40"]) == 0
    out = capsys.readouterr().out
    assert "Own enterprise: 40% of a positive result to its owner's pot first." in out
    assert main(["--lang", "en", "agreement", str(filled), "--enterprise-percent", "140"]) != 0
    assert "between 0 and 100" in capsys.readouterr().err
    book = open_book(filled, backup=False)
    try:
        assert year_close.agreement(book).enterprise_percentage == Decimal(40)
    finally:
        book.close()

    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0"]) == 0
    out = capsys.readouterr().out
    assert "enterprise of 102 Bo Smit" in out
    assert "Own enterprises, first to the owner's pot (result, share):" in out
    share_line = next(line for line in out.splitlines() if "Bo Smit, Tuinonderhoud" in line)
    assert share_line.split()[-4:] == ["€", "1.000,00", "€", "400,00"]
    assert "Left to share after the own enterprises" in out and "€ 1.600,00" in out
    assert "€ 800,00" in out  # each of the two members' equal pot share of 1.600
    assert main(["--lang", "en", "close-year", str(filled), "--year", "2025", "--counted-cash", "0",
                 "--confirm"]) == 0
    assert "2025 was closed" in capsys.readouterr().out
    book = open_book(filled, backup=False)
    try:
        assert [(r.name, r.balance) for r in pots.list_pots(book).rows] == [
            ("Ans de Wit", Money(800)), ("Bo Smit", Money(1200))]
    finally:
        book.close()
    assert main(["--lang", "en", "pots", str(filled), "--member", "102", "--from", "2025-01-01",
                 "--to", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Own enterprise share" in out and "€ 400,00" in out
