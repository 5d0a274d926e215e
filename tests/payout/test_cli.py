"""`coopdesk payout BOOK --month 2026-03 [--post]`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import RunStatus
from coopdesk.services import hours
from coopdesk.services import payout as payouts
from coopdesk.services.books import open_book
from coopdesk.services.members import register_member


@pytest.fixture
def filled(book_path: Path, clock: FixedClock) -> Path:
    book = open_book(book_path, clock=clock, backup=False)
    member = register_member(book, MemberForm(name="Jonge Jan", joined_on=date(2024, 1, 1),
                                              birth_on=date(2005, 3, 20), iban="NL91ABNA0417164300",
                                              regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
    activity = hours.add_activity(book, "Keuken", hours.list_cost_centres(book)[0].id, Money("5.00"))
    hours.set_hours(book, member.id, activity.id, date(2026, 3, 2), "4")
    book.close()
    return book_path


def test_prints_the_proposal_with_what_was_held_back(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "payout", str(filled), "--month", "2026-03"]) == 0
    out = capsys.readouterr().out
    assert "Jonge Jan" in out and "Keuken: 4 u x € 5,00 = € 20,00" in out
    assert "held back € 6,80: Hour cap for the age on the day worked" in out  # 20 years old: 3.30 an hour
    book = open_book(filled, backup=False)
    try:
        assert payouts.list_runs(book) == []
    finally:
        book.close()


def test_post_posts_and_a_second_post_is_refused(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["payout", str(filled), "--month", "2026-03", "--post"]) == 0
    assert "Geboekt als uitbetaling" in capsys.readouterr().out
    assert main(["payout", str(filled), "--month", "2026-03", "--post"]) == 1
    assert "al geboekt" in capsys.readouterr().err
    assert main(["payout", str(filled), "--month", "2026-03"]) == 0
    assert "Al uitbetaald in uitbetaling 1 (Geboekt, 1 lid, € 13,20)" in capsys.readouterr().out
    book = open_book(filled, backup=False)
    try:
        runs = payouts.list_runs(book)
        assert [(r.status, r.allowance_total) for r in runs] == [(RunStatus.POSTED, Money("13.20"))]
    finally:
        book.close()


def test_a_bad_month_is_one_line(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["payout", str(filled), "--month", "2026-13"]) == 1
    err = capsys.readouterr().err
    assert "2026-13" in err and "Traceback" not in err
