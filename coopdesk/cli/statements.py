"""`coopdesk statements BOOK --year 2025 --out DIR|FILE.pdf [--member NR] [--sort name|postcode]`.

The year-end statements: with `--out FILE.pdf` one combined PDF for printing (every
member of the year, sorted by name or by postcode for posting; or one member with
`--member`); with `--out DIR` one file per member, named by member number and name.
A statement made before with the same content keeps its number and is marked duplicate;
with other content it is a new version (`2025-00017-2`) that says what it replaces. The
new versions are recorded together with putting the file(s) in place: a file that could
not be written records nothing.
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
    from coopdesk.exports.statement_pdf import stage_statements
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
        with stage_statements(found, out, per_member=out.suffix.lower() != ".pdf") as staged:
            written = service.issue_statements(book, found, staged.place)
    finally:
        book.close()
    duplicates = sum(statement.duplicate for statement in found)
    versions = sum(statement.version > 1 and not statement.duplicate for statement in found)
    print(Text("{count} jaaroverzicht(en) {year} geschreven ({duplicates} duplicaat, {versions} nieuwe versie) "
               "naar {where}.",
               "{count} statement(s) {year} written ({duplicates} duplicate, {versions} new version) to {where}.")
          .render(count=len(found), year=options.year, duplicates=duplicates, versions=versions,
                  where=written[0] if len(written) == 1 else out))
    return 0
