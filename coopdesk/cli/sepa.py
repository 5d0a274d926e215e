"""`coopdesk sepa BOOK --run N --out FILE.xml [--version 09|03] [--date YYYY-MM-DD] [--accept-changes]`.

Writes the SEPA credit-transfer file of a posted payout run (`coopdesk.exports.sepa`).
First it prints what the treasurer must see: a blocking problem (an invalid IBAN, ...)
stops it; a change (a name over 70 characters or with characters the bank does not
take, a member held for want of an IBAN) stops it too, until the treasurer has read
it and runs the command again with `--accept-changes`. Nothing is cut silently.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.dates import parse_date
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--run", type=int, required=True, help="nummer van de betaalrun / number of the payout run")
    parser.add_argument("--out", required=True, help="het SEPA-bestand / the SEPA file (.xml)")
    parser.add_argument("--version", choices=("09", "03"), default="09",
                        help="pain.001.001.09 (standaard / default) of / or pain.001.001.03")
    parser.add_argument("--date", help="uitvoerdatum, dd-mm-jjjj (standaard vandaag) / execution date (default today)")
    parser.add_argument("--accept-changes", action="store_true",
                        help="schrijf de getoonde wijzigingen (ingekorte of omgezette namen) / "
                             "write the changes shown (shortened or converted names)")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.exports.payout_files import check_sepa, write_sepa
    from coopdesk.exports.sepa import SepaFileRefused

    execution_on: date | None = None
    if options.date:
        execution_on = parse_date(options.date, "date")
    book = open_for_writing(options.book, options.break_lock)
    try:
        problems = check_sepa(book, options.run)
        for problem in problems:
            print(problem.message(), file=sys.stderr)
        if any(p.blocking for p in problems):
            print(Text("Het SEPA-bestand is niet geschreven.", "The SEPA file was not written.").render(),
                  file=sys.stderr)
            return 1
        if problems and not options.accept_changes:
            print(Text("Het SEPA-bestand is niet geschreven. Lees de regels hierboven; is het zo goed, "
                       "geef dan --accept-changes.",
                       "The SEPA file was not written. Read the lines above; if they are right, pass "
                       "--accept-changes.").render(), file=sys.stderr)
            return 1
        try:
            written = write_sepa(book, options.run, options.out, options.version, execution_on=execution_on,
                                 accept_changes=options.accept_changes)
        except SepaFileRefused as refused:  # the run changed between the check and the writing
            raise CoopDeskError(refused.text, refused.field, **refused.values) from refused
    finally:
        book.close()
    print(Text("SEPA-bestand geschreven: {path} (pain.001.001.{version}, {count} betalingen, {total}, "
               "uitvoerdatum {day})",
               "SEPA file written: {path} (pain.001.001.{version}, {count} transfers, {total}, "
               "execution date {day})").render(path=written.path, version=written.version, count=written.count,
                                              total=written.total, day=written.execution_on))
    return 0
