"""The Excel hours sheet: the template volunteers fill in, and reading it back.

The workbook has one sheet to fill in, **Uren**, with the columns

    lidnummer | naam | datum | activiteit | uren | opmerking

(activity chosen from a list, dates as Excel dates or typed ``dd-mm-jjjj``,
hours as ``2``, ``2,5`` or ``2:30``), and three sheets to help: **Uitleg**
(instructions and a filled-in example), **Leden** (member numbers and names)
and **Activiteiten** (the list the activity column offers).

`read_hours_sheet` reads a filled sheet (openpyxl, read-only) into `ImportRow`s
and the problems it can see on its own, row by row: a date that does not exist,
text in the hours column, a missing value, a column that does not belong. The
service then checks the rows against the book (`import_hours`). A file that is
not an .xlsx workbook at all raises a `CoopDeskError` with a clear message.

A number in a cell is read as the number it is (1000 hours is a thousand, and more
than a day holds), never formatted to text and parsed back; text typed in a cell goes
through the one number rule (`coopdesk.domain.numbers`). CoopDesk does not calculate
formulas: a formula without a calculated value (as openpyxl and some tools save them)
is named by its cell instead of being read as empty. Messages echo at most about 60
characters of a cell (`cell_excerpt`). The template writes every typed name as text,
never as a formula (`coopdesk.exports.cell_text`), and is readable by its owner only.

The content hash covers the rows as read (not the file's bytes), so the same
sheet saved again is still recognised as imported.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.hours import (
    DAY_LIMIT_MINUTES,
    MINUTES_PER_HOUR,
    ImportProblem,
    ImportRow,
    SheetTemplate,
    cell_excerpt,
    hours_decimal,
    import_problem,
    parse_hours,
)
from coopdesk.domain.numbers import minutes_from_hours, whole_quarters
from coopdesk.domain.text import Text
from coopdesk.exports.cell_text import append_row
from coopdesk.exports.owner_only_file import owner_only

COLUMNS = ("lidnummer", "naam", "datum", "activiteit", "uren", "opmerking")
REQUIRED = ("lidnummer", "datum", "activiteit", "uren")
HOURS_SHEET = "Uren"
TEMPLATE_ROWS = 500
DATE_FORMAT = "DD-MM-YYYY"
_TEXT_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class ReadSheet:
    """What reading an hours sheet gave: the rows that could be read, and the problems."""

    source_name: str
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]
    rows_read: int
    content_hash: str


# -- writing -------------------------------------------------------------------------------


def write_hours_sheet(
    path: str | os.PathLike[str], template: SheetTemplate, rows: Sequence[ImportRow] = ()
) -> Path:
    """Write the hours workbook; `rows` pre-fills the Uren sheet (empty for a blank template)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    target = Path(path)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="2F5D62")
    book = Workbook()
    sheet = book.active
    sheet.title = HOURS_SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = header_font
        cell.fill = header_fill
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEF", (12, 28, 13, 20, 8, 40), strict=True):
        sheet.column_dimensions[column].width = width
    for row in rows:
        append_row(sheet, [row.member_number, row.member_name, row.worked_on, row.activity_name,
                           float(hours_decimal(row.minutes)), row.note or None])
    last_row = max(TEMPLATE_ROWS, len(rows) + 1)
    for (cell,) in sheet.iter_rows(min_row=2, max_row=last_row, min_col=3, max_col=3):
        cell.number_format = DATE_FORMAT
    for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=5, max_col=5):
        cell.number_format = "0.00"

    activities = book.create_sheet("Activiteiten")
    activities.append(["activiteit"])
    activities["A1"].font = Font(bold=True)
    activities.column_dimensions["A"].width = 28
    for name in template.activities:
        append_row(activities, [name])
    if template.activities:
        choose = DataValidation(
            type="list",
            formula1=f"=Activiteiten!$A$2:$A${len(template.activities) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Onbekende activiteit",
            error="Kies een activiteit uit de lijst.",
        )
        sheet.add_data_validation(choose)
        choose.add(f"D2:D{last_row}")
    hours_check = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="24", allow_blank=True,
        showErrorMessage=True, errorTitle="Uren", error="Vul uren in van 0 tot 24, in kwartieren (2,25).",
    )
    sheet.add_data_validation(hours_check)
    hours_check.add(f"E2:E{last_row}")

    members = book.create_sheet("Leden")
    members.append(["lidnummer", "naam"])
    for cell in members[1]:
        cell.font = Font(bold=True)
    members.column_dimensions["B"].width = 32
    members.column_dimensions["A"].width = 12
    for number, name in template.members:
        append_row(members, [number, name])

    guide = book.create_sheet("Uitleg", 0)
    guide.column_dimensions["A"].width = 100
    lines = [
        (f"Urenformulier {template.cooperative_name}", Font(bold=True, size=14)),
        ("Vul de uren in op het blad 'Uren': één regel per lid, dag en activiteit.", None),
        ("lidnummer: het nummer van het lid (zie het blad 'Leden'); naam: ter controle.", None),
        ("datum: de dag van het werk, als datum of als tekst dd-mm-jjjj (bijvoorbeeld 03-03-2025).", None),
        ("activiteit: kies uit de lijst. uren: in kwartieren, bijvoorbeeld 2, 2,5 of 2:30.", None),
        ("opmerking: mag leeg blijven. Voeg geen kolommen toe.", None),
        ("", None),
        ("Hours sheet: one line per member, day and activity on the sheet 'Uren'. Dates as "
         "dd-mm-yyyy, hours in quarters (2, 2.5 or 2:30). Do not add columns.", Font(italic=True)),
        ("", None),
        ("Voorbeeld / example:", Font(bold=True)),
    ]
    for text, font in lines:
        append_row(guide, [text])
        if font is not None:
            guide.cell(guide.max_row, 1).font = font
    example_member = template.members[0] if template.members else (101, "Fatima Jansen")
    example_activity = template.activities[0] if template.activities else "Restaurant"
    example = book.create_sheet("Voorbeeld", 1)
    example.append(list(COLUMNS))
    for cell in example[1]:
        cell.font = header_font
        cell.fill = header_fill
    for column, width in zip("ABCDEF", (12, 28, 13, 20, 8, 40), strict=True):
        example.column_dimensions[column].width = width
    example_rows = [
        (0, 2.5, "ochtend / morning"),
        (1, 4.0, ""),
        (3, 2.25, "markt"),
    ]
    for offset, hours, note in example_rows:
        append_row(example, [example_member[0], example_member[1],
                             template.example_day + timedelta(days=offset), example_activity, hours, note or None])
        example.cell(example.max_row, 3).number_format = DATE_FORMAT
    guide.append(["Zie het blad 'Voorbeeld' voor een ingevuld voorbeeld."])
    book.active = book.sheetnames.index(HOURS_SHEET)
    target.parent.mkdir(parents=True, exist_ok=True)
    _save_owner_only(book, target)
    return target


