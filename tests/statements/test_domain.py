"""The statement's plain values: numbers, room under a cap, totals, the words chosen."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.statement import (
    ALLOWANCE_EXPLAINED,
    COSTS_EXPLAINED,
    MUNICIPALITY_EXPLAINED,
    NOTHING_EXPLAINED,
    PREMIUM_EXPLAINED,
    Addressee,
    CapKind,
    CapRoom,
    StatementMonth,
    YearStatement,
    explanations,
    statement_number,
)
from coopdesk.services.statements import _sort_name

cents = st.integers(min_value=0, max_value=10_000_00)


def test_the_number_is_the_same_for_the_same_member_and_year() -> None:
    assert statement_number(2025, 17) == statement_number(2025, 17) == "2025-00017"
    assert statement_number(2026, 17) != statement_number(2025, 17) != statement_number(2025, 18)


@given(cents, cents, cents)
def test_the_room_left_is_the_cap_minus_what_counted_and_never_below_zero(cap: int, paid: int, other: int) -> None:
    room = CapRoom(CapKind.ALLOWANCE, Money.from_cents(cap), Money.from_cents(paid), Money.from_cents(other)).room
    assert room == Money.from_cents(max(cap - paid - other, 0))


def _statement(months: tuple[StatementMonth, ...]) -> YearStatement:
    return YearStatement(2025, "2025-00001", date(2026, 1, 5), False, CooperativeDetails("C"), 1, Addressee("A"),
                         ("Keuken",), months)


@given(st.lists(st.tuples(st.integers(0, 20_000), cents, cents, cents), min_size=12, max_size=12))
def test_the_totals_are_the_sums_of_the_months(rows: list[tuple[int, int, int, int]]) -> None:
    months = tuple(StatementMonth(PayoutMonth(2025, i + 1), (("Keuken", minutes),) if minutes else (),
                                  Money.from_cents(a), Money.from_cents(p), Money.from_cents(c))
                   for i, (minutes, a, p, c) in enumerate(rows))
    statement = _statement(months)
    assert statement.total_minutes == sum(r[0] for r in rows) == statement.activity_minutes("Keuken")
    assert statement.total_allowance == Money.from_cents(sum(r[1] for r in rows))
    assert statement.total_paid == Money.from_cents(sum(r[1] + r[2] + r[3] for r in rows))


def test_the_words_explain_only_the_amounts_shown() -> None:
    empty = _statement(tuple(StatementMonth(PayoutMonth(2025, m)) for m in range(1, 13)))
    assert explanations(empty) == (NOTHING_EXPLAINED,)
    costs = _statement(tuple(StatementMonth(PayoutMonth(2025, m), actual_costs=Money("1.00")) for m in range(1, 13)))
    assert explanations(costs) == (COSTS_EXPLAINED, MUNICIPALITY_EXPLAINED)
    both = _statement(tuple(StatementMonth(PayoutMonth(2025, m), allowance=Money("1.00"), premium=Money("2.00"))
                            for m in range(1, 13)))
    assert explanations(both) == (ALLOWANCE_EXPLAINED, PREMIUM_EXPLAINED, MUNICIPALITY_EXPLAINED)
    for text in (ALLOWANCE_EXPLAINED, PREMIUM_EXPLAINED, COSTS_EXPLAINED, MUNICIPALITY_EXPLAINED, NOTHING_EXPLAINED):
        for words in (text.nl.lower(), text.en.lower()):
            assert "belastingvrij" not in words and "tax-free" not in words and "bsn" not in words


def test_dutch_surnames_sort_without_their_prefix() -> None:
    names = ["Joost Prins", "Wim van der Brouwer", "Anouk van der Heuvel", "Zeynep ten Asante", "Kees Bakker",
             "Ahmet Öztürk"]
    assert sorted(names, key=_sort_name) == ["Zeynep ten Asante", "Kees Bakker", "Wim van der Brouwer",
                                             "Anouk van der Heuvel", "Ahmet Öztürk", "Joost Prins"]
