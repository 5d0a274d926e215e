"""Fixtures for the views: a main window on a fresh book, settings in a temp ini,
message boxes recorded instead of shown, English translations on request.

Nothing here touches the user's real settings, data folder or log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopdesk.domain.clock import FixedClock
from coopdesk.gui.messages import RecordingMessages
from coopdesk.gui.settings import Settings
from coopdesk.services.books import Book


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COOPDESK_SETTINGS", raising=False)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def messages() -> RecordingMessages:
    return RecordingMessages()


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings, clock: FixedClock, messages: RecordingMessages):  # type: ignore[no-untyped-def]
    from coopdesk.gui.main_window import MainWindow

    def make(book: Book | None = None, recorder: RecordingMessages | None = None) -> MainWindow:
        window = MainWindow(settings, clock, recorder or messages)
        qtbot.addWidget(window)
        if book is not None:
            window.set_book(book)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window, book: Book):  # type: ignore[no-untyped-def]
    return make_window(book)


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    from coopdesk.gui.pages import PAGES

    return window.show_page(next(i for i, e in enumerate(PAGES) if e.class_name == "MembersPage"))


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from coopdesk.gui.i18n import Translations

    translations = Translations()
    assert translations.install("en") == "en"
    yield
    translations.remove()
