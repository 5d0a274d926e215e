"""`coopdesk hours-template BOOK OUT.xlsx` and `coopdesk import-hours BOOK FILE.xlsx`.

The template lists the book's current members and active activities; an existing
file is only replaced with `--force`. Importing
checks every row first: when any row is wrong the row report is printed, nothing
is written and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.hours import ImportReport
from coopdesk.domain.text import Text
from coopdesk.exports.hours_sheet import read_hours_sheet, write_hours_sheet
from coopdesk.services.hours import import_hours, sheet_template


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    if name == "hours-template":
        parser.add_argument("out", help="het nieuwe urenformulier / the new hours sheet (.xlsx)")
        parser.add_argument("--force", action="store_true",
                            help="overschrijf een bestaand bestand / overwrite an existing file")
    else:
        parser.add_argument("file", help="het ingevulde urenformulier / the filled-in hours sheet (.xlsx)")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    if name == "hours-template":
        return _template(options)
    return _import(options)


def _template(options: argparse.Namespace) -> int:
    out = Path(options.out)
    if out.exists() and not options.force:
        # a filled-in sheet may sit there: never replace it silently
        print(Text("{path} bestaat al en wordt niet overschreven. Kies een andere naam, of geef --force "
                   "om het te vervangen.",
                   "{path} already exists and is not overwritten. Choose another name, or pass --force "
                   "to replace it.").render(path=out), file=sys.stderr)
        return 1
    book = open_for_writing(options.book, options.break_lock)
    try:
        template = sheet_template(book)
    finally:
        book.close()
    target = write_hours_sheet(out, template)
    members, activities = len(template.members), len(template.activities)
    print(Text("Urenformulier geschreven: {path} ({members}, {activities})",
               "Hours sheet written: {path} ({members_en}, {activities_en})")
          .render(path=target,
                  members="1 lid" if members == 1 else f"{members} leden",
                  members_en="1 member" if members == 1 else f"{members} members",
                  activities="1 activiteit" if activities == 1 else f"{activities} activiteiten",
                  activities_en="1 activity" if activities == 1 else f"{activities} activities"))
    return 0


def _import(options: argparse.Namespace) -> int:
    sheet = read_hours_sheet(options.file)
    book = open_for_writing(options.book, options.break_lock)
    try:
        report = import_hours(book, sheet.rows, sheet.content_hash, sheet.source_name,
                              sheet.problems, sheet.rows_read)
    finally:
        book.close()
    print_report(report)
    return 0 if report.ok else 1


def print_report(report: ImportReport) -> None:
    stream = sys.stdout if report.ok else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    for warning in report.warnings:
        print(warning.line(), file=sys.stdout)
    print(report.summary(), file=stream)
