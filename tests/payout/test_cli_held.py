"""`coopdesk payout BOOK --held` and `--pay-held MEMBER --date D (--sepa FILE | --cash | --bank)`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.member import MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.services import hours
from coopdesk.services import payout as payouts
from coopdesk.services.books import open_book, update_cooperative
from coopdesk.services.members import get_member, register_member, update_member
from coopdesk.services.payout_held import list_held_lines

BO_IBAN = "NL02ABNA0123456789"


@pytest.fixture
def held(book_path: Path, clock: FixedClock) -> Path:
    """A book whose March run is posted and paid, with Bo's line held (no IBAN then)."""
    book = open_book(book_path, clock=clock, backup=False)
    update_cooperative(book, name="Cooperatie Test U.A.", kvk_number="12345678", iban="NL91ABNA0417164300",
                       address="Dorpsstraat 12a", postcode="3511 AB", city="Utrecht", municipality="Utrecht")
    bo = register_member(book, MemberForm(name="Bo Smit", joined_on=date(2024, 1, 1), birth_on=date(1990, 1, 1),
                                          iban="", regime=PaymentRegime.VOLUNTEER_ALLOWANCE))
    activity = hours.add_activity(book, "Keuken", hours.list_cost_centres(book)[0].id, Money("5.00"))
    hours.set_hours(book, bo.id, activity.id, date(2026, 3, 3), "4")
    run_id, _ = payouts.post_payout(book, "2026-03")
    payouts.mark_paid(book, run_id, date(2026, 4, 3))
    book.close()
    return book_path


def _number(path: Path) -> int:
    book = open_book(path, backup=False)
    try:
        return list_held_lines(book)[0].member_number
    finally:
        book.close()


def _owed(path: Path) -> int:
    book = open_book(path, backup=False)
    try:
        return len(list_held_lines(book))
    finally:
        book.close()


def _give_iban(path: Path, number: int) -> None:
    book = open_book(path, backup=False)
    try:
        member = next(m for m in [get_member(book, line.member_id) for line in list_held_lines(book)]
                      if m.number == number)
        update_member(book, member.id, replace(MemberForm.from_details(member.details), iban=BO_IBAN))
    finally:
        book.close()


def test_held_lists_the_lines_still_owed(held: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "payout", str(held), "--held"]) == 0
    out = capsys.readouterr().out
    assert "Bo Smit" in out and "payout run 1 (maart 2026)" in out and "€ 20,00" in out and "no IBAN yet" in out


def test_bad_invocations_are_refused_with_a_message(held: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "payout", str(held)]) != 0
    assert "Give --month, --held or --pay-held" in capsys.readouterr().err
    number = _number(held)
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number)]) != 0
    assert "Choose how" in capsys.readouterr().err
    assert main(["--lang", "en", "payout", str(held), "--pay-held", "999", "--cash"]) != 0
    assert "Member 999 does not exist" in capsys.readouterr().err
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number), "--cash", "--date", "31-02-2026"]) != 0
    assert capsys.readouterr().err
    assert _owed(held) == 1


def test_pay_held_refusals_write_nothing(held: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    number = _number(held)
    target = tmp_path / "nabetaling.xml"
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number), "--sepa", str(target)]) != 0
    err = capsys.readouterr().err
    assert "Bo Smit" in err and "no valid IBAN" in err and not target.exists()
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number), "--cash",
                 "--date", "2026-05-01"]) != 0
    assert "below zero" in capsys.readouterr().err
    assert _owed(held) == 1


def test_pay_held_with_a_sepa_file_then_nothing_is_owed(held: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    number = _number(held)
    _give_iban(held, number)
    target = tmp_path / "nabetaling.xml"
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number), "--sepa", str(target)]) == 0
    out = capsys.readouterr().out
    assert "SEPA file written" in out and "Paid later to member" in out and "€ 20,00" in out
    assert BO_IBAN in target.read_text(encoding="utf-8")
    assert _owed(held) == 0
    assert main(["--lang", "en", "payout", str(held), "--held"]) == 0
    assert "No held lines still owed" in capsys.readouterr().out
    assert main(["--lang", "en", "payout", str(held), "--pay-held", str(number), "--bank"]) != 0
    assert "no held lines still owed" in capsys.readouterr().err
