"""Text a person typed, written into a spreadsheet cell as text, never as a formula.

A member called ``=HYPERLINK("http://…","Klik")`` or an account named ``+31 Kas``
must arrive in Excel or LibreOffice as those characters, not as a live formula
(CSV or formula injection, OWASP). A cell text counts as formula-like when it
starts with one of `FORMULA_TRIGGERS`: ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return.

* For Excel workbooks (openpyxl) `write_text` keeps the value unchanged and marks
  the cell as a string (data type ``"s"``): Excel shows exactly what was typed and
  does not calculate it.
* CSV has no cell types; its escaping (a leading quote, as OWASP advises) builds
  on `looks_like_formula` in the CSV writer.
"""

from __future__ import annotations

from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could read `text` as a formula (it starts with a trigger)."""
    return text.startswith(FORMULA_TRIGGERS)


def write_text(cell: Any, value: object) -> None:
    """Put `value` in an openpyxl cell; formula-like text stays text (data type 's')."""
    cell.value = value
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"


def append_row(sheet: Any, values: list[object]) -> None:
    """`sheet.append(values)`, with every text value written as text (see `write_text`)."""
    sheet.append(values)
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            write_text(sheet.cell(row, column), value)
