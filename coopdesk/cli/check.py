"""`coopdesk check BOOK`: SQLite integrity plus the domain's invariants; exit 1 on a problem."""

from __future__ import annotations

import argparse
import sys

from coopdesk.services.check import check_book


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")


def run(options: argparse.Namespace, name: str) -> int:
    problems = check_book(options.book)
    if problems:
        for text in problems:
            print(text.render(), file=sys.stderr)
        print(f"{len(problems)} probleem/problemen gevonden / problem(s) found", file=sys.stderr)
        return 1
    print("In orde / OK")
    return 0
