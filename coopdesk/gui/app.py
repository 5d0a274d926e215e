"""Starting the window: language, settings, error handling, which book to open.

`run_app` is what `coopdesk` (without a command) calls:

* `coopdesk` opens the last book from the recent list, else the start screen;
* `coopdesk BOOK` opens that book; `coopdesk --demo` a freshly generated demo book;
* the language comes from `--lang`, the saved setting, `COOPDESK_LANG` or the
  system locale (see `i18n.py`);
* errors that escape a slot go through `messages.install_excepthook`: a
  `CoopDeskError` is shown, anything else is logged to the log file.

SIGTERM, SIGHUP and Ctrl+C (SIGINT) close the window like the close button does, so
the book is closed and its lock removed (`_SignalCloser`). Qt's event loop runs in
C++, where Python's signal handlers never get a turn: the signal's number is written to
a socket (`signal.set_wakeup_fd`) that a `QSocketNotifier` watches, which wakes Python.

For the start-up benchmark, `COOPDESK_EXIT_AFTER_PAINT=<time.time() at spawn>`
makes the app print timings after the first paint of the main window and quit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import time
from contextlib import suppress
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QEvent, QLocale, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coopdesk import resources
from coopdesk.gui import settings as keys
from coopdesk.gui.i18n import Translations, choose_language, load_qt_dutch
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.messages import install_excepthook, setup_log_file
from coopdesk.gui.settings import Settings

_ENTERED = time.time()


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("CoopDesk")
    app.setOrganizationName("CoopDesk")
    app.setApplicationDisplayName("CoopDesk")
    with suppress(resources.MissingResource):  # a build without its icon still runs
        app.setWindowIcon(QIcon(str(resources.path(resources.ICONS, "coopdesk.svg"))))
    return app


def setup_language(app: QApplication, requested: str | None, settings: Settings) -> Translations:
    translations = Translations()
    language = choose_language(requested, settings.get(keys.LANGUAGE))
    translations.install(language)
    if translations.language == "nl":
        load_qt_dutch(app)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        # English words, but day-month-year like the rest of the app
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return translations


def run_app(book: str | None = None, demo: bool = False, language: str | None = None) -> int:
    app = application()
    settings = Settings.default()
    translations = setup_language(app, language, settings)
    setup_log_file()
    window = MainWindow(settings)
    install_excepthook(window.messages)
    signals = _SignalCloser(app, window)

    if demo:
        window.open_demo()
    elif book:
        window.open_book_path(Path(book))
    else:
        recent = settings.recent_books()
        if recent and recent[0].exists():
            window.open_book_path(recent[0])

    spawned = os.environ.get("COOPDESK_EXIT_AFTER_PAINT")
    if spawned:
        shown = time.time()
        reporter = _ExitAfterPaint(float(spawned), shown, app, window)
        window.installEventFilter(reporter)
    window.show()
    result = app.exec()
    signals.stop()
    translations.remove()
    return 128 + signals.received if signals.received else result


class _SignalCloser(QObject):
    """Close the window (and so the book and its lock) on SIGTERM, SIGHUP or Ctrl+C."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self.received = 0
        self._app = app
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous: dict[int, object] = {}
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._handle)

    def _drain(self) -> None:
        # Python has run the handler by now; only empty the socket
        with contextlib.suppress(OSError):
            self._reader.recv(512)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.received:
            return
        self.received = signum
        # later, not inside whatever Python code the signal interrupted
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        self._window.close()  # closeEvent closes the book and removes its lock
        self._app.closeAllWindows()
        self._app.quit()

    def stop(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class _ExitAfterPaint(QObject):
    """Benchmark hook: report start-up timings after the first paint, then quit."""

    def __init__(self, spawned: float, shown: float, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._window = window
        self._spawned = spawned
        self._shown = shown
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            now = time.time()
            print(f"window-built {self._shown - self._spawned:.3f}")
            print(f"gui-entered {_ENTERED - self._spawned:.3f}")
            print(f"painted {now - self._spawned:.3f}")
            print(f"title {self._window.windowTitle()}")
            current = self._window.navigation.currentItem()
            print(f"page {current.text() if current else '-'}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
