"""Shared fixtures: a fixed clock, fresh books on real SQLite files in tmp_path.

A migrated template book is created once per session and copied per test, so
store tests stay fast (examples.md, habit 11).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COOPDESK_LANG", "nl")

from coopdesk.domain.clock import FixedClock  # noqa: E402
from coopdesk.domain.text import set_language  # noqa: E402
from coopdesk.services.books import Book, create_book, open_book  # noqa: E402

TODAY = date(2026, 11, 28)

# Speed is measured by benchmarks/, never by timed assertions in tests: no hypothesis deadline
# for any property. On this shared machine a first call that imports a module (sepa_text's
# text_unidecode: 407 ms once, 0.3 ms after) failed CI as "unreliable timings".
settings.register_profile("coopdesk", deadline=None)
settings.load_profile("coopdesk")

# The offscreen platform warns about window features it lacks (propagateSizeHints(), raise()...)
# whenever a window is shown or a layout changes its limits; that is not a problem of ours.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture(scope="session")
def template_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.coopdesk"
    book = create_book(
        path,
        name="Coöperatie Test U.A.",
        kvk_number="12345678",
        iban="NL91ABNA0417164300",
        municipality="Utrecht",
        clock=FixedClock.on(TODAY),
    )
    book.close()
    return path


@pytest.fixture
def book_path(template_book: Path, tmp_path: Path) -> Path:
    target = tmp_path / "book.coopdesk"
    shutil.copyfile(template_book, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def book(book_path: Path, clock: FixedClock) -> Iterator[Book]:
    opened = open_book(book_path, clock=clock, backup=False)
    yield opened
    opened.close()
