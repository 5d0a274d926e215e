"""The cooperative a book belongs to: its name, registration and bank account."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.errors import Problem, ValidationError
from coopdesk.domain.validation import (
    check_iban,
    check_kvk,
    check_postcode,
    check_required,
)


@dataclass(frozen=True)
class CooperativeDetails:
    name: str
    kvk_number: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    iban: str = ""
    municipality: str = ""


def validate_cooperative_details(
    *,
    name: str,
    kvk_number: str = "",
    address: str = "",
    postcode: str = "",
    city: str = "",
    iban: str = "",
    municipality: str = "",
) -> CooperativeDetails:
    problems: list[Problem] = []
    clean_name = check_required(name, "name", "Naam van de coöperatie", "Cooperative name", problems)
    clean_kvk = check_kvk(kvk_number, "kvk_number", problems)
    clean_postcode = check_postcode(postcode, "postcode", problems)
    clean_iban = check_iban(iban, "iban", problems)
    if problems:
        raise ValidationError(problems)
    assert clean_name is not None and clean_kvk is not None
    assert clean_postcode is not None and clean_iban is not None
    return CooperativeDetails(
        name=clean_name,
        kvk_number=clean_kvk,
        address=" ".join(address.split()),
        postcode=clean_postcode,
        city=" ".join(city.split()),
        iban=clean_iban,
        municipality=" ".join(municipality.split()),
    )
