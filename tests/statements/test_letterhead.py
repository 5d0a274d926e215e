"""The treasurer's name and the logo from the cooperative's details on the statement."""

from __future__ import annotations

import io

from pypdf import PdfReader

from coopdesk.exports.statement_pdf import statement_bytes
from coopdesk.services import books
from coopdesk.services.books import Book
from coopdesk.services.statements import year_statements
from tests.services.test_cooperative_details import image_bytes
from tests.statements.conftest import YEAR, pdf_pages

MEMBER = 105


def _set(book: Book, *, treasurer: str, logo: bytes) -> None:
    details = books.cooperative_details(book)
    books.update_cooperative(book, logo=logo, treasurer=treasurer, name=details.name,
                             kvk_number=details.kvk_number, address=details.address, postcode=details.postcode,
                             city=details.city, iban=details.iban, municipality=details.municipality)


def _images(pdf: bytes) -> list[tuple[int, int]]:
    return [(image.image.width, image.image.height)  # type: ignore[union-attr]
            for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]


def test_the_treasurer_signs_and_the_logo_is_printed_when_the_book_holds_them(demo: Book) -> None:
    [plain] = year_statements(demo, YEAR, member_number=MEMBER)
    pdf = statement_bytes([plain], language="nl")
    assert ", penningmeester" not in "\n".join(pdf_pages(pdf))  # no signature line without a name
    assert _images(pdf) == []

    _set(demo, treasurer="Ria de Vries", logo=image_bytes("PNG", (300, 100)))
    [signed] = year_statements(demo, YEAR, member_number=MEMBER)
    assert signed.treasurer == "Ria de Vries"
    pdf = statement_bytes([signed], language="nl")
    assert "Ria de Vries, penningmeester" in "\n".join(pdf_pages(pdf))
    assert _images(pdf) == [(300, 100)]
    english = statement_bytes([signed], language="en")
    assert "Ria de Vries, treasurer" in "\n".join(pdf_pages(english))


def test_a_treasurer_given_for_the_run_wins_over_the_book(demo: Book) -> None:
    _set(demo, treasurer="Ria de Vries", logo=image_bytes("JPEG"))
    [statement] = year_statements(demo, YEAR, member_number=MEMBER, treasurer="Kees Bakker")
    assert statement.treasurer == "Kees Bakker"
    assert len(_images(statement_bytes([statement], language="nl"))) == 1
