"""Typed dates: the forms' one parser."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.dates import parse_date
from coopdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text", ["12-03-1985", "12031985", "12-3-1985", "12/03/1985", "12.3.1985", " 12 - 03 - 1985 ", "12 3 1985"]
)
def test_dutch_notations(text: str) -> None:
    assert parse_date(text) == date(1985, 3, 12)


def test_empty_is_no_date() -> None:
    assert parse_date("  ") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [("31-02-2025", "bestaat niet"), ("12-03-85", "geen datum"), ("gisteren", "geen datum"),
     ("01-01-1850", "buiten"), ("2025-03-12", "geen datum")],
)
def test_wrong_dates_name_the_text_and_field(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "birth_on")
    assert caught.value.fields == ("birth_on",)
    assert message in caught.value.message("nl")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip(day: date) -> None:
    assert parse_date(day.strftime("%d-%m-%Y")) == day
    assert parse_date(day.strftime("%d%m%Y")) == day
    assert parse_date(f"{day.day}-{day.month}-{day.year}") == day
