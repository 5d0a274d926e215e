"""`coopdesk agreement` and `coopdesk municipality-share` on a real book."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import receive

from coopdesk.cli import COMMANDS, main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.year_close import PotsMethod, TrainingMode
from coopdesk.services import municipality_share, year_close
from coopdesk.services.books import open_book
from coopdesk.services.members import register_member


@pytest.fixture
def filled(book_path: Path, clock: FixedClock) -> Path:
    book = open_book(book_path, clock=clock, backup=False)
    for name in ("Ans de Wit", "Bo Smit"):
        register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1), regime=PaymentRegime.NONE))
    receive(book, date(2025, 5, 1), Money(6000))
    book.close()
    return book_path


def test_agreement_shows_records_and_keeps_what_is_not_given(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert {"agreement", "municipality-share"} <= set(COMMANDS)
    assert main(["--lang", "en", "agreement", str(filled)]) == 0
    assert "No distribution was agreed" in capsys.readouterr().out
    assert main(["--lang", "en", "agreement", str(filled), "--agreed-on", "2025-01-15", "--threshold", "2000",
                 "--municipality-percent", "25", "--training", "20%", "--pots-percent", "100",
                 "--pots-by", "equal"]) == 0
    out = capsys.readouterr().out
    assert "Agreement recorded." in out
    assert "Agreement of 15-01-2025: training 20%; municipality 25% above € 2.000,00; pots 100% of the rest, " \
           "equally per active member." in out
    assert main(["--lang", "en", "agreement", str(filled), "--training", "150,00"]) == 0
    book = open_book(filled, backup=False)
    try:
        chosen = year_close.agreement(book)
    finally:
        book.close()
    assert (chosen.agreed_on, chosen.training_mode, chosen.training_amount, chosen.municipality_percentage,
            chosen.pots_method) == (date(2025, 1, 15), TrainingMode.AMOUNT, Money(150), Decimal(25), PotsMethod.EQUAL)
    assert main(["--lang", "en", "agreement", str(filled), "--municipality-percent", "-5"]) != 0
    assert "negative" in capsys.readouterr().err


def test_municipality_share_lists_and_pays(filled: Path, clock: FixedClock,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    main(["agreement", str(filled), "--agreed-on", "15-01-2025", "--threshold", "2000",
          "--municipality-percent", "25"])
    book = open_book(filled, clock=clock, backup=False)
    try:
        year_close.close_year(book, 2025, Money(0))
    finally:
        book.close()
    capsys.readouterr()
    assert main(["--lang", "en", "municipality-share", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "2025" in out and out.count("€ 1.000,00") == 2
    assert main(["--lang", "en", "municipality-share", str(filled), "--pay", "2025", "--on", "2026-01-20"]) == 0
    out = capsys.readouterr().out
    assert "paid on 20-01-2026" in out and "€ 0,00" in out
    book = open_book(filled, backup=False)
    try:
        [share] = municipality_share.municipality_shares(book)
    finally:
        book.close()
    assert (share.paid, share.paid_on) == (Money(1000), date(2026, 1, 20))
