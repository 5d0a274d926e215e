"""Fixtures for the hours tests: a book with members and activities."""

from __future__ import annotations

import pytest
from hours_cast import Cast, make_cast

from coopdesk.services.books import Book


@pytest.fixture
def cast(book: Book) -> Cast:
    return make_cast(book)
