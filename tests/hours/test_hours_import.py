"""Importing an hours sheet: all rows or nothing, a clear report per row, never twice."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hours_cast import Cast, SheetWriter

from coopdesk.cli import main
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.hours import ImportReport, ImportRow
from coopdesk.exports.hours_sheet import read_hours_sheet, write_hours_sheet
from coopdesk.services import hours
from coopdesk.services.books import Book

HEADER = ["lidnummer", "naam", "datum", "activiteit", "uren", "opmerking"]


def _import(book: Book, path: Path) -> ImportReport:
    sheet = read_hours_sheet(path)
    return hours.import_hours(book, sheet.rows, sheet.content_hash, sheet.source_name, sheet.problems,
                              sheet.rows_read)


def _good_rows() -> list[list[object]]:
    return [
        [101, "Fatima Jansen", datetime(2026, 11, 16), "Restaurant", 2.5, "ochtend"],
        [101, "Fatima Jansen", "17-11-2026", "Atelier", "2:30", None],
        [102, "Kees Bakker", date(2026, 11, 18), "restaurant", 4, None],
        [103, None, "20-11-2026", "Atelier", "1,75", None],
    ]


def test_the_template_lists_members_and_activities(book: Book, cast: Cast, tmp_path: Path) -> None:
    path = write_hours_sheet(tmp_path / "uren.xlsx", hours.sheet_template(book))
    workbook = openpyxl.load_workbook(path)
    assert workbook.active.title == "Uren"
    assert [c.value for c in workbook["Uren"][1]] == HEADER
    assert [r[0] for r in workbook["Activiteiten"].iter_rows(min_row=2, values_only=True)] == [
        "Atelier", "Restaurant"
    ]
    members = list(workbook["Leden"].iter_rows(min_row=2, values_only=True))
    assert (101, "Fatima Jansen") in members and all(number != 104 for number, _ in members)  # Henk left
    validations = workbook["Uren"].data_validations.dataValidation
    assert any(v.type == "list" and "Activiteiten" in v.formula1 for v in validations)
    assert workbook["Voorbeeld"]["D2"].value == "Atelier"
    # an empty template imports as "no hours", not as an error in the reader
    assert read_hours_sheet(path).rows == ()


def test_a_valid_sheet_imports_every_row(
    book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    report = _import(book, write_sheet(tmp_path / "uren.xlsx", _good_rows()))
    assert report.ok, report.lines()
    assert (report.rows_imported, report.minutes_imported) == (4, 150 + 150 + 240 + 105)
    grid = hours.week_grid(book, date(2026, 11, 16))
    assert grid.total == 645
    assert [(r.member_number, r.activity_name, r.total) for r in grid.rows] == [
        (101, "Atelier", 150), (101, "Restaurant", 150), (102, "Restaurant", 240), (103, "Atelier", 105)
    ]


def test_a_written_sheet_reads_back_the_same_rows(book: Book, cast: Cast, tmp_path: Path) -> None:
    rows = [ImportRow(2, 101, "Fatima Jansen", date(2026, 11, 16), "Restaurant", 135, "x"),
            ImportRow(3, 102, "Kees Bakker", date(2026, 11, 17), "Atelier", 480, "")]
    path = write_hours_sheet(tmp_path / "filled.xlsx", hours.sheet_template(book), rows)
    assert read_hours_sheet(path).rows == tuple(rows)


def test_one_bad_row_imports_nothing_and_names_the_row(
    book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    rows = _good_rows()
    rows.append([101, "Fatima Jansen", "31-02-2026", "Restaurant", 2, None])  # row 6
    rows.append([204, "Niemand", "18-11-2026", "Restaurant", 2, None])  # row 7
    rows.append([102, "Kees Bakker", "19-11-2026", "Restaurant", 14, None])  # row 8
    rows.append([102, "Kees Bakker", "19-11-2026", "Atelier", 13, None])  # row 9
    report = _import(book, write_sheet(tmp_path / "uren.xlsx", rows))
    assert not report.ok
    lines = report.lines("nl")
    assert lines == [
        "Rij 6: datum 31-02-2026 bestaat niet.",
        "Rij 7: lid 204 onbekend.",
        "Rij 9: 27 uur op één dag voor lid 102 (19-11-2026; rij 8, 9).",
    ]
    assert report.lines("en")[1] == "Row 7: member 204 unknown."
    assert "3 van de 8 rijen kloppen niet" in report.summary("nl")
    assert hours.week_grid(book, date(2026, 11, 16)).rows == ()


def test_membership_duplicates_names_and_activities_are_checked(book: Book, cast: Cast,
                                                                  tmp_path: Path, write_sheet: SheetWriter) -> None:
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, date(2026, 11, 16), "3")
    rows = [
        [103, "Esra Kaya", "30-10-2026", "Restaurant", 2, None],  # 2: before joining
        [102, "Kees Bakker", "16-11-2026", "Restaurant", 2, None],  # 3: already in the book
        [101, "Fatima Jansen", "17-11-2026", "Restaurant", 2, None],  # 4
        [101, "Fatima Jansen", "17-11-2026", "Restaurant", 1, None],  # 5: same cell as row 4
        [101, "Kees Bakker", "18-11-2026", "Restaurant", 1, None],  # 6: number and name differ
        [101, "Fatima Jansen", "18-11-2026", "Koken", 1, None],  # 7: unknown activity
        [101, "Fatima Jansen", "30-11-2026", "Atelier", 1, None],  # 8: future
    ]
    lines = _import(book, write_sheet(tmp_path / "uren.xlsx", rows)).lines("nl")
    assert [line.split(":")[0] for line in lines] == [f"Rij {n}" for n in (2, 3, 5, 6, 7, 8)]
    assert "pas lid sinds 01-11-2026" in lines[0]
    assert "al 3 uur bij Restaurant in het boek" in lines[1]
    assert "ook al op rij 4" in lines[2]
    assert "heet Fatima Jansen" in lines[3]
    assert "activiteit 'Koken' onbekend" in lines[4]
    assert "toekomst" in lines[5]
    assert hours.week_grid(book, date(2026, 11, 16)).total == 180


def test_text_in_the_hours_column(
    book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    rows = _good_rows() + [[101, "Fatima Jansen", "19-11-2026", "Restaurant", "twee", None],
                           [101, "Fatima Jansen", "20-11-2026", "Restaurant", 2.1, None]]
    report = _import(book, write_sheet(tmp_path / "uren.xlsx", rows))
    assert report.lines("nl") == [
        "Rij 6: uren: 'twee' is geen aantal uren. Typ bijvoorbeeld 2, 2,5 of 2:30.",
        "Rij 7: uren: 2,1 is geen heel kwartier. Rond af op een kwartier (0,25 uur of 15 minuten).",
    ]
    assert report.rows_imported == 0


def test_an_empty_sheet(book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter) -> None:
    report = _import(book, write_sheet(tmp_path / "leeg.xlsx", [], header=[]))
    assert report.lines("nl") == ["Het formulier is leeg: er staat geen kopregel en geen uren in."]
    report = _import(book, write_sheet(tmp_path / "kop.xlsx", []))
    assert report.lines("nl") == ["Het formulier bevat geen uren."]


def test_extra_columns(book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter) -> None:
    rows = [[*row, None] for row in _good_rows()]
    rows[1][6] = "handtekening"
    report = _import(book, write_sheet(tmp_path / "extra.xlsx", rows, header=[*HEADER, "paraaf"]))
    assert report.lines("nl") == [
        "Rij 1: kolom G ('paraaf') hoort niet bij het urenformulier; haal die kolom weg.",
    ]
    report = _import(book, write_sheet(tmp_path / "los.xlsx", [[*_good_rows()[0], None, "x"]]))
    assert report.lines("nl") == ["Rij 2: er staat iets in kolom H, buiten het formulier."]
    report = _import(book, write_sheet(tmp_path / "mis.xlsx", _good_rows(), header=["lidnummer", "naam"]))
    assert "datum, activiteit, uren ontbreken" in report.lines("nl")[0]


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "uren.xlsx"
    path.write_text("lidnummer;naam;datum\n101;Fatima;16-11-2026\n", encoding="utf-8")
    with pytest.raises(CoopDeskError) as caught:
        read_hours_sheet(path)
    assert "uren.xlsx is geen Excel-werkmap (.xlsx)" in caught.value.message("nl")
    broken = tmp_path / "kapot.xlsx"
    import zipfile

    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(CoopDeskError):
        read_hours_sheet(broken)


def test_the_same_sheet_is_not_imported_twice(
    book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    assert _import(book, write_sheet(tmp_path / "uren.xlsx", _good_rows())).ok
    # the same content saved again (another file, rows in another order) is recognised
    again = _import(book, write_sheet(tmp_path / "opnieuw.xlsx", list(reversed(_good_rows()))))
    assert not again.ok
    assert "al ingelezen op 28-11-2026 " in again.lines("nl")[0]
    assert "(uren.xlsx)" in again.lines("nl")[0]
    assert hours.week_grid(book, date(2026, 11, 16)).total == 645


def test_cli_template_and_import(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], write_sheet: SheetWriter
) -> None:
    from hours_cast import make_cast

    from coopdesk.domain.clock import FixedClock
    from coopdesk.services.books import open_book

    opened = open_book(book_path, clock=FixedClock.on(date(2026, 11, 28)), backup=False)
    try:
        make_cast(opened)
    finally:
        opened.close()
    template = tmp_path / "sjabloon.xlsx"
    assert main(["hours-template", str(book_path), str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames == ["Uitleg", "Voorbeeld", "Uren", "Activiteiten", "Leden"]

    bad = write_sheet(tmp_path / "fout.xlsx", [*_good_rows(), [204, "", "16-11-2026", "Atelier", 1, None]])
    assert main(["import-hours", str(book_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Rij 6: lid 204 onbekend." in err and "Er is niets ingelezen" in err

    good = write_sheet(tmp_path / "goed.xlsx", [[101, "", "16-11-2025", "Atelier", 1, None]])
    assert main(["import-hours", str(book_path), str(good)]) == 0
    assert "1 rij ingelezen, 1 uur." in capsys.readouterr().out
    assert main(["import-hours", str(book_path), str(good)]) == 1
    assert "al ingelezen" in capsys.readouterr().err

    not_xlsx = tmp_path / "uren.csv"
    not_xlsx.write_text("a;b\n", encoding="utf-8")
    assert main(["import-hours", str(book_path), str(not_xlsx)]) == 1
    assert "geen Excel-werkmap" in capsys.readouterr().err


def test_the_import_never_picks_an_activity_by_case_alone(
    book: Book, cast: Cast, tmp_path: Path, write_sheet: SheetWriter
) -> None:
    """A book from before names were unique regardless of case may hold 'Restaurant' and
    'restaurant': the exact name is taken, and a name matching both only by case is refused."""
    from coopdesk.domain.money import Money
    from coopdesk.store import activities as activity_store

    with book.transaction() as session:
        twin = activity_store.insert_activity(session, "restaurant", cast.restaurant.cost_centre_id, Money("9"))
    report = _import(book, write_sheet(tmp_path / "exact.xlsx", [
        [101, "Fatima Jansen", date(2026, 11, 16), "Restaurant", 2, None],
        [102, "Kees Bakker", date(2026, 11, 16), "restaurant", 3, None],
        [102, "Kees Bakker", date(2026, 11, 17), "atelier", 1, None],
    ]))
    assert report.ok, report.lines()
    grid = hours.week_grid(book, date(2026, 11, 16))
    assert sorted((r.member_number, r.key.activity_id, r.total) for r in grid.rows) == sorted([
        (101, cast.restaurant.id, 120), (102, twin.id, 180), (102, cast.atelier.id, 60)
    ])
    refused = _import(book, write_sheet(tmp_path / "loose.xlsx", [
        [101, "Fatima Jansen", date(2026, 11, 18), "RESTAURANT", 2, None],
    ]))
    assert not refused.ok
    assert "activiteit 'RESTAURANT' is niet eenduidig: er zijn Restaurant, restaurant" in refused.lines("nl")[0]
    assert "ambiguous" in refused.lines("en")[0]


def _damage(path: Path, member: str, keep: float) -> Path:
    """Rewrite the workbook with one zip member cut short: a valid zip, a broken sheet."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    damaged = path.with_name("kapot.xlsx")
    with zipfile.ZipFile(damaged, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data[: int(len(data) * keep)] if name == member else data)
    return damaged


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.0])
def test_a_damaged_sheet_gives_a_clear_message(
    book: Book, cast: Cast, tmp_path: Path, keep: float, write_sheet: SheetWriter
) -> None:
    rows = [[101, "Fatima Jansen", date(2026, 11, 16), "Restaurant", 2, f"regel {n}"] for n in range(200)]
    path = _damage(write_sheet(tmp_path / "uren.xlsx", rows), "xl/worksheets/sheet1.xml", keep)
    with pytest.raises(CoopDeskError) as caught:
        read_hours_sheet(path)
    assert "kapot.xlsx is geen Excel-werkmap (.xlsx) of is beschadigd" in caught.value.message("nl")
    assert "kapot.xlsx is not an Excel workbook (.xlsx) or is damaged" in caught.value.message("en")
    assert hours.week_grid(book, date(2026, 11, 16)).total == 0


