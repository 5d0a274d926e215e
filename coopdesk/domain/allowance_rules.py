"""The rules tables a payout is held under: fiscal caps per year, premium maxima by date.

Two tables (domain-rules.md, section 2), shipped as TOML in `resources/rules/` and
copied into every book, so that a year is always recomputed with the rules the book
holds for it (the treasurer may have edited a row; an edited row records who and when):

* `FiscalCaps` per calendar year: the volunteer allowance's hour rate for members of
  21 and over and under 21 (by age on the day worked), the month cap and the year cap;
* `PremiumMaximum` by date in force: the Participatiewet art. 31 lid 2 onder j premium
  maximum per calendar year (and onder n's monthly income disregard), changing on
  1 January and 1 July.

Each row names its source and whether it is confirmed. `parse_rules` reads the TOML
text (pure: no file access) and every amount goes through the one number parser;
anything missing or malformed is a `RulesError` naming the table, row and field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.numbers import parse_amount
from coopdesk.domain.text import Text

ADULT_AGE = 21  # the hour rate for "21 and over" applies from the 21st birthday

CONFIRMED = "confirmed"


class RulesError(CoopDeskError):
    """The rules tables are missing a year or date, or a row cannot be read."""


@dataclass(frozen=True)
class FiscalCaps:
    """The volunteer allowance caps of one calendar year."""

    year: int
    hour_rate_21_plus: Money
    hour_rate_under_21: Money
    month: Money
    year_total: Money
    source: str = ""
    status: str = CONFIRMED  # "confirmed" or an "unconfirmed: ..." note
    edited_by: str = ""
    edited_at: datetime | None = None

    def hour_rate(self, age: int | None) -> Money:
        """The hour cap for a member of `age` (on the day worked). An unknown age gets the
        lower, under-21 cap: paying too little can be corrected, paying too much cannot."""
        if age is not None and age >= ADULT_AGE:
            return self.hour_rate_21_plus
        return self.hour_rate_under_21

    @property
    def confirmed(self) -> bool:
        return self.status == CONFIRMED


@dataclass(frozen=True)
class PremiumMaximum:
    """The art. 31 amounts in force from `in_force_on` until the next row's date."""

    in_force_on: date
    yearly_maximum: Money
    income_disregard_month: Money
    source: str = ""
    status: str = CONFIRMED
    edited_by: str = ""
    edited_at: datetime | None = None

    @property
    def confirmed(self) -> bool:
        return self.status == CONFIRMED


@dataclass(frozen=True)
class AllowanceRules:
    """Both tables, with date-ranged lookup. Rows are kept sorted."""

    fiscal: tuple[FiscalCaps, ...]
    premium: tuple[PremiumMaximum, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "fiscal", tuple(sorted(self.fiscal, key=lambda row: row.year)))
        object.__setattr__(self, "premium", tuple(sorted(self.premium, key=lambda row: row.in_force_on)))

    def fiscal_caps(self, year: int) -> FiscalCaps:
        """The caps of `year`; a `RulesError` when the book has none for that year."""
        for row in self.fiscal:
            if row.year == year:
                return row
        raise RulesError(Text(
            "De regels van dit boek hebben geen vrijwilligersvergoeding-grenzen voor {year}; "
            "vul ze aan bij Regels.",
            "This book's rules have no volunteer allowance caps for {year}; add them under Rules.",
        ), "year", year=year)

    def premium_maximum(self, on: date) -> PremiumMaximum:
        """The premium amounts in force on `on` (the newest row from on or before that date)."""
        found: PremiumMaximum | None = None
        for row in self.premium:
            if row.in_force_on <= on:
                found = row
        if found is None:
            raise RulesError(Text(
                "De regels van dit boek hebben geen premiemaximum (art. 31) dat op {day} gold; "
                "vul het aan bij Regels.",
                "This book's rules have no premium maximum (art. 31) in force on {day}; add it under Rules.",
            ), "in_force_on", day=on)
        return found


# -- reading the shipped TOML ---------------------------------------------------------------

