"""A report as a plain text table for a terminal (`coopdesk report`).

Renders a `coopdesk.domain.reports.Report` and nothing else: the title and period,
a header, a rule, the rows (a blank line before each heading), a rule and the
totals. Cells are shown for people (`coopdesk.domain.display`): € 1.234,56,
28-11-2026, hours with a decimal comma; money, hours and counts right-aligned.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.hours import format_hours
from coopdesk.domain.money import Money
from coopdesk.domain.reports import Cell, Hours, Report
from coopdesk.domain.text import Text


def show_cell(cell: Cell) -> str:
    """One cell as a person reads it, in the current language."""
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return show_euro(cell)
    if isinstance(cell, date):
        return show_date(cell)
    if isinstance(cell, Hours):
        return format_hours(cell.minutes, signed=True)
    if isinstance(cell, Text):
        return cell.render()
    return str(cell)


def render_text(report: Report) -> str:
    header = [c.title.render() for c in report.columns]
    body = [[show_cell(c) for c in row.cells] for row in report.rows]
    totals = [show_cell(c) for c in report.totals]
    widths = [max(len(line[i]) for line in [header, *body, totals]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [cell.rjust(w) if report.columns[i].numeric else cell.ljust(w)
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
