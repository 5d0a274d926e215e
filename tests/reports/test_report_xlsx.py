"""`coopdesk report --xlsx FILE` and `--csv --dialect nl`: what Dutch Excel opens as columns.

Failed before: the only file form was a comma CSV with decimal points and English column
keys, which Dutch Excel opens as one column. The workbook is read back with openpyxl, the
Dutch CSV with the csv module; both must hold the report's own figures.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.cli import main
from coopdesk.domain.ledger import AccountType, Posting
from coopdesk.domain.money import Money
from coopdesk.domain.reports import CellKind, Column, Hours, Period, Report, ReportRow
from coopdesk.domain.text import Text
from coopdesk.exports.report_xlsx import EURO_FORMAT, HEADER_ROW, write_xlsx
from coopdesk.services import ledger, reports
from coopdesk.services.books import Book

ROOT = Path(__file__).resolve().parents[2]


def _report(demo_path: Path, name: str) -> Report:
    with reports.read_only(demo_path) as book:
        if name == "trial-balance":
            return reports.trial_balance(book, Period.year(2025))
        if name == "balance-sheet":
            return reports.balance_sheet(book, date(2025, 12, 31))
        return reports.profit_and_loss(book, Period.year(2025), by_cost_centre=True)


@pytest.mark.parametrize("name", ["trial-balance", "profit-loss", "balance-sheet"])
def test_the_workbook_holds_the_reports_figures_as_typed_cells(demo_path: Path, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.xlsx"
    extra = ["--by-cost-centre"] if name == "profit-loss" else []
    assert main(["report", str(demo_path), name, "--year", "2025", *extra, "--xlsx", str(target)]) == 0
    report = _report(demo_path, name)

    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet["A1"].value == f"{report.title.render()} {report.period.render()}"
    assert [c.value for c in sheet[HEADER_ROW]] == [c.title.render() for c in report.columns]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"  # the header stays in view
    rows = [*[r.cells for r in report.rows], report.totals]
    assert sheet.max_row == HEADER_ROW + len(rows)
    money_cells = 0
    for offset, cells in enumerate(rows, start=HEADER_ROW + 1):
        for index, (value, column) in enumerate(zip(cells, report.columns, strict=True), start=1):
            cell = sheet.cell(offset, index)
            if isinstance(value, Money):
                assert cell.data_type == "n" and cell.number_format == EURO_FORMAT
                assert Decimal(str(cell.value)).quantize(Decimal("0.01")) == value.amount
                money_cells += 1
            elif value is None:
                assert cell.value is None
            else:
                assert cell.value == (value.render() if isinstance(value, Text) else value)
            assert column.kind is CellKind.MONEY or not isinstance(value, Money)
    assert money_cells > 3
    for letter in "ABC":
        assert sheet.column_dimensions[letter].width >= 8


def test_typed_names_stay_text_and_dates_hours_counts_keep_their_type(tmp_path: Path) -> None:
    report = Report(
        Text("Uren: overzicht", "Hours: overview"), Text("2026", "2026"),
        (Column("day", Text("Dag", "Day"), CellKind.DATE), Column("hours", Text("Uren", "Hours"), CellKind.HOURS),
         Column("count", Text("Aantal", "Count"), CellKind.COUNT), Column("name", Text("Naam", "Name"))),
        tuple(ReportRow((date(2026, 3, 5), Hours(150), 42, name))
              for name in ('=HYPERLINK("http://x","klik")', "+31 6", "-Korting", "@SUM(A1)", "\tTab", "Kas")),
        (None, Hours(900), 252, Text("Totaal", "Total")),
    )
    target = tmp_path / "r.xlsx"
    write_xlsx(report, target)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.title == "Uren  overzicht"  # ':' is not allowed in a sheet name
    first = HEADER_ROW + 1
    assert sheet.cell(first, 1).is_date and sheet.cell(first, 1).value.date() == date(2026, 3, 5)
    assert sheet.cell(first, 1).number_format == "dd-mm-yyyy"
    assert sheet.cell(first, 2).value == 2.5 and sheet.cell(first, 3).value == 42
    names = [sheet.cell(row, 4) for row in range(first, first + 6)]
    assert [c.value for c in names] == [r.cells[3] for r in report.rows]
    assert all(c.data_type == "s" for c in names)  # text, not a formula
    assert sheet.cell(first + 6, 2).value == 15 and sheet.cell(first + 6, 4).font.bold


def test_the_dutch_csv_opens_as_columns_with_the_reports_figures(
    demo_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["report", str(demo_path), "profit-loss", "--year", "2025", "--by-cost-centre",
                 "--csv", "--dialect", "nl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeff")  # Excel reads UTF-8 with its mark
    table = list(csv.reader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    report = _report(demo_path, "profit-loss")
    assert table[0] == ["Soort"] + [c.title.render("nl") for c in report.columns]
    lines = [r for r in report.rows if r.style == "line"]
    assert len(table) == 1 + len(lines)
    for fields, row in zip(table[1:], lines, strict=True):
        assert fields[0] == {"income": "Opbrengsten", "expense": "Kosten"}[row.section]
        assert fields[1:3] == [row.cells[0], row.cells[1]]
        for field, value in zip(fields[3:], row.cells[2:], strict=True):
            assert isinstance(value, Money)
            assert "." not in field and Decimal(field.replace(",", ".")) == value.amount


def test_the_dutch_csv_keeps_negative_amounts_numbers_and_names_text(
    book: Book, book_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    cash = next(a for a in ledger.list_accounts(book) if a.code == "1000")
    odd = ledger.add_account(book, "8900", "=1+1; kosten", AccountType.INCOME)
    ledger.post_journal_entry(book, date(2026, 3, 5), "Ontvangst",
                              [Posting(odd.id, Money("-1234.5")), Posting(cash.id, Money("1234.5"))])
    assert main(["report", str(book_path), "trial-balance", "--year", "2026", "--csv", "--dialect", "nl"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out.removeprefix("\ufeff")), delimiter=";"))
    assert table[0] == ["Rekening", "Naam", "Debet", "Credit"]
    rows = {r[0]: r for r in table[1:]}
    assert rows["8900"] == ["8900", "'=1+1; kosten", "", "1234,50"]
    assert rows["1000"][2] == "1234,50"


def test_the_default_csv_is_unchanged_and_help_names_the_dialect(
    demo_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["report", str(demo_path), "trial-balance", "--year", "2025", "--csv"]) == 0
    assert capsys.readouterr().out.startswith('"code","name","debit","credit"\n')
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = capsys.readouterr().out
    assert "--dialect" in help_text and "--xlsx" in help_text and "puntkomma" in help_text
    assert main(["report", str(demo_path), "trial-balance", "--dialect", "nl"]) != 0  # without --csv


def test_openpyxl_only_with_xlsx_and_never_sqlalchemy(demo_path: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from coopdesk.cli import main\n"
        f"code = main(['report', {str(demo_path)!r}, 'profit-loss', '--year', '2025', '--csv', '--dialect', 'nl'])\n"
        "print('CSV', sorted(m for m in sys.modules if m.split('.')[0] == 'openpyxl')[:1], file=sys.stderr)\n"
        f"code |= main(['report', {str(demo_path)!r}, 'balance-sheet', '--year', '2025', "
        f"'--xlsx', {str(tmp_path / 'b.xlsx')!r}])\n"
        "print('XLSX', sorted(m for m in sys.modules if m.split('.')[0] == 'openpyxl')[:1], file=sys.stderr)\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')),"
        " file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "COOPDESK_LANG": "nl"})
    assert result.returncode == 0, result.stderr
    assert "CSV []" in result.stderr and "XLSX ['openpyxl']" in result.stderr
    assert "LOADED []" in result.stderr
    assert (tmp_path / "b.xlsx").stat().st_size > 0
