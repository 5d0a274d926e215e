"""The cooperative's treasurer and logo: kept in the book, checked before anything is written."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from coopdesk.domain.cooperative import LOGO_MAX_BYTES
from coopdesk.domain.errors import ValidationError
from coopdesk.services import books
from coopdesk.services.books import Book, open_book


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (300, 100)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 120, 60)).save(out, kind)
    return out.getvalue()


def _fields(book: Book) -> dict[str, str]:
    details = books.cooperative_details(book)
    return {"name": details.name, "kvk_number": details.kvk_number, "iban": details.iban}


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_treasurer_and_logo_survive_closing_and_reopening(book: Book, book_path: Path, kind: str) -> None:
    logo = image_bytes(kind)
    books.update_cooperative(book, logo=logo, treasurer="  Ria   de Vries ", **_fields(book))
    book.close()
    reopened = open_book(book_path, backup=False)
    try:
        details = books.cooperative_details(reopened)
        assert details.treasurer == "Ria de Vries"
        assert details.logo == logo
        books.update_cooperative(reopened, **_fields(reopened))  # no logo given: the logo is removed
        assert books.cooperative_details(reopened).logo == b""
        assert books.cooperative_details(reopened).treasurer == ""
    finally:
        reopened.close()


@pytest.mark.parametrize(("logo", "message"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES, "te groot (513 kB)"),
    (b"GIF89a not a png", "PNG- of JPEG-afbeelding"),
    (b"%PDF-1.7", "PNG- of JPEG-afbeelding"),
])
def test_a_too_large_or_wrong_logo_is_refused_and_nothing_is_written(book: Book, book_path: Path,
                                                                     logo: bytes, message: str) -> None:
    before = books.cooperative_details(book)
    with pytest.raises(ValidationError) as raised:
        books.update_cooperative(book, logo=logo, treasurer="Ria de Vries", **_fields(book))
    [problem] = raised.value.problems
    assert problem.field == "logo" and message in problem.message("nl")
    assert books.cooperative_details(book) == before
    with sqlite3.connect(book_path) as raw:
        assert raw.execute("SELECT treasurer, length(logo) FROM cooperative").fetchall() == [("", 0)]
