"""The app on a book holding a member date it cannot read (a hand edit through sqlite3):
a message naming the member and the value, the book not opened, no "Er ging iets mis"."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from coopdesk.domain.member import MemberForm
from coopdesk.gui.messages import RecordingMessages
from coopdesk.services import members
from coopdesk.services.books import Book


def test_the_app_says_which_member_date_is_invalid_instead_of_failing(
    make_window, book: Book, book_path: Path, messages: RecordingMessages,  # type: ignore[no-untyped-def]
) -> None:
    kofi = members.register_member(book, MemberForm(name="Kofi Asante", joined_on=date(2025, 2, 3)))
    book.close()
    with sqlite3.connect(book_path) as connection:
        connection.execute("UPDATE member SET birth_on = '31-02-x' WHERE id = ?", (kofi.id,))
    connection.close()
    window = make_window()
    assert window.open_book_path(book_path) is False
    [(kind, text)] = messages.shown
    assert kind == "error"
    assert "Lid 101: de geboortedatum in het boek is geen geldige datum ('31-02-x')." in text
    assert "Backup terugzetten" in text
    assert "Er ging iets mis" not in text
    assert window.book is None
    assert make_window().open_book_path(book_path) is False  # closed again: no lock says "al geopend"
    assert "Lid 101" in messages.shown[1][1]
