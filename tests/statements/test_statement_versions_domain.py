"""Versions of a statement as plain values: the number of a later version, the fingerprint
of the content (and only the content), and how a statement is placed against the
versions the book issued."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.domain.statement import (
    Addressee,
    IssuedVersion,
    Replaces,
    StatementMonth,
    YearStatement,
    place_statement,
    statement_number,
)

cents = st.integers(min_value=0, max_value=10_000_00)
FIRST_DAY, SECOND_DAY = date(2026, 1, 5), date(2026, 4, 2)


def _statement(allowances: list[int], paid_on: date | None = date(2025, 2, 7)) -> YearStatement:
    months = tuple(StatementMonth(PayoutMonth(2025, n + 1), (("Keuken", 60),), Money.from_cents(cents),
                                  paid_on=paid_on) for n, cents in enumerate(allowances))
    return YearStatement(2025, statement_number(2025, 1), FIRST_DAY, False, CooperativeDetails("C"), 1,
                         Addressee("A"), ("Keuken",), months)


def test_a_later_version_has_its_number_after_the_member() -> None:
    assert statement_number(2025, 17, 1) == "2025-00017"
    assert statement_number(2025, 17, 2) == "2025-00017-2"
    assert IssuedVersion(2025, 17, 3, None, FIRST_DAY).number == "2025-00017-3"
    with pytest.raises(ValueError):
        statement_number(2025, 17, 0)


@given(st.lists(cents, min_size=12, max_size=12), st.dates(), st.text(max_size=20))
def test_the_fingerprint_ignores_the_print_day_the_address_and_the_signature(
        allowances: list[int], day: date, treasurer: str) -> None:
    statement = _statement(allowances)
    other = replace(statement, issued_on=day, treasurer=treasurer, member=Addressee("A", "Elders 1"),
                    number="2025-00001-9", version=9, duplicate=True)
    assert other.fingerprint == statement.fingerprint


@given(st.lists(cents, min_size=12, max_size=12), st.integers(0, 11), st.integers(1, 10_000))
def test_any_other_amount_or_payment_date_gives_another_fingerprint(allowances: list[int], month: int,
                                                                    more: int) -> None:
    statement = _statement(allowances)
    changed = list(allowances)
    changed[month] += more
    assert _statement(changed).fingerprint != statement.fingerprint
    assert _statement(allowances, paid_on=date(2025, 2, 8)).fingerprint != statement.fingerprint


def test_placing_against_the_versions_issued() -> None:
    statement = _statement([100] * 12)
    first = place_statement(statement, [])
    assert (first.number, first.version, first.duplicate, first.replaces) == ("2025-00001", 1, False, None)
    v1 = IssuedVersion(2025, 1, 1, statement.fingerprint, FIRST_DAY)
    again = place_statement(statement, [v1])
    assert (again.number, again.version, again.duplicate, again.replaces) == ("2025-00001", 1, True, None)
    changed = _statement([100] * 11 + [0])
    second = place_statement(changed, [v1])
    assert (second.number, second.version, second.duplicate) == ("2025-00001-2", 2, False)
    assert second.replaces == Replaces("2025-00001", FIRST_DAY)
    v2 = IssuedVersion(2025, 1, 2, changed.fingerprint, SECOND_DAY)
    reprint = place_statement(changed, [v2, v1])  # in any order
    assert (reprint.number, reprint.duplicate, reprint.replaces) == ("2025-00001-2", True,
                                                                     Replaces("2025-00001", FIRST_DAY))
    # back to what version 1 said: the officer holds version 2, so it is version 3
    back = place_statement(statement, [v1, v2])
    assert (back.number, back.duplicate, back.replaces) == ("2025-00001-3", False, Replaces("2025-00001-2", SECOND_DAY))
    # issued before the book kept fingerprints: nobody knows what it said, so a new version
    unknown = place_statement(statement, [IssuedVersion(2025, 1, 1, None, FIRST_DAY)])
    assert (unknown.number, unknown.duplicate) == ("2025-00001-2", False)
    # versions of another member or year do not count
    assert place_statement(statement, [IssuedVersion(2024, 1, 1, statement.fingerprint, FIRST_DAY),
                                       IssuedVersion(2025, 2, 1, statement.fingerprint, FIRST_DAY)]).version == 1
