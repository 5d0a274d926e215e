"""Dates as treasurers type them: 28-11-2026, 28-11-26 is not accepted, 28112026 is.

`parse_date` accepts day-month-year with '-', '/', '.' or spaces between the parts
(one- or two-digit day and month), or eight digits in a row (ddmmyyyy). Years
have four digits: '85' could be 1985 or 2085, and a birth date must not guess.
A date that does not exist (31-02-2025) is refused with a message naming it.
"""

from __future__ import annotations

import re
from datetime import date

from coopdesk.domain.errors import Problem, ValidationError, problem

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)


def date_problem(text: str, field: str | None) -> Problem | None:
    """Why `text` is not a date (None when it is one, or empty)."""
    try:
        parse_date(text, field)
    except ValidationError as error:
        return error.problems[0]
    return None


def parse_date(text: str, field: str | None = None) -> date | None:
    """The date in `text`, None for an empty text; `ValidationError` naming `field` otherwise."""
    if not text.strip():
        return None
    match = _SEPARATED.match(text) or _DIGITS.match(text)
    if match is None:
        raise ValidationError([
            problem(field, "{text} is geen datum; typ bijvoorbeeld 28-11-2026.",
                    "{text} is not a date; type for example 28-11-2026.", text=text.strip())
        ])
    day, month, year = (int(part) for part in match.groups())
    try:
        result = date(year, month, day)
    except ValueError:
        raise ValidationError([
            problem(field, "Datum {text} bestaat niet.", "Date {text} does not exist.", text=text.strip())
        ]) from None
    if not EARLIEST <= result <= LATEST:
        raise ValidationError([
            problem(field, "Datum {day} ligt buiten 1900-2099.", "Date {day} is outside 1900-2099.", day=result)
        ])
    return result