_FISCAL_AMOUNTS = ("hour_rate_21_plus", "hour_rate_under_21", "month", "year_total")
_PREMIUM_AMOUNTS = ("yearly_maximum", "income_disregard_month")


def _bad(table: str, number: int, field: str, nl: str, en: str, **values: object) -> RulesError:
    return RulesError(Text(
        "Regeltabel {table}, rij {number}, veld {field}: " + nl,
        "Rules table {table}, row {number}, field {field}: " + en,
    ), field, table=table, number=number, field=field, **values)


def _amount(row: Mapping[str, Any], table: str, number: int, field: str) -> Money:
    if field not in row:
        raise _bad(table, number, field, "ontbreekt.", "is missing.")
    value = row[field]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _bad(table, number, field, "schrijf het bedrag als tekst, bijvoorbeeld \"5.60\".",
                   "write the amount as text, for example \"5.60\".")
    try:
        amount = parse_amount(str(value), field)
    except ValidationError as error:
        raise _bad(table, number, field, "{why}", "{why}", why=error.message("en")) from None
    if amount.is_negative():
        raise _bad(table, number, field, "een grens is niet negatief.", "a cap is not negative.")
    return amount


def _text(row: Mapping[str, Any], table: str, number: int, field: str, default: str = "") -> str:
    value = row.get(field, default)
    if not isinstance(value, str):
        raise _bad(table, number, field, "moet tekst zijn.", "must be text.")
    return value


def _rows(document: Mapping[str, Any], table: str) -> list[Mapping[str, Any]]:
    rows = document.get(table)
    if not isinstance(rows, list) or not rows or not all(isinstance(row, dict) for row in rows):
        raise RulesError(Text("Regeltabel {table} ontbreekt of is leeg.",
                              "Rules table {table} is missing or empty."), table, table=table)
    return rows


def parse_rules(text: str) -> AllowanceRules:
    """The rules in a TOML text (the shipped `allowance_rules.toml`); `RulesError` otherwise."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesError(Text("De regeltabellen zijn geen geldige TOML: {why}",
                              "The rules tables are not valid TOML: {why}"), why=str(error)) from None
    fiscal: list[FiscalCaps] = []
    for number, row in enumerate(_rows(document, "fiscal_caps"), start=1):
        year = row.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2099:
            raise _bad("fiscal_caps", number, "year", "geen jaartal.", "not a year.")
        hour_21, hour_under, month, year_total = (_amount(row, "fiscal_caps", number, name)
                                                  for name in _FISCAL_AMOUNTS)
        fiscal.append(FiscalCaps(year=year, hour_rate_21_plus=hour_21, hour_rate_under_21=hour_under,
                                 month=month, year_total=year_total,
                                 source=_text(row, "fiscal_caps", number, "source"),
                                 status=_text(row, "fiscal_caps", number, "status", CONFIRMED)))
    premium: list[PremiumMaximum] = []
    for number, row in enumerate(_rows(document, "premium_maximum"), start=1):
        day = row.get("in_force_on")
        if not isinstance(day, date) or isinstance(day, datetime):
            raise _bad("premium_maximum", number, "in_force_on", "geen datum (schrijf 2025-07-01).",
                       "not a date (write 2025-07-01).")
        maximum, disregard = (_amount(row, "premium_maximum", number, name) for name in _PREMIUM_AMOUNTS)
        premium.append(PremiumMaximum(in_force_on=day, yearly_maximum=maximum, income_disregard_month=disregard,
                                      source=_text(row, "premium_maximum", number, "source"),
                                      status=_text(row, "premium_maximum", number, "status", CONFIRMED)))
    _no_doubles([row.year for row in fiscal], "fiscal_caps", "year")
    _no_doubles([row.in_force_on for row in premium], "premium_maximum", "in_force_on")
    return AllowanceRules(tuple(fiscal), tuple(premium))


def _no_doubles(keys: Iterable[object], table: str, field: str) -> None:
    seen: set[object] = set()
    for number, key in enumerate(keys, start=1):
        if key in seen:
            raise _bad(table, number, field, "{key} staat er twee keer in.", "{key} appears twice.", key=key)
        seen.add(key)
