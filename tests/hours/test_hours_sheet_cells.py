"""What an hours sheet's cells hold is read as it is: numbers as numbers, formulas named,
long texts cut in messages; the template writes typed names as text, for its owner only."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hours_cast import Cast

from coopdesk.cli import main
from coopdesk.domain.hours import ImportReport
from coopdesk.domain.member import MemberForm
from coopdesk.domain.money import Money
from coopdesk.exports.cell_text import looks_like_formula
from coopdesk.exports.hours_sheet import _read_rows, read_hours_sheet, write_hours_sheet
from coopdesk.services import hours
from coopdesk.services.books import Book
from coopdesk.services.members import register_member

HEADER = ["lidnummer", "naam", "datum", "activiteit", "uren", "opmerking"]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Uren"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _import(book: Book, path: Path) -> ImportReport:
    sheet = read_hours_sheet(path)
    return hours.import_hours(book, sheet.rows, sheet.content_hash, sheet.source_name, sheet.problems,
                              sheet.rows_read)


# -- numbers stay numbers --------------------------------------------------------------------


def test_a_thousand_hours_is_refused_with_its_row_not_read_as_one(book: Book, cast: Cast, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [101, "Fatima Jansen", "16-11-2026", "Restaurant", 1000, None],
        [101, "Fatima Jansen", "17-11-2026", "Restaurant", 1500, None],
        [102, "Kees Bakker", "18-11-2026", "Restaurant", 2250, None],
        [102, "Kees Bakker", "19-11-2026", "Restaurant", 2.25, None],
    ]
    report = _import(book, _sheet(tmp_path / "uren.xlsx", rows))
    assert not report.ok and report.rows_imported == 0
    lines = report.lines("nl")
    assert [line.split(":")[0] for line in lines] == ["Rij 2", "Rij 3", "Rij 4"]
    assert "1000 uur is meer dan er in een dag zit" in lines[0]
    assert "1500 uur" in lines[1] and "2250 uur" in lines[2]
    assert hours.week_grid(book, date(2026, 11, 16)).total == 0


def test_numbers_read_as_numbers_whatever_their_size(tmp_path: Path) -> None:
    rows: list[list[object]] = [[101, "", "16-11-2026", "Restaurant", hours_value, None]
                                for hours_value in (24, 0.25, 23.75, 2.2500000000000004, 12)]
    read = read_hours_sheet(_sheet(tmp_path / "uren.xlsx", rows))
    assert read.problems == ()
    assert [row.minutes for row in read.rows] == [1440, 15, 1425, 135, 720]


def test_99999_hours_is_too_many_not_a_quarter(tmp_path: Path) -> None:
    rows: list[list[object]] = [[101, "", "16-11-2026", "Restaurant", 99999, None],
                                [101, "", "17-11-2026", "Restaurant", "99999", None],
                                [101, "", "18-11-2026", "Restaurant", 99999.1, None]]
    read = read_hours_sheet(_sheet(tmp_path / "uren.xlsx", rows))
    lines = [p.line("en") for p in read.problems]
    assert len(lines) == 3
    assert all("more than a day holds" in line for line in lines), lines
    assert not any("quarter" in line for line in lines)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_or_infinity_is_not_a_valid_number(tmp_path: Path, value: float) -> None:
    read = read_hours_sheet(_sheet(tmp_path / "uren.xlsx", [[101, "", "16-11-2026", "Restaurant", value, None]]))
    (found,) = read.problems
    assert "missing" not in found.line("en")
    assert found.line("en") == "Row 2: cell E2 (uren) is not a valid number."
    assert found.line("nl") == "Rij 2: cel E2 (uren) is geen geldig getal."


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_float_that_is_not_finite_is_not_a_valid_number(value: float) -> None:
    """A reader may hand over the float itself (a value written as 1E+999 reads as infinity)."""
    read = _read_rows("uren.xlsx", [tuple(HEADER), (101, "", "16-11-2026", "Restaurant", value, None)])
    (found,) = read.problems
    assert "not a valid number" in found.line("en") and "missing" not in found.line("en")


# -- formulas ---------------------------------------------------------------------------------


def test_a_formula_without_a_value_is_named_not_read_as_empty(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [101, "Fatima Jansen", "16-11-2026", "Restaurant", 2, '=CONCAT("och","tend")'],  # note lost today
        [101, "=Leden!B2", "17-11-2026", "Restaurant", 2, None],  # name check skipped today
        [101, "Fatima Jansen", "18-11-2026", "Restaurant", "=1+1", None],
        [None, None, None, None, None, "=A1"],  # a row of only a formula is not a blank row
    ]
    read = read_hours_sheet(_sheet(tmp_path / "uren.xlsx", rows))
    assert read.rows == ()
    lines = [p.line("en") for p in read.problems]
    assert [line.split(":")[0] for line in lines] == ["Row 2", "Row 3", "Row 4", "Row 5"]
    assert "cell F2 (opmerking) holds a formula" in lines[0] and "does not read formulas" in lines[0]
    assert "cell B3 (naam)" in lines[1]
    assert "cell E4 (uren)" in lines[2]
    assert "cell F5" in lines[3]
    assert "formule" in read.problems[0].line("nl")


# -- what messages echo -------------------------------------------------------------------------


def test_a_huge_cell_is_cut_in_the_message(book: Book, cast: Cast, tmp_path: Path) -> None:
    huge = "x" * 32_767
    rows: list[list[object]] = [
        [101, "Fatima Jansen", "16-11-2026", "Restaurant", huge, None],
        [huge, "Fatima Jansen", "16-11-2026", "Restaurant", 2, None],
        [101, "Fatima Jansen", huge, "Restaurant", 2, None],
        [101, huge, "17-11-2026", "Restaurant", 2, None],
        [101, "Fatima Jansen", "18-11-2026", huge, 2, None],
    ]
    report = _import(book, _sheet(tmp_path / "uren.xlsx", rows))
    lines = report.lines("nl")
    assert len(lines) == 5
    for line in lines:
        assert len(line) < 250, line[:300]
        assert "x" * 50 in line and "…" in line


# -- the template -------------------------------------------------------------------------------


FORMULA_NAMES = ['=HYPERLINK("http://x.example","klik")', "+31 612345678", "-Kas", "@SUM(A1)", "\tTab", "\rCR"]


def test_names_that_look_like_formulas_are_written_as_text(book: Book, cast: Cast, tmp_path: Path) -> None:
    for name in FORMULA_NAMES:
        register_member(book, MemberForm(name=name.strip() if name[0] in "\t\r" else name,
                                         joined_on=date(2024, 1, 1)))
    centre = hours.list_cost_centres(book)[0]
    hours.add_activity(book, "=1+1", centre.id, Money("1.00"))
    path = write_hours_sheet(tmp_path / "uren.xlsx", hours.sheet_template(book))

    workbook = openpyxl.load_workbook(path)  # not data_only: a formula would read as one
    written = [cell for row in workbook["Leden"].iter_rows(min_row=2, min_col=2, max_col=2) for cell in row]
    written += [cell for row in workbook["Activiteiten"].iter_rows(min_row=2) for cell in row]
    risky = [cell for cell in written if isinstance(cell.value, str) and looks_like_formula(cell.value)]
    assert {cell.value for cell in risky} >= {FORMULA_NAMES[0], "+31 612345678", "-Kas", "@SUM(A1)", "=1+1"}
    assert all(cell.data_type == "s" for cell in risky), [(c.coordinate, c.data_type) for c in risky]
    for sheet in workbook.worksheets:
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_prefilled_rows_with_formula_like_text_stay_text(book: Book, cast: Cast, tmp_path: Path) -> None:
    from coopdesk.domain.hours import ImportRow

    rows = [ImportRow(2, 101, "=Fatima", date(2026, 11, 16), "@Restaurant", 120, "=1+1")]
    path = write_hours_sheet(tmp_path / "uren.xlsx", hours.sheet_template(book), rows)
    sheet = openpyxl.load_workbook(path)["Uren"]
    assert [(sheet[c].value, sheet[c].data_type) for c in ("B2", "D2", "F2")] == [
        ("=Fatima", "s"), ("@Restaurant", "s"), ("=1+1", "s")]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_template_is_for_its_owner_only(book_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sjabloon.xlsx"
    old_mask = os.umask(0o022)
    try:
        assert main(["hours-template", str(book_path), str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        out.chmod(0o644)  # an older template, replaced with --force, does not keep its mode
        assert main(["hours-template", str(book_path), str(out), "--force"]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old_mask)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
