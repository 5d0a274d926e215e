"""Ending a command cleanly on SIGTERM, SIGHUP and Ctrl+C.

By default SIGTERM and SIGHUP end Python at once, leaving the book's lock behind, and a
shell may start a command with Ctrl+C ignored. `exit_cleanly_on_signals` turns SIGTERM
and SIGHUP into `SystemExit(128 + signal)` and restores Ctrl+C's `KeyboardInterrupt`:
the command's `finally` blocks roll back its unit of work and close the book, and the
store closes any book still open at exit (`close_open_books`), so no lock stays.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any


def _exit(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def exit_cleanly_on_signals() -> Iterator[None]:
    """Install the handlers for the block, then put the previous ones back (only possible
    in the main thread; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, _exit)
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
