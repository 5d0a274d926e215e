"""Euros and dates for people: one module decides how they look, in both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import coopdesk
from coopdesk.domain.display import (
    DATE_FORMAT,
    format_euro,
    show_date,
    show_day_month,
    show_euro,
    show_moment,
)
from coopdesk.domain.money import Money
from coopdesk.domain.text import Text, for_people, set_language


def test_days_moments_and_amounts() -> None:
    assert show_date(date(2026, 3, 5)) == "05-03-2026"
    assert show_date(None) == ""
    assert show_day_month(date(2026, 3, 5)) == "05-03"
    assert show_moment(datetime(2026, 11, 28, 14, 5, tzinfo=UTC)) == "28-11-2026 14:05"
    assert show_euro(Money("-1234567.5")) == "€ -1.234.567,50"
    assert show_euro(Decimal("0.5")) == "€ 0,50"
    assert show_euro(None) == ""


def test_messages_show_figures_the_dutch_way_in_english_too() -> None:
    message = Text("{day}: {amount}", "{day}: {amount}")
    set_language("en")
    assert message.render(day=date(2026, 1, 2), amount=Money("12")) == "02-01-2026: € 12,00"
    assert for_people(datetime(2026, 1, 2, 9, 30)) == "02-01-2026 09:30"


@given(st.dates(min_value=date(1900, 1, 1)))
def test_a_shown_day_reads_back_as_the_same_day(day: date) -> None:
    assert datetime.strptime(show_date(day), DATE_FORMAT).date() == day


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_a_shown_amount_has_the_cents_and_groups_of_three(cents: int) -> None:
    shown = format_euro(Decimal(cents) / 100)
    digits = shown.removeprefix("€ ").removeprefix("-")
    whole, fraction = digits.split(",")
    assert len(fraction) == 2 and all(len(g) == 3 for g in whole.split(".")[1:])
    assert Decimal(("-" if cents < 0 else "") + whole.replace(".", "") + "." + fraction) * 100 == cents


def test_no_module_but_display_writes_out_how_a_day_looks() -> None:
    # euros and dates for people come from `display` alone (issue 8, item 8); file names
    # and files for programs use other formats (a backup's %Y%m%d-%H%M%S, ISO dates)
    package = Path(coopdesk.__file__).parent
    own = package / "domain" / "display.py"
    written_out = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py")) if path != own
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "%d-%m" in line or ":%d" in line
    ]
    assert written_out == []
