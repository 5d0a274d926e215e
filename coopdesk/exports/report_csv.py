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
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TextIO

from coopdesk.domain.money import Money
from coopdesk.domain.reports import Cell, Hours, Report
from coopdesk.domain.text import Text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


def write_csv(report: Report, stream: TextIO) -> None:
    lines = [row for row in report.rows if row.style == "line"]
    sections = any(row.section for row in report.rows)  # the profit and loss: income or expense per line

    def write(fields: list[str]) -> None:
        stream.write(",".join(fields) + "\n")

    write([escape_text(key) for key in (["section"] if sections else []) + [c.key for c in report.columns]])
    for row in lines:  # no totals rows: a spreadsheet user sums the columns
        write(([escape_text(row.section)] if sections else []) + [csv_field(c) for c in row.cells])
