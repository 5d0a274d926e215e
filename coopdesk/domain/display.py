"""Euros, dates and times shown to people: the one place that decides how they look.

Every layer may import this (it is plain Python in the domain): the GUI's tables and
fields, the messages services build, the text, CSV, Excel and PDF exports. Figures are
Dutch in both languages, because the treasurer's bank, municipality and accountant
are Dutch:

- a day is `28-11-2026` (`DATE_FORMAT`, also what the date fields accept), or `28-11`
  where the year is plain from the context (a day column of a week);
- a moment is `28-11-2026 14:05`, in the time zone it is given in;
- an amount is `€ 1.234,56` or `€ -1.234,56`: grouping dots, a decimal comma, always
  two decimals.

Files meant for programs (a CSV a spreadsheet reads, a SEPA file) do not use these:
they write ISO dates and plain decimals with a dot.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from coopdesk.domain.money import Money

DATE_FORMAT = "%d-%m-%Y"
DAY_MONTH_FORMAT = "%d-%m"
MOMENT_FORMAT = "%d-%m-%Y %H:%M"


def show_date(day: date | None) -> str:
    """28-11-2026; nothing for no date."""
    return "" if day is None else day.strftime(DATE_FORMAT)


def show_day_month(day: date) -> str:
    """28-11: a day whose year the reader already knows (a column of one week)."""
    return day.strftime(DAY_MONTH_FORMAT)


def show_moment(moment: datetime | None) -> str:
    """28-11-2026 14:05; nothing for no moment."""
    return "" if moment is None else moment.strftime(MOMENT_FORMAT)


def format_euro(amount: Decimal) -> str:
    """€ 1.234,56 and € -1.234,56: Dutch grouping and decimal comma, always two decimals."""
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"€ {sign}{'.'.join(groups)},{fraction}"


def show_euro(amount: Money | Decimal | None) -> str:
    """€ 1.234,56 for a `Money` (or a Decimal amount); nothing for no amount."""
    if amount is None:
        return ""
    return format_euro(amount.amount if isinstance(amount, Money) else amount)
