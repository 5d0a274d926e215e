"""The log and the settings file are owner-only (0600), and the log holds no member's
data: a bug's traceback names the row and column, never the value."""

from __future__ import annotations

import argparse
import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.errors import ValidationError, problem
from coopdesk.gui import settings as keys
from coopdesk.gui.messages import RecordingMessages, install_excepthook, setup_log_file
from coopdesk.gui.paths import log_path
from coopdesk.gui.settings import Settings

NAME = "Özlem Öztürk"
BAD_DATE = f"{NAME} 31-02-x"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _a_bug_while_reading_a_cell(value: str = BAD_DATE) -> None:
    """What an importer's bug looks like: a refusal carrying the cell's value, and while
    handling it, a bug whose message quotes the value as well."""
    try:
        raise ValidationError([problem("hours", "uren '{value}' is geen aantal uren.",
                                       "hours '{value}' is not a number of hours.", row=12, column="C",
                                       value=value)])
    except ValidationError:
        raise ValueError(f"Invalid isoformat string: {value!r}")  # noqa: B904 - a bug, as bugs are


def test_a_command_line_bug_goes_into_an_owner_only_log_without_the_value(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(options: argparse.Namespace, name: str) -> int:
        _a_bug_while_reading_a_cell()
        return 0

    monkeypatch.setattr("coopdesk.cli.check.run", broken)
    assert main(["check", "book.coopdesk"]) == 1
    assert "er ging iets mis" in capsys.readouterr().err
    log = log_path()
    assert mode(log) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "Öztürk" not in text and "31-02-x" not in text
    assert "ValueError: <message withheld" in text  # the kind of bug and where: still there
    assert "_a_bug_while_reading_a_cell" in text
    assert "row=12" in text and "column='C'" in text and "withheld: value" in text


def test_an_existing_world_readable_log_is_tightened(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir(parents=True)
    old = data_dir / "coopdesk.log"
    old.write_text("--- an old entry\n", encoding="utf-8")
    os.chmod(old, 0o644)

    def broken(options: argparse.Namespace, name: str) -> int:
        raise KeyError(NAME)

    monkeypatch.setattr("coopdesk.cli.check.run", broken)
    assert main(["check", "book.coopdesk"]) == 1
    assert mode(old) == 0o600
    text = old.read_text(encoding="utf-8")
    assert text.startswith("--- an old entry\n") and "KeyError" in text and NAME not in text


@pytest.fixture
def app_log(data_dir: Path) -> Iterator[Path]:
    before = list(logging.getLogger().handlers)
    setup_log_file()
    yield log_path()
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_apps_log_is_owner_only_and_its_bug_reports_hold_no_value(app_log: Path) -> None:
    assert mode(app_log) == 0o600
    recorder = RecordingMessages()
    saved = sys.excepthook
    install_excepthook(recorder)
    try:
        try:
            _a_bug_while_reading_a_cell()
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = saved
    assert "Er ging iets mis" in recorder.texts()[0]
    text = app_log.read_text(encoding="utf-8")
    assert "unexpected error" in text and "ValueError" in text and "row=12" in text
    assert "Öztürk" not in text
    logging.getLogger("coopdesk.test").exception("a logged exception", exc_info=ValueError(NAME))
    assert NAME not in app_log.read_text(encoding="utf-8")


def test_the_settings_file_is_created_owner_only_and_an_old_one_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "config" / "CoopDesk.conf"
    settings = Settings.at(path)
    settings.remember_book(tmp_path / "Coöperatie De Buurt.coopdesk")
    settings.sync()
    assert mode(path) == 0o600
    assert Settings.at(path).recent_books() == [tmp_path / "Coöperatie De Buurt.coopdesk"]
    os.chmod(path, 0o644)
    again = Settings.at(path)
    assert mode(path) == 0o600
    again.set(keys.LANGUAGE, "en")
    again.sync()
    assert mode(path) == 0o600
