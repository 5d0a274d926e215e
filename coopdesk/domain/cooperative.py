"""The cooperative a book belongs to: its name, registration and bank account, the
treasurer who signs the year-end statements and the logo printed on them."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from coopdesk.domain.errors import Problem, ValidationError, problem
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
    _: KW_ONLY  # the fields below are named, never positional (readers build the above from a row)
    treasurer: str = ""  # the treasurer's name, printed under the year-end statements
    logo: bytes = b""  # a PNG or JPEG (at most LOGO_MAX_BYTES), printed on the statements


LOGO_MAX_BYTES = 512 * 1024
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def logo_too_large(field: str, size: int) -> Problem:
    return problem(field, "Het logo is te groot ({size} kB); het mag hoogstens {limit} kB zijn.",
                   "The logo is too large ({size} kB); it may be at most {limit} kB.",
                   size=(size + 1023) // 1024, limit=LOGO_MAX_BYTES // 1024)


def check_logo(data: bytes, field: str, problems: list[Problem]) -> bytes:
    """The logo as given when it is empty or a PNG/JPEG of at most LOGO_MAX_BYTES; else a
    problem (and b"")."""
    if not data:
        return b""
    if len(data) > LOGO_MAX_BYTES:
        problems.append(logo_too_large(field, len(data)))
        return b""
    if not data.startswith(_LOGO_MAGIC):
        problems.append(problem(field, "Het logo moet een PNG- of JPEG-afbeelding zijn.",
                                "The logo must be a PNG or JPEG image."))
        return b""
    return data


def validate_cooperative_details(
    *,
    name: str,
    kvk_number: str = "",
    address: str = "",
    postcode: str = "",
    city: str = "",
    iban: str = "",
    municipality: str = "",
    treasurer: str = "",
    logo: bytes = b"",
) -> CooperativeDetails:
    problems: list[Problem] = []
    clean_name = check_required(name, "name", "Naam van de coöperatie", "Cooperative name", problems)
    clean_kvk = check_kvk(kvk_number, "kvk_number", problems)
    clean_postcode = check_postcode(postcode, "postcode", problems)
    clean_iban = check_iban(iban, "iban", problems)
    clean_logo = check_logo(logo, "logo", problems)
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
        treasurer=" ".join(treasurer.split()),
        logo=clean_logo,
    )
