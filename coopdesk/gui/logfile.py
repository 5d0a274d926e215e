"""The app's log file (`coopdesk.log` in the data folder): owner-only, and without
members' personal data.

Both the command line's bug handler and the window's write here, so the rules live
once:

* the file is created readable and writable by its owner only (0600, like a book);
  an older file left 0644 is tightened when it is next opened;
* a bug is written as its traceback's frames (file, line, code: no data) and each
  exception's type, but an exception's *message* only when it cannot carry what a
  user typed or a sheet held. A cell value, a name or a date from a book reaches an
  exception message easily (`ValueError: Invalid isoformat string: '31-02-x'`, a
  database error listing the statement's parameters, a `CoopDeskError` rendered
  with the value it refuses), so messages are withheld by default. A `CoopDeskError`
  is logged as its unrendered template with the place it is about (row, column,
  line, field...), never with the value itself.

No Qt here: `coopdesk.cli` imports this module without starting Qt.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

from coopdesk.domain.errors import CoopDeskError
from coopdesk.gui.paths import log_path

OWNER_ONLY = 0o600

# values of a CoopDeskError that say where, not what: kept in the log
PLACE_KEYS = frozenset({"row", "column", "line", "number", "field", "sheet", "limit", "count", "lines"})
# exception types whose messages are about code, never about data
CODE_ERRORS: tuple[type[BaseException], ...] = (AttributeError, NameError, ImportError, NotImplementedError,
                                                RecursionError, MemoryError)
WITHHELD = "<message withheld: it may hold personal data>"


def make_owner_only(path: Path) -> Path:
    """Create `path` if missing, readable by its owner only; tighten it if it exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY))
    os.chmod(path, OWNER_ONLY)
    return path


def open_log(path: Path | None = None) -> TextIO:
    """The log file opened for appending, owner-only."""
    target = make_owner_only(path or log_path())
    return open(target, "a", encoding="utf-8")  # noqa: SIM115 - the caller closes it


def bug_report(error: BaseException) -> str:
    """A traceback of `error` (and the exceptions it came from) fit for the log: frames
    and types, and only the messages that cannot hold a user's data."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[tuple[BaseException, str]] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            link = "The above exception was the direct cause of the following exception:"
            following = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = "During handling of the above exception, another exception occurred:"
            following = current.__context__
        else:
            link, following = "", None
        chain.append((current, link))
        current = following
    for exception, link in reversed(chain):  # oldest first, as Python prints them
        if link and parts:
            parts.append(f"\n{link}\n\n")
        parts.append(_one(exception))
    return "".join(parts)


def _one(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    head = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames)) if frames else ""
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    return f"{head}{name}: {safe_message(error)}\n"


def safe_message(error: BaseException) -> str:
    """What of `error`'s message may go into the log."""
    if isinstance(error, CoopDeskError):
        places = ", ".join(f"{key}={value!r}" for key, value in error.values.items() if key in PLACE_KEYS)
        hidden = sorted(key for key in error.values if key not in PLACE_KEYS)
        text = f"{error.text.en!r} (field={error.field!r}"
        text += f", {places}" if places else ""
        text += f", withheld: {', '.join(hidden)})" if hidden else ")"
        return text
    if isinstance(error, CODE_ERRORS) or type(error).__module__ == "sqlite3":
        return str(error)
    statement = getattr(error, "statement", None)  # a database error: the SQL, never its parameters
    if isinstance(statement, str):
        return f"{WITHHELD}; statement: {' '.join(statement.split())}"
    return WITHHELD


def log_bug(heading: str, error: BaseException, path: Path | None = None) -> Path:
    """Append a bug's redacted traceback under `heading`; returns the log's path."""
    target = path or log_path()
    with open_log(target) as handle:
        handle.write(f"--- {heading}\n{bug_report(error)}\n")
    return target


class OwnerOnlyFileHandler(logging.FileHandler):
    """A logging handler on an owner-only file whose tracebacks are redacted."""

    def __init__(self, path: Path | None = None) -> None:
        target = make_owner_only(path or log_path())
        super().__init__(target, encoding="utf-8")
        self.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))


class RedactingFormatter(logging.Formatter):
    """Tracebacks through `bug_report`. Another handler may already have cached its own
    (unredacted) text of the same record's exception, so that cache is ignored here."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]  # noqa: N802
                        | tuple[None, None, None]) -> str:
        return bug_report(ei[1]).rstrip("\n") if ei[1] is not None else ""
