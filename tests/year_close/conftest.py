"""Fixtures for the year-close tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pots.bookhelp import members, receive, reserve  # noqa: F401  (members, reserve: fixtures)

from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.year_close import Agreement, PotsMethod
from coopdesk.services import year_close
from coopdesk.services.books import open_book
from coopdesk.services.members import register_member


@pytest.fixture
def filled(book_path: Path, clock: FixedClock) -> Path:
    """A book ready to close 2025: two members, € 1.000 received in 2025, half of the profit to the pots
    equally."""
    book = open_book(book_path, clock=clock, backup=False)
    for name in ("Ans de Wit", "Bo Smit"):
        register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1), regime=PaymentRegime.NONE))
    receive(book, date(2025, 5, 1), Money(1000))
    year_close.record_agreement(book, Agreement(agreed_on=date(2025, 1, 1), pots_method=PotsMethod.EQUAL,
                                                pots_percentage=Decimal(50)))
    book.close()
    return book_path
