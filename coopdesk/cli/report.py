"""`coopdesk report BOOK trial-balance|profit-loss|balance-sheet --year 2025 [--csv [--dialect nl] | --xlsx FILE]`.

Prints a report as a readable text table (`coopdesk.exports.report_text`), or as CSV
(`coopdesk.exports.report_csv`: header row; one row per account, no totals or headings;
by default machine-readable: commas, amounts as plain decimals with a dot, column keys,
the profit and loss with a `section` column; with `--dialect nl` what Dutch Excel opens
as columns: semicolons, a decimal comma, Dutch column titles), or writes an Excel
workbook with `--xlsx FILE` (`coopdesk.exports.report_xlsx`: typed cells, a euro
number format, every row of the report; openpyxl is imported only then).
The book is read through a read-only stdlib `sqlite3` connection
(`coopdesk.services.reports.read_only`), so a report runs while the app has the book
open, and neither Qt nor SQLAlchemy is imported.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

REPORTS = ("trial-balance", "profit-loss", "balance-sheet")


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("report", choices=REPORTS,
                        help="saldibalans, winst-en-verlies of balans / which report")
    parser.add_argument("--year", type=int, help="boekjaar (standaard dit jaar) / year (default: this year)")
    parser.add_argument("--by-cost-centre", action="store_true",
                        help="winst-en-verlies per kostenplaats / profit and loss per cost centre")
    parser.add_argument("--by-activity", action="store_true",
                        help="winst-en-verlies per activiteit / profit and loss per activity")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true",
                        help="CSV op standaarduitvoer in plaats van een tabel (standaard machineleesbaar: komma's, "
                             "decimale punt, Engelse kolomsleutels) / CSV on standard output instead of a table "
                             "(by default machine-readable: commas, decimal points, English column keys)")
    output.add_argument("--xlsx", metavar="BESTAND/FILE",
                        help="schrijf een Excel-werkmap (getypte cellen, euro-opmaak) / "
                             "write an Excel workbook (typed cells, euro format)")
    parser.add_argument("--dialect", choices=("plain", "nl"), default="plain",
                        help="met --csv: 'nl' voor Nederlandse Excel (puntkomma, decimale komma, Nederlandse "
                             "kolomkoppen); standaard 'plain' / with --csv: 'nl' for Dutch Excel (semicolons, "
                             "decimal comma, Dutch headers); default 'plain'")


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.clock import SystemClock
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.domain.reports import Period
    from coopdesk.exports.report_csv import write_csv
    from coopdesk.exports.report_text import render_text
    from coopdesk.services import reports

    if options.year is not None and not 2000 <= options.year <= 2099:
        raise CoopDeskError.of(
            "--year {year} is geen boekjaar; geef het hele jaartal, bijvoorbeeld 2025.",
            "--year {year} is not a book year; give the whole year, for example 2025.",
            "year", year=options.year,
        )
    if options.dialect != "plain" and not options.csv:
        raise CoopDeskError.of(
            "--dialect hoort bij --csv.", "--dialect goes with --csv.", "dialect",
        )
    year = options.year or SystemClock().today().year
    with reports.read_only(options.book) as book:
        if options.report == "trial-balance":
            report = reports.trial_balance(book, Period.year(year))
        elif options.report == "profit-loss":
            report = reports.profit_and_loss(book, Period.year(year), by_cost_centre=options.by_cost_centre,
                                             by="activity" if options.by_activity else "")
        else:
            report = reports.balance_sheet(book, date(year, 12, 31))
    if options.xlsx:
        from coopdesk.exports.report_xlsx import write_xlsx

        try:
            write_xlsx(report, options.xlsx)
        except OSError as error:
            raise CoopDeskError.of(
                "{path} kan niet worden geschreven: {reason}",
                "{path} cannot be written: {reason}",
                "xlsx", path=options.xlsx, reason=error.strerror or str(error),
            ) from error
    elif options.csv:
        write_csv(report, sys.stdout, options.dialect)
    else:
        sys.stdout.write(render_text(report))
    return 0


def render_text(report: object) -> str:
    """Kept for callers of the old place; the renderer lives in `coopdesk.exports.report_text`."""
    from coopdesk.domain.reports import Report
    from coopdesk.exports.report_text import render_text as render

    assert isinstance(report, Report)
    return render(report)
