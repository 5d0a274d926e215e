"""Opening a book for writing from the command line, with `--break-lock`.

A lock left behind by a crash (its process no longer runs, or it names another
computer) is broken only when the user passes `--break-lock`, with the same checks as
the app: a holder that still runs on this computer is never broken, and two commands
breaking the same lock never both get the book.
"""

from __future__ import annotations

import argparse
import os

from coopdesk.domain.text import Text
from coopdesk.services.books import Book, BookLockedError, LockHolder, open_book


def add_break_lock_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--break-lock",
        action="store_true",
        help="verbreek een achtergebleven slot (nooit van een CoopDesk die nog draait) / "
        "break a lock left behind (never one of a CoopDesk that still runs)",
    )


def open_for_writing(book: str | os.PathLike[str], break_lock: bool) -> Book:
    try:
        return open_book(book, break_lock=break_lock)
    except BookLockedError as error:
        holder = error.values.get("holder")
        if break_lock or not isinstance(holder, LockHolder) or holder.status() == "alive":
            raise
        raise BookLockedError(
            Text("{message_nl} Geef daarvoor --break-lock.", "{message_en} Pass --break-lock to do so."),
            message_nl=error.message("nl"),
            message_en=error.message("en"),
            holder=holder,
        ) from error
