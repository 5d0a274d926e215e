"""Checks on single fields that several records share: IBAN, postcode, KvK, email.

Each `check_*` function returns the normalised value, or adds a `Problem` naming
the field to the list it is given and returns `None`. Records collect every
problem before raising one `ValidationError`, so a form can mark all wrong
fields at once.
"""

from __future__ import annotations

import re

from coopdesk.domain.errors import Problem, problem

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KVK = re.compile(r"^[0-9]{8}$")


def check_required(value: str, field: str, label_nl: str, label_en: str, problems: list[Problem]) -> str | None:
    cleaned = " ".join(value.split())
    if not cleaned:
        problems.append(
            problem(field, "{label_nl} is verplicht.", "{label_en} is required.",
                    label_nl=label_nl, label_en=label_en)
        )
        return None
    return cleaned


def check_iban(value: str, field: str, problems: list[Problem], required: bool = False) -> str | None:
    """A valid IBAN in its compact form ('NL91ABNA0417164300'), or '' when empty."""
    compact = "".join(value.split()).upper()
    if not compact:
        if required:
            problems.append(problem(field, "IBAN is verplicht.", "IBAN is required."))
            return None
        return ""
    # imported here: schwifty (and importlib.metadata with it) costs ~40 ms of start-up
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        return str(IBAN(compact).compact)
    except (SchwiftyException, ValueError):
        problems.append(
            problem(
                field,
                "IBAN {iban} klopt niet: controleer het nummer (landcode, controlegetal en lengte).",
                "IBAN {iban} is not valid: check the number (country code, check digits and length).",
                iban=value.strip(),
            )
        )
        return None


def format_iban(compact: str) -> str:
    """'NL91ABNA0417164300' -> 'NL91 ABNA 0417 1643 00' (the way banks print it)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def check_postcode(value: str, field: str, problems: list[Problem]) -> str | None:
    """A Dutch postcode normalised to '1234 AB', or '' when empty."""
    if not value.strip():
        return ""
    match = _POSTCODE.match(value)
    if not match:
        problems.append(
            problem(
                field,
                "Postcode {postcode} heeft niet de vorm 1234 AB.",
                "Postcode {postcode} is not of the form 1234 AB.",
                postcode=value.strip(),
            )
        )
        return None
    return f"{match.group(1)} {match.group(2).upper()}"


def check_email(value: str, field: str, problems: list[Problem]) -> str | None:
    cleaned = value.strip()
    if cleaned and not _EMAIL.match(cleaned):
        problems.append(
            problem(field, "E-mailadres {email} klopt niet.", "Email address {email} is not valid.",
                    email=cleaned)
        )
        return None
    return cleaned


def check_kvk(value: str, field: str, problems: list[Problem]) -> str | None:
    """A KvK (Chamber of Commerce) number: eight digits, or '' when empty."""
    cleaned = "".join(value.split())
    if cleaned and not _KVK.match(cleaned):
        problems.append(
            problem(field, "KvK-nummer {kvk} moet uit 8 cijfers bestaan.",
                    "KvK number {kvk} must be 8 digits.", kvk=value.strip())
        )
        return None
    return cleaned
