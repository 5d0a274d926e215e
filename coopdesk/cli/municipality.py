"""`coopdesk municipality-overview BOOK --member NR --from 2025-01 --to 2025-06 --out FILE.pdf|.xlsx`.

Writes a member's overview for the municipality (hours, allowance, premium, actual
costs and payment date per month) as a PDF to hand in or as an Excel sheet, by the
suffix of `--out`; in the language of the command (`--lang en` for English).
"""

from __future__ import annotations

import argparse

from coopdesk.cli.opening import add_break_lock_option, open_for_writing
from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--member", type=int, required=True, help="lidnummer / member number")
    parser.add_argument("--from", dest="first", required=True, help="eerste maand, bv. 2025-01 / first month")
    parser.add_argument("--to", dest="last", required=True, help="laatste maand, bv. 2025-06 / last month")
    parser.add_argument("--out", required=True, help="het bestand, .pdf of .xlsx / the file, .pdf or .xlsx")
    add_break_lock_option(parser)


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.payout import PayoutMonth
    from coopdesk.exports.payout_files import write_municipality_overview

    first = PayoutMonth.parse(options.first, "from")
    last = PayoutMonth.parse(options.last, "to")
    book = open_for_writing(options.book, options.break_lock)
    try:
        target = write_municipality_overview(book, options.member, first, last, options.out)
    finally:
        book.close()
    print(Text("Overzicht voor de gemeente geschreven: {path}",
               "Overview for the municipality written: {path}").render(path=target))
    return 0
