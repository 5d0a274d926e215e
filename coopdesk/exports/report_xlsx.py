"""A report as an Excel workbook (`coopdesk report --xlsx FILE`, Boekhouding → Exporteren).

One sheet, for a person who opens it in Excel or LibreOffice (Dutch or English):

- row 1 holds the report's title and period, row 2 the column titles; both stay in
  view when scrolling (the panes are frozen below row 2);
- then every row of the report as on screen: headings and subtotals in bold, and the
  totals row last, in bold;
- each cell is typed by its kind (`coopdesk.domain.reports.CellKind`): money is a number
  with a euro number format (Excel shows it with the reader's own separators), a day is
  a date, hours are decimal hours, a count is a whole number;
- text a person typed (an account or member name) is written as text, never as a formula,
  even when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return
  (`coopdesk.exports.cell_text`);
- column widths fit the longest value (within limits).

openpyxl is imported only when a workbook is written, so `coopdesk report` without
`--xlsx` (and the window until someone exports) never loads it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.domain.money import Money
from coopdesk.domain.reports import Cell, Hours, Report
from coopdesk.domain.text import Text
from coopdesk.exports.cell_text import write_text
from coopdesk.exports.report_text import show_cell

EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00'
DATE_FORMAT = "dd-mm-yyyy"
HOURS_FORMAT = "0.00"
COUNT_FORMAT = "0"
HEADER_ROW = 2  # row 1: title and period
MIN_WIDTH, MAX_WIDTH = 8, 60
_SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _put(cell: Any, value: Cell) -> None:
    """One report cell into one openpyxl cell, typed by its kind."""
    if value is None:
        return
    if isinstance(value, Money):
        cell.value = value.amount
        cell.number_format = EURO_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Hours):
        cell.value = (Decimal(value.minutes) / 60).quantize(Decimal("0.01"))
        cell.number_format = HOURS_FORMAT
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.value = value
        cell.number_format = COUNT_FORMAT
    else:
        write_text(cell, value.render() if isinstance(value, Text) else str(value))


def sheet_name(report: Report) -> str:
    """The report's title as a valid sheet name (at most 31 characters, no []:*?/\\)."""
    return report.title.render().translate(_SHEET_NAME_FORBIDDEN).strip()[:31] or "CoopDesk"


def write_xlsx(report: Report, path: Path | str) -> None:
    """Write `report` to the workbook `path` (replaced when it exists)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_name(report)
    bold = Font(bold=True)
    title = sheet.cell(1, 1)
    write_text(title, f"{report.title.render()} {report.period.render()}")
    title.font = Font(bold=True, size=13)

    widths = [len(column.title.render()) for column in report.columns]
    for index, column in enumerate(report.columns, start=1):
        cell = sheet.cell(HEADER_ROW, index)
        write_text(cell, column.title.render())
        cell.font = bold
        if column.numeric:
            cell.alignment = Alignment(horizontal="right")
    lines = [(row.cells, row.style) for row in report.rows] + [(report.totals, "total")]
    for offset, (cells, style) in enumerate(lines, start=HEADER_ROW + 1):
        for index, value in enumerate(cells, start=1):
            cell = sheet.cell(offset, index)
            _put(cell, value)
            if style != "line":
                cell.font = bold
            widths[index - 1] = max(widths[index - 1], len(show_cell(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    workbook.save(str(path))
