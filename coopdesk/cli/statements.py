"""`coopdesk statements BOOK --year 2025 --out DIR|FILE.pdf [--member NR] [--sort name|postcode]`.

The year-end statements: with `--out FILE.pdf` one combined PDF for printing (every
member of the year, sorted by name or by postcode for posting; or one member with
`--member`); with `--out DIR` one file per member, named by member number and name.
A statement made before keeps its number and is marked duplicate. Statements are
recorded as issued only after the file is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.errors import ValidationError, problem
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--year", required=True, type=int, help="het jaar, bijvoorbeeld 2025 / the year, e.g. 2025")
    parser.add_argument("--out", required=True,
                        help="één PDF (eindigt op .pdf) of een map voor één bestand per lid / "
                             "one PDF (ending in .pdf) or a folder for one file per member")
    parser.add_argument("--member", type=int, help="alleen dit lidnummer / only this member number")
    parser.add_argument("--sort", choices=("name", "postcode"), default="name",
                        help="volgorde: naam of postcode / order: name or postcode")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.exports.statement_pdf import render_statements, write_statement_files
    from coopdesk.services import statements as service

    if not 1900 <= options.year <= 2099:
        raise ValidationError([problem("year", "{year} is geen jaar.", "{year} is not a year.", year=options.year)])
    out = Path(options.out)
    book = open_for_writing(options.book, options.break_lock)
    try:
        found = service.year_statements(book, options.year, member_number=options.member,
                                        order=service.StatementOrder(options.sort))
        if not found:
            print(Text("Geen leden in {year}; er is niets gemaakt.", "No members in {year}; nothing was made.")
                  .render(year=options.year))
            return 0
        if out.suffix.lower() == ".pdf":
            out.parent.mkdir(parents=True, exist_ok=True)
            render_statements(found, out)
            written = [out]
        else:
            written = write_statement_files(found, out)
        service.record_issued(book, found)
    finally:
        book.close()
    duplicates = sum(statement.duplicate for statement in found)
    print(Text("{count} jaaroverzicht(en) {year} geschreven ({duplicates} duplicaat) naar {where}.",
               "{count} statement(s) {year} written ({duplicates} duplicate) to {where}.").render(
        count=len(found), year=options.year, duplicates=duplicates, where=written[0] if len(written) == 1 else out))
    return 0
