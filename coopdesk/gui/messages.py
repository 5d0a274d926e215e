"""Telling the treasurer things: errors, questions, information.

The window owns one `Messages`; every box the app shows goes through it. Tests
swap in `RecordingMessages`, which remembers what would have been shown and
answers questions as told, instead of blocking on a modal box.

Two kinds of errors (examples.md, habit 9): a `CoopDeskError` is shown in the
user's language; anything else is a bug, logged with its traceback to the log
file and shown as "Er ging iets mis" naming that file.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.gui.logfile import OwnerOnlyFileHandler, bug_report
from coopdesk.gui.paths import log_path

log = logging.getLogger("coopdesk")
APP_TITLE = "CoopDesk"


class Messages:
    """Modal message boxes over a parent window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, text: str, title: str | None = None) -> None:
        QMessageBox.warning(self.parent, title or APP_TITLE, text)

    def info(self, text: str, title: str | None = None) -> None:
        QMessageBox.information(self.parent, title or APP_TITLE, text)

    def confirm(self, text: str, title: str | None = None, yes: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title or APP_TITLE, text,
                          QMessageBox.StandardButton.NoButton, self.parent)
        yes_button = box.addButton(yes or QCoreApplication.translate("Messages", "Ja"), QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(QCoreApplication.translate("Messages", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def problem(self, error: CoopDeskError) -> None:
        self.error(error.message())

    def bug(self, summary: str) -> None:
        self.error(
            QCoreApplication.translate(
                "Messages",
                "Er ging iets mis: {summary}\n\nDe details staan in het logbestand:\n{log}\n"
                "Stuur dat bestand mee als u hulp vraagt.",
            ).format(summary=summary, log=log_path()),
            QCoreApplication.translate("Messages", "Er ging iets mis"),
        )


@dataclass
class RecordingMessages(Messages):
    """For tests: remembers every message; `confirm` answers `answer`."""

    answer: bool = True
    shown: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def error(self, text: str, title: str | None = None) -> None:
        self.shown.append(("error", text))

    def info(self, text: str, title: str | None = None) -> None:
        self.shown.append(("info", text))

    def confirm(self, text: str, title: str | None = None, yes: str | None = None) -> bool:
        self.shown.append(("confirm", text))
        return self.answer

    def texts(self) -> list[str]:
        return [text for _, text in self.shown]


def setup_log_file() -> None:
    """Write warnings and errors (with redacted tracebacks) to the owner-only log file."""
    handler = OwnerOnlyFileHandler()
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)


def install_excepthook(messages: Messages) -> None:
    """Errors that escape a slot: a CoopDeskError is shown, anything else logged as a bug."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, CoopDeskError):
            messages.problem(error)
            return
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error.__traceback__ = tb
        log.error("unexpected error:\n%s", bug_report(error))
        try:
            messages.bug(f"{kind.__name__}: {error}")
        except Exception:  # noqa: BLE001 - the box itself failed; the log has it
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook
