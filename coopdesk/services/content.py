"""What a book holds that CoopDesk cannot read: a book a killed process left
unfinished, and stored values that are no valid date (a hand edit, another tool).

`coopdesk check` lists these before anything else (the other checks would fail on
them); the app asks `content_error` when it opens a book, before any page reads it,
and says what is wrong instead of failing on the first row. Both read through a
read-only stdlib `sqlite3` connection, so opening the app imports no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from coopdesk.domain.errors import BookError
from coopdesk.domain.text import Text
from coopdesk.store import content_checks
from coopdesk.store.book import Book
from coopdesk.store.content_checks import UnreadableValue
from coopdesk.store.reads import connect_read_only

_WHAT_IS_MISSING = {
    "cooperative": Text("de gegevens van de coöperatie", "the cooperative's details"),
    "accounts": Text("het rekeningschema", "the chart of accounts"),
}
_MEMBER_DATES = {
    "birth_on": Text("de geboortedatum", "the date of birth"),
    "joined_on": Text("de datum van inschrijving", "the date of joining"),
    "left_on": Text("de datum van vertrek", "the date of leaving"),
}


#: What the app's first page reads: checked before it is painted, the rest right after.
FIRST_PAGE_TABLES = frozenset({"member", "cooperative"})


def content_problems(path: Path, timestamps: bool = True,
                     tables: Collection[str] | None = None) -> list[Text]:
    """What the book file at `path` holds that the other checks (and the app's pages)
    cannot read: a book left unfinished, and stored values that are no valid date (in
    `tables` only, when given)."""
    connection = connect_read_only(path)
    try:
        missing = content_checks.missing_essentials(connection)
        unreadable = content_checks.unreadable_dates(connection, timestamps, tables)
    finally:
        connection.close()
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


def content_error(book: Book, tables: Collection[str] | None = None) -> BookError | None:
    """For the app: the content problems as one message, or None. On opening it asks
    for `FIRST_PAGE_TABLES` (about 1 ms), and for the whole book (about 80 ms on a book
    of ten years) on a worker thread once the window is painted. Reads through a stdlib
    connection (no SQLAlchemy before the first paint); a book on a database server has
    typed columns and needs no such check."""
    if book.path is None:
        return None
    found = content_problems(book.path, timestamps=False, tables=tables)  # the dates people type; quick enough for every opening
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
