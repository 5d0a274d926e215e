"""A demo book with a known year (2025) for the statement tests, generated once per session
and copied per test, with a fixed clock so every run gives the same book."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk.domain.clock import FixedClock
from coopdesk.services.books import Book, open_book
from coopdesk.services.demo import generate_demo_book

YEAR = 2025
DEMO_TODAY = date(2026, 3, 15)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("statements") / "demo.coopdesk"
    generate_demo_book(path, members=14, years=2, seed=12, clock=FixedClock.on(DEMO_TODAY),
                       close_years=False).close()  # the statements' tests post in 2025
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.coopdesk"
    shutil.copyfile(demo_template, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Book]:
    book = open_book(demo_path, clock=FixedClock.on(DEMO_TODAY), backup=False)
    yield book
    book.close()


def pdf_pages(path_or_bytes: Path | bytes) -> list[str]:
    """The text of each page, as an independent reader (pypdf) sees it."""
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() for page in PdfReader(source).pages]