def test_the_import_asks_once_which_days_are_closed(
    book: Book, cast: Cast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_sheet: SheetWriter
) -> None:
    from coopdesk.domain.text import Text
    from coopdesk.store import periods as period_store

    asked: list[tuple[date, date, list[int] | None]] = []

    def closed_days(session, first, last, member_ids=None):  # type: ignore[no-untyped-def]
        asked.append((first, last, None if member_ids is None else sorted(member_ids)))
        return {(cast.fatima.id, date(2026, 11, 16)): Text("Uitbetaald.", "Paid out."),
                (None, date(2026, 11, 20)): Text("Jaar afgesloten.", "Year closed.")}

    monkeypatch.setattr(period_store, "closed_days", closed_days)
    report = _import(book, write_sheet(tmp_path / "uren.xlsx", _good_rows()))
    assert len(asked) == 1  # one look for the whole sheet, not one per member and day
    assert asked[0] == (date(2026, 11, 16), date(2026, 11, 20),
                        sorted([cast.fatima.id, cast.kees.id, cast.esra.id]))
    assert not report.ok
    assert report.lines("en") == ["Row 2: Paid out.", "Row 5: Year closed."]
    # a single edit goes through the same function
    from coopdesk.domain.errors import ClosedPeriodError

    with pytest.raises(ClosedPeriodError, match="Uitbetaald|Paid out"):
        hours.set_hours(book, cast.fatima.id, cast.restaurant.id, date(2026, 11, 16), "2")
    hours.set_hours(book, cast.kees.id, cast.restaurant.id, date(2026, 11, 16), "2")  # open for Kees
    with pytest.raises(ClosedPeriodError, match="Jaar afgesloten|Year closed"):
        hours.set_hours(book, cast.kees.id, cast.restaurant.id, date(2026, 11, 20), "2")
    assert len(asked) == 4


def test_no_period_is_closed_yet(book: Book) -> None:
    from coopdesk.store import periods as period_store

    with book.transaction() as session:
        assert period_store.closed_days(session, date(2026, 1, 1), date(2026, 12, 31)) == {}
        assert period_store.closed_reason(session, date(2026, 11, 16), 1) is None


def test_already_imported_shows_the_local_date_and_time(
    book: Book, cast: Cast, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_sheet: SheetWriter  # type: ignore[no-untyped-def]
) -> None:
    import time
    from datetime import UTC

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        clock.advance_to(datetime(2026, 11, 28, 23, 30, tzinfo=UTC))  # 00:30 on the 29th in Amsterdam
        assert _import(book, write_sheet(tmp_path / "uren.xlsx", _good_rows())).ok
        again = _import(book, write_sheet(tmp_path / "opnieuw.xlsx", _good_rows()))
        assert "al ingelezen op 29-11-2026 00:30 (uren.xlsx)" in again.lines("nl")[0]
        assert "already imported on 29-11-2026 00:30 (uren.xlsx)" in again.lines("en")[0]
    finally:
        monkeypatch.undo()
        time.tzset()
