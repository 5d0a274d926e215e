"""A report as CSV for a spreadsheet (`coopdesk report --csv`).

One header row of column keys, then one row per line of the report: no headings,
subtotals or totals (a spreadsheet user sums the columns). The profit and loss gets
a first `section` column, income or expense, with both as positive figures.

Each cell is written by its kind, so a spreadsheet reads it right and nothing in it
runs (OWASP, "CSV Injection"):

- money as a plain decimal with a dot (`1234.50`, `-12.00`), a count as digits, hours
  as decimal hours (`2.5`), a day as ISO (`2025-12-31`): unquoted, so they stay
  numbers and dates, negative amounts included;
- text (an account name someone typed, a label) always in double quotes (a quote
  inside doubled), and with a single quote put in front when it begins with `=`, `+`,
  `-`, `@`, a tab or a carriage return, so no spreadsheet takes it for a formula.

That is the default, machine-readable form. `dialect="nl"` writes what Dutch Excel
opens as columns: a semicolon between fields, Dutch column titles (the report's own,
in Dutch: "Rekening", "Naam", "Bedrag"; the section column is "Soort" with
"Opbrengsten" or "Kosten"), money and hours with a decimal comma and no thousands
separator (`1234,50`, `2,5`), a day as `31-12-2025`, and a UTF-8 byte order mark first
so Excel reads "Coöperatie" right. Text is escaped the same way in both.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TextIO

from coopdesk.domain.display import show_date
from coopdesk.domain.money import Money
from coopdesk.domain.reports import COSTS, INCOME, Cell, Hours, Report
from coopdesk.domain.text import Text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DIALECTS = ("plain", "nl")
SECTION_TITLE = Text("Soort", "Section")
SECTIONS = {"income": INCOME, "expense": COSTS}
BOM = "\ufeff"


def escape_text(text: str) -> str:
    """`text` as one quoted CSV field that no spreadsheet runs as a formula."""
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"'


def csv_field(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return str(cell)  # 1234.50, -12.00
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, Hours):
        hours = Decimal(cell.minutes) / 60
        return f"{hours.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")
    if isinstance(cell, int) and not isinstance(cell, bool):
        return str(cell)
    return escape_text(cell.render() if isinstance(cell, Text) else str(cell))


def dutch_field(cell: Cell) -> str:
    """A cell for Dutch Excel: a decimal comma, a day as 31-12-2025; text as `csv_field`."""
    if isinstance(cell, Money | Hours):
        return csv_field(cell).replace(".", ",")
    if isinstance(cell, date):
        return show_date(cell)
    if isinstance(cell, Text):
        return escape_text(cell.render("nl"))
    return csv_field(cell)


def write_csv(report: Report, stream: TextIO, dialect: str = "plain") -> None:
    """Write `report`'s lines as CSV: `dialect` "plain" (machine-readable) or "nl" (Dutch Excel)."""
    if dialect not in DIALECTS:
        raise ValueError(dialect)
    dutch = dialect == "nl"
    lines = [row for row in report.rows if row.style == "line"]
    sections = any(row.section for row in report.rows)  # the profit and loss: income or expense per line
    separator, field = (";", dutch_field) if dutch else (",", csv_field)

    def write(fields: list[str]) -> None:
        stream.write(separator.join(fields) + "\n")

    if dutch:
        stream.write(BOM)
        titles = ([SECTION_TITLE] if sections else []) + [c.title for c in report.columns]
        write([escape_text(title.render("nl")) for title in titles])
    else:
        write([escape_text(key) for key in (["section"] if sections else []) + [c.key for c in report.columns]])
    for row in lines:  # no totals rows: a spreadsheet user sums the columns
        section = SECTIONS[row.section].render("nl") if dutch and row.section else row.section
        write(([escape_text(section)] if sections else []) + [field(c) for c in row.cells])
