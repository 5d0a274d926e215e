"""Printing a report and exporting it to Excel (Bestand → Afdrukken…, Exporteren naar Excel…).

A page that has something to print or export offers it as `printable_report()`
(the Boekhouding page: the report on its Overzichten tab); the main window's File
menu entries are enabled only while the page on screen has one.

* Printing renders the report as an HTML table in a `QTextDocument` (title and period,
  the column titles, every row with headings, subtotals and the totals in bold, figures
  right-aligned as on screen: € 1.234,56) and prints it through Qt's print dialog.
* Exporting writes the same report with `coopdesk.exports.report_xlsx` (typed cells, a
  euro number format) to a file the user picks, proposed next to the book.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coopdesk.domain.reports import Report
from coopdesk.exports.report_text import show_cell


def report_html(report: Report) -> str:
    """The report as an HTML page for `QTextDocument` (which knows a subset of HTML 4)."""
    def cell(tag: str, text: str, numeric: bool, bold: bool) -> str:
        align = ' align="right"' if numeric else ' align="left"'
        inner = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
        return f"<{tag}{align}>{inner}</{tag}>"

    head = "".join(cell("th", c.title.render(), c.numeric, True) for c in report.columns)
    if report.columns and report.columns[0].key == "code":  # the account code: a narrow column
        head = head.replace("<th ", '<th width="12%" ', 1)
    body = []
    for cells, style in [*[(r.cells, r.style) for r in report.rows], (report.totals, "total")]:
        row = "".join(cell("td", show_cell(value), column.numeric, style != "line")
                      for value, column in zip(cells, report.columns, strict=True))
        body.append(f"<tr>{row}</tr>")
    title = html.escape(f"{report.title.render()} {report.period.render()}")
    return (f"<html><body><h2>{title}</h2>"
            '<table width="100%" cellspacing="0" cellpadding="3" border="0">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>")


def report_document(report: Report) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(report_html(report))
    return document


def print_report(report: Report, parent: QWidget) -> bool:
    """Ask for a printer (Qt's print dialog) and print `report`; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report.title.render())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportOutput", "Overzicht afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    report_document(report).print_(printer)
    return True


def export_name(report: Report) -> str:
    """A file name for the report: "Saldibalans 2025.xlsx"."""
    name = f"{report.title.render()} {report.period.render()}"
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip() + ".xlsx"


def export_report(report: Report, parent: QWidget, folder: Path) -> Path | None:
    """Ask where to save and write `report` as an Excel workbook; None when cancelled."""
    from coopdesk.exports.report_xlsx import write_xlsx

    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReportOutput", "Overzicht exporteren naar Excel"), str(folder / export_name(report)),
        QCoreApplication.translate("ReportOutput", "Excel-werkmappen (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    write_xlsx(report, path)
    return path
