"""The municipality overview as an Excel sheet (openpyxl).

The same content as the PDF (`municipality_overview_common`), for a member or a
municipality that wants to calculate with it: a block naming the cooperative, the
member and the period, then the table (month, hours, allowance, premium, actual
costs, payment date) with a totals row, then the explanation of the columns.

Figures stay figures: amounts are numbers (exact `Decimal`s, never a float) with a
euro number format, hours are numbers of hours, the month is the first day of the
month shown as a month, the payment date is a date. The table header is frozen and
the columns have widths. Text a person typed (the member's and the cooperative's
names, the address) is written as text, never as a formula
(`coopdesk.exports.cell_text`). The file is written whole and owner-only (0600).
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.hours import hours_decimal
from coopdesk.domain.payout import MunicipalityOverview
from coopdesk.domain.text import Language
from coopdesk.exports.cell_text import write_text
from coopdesk.exports.municipality_overview_common import (
    BIRTH_DATE,
    COLUMNS,
    EXPLANATION_TITLE,
    MADE_ON,
    MEMBER,
    MEMBER_NUMBER,
    NOT_PAID,
    PERIOD,
    SHEET_NAME,
    TITLE,
    TOTAL,
    cooperative_lines,
    has_money,
    language_or_current,
    period_text,
)
from coopdesk.exports.owner_only_file import write_owner_only

EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00'
HOURS_FORMAT = "#,##0.00"
DATE_FORMAT = "DD-MM-YYYY"
MONTH_FORMAT = "MMMM YYYY"
WIDTHS = (20, 10, 24, 14, 14, 16)


def municipality_overview_workbook(overview: MunicipalityOverview, cooperative: CooperativeDetails,
                                   made_on: date, language: Language | None = None) -> Any:
    """The overview as an openpyxl `Workbook` (one sheet). Returns the header row number
    as `workbook.header_row` for readers and tests."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    chosen = language_or_current(language)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_NAME.render(chosen)
    bold = Font(bold=True)

    def put(row: int, column: int, value: object, font: Any = None) -> Any:
        cell = sheet.cell(row, column)
        write_text(cell, value)
        if font is not None:
            cell.font = font
        return cell

    row = 1
    put(row, 1, cooperative.name, Font(bold=True, size=13))
    for line in cooperative_lines(cooperative, chosen):
        row += 1
        put(row, 1, line)
    row += 2
    put(row, 1, TITLE.render(chosen), Font(bold=True, size=14))
    facts: list[tuple[str, object, str | None]] = [
        (MEMBER.render(chosen), overview.member_name, None),
        (MEMBER_NUMBER.render(chosen), overview.member_number, None),
    ]
    if overview.birth_on is not None:
        facts.append((BIRTH_DATE.render(chosen), overview.birth_on, DATE_FORMAT))
    facts.append((PERIOD.render(chosen), period_text(overview, chosen), None))
    for label, value, number_format in facts:
        row += 1
        put(row, 1, label, bold)
        cell = put(row, 2, value)
        cell.alignment = Alignment(horizontal="left")
        if number_format:
            cell.number_format = number_format

    row += 2
    header_row = row
    header_fill = PatternFill("solid", fgColor="DCE8E9")
    for column, spec in enumerate(COLUMNS, start=1):
        cell = put(row, column, spec.title.render(chosen), bold)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="left" if column == 1 else "right", wrap_text=True)
    for month in overview.months:
        row += 1
        put(row, 1, month.month.first_day).number_format = MONTH_FORMAT
        sheet.cell(row, 1).alignment = Alignment(horizontal="left")
        put(row, 2, hours_decimal(month.minutes)).number_format = HOURS_FORMAT
        for column, amount in ((3, month.allowance), (4, month.premium), (5, month.actual_costs)):
            put(row, column, amount.amount).number_format = EURO_FORMAT
        if has_money(month) and month.paid_on is not None:
            put(row, 6, month.paid_on).number_format = DATE_FORMAT
        elif has_money(month):
            put(row, 6, NOT_PAID.render(chosen)).alignment = Alignment(horizontal="right")
    row += 1
    line = Side(style="thin", color="2F5D62")
    put(row, 1, TOTAL.render(chosen), bold)
    put(row, 2, hours_decimal(overview.total_minutes), bold).number_format = HOURS_FORMAT
    for column, amount in ((3, overview.total_allowance), (4, overview.total_premium),
                           (5, overview.total_actual_costs)):
        put(row, column, amount.amount, bold).number_format = EURO_FORMAT
    for column in range(1, len(COLUMNS) + 1):
        sheet.cell(row, column).border = Border(top=line)

    row += 2
    put(row, 1, EXPLANATION_TITLE.render(chosen), bold)
    for spec in COLUMNS:
        row += 1
        put(row, 1, spec.title.render(chosen), bold)
        put(row, 2, spec.explanation.render(chosen))
    row += 2
    put(row, 1, MADE_ON.render(chosen, day=made_on))

    sheet.freeze_panes = sheet.cell(header_row + 1, 1).coordinate
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    book.header_row = header_row
    return book


def write_municipality_overview_xlsx(path: str | os.PathLike[str], overview: MunicipalityOverview,
                                     cooperative: CooperativeDetails, made_on: date,
                                     language: Language | None = None) -> Path:
    """Write the overview workbook to `path` (atomically, owner-only 0600)."""
    book = municipality_overview_workbook(overview, cooperative, made_on, language)
    stream = io.BytesIO()
    book.save(stream)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_owner_only(target, stream.getvalue())
    return target
