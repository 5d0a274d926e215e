"""`coopdesk report BOOK trial-balance|profit-loss|balance-sheet --year 2025 [--csv]`.

Prints a report as a readable text table, or as CSV (header row; one row per
account, no totals or headings; amounts as plain decimals with a dot; the profit
and loss has a `section` column, income or expense, with both as positive figures). The book is opened read-only, so a report can run
while the app has the book open. No Qt is imported.
"""

from __future__ import annotations

import argparse
import csv
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
    parser.add_argument("--csv", action="store_true", help="CSV in plaats van een tabel / CSV instead of a table")


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.domain.reports import Period
    from coopdesk.services import ledger

    if options.year is not None and not 2000 <= options.year <= 2099:
        raise CoopDeskError.of(
            "--year {year} is geen boekjaar; geef het hele jaartal, bijvoorbeeld 2025.",
            "--year {year} is not a book year; give the whole year, for example 2025.",
            "year", year=options.year,
        )
    book = ledger.open_for_reports(options.book)
    try:
        year = options.year or book.clock.today().year
        if options.report == "trial-balance":
            report = ledger.trial_balance(book, Period.year(year))
        elif options.report == "profit-loss":
            report = ledger.profit_and_loss(book, Period.year(year), by_cost_centre=options.by_cost_centre,
                                            by="activity" if options.by_activity else "")
        else:
            report = ledger.balance_sheet(book, date(year, 12, 31))
    finally:
        book.close()
    if options.csv:
        write_csv(report, sys.stdout)
    else:
        sys.stdout.write(render_text(report))
    return 0


def _plain(cell: object) -> str:
    if cell is None:
        return ""
    return str(cell)  # Money renders as 1234.50


def write_csv(report: object, stream: object) -> None:
    from coopdesk.domain.reports import Report

    assert isinstance(report, Report)
    writer = csv.writer(stream, lineterminator="\n")  # type: ignore[arg-type]
    lines = [row for row in report.rows if row.style == "line"]
    sections = any(row.section for row in report.rows)  # the profit and loss: income or expense per line
    writer.writerow((["section"] if sections else []) + [c.key for c in report.columns])
    for row in lines:  # no totals rows: a spreadsheet user sums the columns
        writer.writerow(([row.section] if sections else []) + [_plain(c) for c in row.cells])


def render_text(report: object) -> str:
    from coopdesk.domain.money import Money
    from coopdesk.domain.reports import Report
    from coopdesk.domain.text import Text, format_euro

    assert isinstance(report, Report)

    def show(cell: object) -> str:
        if cell is None:
            return ""
        if isinstance(cell, Money):
            return format_euro(cell.amount)
        if isinstance(cell, Text):
            return cell.render()
        return str(cell)

    header = [c.title.render() for c in report.columns]
    body = [[show(c) for c in row.cells] for row in report.rows]
    totals = [show(c) for c in report.totals]
    widths = [max(len(line[i]) for line in [header, *body, totals]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [cell.rjust(w) if report.columns[i].money else cell.ljust(w)
                 for i, (cell, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [f"{report.title.render()} {report.period.render()}", "", line(header), rule]
    for row, cells in zip(report.rows, body, strict=True):
        if row.style == "heading" and out[-1] != rule:
            out.append("")
        out.append(line(cells))
    out += [rule, line(totals), ""]
    return "\n".join(out)
