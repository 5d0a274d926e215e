"""Reading and writing the numbers people type: amounts, hourly rates and hours.

Every number CoopDesk reads from a person (a form, the weekly grid, a text cell in a
sheet) goes through this module, so "1.234" means the same thing in every field.

**The rule, for Dutch and English notation alike.** A number is digits with at most
one *decimal mark* and, in front of it, optional *thousands separators* between groups
of exactly three digits. The decimal mark is a comma or a point; the thousands
separator is the other one. Spaces, and a euro sign in front of an amount, are
ignored; an amount may start with a minus sign.

* Both marks in one number: the **last** one is the decimal mark.
  ``1.234,56`` (Dutch) and ``1,234.56`` (English) are both one thousand two hundred
  and thirty-four and fifty-six cents.
* One mark, written more than once: it separates thousands. ``1.234.567`` and
  ``1,234,567`` are the same million.
* One mark, written once: it is the decimal mark. ``2,5`` and ``2.5`` are two and a
  half; ``45,50`` and ``45.50`` are the same amount.
* **Except** when exactly three digits follow that one mark (``1.234``, ``2,555``):
  Dutch reads ``1.234`` as twelve hundred and thirty-four, English as one point two
  three four. CoopDesk does not guess: it refuses the number and the message shows
  both readings. Type ``1234`` (no separator) or ``1.234,00`` / ``1,234.00``.
* More decimals than the quantity has are refused, never rounded: an amount or a
  rate goes to the cent (two decimals), hours to the quarter (``2,25``). Zeros at the
  end do not count (``2,5000`` is ``2,5``).
* More than 15 digits before the decimal mark is refused as too large (a typing
  mistake, and beyond what the sums can carry exactly).

Hours may also be typed as a clock (``2:30``, ``2u30``) or with a unit (``2u``,
``2,5 uur``, ``2h``); see `parse_minutes`.

The formatters write what the parser reads back to the same value, in either
notation (``format_number``, ``format_amount``, ``format_minutes``); they never write
a number the rule above would refuse (a whole number from 1.000 to 999.999 is written
without a thousands separator, so ``1000`` hours, not ``1.000``).

Numbers that arrive as numbers (an Excel cell holding 1000) are never turned into
text and parsed back: `minutes_from_hours` takes the number itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.money import Money

Notation = Literal["nl", "en"]
NOTATIONS: tuple[Notation, ...] = ("nl", "en")

MAX_WHOLE_DIGITS = 15  # a thousand billion euro or hours: more is a typing mistake
MONEY_PLACES = 2
HOUR_PLACES = 2
QUARTER = 15
MINUTES_PER_HOUR = 60

_IGNORED = str.maketrans("", "", " \u00a0\u202f\u2009")
_MARKS = re.compile(r"[0-9.,]+")
_GROUPED = {",": re.compile(r"[1-9]\d{0,2}(?:,\d{3})+"), ".": re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")}
_CLOCK = re.compile(r"(\d+)(?::|u|h)(\d{2})(?:m|min)?", re.IGNORECASE | re.ASCII)
_HOUR_UNIT = re.compile(r"(.*?)(?:uur|u|h)", re.IGNORECASE | re.ASCII | re.DOTALL)


@dataclass(frozen=True)
class _Kind:
    """What is being read: names the field in messages and says what is allowed."""

    field: str
    places: int
    negative: bool
    euro: bool
    not_nl: str
    not_en: str
    places_nl: str
    places_en: str


def _amount_kind(field: str) -> _Kind:
    return _Kind(field, MONEY_PLACES, True, True,
                 "{value} is geen bedrag; typ bijvoorbeeld 45,50 of 1.234,56.",
                 "{value} is not an amount; type for example 45.50 or 1,234.56.",
                 "{value} heeft meer dan twee decimalen; een bedrag gaat tot op de cent.",
                 "{value} has more than two decimals; an amount goes to the cent.")


def _rate_kind(field: str) -> _Kind:
    return _Kind(field, MONEY_PLACES, False, True,
                 "'{value}' is geen bedrag. Typ bijvoorbeeld 2,50.",
                 "'{value}' is not an amount. Type for example 2.50.",
                 "{value} heeft meer dan twee decimalen; een uurvergoeding gaat tot op de cent.",
                 "{value} has more than two decimals; an hourly rate goes to the cent.")


def _hours_kind(field: str) -> _Kind:
    return _Kind(field, HOUR_PLACES, False, False,
                 "'{value}' is geen aantal uren. Typ bijvoorbeeld 2, 2,5 of 2:30.",
                 "'{value}' is not a number of hours. Type for example 2, 2.5 or 2:30.",
                 _NOT_QUARTER_NL, _NOT_QUARTER_EN)


_NOT_QUARTER_NL = "{value} is geen heel kwartier. Rond af op een kwartier (0,25 uur of 15 minuten)."
_NOT_QUARTER_EN = "{value} is not a whole quarter hour. Round to a quarter (0.25 hours or 15 minutes)."


# -- reading -----------------------------------------------------------------------------------


def _refuse(kind: _Kind, nl: str, en: str, **values: object) -> ValidationError:
    return ValidationError([problem(kind.field, nl, en, **values)])


def _read(text: str, kind: _Kind) -> Decimal | None:
    """The number in `text` by the rule in the module docstring; None when it is empty."""
    shown = text.strip()
    cleaned = shown.translate(_IGNORED)
    if kind.euro:
        cleaned = cleaned.replace("€", "")
    negative = False
    if cleaned[:1] in ("-", "+", "\u2212"):
        negative = cleaned[0] != "+"
        cleaned = cleaned[1:]
    if kind.euro:  # "-€ 5" as well as "€ -5"
        cleaned = cleaned.replace("€", "")
    if not cleaned:
        if negative:
            raise _refuse(kind, kind.not_nl, kind.not_en, value=shown)
        return None
    if not _MARKS.fullmatch(cleaned) or not any(c.isdigit() for c in cleaned):
        raise _refuse(kind, kind.not_nl, kind.not_en, value=shown)
    whole, fraction = _split(cleaned, shown, kind)
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise _refuse(kind, "{value} is te groot; CoopDesk rekent met ten hoogste {digits} cijfers voor de komma.",
                      "{value} is too large; CoopDesk works with at most {digits} digits before the decimal mark.",
                      value=shown if len(shown) <= 40 else shown[:39] + "…", digits=MAX_WHOLE_DIGITS)
    try:
        value = Decimal(f"{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the patterns above exclude this
        raise _refuse(kind, kind.not_nl, kind.not_en, value=shown) from None
    if negative and value:
        if not kind.negative:
            raise _negative(kind, shown)
        value = -value
    if len(fraction.rstrip("0")) > kind.places:
        raise _refuse(kind, kind.places_nl, kind.places_en, value=shown)
    return value


def _split(cleaned: str, shown: str, kind: _Kind) -> tuple[str, str]:
    """(whole digits, fraction digits) of a number made of digits, commas and points."""
    commas, points = cleaned.count(","), cleaned.count(".")
    if commas and points:
        mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        whole, _, fraction = cleaned.rpartition(mark)
        separator = "." if mark == "," else ","
        if mark in whole or not _GROUPED[separator].fullmatch(whole):
            raise _refuse(kind, kind.not_nl, kind.not_en, value=shown)
        return whole.replace(separator, ""), fraction
    if commas + points == 0:
        return cleaned, ""
    mark = "," if commas else "."
    if commas + points > 1:
        if not _GROUPED[mark].fullmatch(cleaned):
            raise _refuse(kind, kind.not_nl, kind.not_en, value=shown)
        return cleaned.replace(mark, ""), ""
    whole, _, fraction = cleaned.partition(mark)
    if len(fraction) == 3 and _GROUPED[mark].fullmatch(cleaned):
        thousands = whole + fraction
        raise _refuse(
            kind,
            "'{value}' kan twee getallen zijn: {thousands} (de {mark_nl} scheidt duizendtallen) of "
            "{decimal_nl} (de {mark_nl} is een decimaalteken). Bedoelt u {thousands}, typ dan {thousands} "
            "of {thousands_nl}; bedoelt u {decimal_nl}: dat kan niet, typ ten hoogste {places} decimalen.",
            "'{value}' could be two numbers: {thousands} (the {mark_en} separates thousands) or "
            "{decimal_en} (the {mark_en} is a decimal mark). If you mean {thousands}, type {thousands} "
            "or {thousands_en}; if you mean {decimal_en}: type at most {places} decimals.",
            value=shown, thousands=thousands,
            mark_nl="komma" if mark == "," else "punt", mark_en="comma" if mark == "," else "point",
            decimal_nl=f"{whole},{fraction}", decimal_en=f"{whole}.{fraction}",
            thousands_nl=f"{whole}.{fraction},00", thousands_en=f"{whole},{fraction}.00", places=kind.places,
        )
    return whole, fraction


def _negative(kind: _Kind, shown: str) -> ValidationError:
    if kind.euro:
        return _refuse(kind, "Een uurvergoeding kan niet negatief zijn.", "An hourly rate cannot be negative.")
    return _refuse(kind, "Uren kunnen niet negatief zijn ({value}).", "Hours cannot be negative ({value}).",
                   value=shown)


def parse_amount(text: str, field: str = "amount") -> Money:
    """A euro amount, signed: '45', '45,50', '€ 1.234,56', '1,234.56', '-3'. Empty is refused."""
    kind = _amount_kind(field)
    value = _read(text, kind)
    if value is None:
        raise _refuse(kind, kind.not_nl, kind.not_en, value=text.strip() or "''")
    return Money(value)


def parse_rate(text: str, field: str = "hourly_rate") -> Money:
    """An hourly allowance: '2,50', '€ 2,50', '2.50'; not negative; empty is € 0,00."""
    value = _read(text, _rate_kind(field))
    return Money(0) if value is None else Money(value)


def parse_percentage(text: str, field: str = "percentage") -> Decimal:
    """A percentage: '25', '25%', '12,5 %', '12.5'; to two decimals, not negative; empty is 0."""
    kind = _Kind(field, 2, False, False,
                 "'{value}' is geen percentage. Typ bijvoorbeeld 25 of 12,5.",
                 "'{value}' is not a percentage. Type for example 25 or 12.5.",
                 "{value} heeft meer dan twee decimalen.", "{value} has more than two decimals.")
    cleaned = text.strip().removesuffix("%")
    if cleaned.lstrip().startswith("-"):
        raise _refuse(kind, "Een percentage kan niet negatief zijn ({value}).",
                      "A percentage cannot be negative ({value}).", value=text.strip())
    value = _read(cleaned, kind)
    return Decimal(0) if value is None else value


def parse_minutes(text: str, field: str = "hours", *, most_minutes: int | None = None) -> int:
    """Minutes in an amount of hours as typed; 0 for empty text.

    ``2``, ``2,5``, ``2.5``, ``2u``, ``2,5 uur``, ``2:30``, ``2u30``: two (and a half)
    hours; ``1000`` or ``1.000,5`` hours as well. Refused: text, negative hours, more
    than `most_minutes` (when given; checked first, so 99999 is "too many", not "not a
    quarter"), and hours that are not whole quarters.
    """
    kind = _hours_kind(field)
    shown = text.strip()
    cleaned = shown.translate(_IGNORED)
    clock = _CLOCK.fullmatch(cleaned)
    if clock:
        whole, extra = int(clock.group(1)), int(clock.group(2))
        if extra >= MINUTES_PER_HOUR:
            raise _refuse(kind, kind.not_nl, kind.not_en, value=shown)
        return _whole_quarters(Decimal(whole * MINUTES_PER_HOUR + extra), kind, shown, most_minutes)
    unit = _HOUR_UNIT.fullmatch(cleaned)
    number = unit.group(1) if unit and unit.group(1) else cleaned
    try:
        value = _read(number, kind)
    except ValidationError as error:
        first = error.problems[0]
        if first.text.nl == kind.not_nl:  # name what was typed, unit and all
            raise _refuse(kind, kind.not_nl, kind.not_en, value=shown) from None
        raise
    if value is None:
        return 0
    return _whole_quarters(value * MINUTES_PER_HOUR, kind, shown, most_minutes)


def minutes_from_hours(hours: Decimal, field: str = "hours", *, most_minutes: int | None = None) -> int:
    """Minutes in a number of hours that arrived as a number (an Excel cell), never via text.
    Refused unless finite, not negative, at most `most_minutes` and whole quarter hours."""
    kind = _hours_kind(field)
    if not hours.is_finite():
        raise _refuse(kind, "'{value}' is geen geldig getal.", "'{value}' is not a valid number.",
                      value=str(hours))
    return _whole_quarters(hours * MINUTES_PER_HOUR, kind, _plain(hours), most_minutes)


def whole_quarters(minutes: int, field: str = "hours", *, shown: str, most_minutes: int | None = None) -> int:
    """`minutes` (from a clock time or a duration) checked like typed hours: not negative, at
    most `most_minutes`, whole quarters; `shown` is how the value appears in a message."""
    return _whole_quarters(Decimal(minutes), _hours_kind(field), shown, most_minutes)


def _whole_quarters(minutes: Decimal, kind: _Kind, shown: str, most_minutes: int | None) -> int:
    if minutes < 0:
        raise _negative(kind, shown)
    if most_minutes is not None and minutes > most_minutes:
        raise _refuse(kind, TOO_MANY_NL, TOO_MANY_EN, hours=shown,
                      most=format_minutes(most_minutes, "nl"), most_en=format_minutes(most_minutes, "en"))
    if minutes != minutes.to_integral_value() or int(minutes) % QUARTER:
        raise _refuse(kind, _NOT_QUARTER_NL, _NOT_QUARTER_EN, value=shown)
    return int(minutes)


TOO_MANY_NL = "{hours} uur is meer dan er in een dag zit (ten hoogste {most} uur)."
TOO_MANY_EN = "{hours} hours is more than a day holds (at most {most_en} hours)."


def _plain(value: Decimal) -> str:
    """A number as it came, for a message: Dutch notation, no grouping, no float noise shown."""
    if abs(value) >= Decimal("1e15"):
        return f"{value:E}"
    shown = f"{value.quantize(Decimal('0.0001')).normalize():f}" if value != value.to_integral_value() \
        else f"{value.to_integral_value():f}"
    return shown.replace(".", ",")


# -- writing -----------------------------------------------------------------------------------


def format_number(value: Decimal, notation: Notation = "nl", *, min_places: int = 0, max_places: int = 2,
                  group: bool = True) -> str:
    """`value` with `min_places` to `max_places` decimals (no rounding: `value` must fit),
    grouped by thousands in `notation`; a text `parse_*` reads back to `value`."""
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    exact = value.quantize(Decimal(1).scaleb(-max_places))
    if exact != value:
        raise ValueError(f"{value} has more than {max_places} decimals")
    digits = f"{abs(exact):f}"
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0").ljust(min_places, "0")
    decimal_mark, separator = (",", ".") if notation == "nl" else (".", ",")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if group and (fraction or len(groups) != 2):
        # one separator and no decimals ('1.000') is what the parser refuses as ambiguous
        whole = separator.join(groups)
    else:
        whole = "".join(groups)
    sign = "-" if exact < 0 else ""
    return sign + whole + (decimal_mark + fraction if fraction else "")


def format_amount(amount: Money, notation: Notation = "nl") -> str:
    """An amount as typed back into a form: '1.234,56' (nl) or '1,234.56' (en), no euro sign."""
    return format_number(amount.amount, notation, min_places=MONEY_PLACES, max_places=MONEY_PLACES)


def format_minutes(minutes: int, notation: Notation = "nl") -> str:
    """Minutes as hours: 150 -> '2,5', 45 -> '0,75', 60000 -> '1000', 11371530 -> '189.525,5'.
    Whole quarters are exact; other minutes (never stored) are shown to the hundredth."""
    hours = (Decimal(minutes) / MINUTES_PER_HOUR).quantize(Decimal(1).scaleb(-HOUR_PLACES))
    return format_number(hours, notation, max_places=HOUR_PLACES)