def _save_owner_only(book: Any, target: Path) -> None:
    """Save the workbook readable by its owner only (0600), like the book: it lists members
    by name (`owner_only`: a half-written file never replaces a good one)."""
    with owner_only(target) as stream:
        book.save(stream)


# -- reading ---------------------------------------------------------------------------------


def _not_a_workbook(path: Path) -> CoopDeskError:
    return CoopDeskError(
        Text(
            "{file} is geen Excel-werkmap (.xlsx) of is beschadigd. Open het urenformulier in Excel, "
            "sla het op als Excel-werkmap en probeer het opnieuw.",
            "{file} is not an Excel workbook (.xlsx) or is damaged. Open the hours sheet in Excel, "
            "save it as an Excel workbook and try again.",
        ),
        file=path.name,
    )


# What a damaged workbook raises while openpyxl (read-only) reads its sheet lazily:
# a broken zip member, truncated or invalid XML (ElementTree or lxml), a cell it cannot decode.
_DAMAGED: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, ValueError, TypeError, IndexError,
    ElementTree.ParseError, SyntaxError,
)


def read_hours_sheet(path: str | os.PathLike[str]) -> ReadSheet:
    """Read a filled hours sheet; raises `CoopDeskError` when the file is not a workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    source = Path(path)
    if not source.is_file():
        raise CoopDeskError(Text("{file} bestaat niet.", "{file} does not exist."), file=str(source))
    if not zipfile.is_zipfile(source):
        raise _not_a_workbook(source)
    # the file is opened here (not by openpyxl) so it is closed even when openpyxl gives up halfway
    with source.open("rb") as handle:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except (InvalidFileException, *_DAMAGED):
            raise _not_a_workbook(source) from None
        try:
            name = HOURS_SHEET if HOURS_SHEET in workbook.sheetnames else workbook.sheetnames[0]
            # read every row first: read-only openpyxl parses the sheet XML lazily, so damage
            # shows up only while iterating, and must not end as an unexplained error
            values = list(workbook[name].iter_rows(values_only=True))
            unread = _cells_without_value(workbook[name])
        except _DAMAGED:
            raise _not_a_workbook(source) from None
        finally:
            workbook.close()
    return _read_rows(source.name, values, unread)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL = re.compile(r"([A-Z]+)(\d+)")


def _cells_without_value(sheet: Any) -> dict[tuple[int, int], str]:
    """Cells the values above show as empty although the file has something in them:
    {(row, column index): "formula"} for a formula without a calculated value (as openpyxl
    and some tools save them; CoopDesk does not calculate formulas), "number" for a number
    that was not written (NaN or infinity saved by a program)."""
    found: dict[tuple[int, int], str] = {}
    with sheet._get_source() as stream:  # the sheet's XML inside the workbook
        for _event, element in ElementTree.iterparse(stream):
            if element.tag == f"{_MAIN}row":
                element.clear()
                continue
            if element.tag != f"{_MAIN}c":
                continue
            formula = element.find(f"{_MAIN}f")
            value = element.find(f"{_MAIN}v")
            empty = value is None or not (value.text or "").strip()
            kind = None
            if formula is not None and empty:
                kind = "formula"
            elif formula is None and value is not None and empty and element.get("t", "n") == "n":
                kind = "number"
            match = _CELL.fullmatch(element.get("r") or "")
            if kind is not None and match is not None:
                found[(int(match.group(2)), _column_index(match.group(1)))] = kind
    return found


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _read_rows(source_name: str, values: Iterable[tuple[object, ...]],
               unread: Mapping[tuple[int, int], str] | None = None) -> ReadSheet:
    by_row: dict[int, list[int]] = {}
    for row_number, index in sorted(unread or {}):
        by_row.setdefault(row_number, []).append(index)
    iterator = iter(values)
    header = next(iterator, None)
    if header is None or all(_blank(v) for v in header):
        empty = import_problem(0, "Het formulier is leeg: er staat geen kopregel en geen uren in.",
                               "The sheet is empty: it has no header row and no hours.")
        return ReadSheet(source_name, (), (empty,), 0, "")
    columns: dict[str, int] = {}
    problems: list[ImportProblem] = []
    extra_columns: set[int] = set()
    for index, title in enumerate(header):
        if _blank(title):
            continue
        key = str(title).strip().lower()
        if key in COLUMNS and key not in columns:
            columns[key] = index
        else:
            extra_columns.add(index)  # reported once here, not again on every row
            problems.append(import_problem(
                1, "kolom {column} ('{title}') hoort niet bij het urenformulier; haal die kolom weg.",
                "column {column} ('{title}') does not belong in the hours sheet; remove that column.",
                column=_column_letter(index), title=cell_excerpt(str(title).strip()),
            ))
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append(import_problem(
            1, "de kolom(men) {missing} ontbreken. Gebruik het urenformulier van CoopDesk.",
            "the column(s) {missing} are missing. Use CoopDesk's hours sheet.",
            missing=", ".join(missing),
        ))
        return ReadSheet(source_name, (), tuple(problems), 0, "")

    rows: list[ImportRow] = []
    rows_read = 0
    known = set(columns.values()) | extra_columns
    for number, raw in enumerate(iterator, start=2):
        row_unread = by_row.get(number, [])
        if all(_blank(v) for v in raw) and not row_unread:
            continue
        rows_read += 1
        if row_unread:
            for index in row_unread:
                problems.append(_unread_problem(number, index, (unread or {})[(number, index)], columns))
            continue

        def cell(name: str, raw: tuple[object, ...] = raw) -> object:
            index = columns.get(name)
            return raw[index] if index is not None and index < len(raw) else None

        stray = [i for i, v in enumerate(raw) if i not in known and not _blank(v)]
        if stray:
            problems.append(import_problem(
                number, "er staat iets in kolom {column}, buiten het formulier.",
                "there is something in column {column}, outside the sheet.",
                column=_column_letter(stray[0]),
            ))
        row_problems: list[ImportProblem] = []
        member_number = _member_number(number, cell("lidnummer"), row_problems)
        worked_on = _date(number, cell("datum"), row_problems)
        activity = _text(cell("activiteit"))
        if not activity:
            row_problems.append(import_problem(number, "activiteit ontbreekt.", "activity is missing."))
        minutes = _minutes(number, cell("uren"), row_problems)
        if row_problems:
            problems.extend(row_problems)
            continue
        assert member_number is not None and worked_on is not None and minutes is not None
        rows.append(ImportRow(number, member_number, _text(cell("naam")), worked_on, activity, minutes,
                              _text(cell("opmerking"))))
    return ReadSheet(source_name, tuple(rows), tuple(problems), rows_read, content_hash(rows))


def content_hash(rows: Iterable[ImportRow]) -> str:
    """A fingerprint of the sheet's content (order of rows and file format do not matter)."""
    lines = sorted(
        f"{r.member_number}|{r.worked_on.isoformat()}|{r.activity_name.strip().lower()}|{r.minutes}|{r.note}"
        for r in rows
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _member_number(row: int, value: object, problems: list[ImportProblem]) -> int | None:
    if _blank(value):
        problems.append(import_problem(row, "lidnummer ontbreekt.", "member number is missing."))
        return None
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    problems.append(import_problem(row, "lidnummer '{value}' is geen nummer.",
                                   "member number '{value}' is not a number.", value=cell_excerpt(text)))
    return None


def _date(row: int, value: object, problems: list[ImportProblem]) -> date | None:
    if _blank(value):
        problems.append(import_problem(row, "datum ontbreekt.", "date is missing."))
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _TEXT_DATE.match(text)
    parts: tuple[int, int, int] | None = None
    if match:
        parts = (int(match.group(3)), int(match.group(2)), int(match.group(1)))
    elif (iso := _ISO_DATE.match(text)) is not None:
        parts = (int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if parts is None:
        problems.append(import_problem(row, "'{value}' is geen datum; schrijf dd-mm-jjjj.",
                                       "'{value}' is not a date; write dd-mm-yyyy.", value=cell_excerpt(text)))
        return None
    try:
        return date(*parts)
    except ValueError:
        shown = f"{parts[2]:02d}-{parts[1]:02d}-{parts[0]:04d}"
        problems.append(import_problem(row, "datum {value} bestaat niet.", "date {value} does not exist.",
                                       value=shown))
        return None


def _unread_problem(row: int, index: int, kind: str, columns: Mapping[str, int]) -> ImportProblem:
    cell = f"{_column_letter(index)}{row}"
    names = {i: name for name, i in columns.items()}
    column = names.get(index, _column_letter(index))
    if kind == "formula":
        return import_problem(
            row, "cel {cell} ({column}) bevat een formule zonder berekende waarde; CoopDesk leest geen "
            "formules. Typ de waarde zelf in, of open het formulier in Excel en sla het op.",
            "cell {cell} ({column}) holds a formula without a calculated value; CoopDesk does not read "
            "formulas. Type the value itself, or open the sheet in Excel and save it.",
            cell=cell, column=column)
    return import_problem(row, "cel {cell} ({column}) is geen geldig getal.",
                          "cell {cell} ({column}) is not a valid number.", cell=cell, column=column)


def _minutes(row: int, value: object, problems: list[ImportProblem]) -> int | None:
    """Minutes in the hours cell. A number stays a number: 1000 is a thousand hours (and
    refused, more than a day holds), never text with a thousands dot read back as 1."""
    if _blank(value):
        problems.append(import_problem(row, "uren ontbreken.", "hours are missing."))
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, int):
            minutes = minutes_from_hours(Decimal(value), most_minutes=DAY_LIMIT_MINUTES)
        elif isinstance(value, float):
            minutes = minutes_from_hours(_without_float_noise(value), most_minutes=DAY_LIMIT_MINUTES)
        elif isinstance(value, time):
            if value.second or value.microsecond:
                raise ValueError
            minutes = whole_quarters(value.hour * MINUTES_PER_HOUR + value.minute,
                                     shown=f"{value.hour}:{value.minute:02d}", most_minutes=DAY_LIMIT_MINUTES)
        elif isinstance(value, timedelta):
            seconds = value.total_seconds()
            if seconds % 60:
                raise ValueError
            total = int(seconds // 60)
            minutes = whole_quarters(total, shown=f"{total // 60}:{abs(total) % 60:02d}",
                                     most_minutes=DAY_LIMIT_MINUTES)
        elif isinstance(value, str):
            minutes = parse_hours(value)
        else:
            raise ValueError
    except ValidationError as error:
        values = tuple((key, cell_excerpt(v) if isinstance(v, str) else v) for key, v in error.values.items())
        problems.append(ImportProblem(row, Text("uren: " + error.text.nl, "hours: " + error.text.en), values))
        return None
    except ValueError:
        problems.append(import_problem(row, "uren '{value}' is geen aantal uren.",
                                       "hours '{value}' is not a number of hours.", value=cell_excerpt(str(value))))
        return None
    if minutes == 0:
        problems.append(import_problem(row, "0 uur: vul de uren in of haal de rij weg.",
                                       "0 hours: fill in the hours or remove the row."))
        return None
    return minutes


def _without_float_noise(value: float) -> Decimal:
    """The decimal a typed number stands for: Excel stores 2,25 as a float, and a calculated
    cell may carry a hair of float noise (2.2500000000000004) that is not a different amount."""
    exact = Decimal(repr(value)) if math.isfinite(value) else Decimal(str(value))
    if exact.is_finite() and abs(exact) < 10**9:
        near = exact.quantize(Decimal("0.000001"))
        if abs(exact - near) < Decimal("1e-9"):
            return near.normalize()
    return exact
