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
        if holder.is_stale():
            hint = Text("Geef daarvoor --break-lock.", "Pass --break-lock to do so.")
        else:  # another computer, or a system where CoopDesk cannot look
            hint = Text(
                "Is CoopDesk daar niet meer open (na een storing)? Geef dan --break-lock; nooit "
                "als daar nog iemand in het boek werkt.",
                "Is CoopDesk no longer open there (after a failure)? Then pass --break-lock; "
                "never while someone still works in the book there.",
            )
        raise BookLockedError(
            Text("{message_nl} {hint_nl}", "{message_en} {hint_en}"),
            message_nl=error.message("nl"),
            message_en=error.message("en"),
            hint_nl=hint.render("nl"),
            hint_en=hint.render("en"),
            holder=holder,
        ) from error
