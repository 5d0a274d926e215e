"""`coopdesk check`: is this book healthy?

Runs SQLite's own integrity and foreign-key checks, then looks at the content
the domain checks would have to read (a book left unfinished by a killed process;
values that are no valid date, which would make every read of their row fail), then
the domain's invariants area by area (members, hours, the ledger: balance, and the
days a cash box stood below zero). The book is opened read-only: checking never
changes a file, damaged or not.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.member import MemberForm
from coopdesk.domain.text import Text
from coopdesk.services.content import content_problems
from coopdesk.services.hours import hours_problems
from coopdesk.store import members as member_store
from coopdesk.store.book import Book, integrity_problems, normalise_path, open_book_read_only
from coopdesk.store.member_rows import MemberFilter

InvariantCheck = Callable[[Book], list[Text]]


def member_problems(book: Book) -> list[Text]:
    """Every member's stored details still pass the register's own rules."""
    found: list[Text] = []
    with book.transaction() as session:
        everyone = member_store.list_members(session, MemberFilter(include_former=True), book.clock.today())
    for member in everyone:
        try:
            MemberForm.from_details(member.details).validate(book.clock.today())
        except ValidationError as error:
            found.append(
                Text(
                    f"Lid {member.number} ({member.name}): {error.message('nl')}",
                    f"Member {member.number} ({member.name}): {error.message('en')}",
                )
            )
    return found


def invariant_checks() -> list[InvariantCheck]:
    from coopdesk.services.ledger import ledger_problems
    from coopdesk.services.payout_held import payout_problems
    from coopdesk.services.pots import pot_problems

    return [member_problems, hours_problems, ledger_problems, pot_problems, payout_problems]


def check_book(path: str | os.PathLike[str]) -> list[Text]:
    """All problems found in the book at `path`; an empty list means it is healthy.

    Raises `BookError` when the file cannot be read as a book at all.
    """
    book = open_book_read_only(normalise_path(path))
    try:
        found = [Text(line, line) for line in integrity_problems(book)]
        if found:
            return found  # the domain checks would read damaged pages
        found = content_problems(normalise_path(path))
        if found:  # the domain checks would fail reading these, or find nothing to check
            return found + [Text("De andere controles zijn overgeslagen tot dit is hersteld.",
                                 "The other checks were skipped until this is repaired.")]
        for check in invariant_checks():
            found.extend(check(book))
        return found
    finally:
        book.close()
