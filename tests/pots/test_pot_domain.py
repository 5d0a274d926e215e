"""The pot's rules as pure functions: never below zero, the purposes, the statement."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.pot import (
    DEFAULT_PURPOSES,
    INCOME_WARNING,
    MovementKind,
    PotBelowZeroError,
    PotMovement,
    Purpose,
    balance,
    check_never_negative,
    statement,
    withdrawal_problems,
)

START = date(2025, 1, 1)


def _move(number: int, day: date, cents: int) -> PotMovement:
    kind = MovementKind.DEPOSIT if cents >= 0 else MovementKind.WITHDRAWAL
    return PotMovement(number, 1, day, kind, Money.from_cents(cents))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(-50_000, 50_000)), max_size=40))
def test_accepted_movements_never_leave_a_pot_below_zero(steps: list[tuple[int, int]]) -> None:
    """Apply any sequence, keeping only what the rule accepts: the running balance in date
    order is never negative, and a refusal names the balance just before it."""
    kept: list[PotMovement] = []
    for number, (offset, cents) in enumerate(steps, start=1):
        candidate = _move(number, START + timedelta(days=offset), cents)
        try:
            check_never_negative([*kept, candidate])
        except PotBelowZeroError as refused:
            assert cents < 0 and refused.balance >= Money.zero()
            continue
        kept.append(candidate)
    running = Money.zero()
    for movement in sorted(kept, key=lambda m: (m.booked_on, m.id)):
        running += movement.amount
        assert not running.is_negative()
    assert balance(kept) == running


def test_a_backdated_withdrawal_before_the_deposit_is_refused() -> None:
    deposit = _move(1, date(2025, 3, 1), 10_000)
    with pytest.raises(PotBelowZeroError) as refused:
        check_never_negative([deposit, _move(2, date(2025, 2, 1), -5_000)])
    assert "€ 0,00" in refused.value.message("nl") and refused.value.field == "amount"
    check_never_negative([deposit, _move(2, date(2025, 3, 2), -10_000)])


def test_the_private_costs_purpose_warns_and_needs_approval() -> None:
    names = {name: (approval, warning) for name, approval, warning in DEFAULT_PURPOSES}
    assert names["Noodzakelijke privékosten"] == (True, True)
    assert names["Cursus of opleiding"] == (False, False)
    purpose = Purpose(4, "Noodzakelijke privékosten", needs_approval=True, income_warning=True)
    assert purpose.warning is INCOME_WARNING and "inkomen" in INCOME_WARNING.render("nl")
    with pytest.raises(ValidationError) as refused:
        withdrawal_problems(Money(50), purpose, "B-12", "")
    assert [p.field for p in refused.value.problems] == ["approved_by"]
    withdrawal_problems(Money(50), purpose, "B-12", "Joke (voorzitter)")


def test_a_withdrawal_needs_amount_purpose_and_receipt() -> None:
    with pytest.raises(ValidationError) as refused:
        withdrawal_problems(Money(0), None, " ", "")
    assert {p.field for p in refused.value.problems} == {"amount", "purpose", "receipt_reference"}


def test_statement_has_opening_movements_and_closing() -> None:
    moves = [_move(1, date(2024, 12, 31), 30_000), _move(2, date(2025, 2, 1), -10_000),
             _move(3, date(2025, 7, 1), 5_000), _move(4, date(2026, 1, 5), -1_000)]
    found = statement(7, "Ans", moves, date(2025, 1, 1), date(2025, 12, 31))
    assert found.opening == Money(300) and found.closing == Money(250)
    assert [m.id for m in found.movements] == [2, 3]
    with pytest.raises(ValidationError):
        statement(7, "Ans", moves, date(2025, 12, 31), date(2025, 1, 1))
