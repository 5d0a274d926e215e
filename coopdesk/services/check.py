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

from coopdesk.domain.errors import BookError, ValidationError
from coopdesk.domain.member import MemberForm
from coopdesk.domain.text import Text
from coopdesk.services.hours import hours_problems
from coopdesk.store import content_checks
from coopdesk.store import members as member_store
from coopdesk.store.book import Book, integrity_problems, normalise_path, open_book_read_only
from coopdesk.store.content_checks import UnreadableValue
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


_WHAT_IS_MISSING = {
    "cooperative": Text("de gegevens van de coöperatie", "the cooperative's details"),
    "accounts": Text("het rekeningschema", "the chart of accounts"),
}
_MEMBER_DATES = {
    "birth_on": Text("de geboortedatum", "the date of birth"),
    "joined_on": Text("de datum van inschrijving", "the date of joining"),
    "left_on": Text("de datum van vertrek", "the date of leaving"),
}


def content_problems(book: Book, timestamps: bool = True) -> list[Text]:
    """What the book holds that the other checks (and the app's pages) cannot read: a
    book left unfinished, and stored values that are no valid date."""
    with book.transaction() as session:
        missing = content_checks.missing_essentials(session)
        unreadable = content_checks.unreadable_dates(session, timestamps)
    found: list[Text] = []
    if missing:
        nl = " en ".join(_WHAT_IS_MISSING[m].nl for m in missing)
        en = " and ".join(_WHAT_IS_MISSING[m].en for m in missing)
        found.append(Text(f"Het boek is niet afgemaakt: {nl} ontbreken. Het aanmaken is waarschijnlijk "
                          "afgebroken; maak het boek opnieuw aan.",
                          f"The book is unfinished: {en} are missing. Creating it was probably "
                          "interrupted; create the book again."))
    found += [_unreadable_text(value) for value in unreadable]
    return found


def _unreadable_text(value: UnreadableValue) -> Text:
    if value.table == "member" and value.number is not None and value.column in _MEMBER_DATES:
        what = _MEMBER_DATES[value.column]
        return Text(f"Lid {value.number}: {what.nl} in het boek is geen geldige datum ('{value.raw}').",
                    f"Member {value.number}: {what.en} in the book is not a valid date ('{value.raw}').")
    return Text(f"Tabel {value.table}, rij {value.row_id}, kolom {value.column}: '{value.raw}' is geen "
                "geldige datum.",
                f"Table {value.table}, row {value.row_id}, column {value.column}: '{value.raw}' is not a "
                "valid date.")


def content_error(book: Book) -> BookError | None:
    """For the app on opening: the content problems as one message, or None."""
    found = content_problems(book, timestamps=False)  # the dates people type; quick enough for every opening
    if not found:
        return None
    advice = Text("CoopDesk kan dit boek zo niet tonen. Zet een backup terug (Bestand → Backup terugzetten) "
                  "of vraag hulp.",
                  "CoopDesk cannot show this book like this. Restore a backup (File → Restore backup) or "
                  "ask for help.")
    lines = [text.render() for text in found[:10]]
    if len(found) > 10:
        lines.append(f"… (+{len(found) - 10}; coopdesk check)")
    return BookError(Text("{lines}\n\n" + advice.nl, "{lines}\n\n" + advice.en), lines="\n".join(lines))


def invariant_checks() -> list[InvariantCheck]:
    from coopdesk.services.ledger import ledger_problems

    return [member_problems, hours_problems, ledger_problems]


def check_book(path: str | os.PathLike[str]) -> list[Text]:
    """All problems found in the book at `path`; an empty list means it is healthy.

    Raises `BookError` when the file cannot be read as a book at all.
    """
    book = open_book_read_only(normalise_path(path))
    try:
        found = [Text(line, line) for line in integrity_problems(book)]
        if found:
            return found  # the domain checks would read damaged pages
        found = content_problems(book)
        if found:  # the domain checks would fail reading these, or find nothing to check
            return found + [Text("De andere controles zijn overgeslagen tot dit is hersteld.",
                                 "The other checks were skipped until this is repaired.")]
        for check in invariant_checks():
            found.extend(check(book))
        return found
    finally:
        book.close()
