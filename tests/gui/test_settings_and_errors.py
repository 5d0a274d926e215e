"""Settings (typed, in a temp ini) and the two kinds of errors."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from coopdesk.domain.errors import CoopDeskError
from coopdesk.gui import settings as keys
from coopdesk.gui.i18n import choose_language
from coopdesk.gui.messages import RecordingMessages, install_excepthook
from coopdesk.gui.paths import log_path
from coopdesk.gui.settings import SETTINGS, Setting, Settings


def test_settings_round_trip_in_an_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = Settings.at(path)
    assert settings.get(keys.RECENT_BOOKS) == []
    assert settings.get(keys.LANGUAGE) == ""
    settings.set(keys.LANGUAGE, "en")
    settings.set(keys.GEOMETRY, QByteArray(b"\x01\x02"))
    for number in range(12):
        settings.remember_book(tmp_path / f"book{number}.coopdesk")
    settings.sync()

    again = Settings.at(path)
    assert again.get(keys.LANGUAGE) == "en"
    assert again.get(keys.GEOMETRY) == QByteArray(b"\x01\x02")
    recent = again.recent_books()
    assert len(recent) == keys.RECENT_BOOKS_KEPT
    assert recent[0] == tmp_path / "book11.coopdesk"
    assert again.get(keys.LAST_FOLDER) == str(tmp_path)
    again.remember_book(tmp_path / "book5.coopdesk")
    assert again.recent_books()[0] == tmp_path / "book5.coopdesk"
    assert len(again.recent_books()) == keys.RECENT_BOOKS_KEPT


def test_a_single_recent_book_reads_back_as_a_list(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    settings.remember_book(tmp_path / "only.coopdesk")
    settings.sync()
    assert Settings.at(tmp_path / "s.ini").recent_books() == [tmp_path / "only.coopdesk"]


def test_undeclared_settings_are_refused(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    with pytest.raises(KeyError):
        settings.get(Setting("rates/hour", str, "", "belongs in the book"))
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COOPDESK_LANG", "nl")
    assert choose_language("en", "nl") == "en"
    assert choose_language(None, "en") == "en"
    assert choose_language(None, "") == "nl"
    monkeypatch.setenv("COOPDESK_LANG", "en_GB.UTF-8")
    assert choose_language(None, "") == "en"


@pytest.fixture
def hook() -> Iterator[RecordingMessages]:
    recorder = RecordingMessages()
    saved = sys.excepthook
    install_excepthook(recorder)
    yield recorder
    sys.excepthook = saved


def test_a_coopdesk_error_is_shown_in_the_users_language(hook: RecordingMessages) -> None:
    error = CoopDeskError.of("De schijf is vol.", "The disk is full.")
    sys.excepthook(type(error), error, None)
    assert hook.shown == [("error", "De schijf is vol.")]


def test_a_bug_is_logged_with_its_traceback(hook: RecordingMessages, caplog: pytest.LogCaptureFixture) -> None:
    try:
        {}["missing"]  # noqa: B018
    except KeyError as error:
        with caplog.at_level(logging.ERROR, logger="coopdesk"):
            sys.excepthook(type(error), error, error.__traceback__)
    [(kind, text)] = hook.shown
    assert kind == "error"
    assert "Er ging iets mis" in text and str(log_path()) in text
    assert "Traceback" in caplog.text and "KeyError" in caplog.text
