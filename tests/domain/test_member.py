"""Member validation: every wrong field is named, good input is normalised."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.member import (
    LeaveReason,
    MemberForm,
    PaymentRegime,
    age_on,
    warnings_for,
)

TODAY = date(2026, 11, 28)


def form(**changes: object) -> MemberForm:
    base = MemberForm(name="Fatima El Amrani", joined_on=date(2025, 3, 1))
    return MemberForm(**{**base.__dict__, **changes})


def fields_of(error: ValidationError) -> set[str | None]:
    return set(error.fields)


def test_good_input_is_normalised() -> None:
    details = form(
        name="  Fatima   El Amrani ",
        postcode="3531ck",
        iban="nl91 abna 0417 1643 00",
        email=" f@voorbeeld.nl ",
    ).validate(TODAY)
    assert details.name == "Fatima El Amrani"
    assert details.postcode == "3531 CK"
    assert details.iban == "NL91ABNA0417164300"
    assert details.email == "f@voorbeeld.nl"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"iban": "NL91ABNA0417164301"}, "iban"),
        ({"iban": "NL91"}, "iban"),
        ({"postcode": "123 AB"}, "postcode"),
        ({"postcode": "0123 AB"}, "postcode"),
        ({"postcode": "1234 A1"}, "postcode"),
        ({"birth_on": date(2027, 1, 1)}, "birth_on"),
        ({"left_on": date(2025, 2, 1), "leave_reason": LeaveReason.MOVED}, "left_on"),
        ({"left_on": date(2026, 2, 1)}, "leave_reason"),
        ({"leave_reason": LeaveReason.PAID_JOB}, "left_on"),
        ({"joined_on": None}, "joined_on"),
        ({"email": "geen-adres"}, "email"),
    ],
)
def test_wrong_input_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        form(**changes).validate(TODAY)
    assert field in fields_of(caught.value)
    # both languages have a message
    assert caught.value.message("nl") and caught.value.message("en")
    assert caught.value.message("nl") != caught.value.message("en")


def test_all_problems_are_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        form(name="", iban="NL00XXXX", postcode="abc").validate(TODAY)
    assert {"name", "iban", "postcode"} <= fields_of(caught.value)


def test_iban_message_is_dutch_by_default_and_names_the_number() -> None:
    with pytest.raises(ValidationError) as caught:
        form(iban="NL91ABNA0417164301").validate(TODAY)
    assert "NL91ABNA0417164301" in caught.value.message()
    assert "IBAN" in caught.value.message() and "klopt niet" in caught.value.message()


def test_dates_in_messages_are_dutch_style() -> None:
    with pytest.raises(ValidationError) as caught:
        form(birth_on=date(2027, 1, 5)).validate(TODAY)
    assert "05-01-2027" in caught.value.message("nl")


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))
def test_age_is_whole_years(birth: date, day: date) -> None:
    age = age_on(birth, day)
    assert age is not None
    if day >= birth:
        assert age >= 0
        try:
            birthday_this_year = birth.replace(year=day.year)
        except ValueError:  # 29 February
            birthday_this_year = date(day.year, 3, 1)
        assert age == day.year - birth.year - (1 if day < birthday_this_year else 0)


def test_under_27_on_assistance_gets_a_warning() -> None:
    young = form(birth_on=date(2003, 1, 1), social_assistance=True, regime=PaymentRegime.PREMIUM).validate(TODAY)
    assert warnings_for(young, TODAY)
    actual_costs_only = form(birth_on=date(2003, 1, 1), social_assistance=True).validate(TODAY)
    assert not warnings_for(actual_costs_only, TODAY)
    older = form(birth_on=date(1980, 1, 1), social_assistance=True, regime=PaymentRegime.PREMIUM).validate(TODAY)
    assert not warnings_for(older, TODAY)


def test_outflow_reasons() -> None:
    assert LeaveReason.PAID_JOB.is_outflow and LeaveReason.EDUCATION.is_outflow
    assert not LeaveReason.MOVED.is_outflow
