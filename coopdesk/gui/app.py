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

Before Qt starts, `platform_problem` checks that the system libraries of Qt's X11
platform plug-in (xcb) can be loaded: when they cannot, Qt prints one line about
`libxcb-cursor0` and aborts the process. CoopDesk says which Debian/Ubuntu packages
are missing and exits with 1 instead (`XCB_LIBRARIES`; the README lists them too).

For the start-up benchmark, `COOPDESK_EXIT_AFTER_PAINT=<time.time() at spawn>`
makes the app print timings after the first paint of the main window and quit.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Mapping
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

# What Qt's xcb platform plug-in (libqxcb.so and libQt6XcbQpa.so) loads, as `ldd` lists it,
# with the Debian/Ubuntu package that holds each library.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian/Ubuntu packages whose library Qt's xcb plug-in needs and cannot load."""
    return [package for library, package in XCB_LIBRARIES if not loads(library)]


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try its X11 plug-in: on Linux, with QT_QPA_PLATFORM xcb, or unset on
    an X display (a Wayland session without QT_QPA_PLATFORM gets Qt's Wayland plug-in)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def platform_problem(environ: Mapping[str, str] | None = None,
                     loads: Callable[[str], bool] = _loads, platform: str = sys.platform) -> str | None:
    """What to install before Qt's xcb plug-in can load (Dutch, then English), or None."""
    if not uses_xcb(os.environ if environ is None else environ, platform):
        return None
    missing = missing_xcb_packages(loads)
    if not missing:
        return None
    command = "sudo apt-get install " + " ".join(missing)
    return (
        "CoopDesk kan geen venster openen: Qt mist systeembibliotheken voor X11 (xcb).\n"
        f"Installeer ze (Debian/Ubuntu) met:\n\n    {command}\n\n"
        "en start CoopDesk opnieuw.\n\n"
        "CoopDesk cannot open a window: Qt is missing system libraries for X11 (xcb).\n"
        f"Install them (Debian/Ubuntu) with:\n\n    {command}\n\n"
        "and start CoopDesk again.\n"
    )


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
    if QApplication.instance() is None:
        problem = platform_problem()
        if problem is not None:  # Qt would abort the process with a one-line hint
            sys.stderr.write(problem)
            return 1
    app = application()
    settings = Settings.default()
    translations = setup_language(app, language, settings)
    setup_log_file()
    window = MainWindow(settings)
    install_excepthook(window.messages)
    signals = _SignalCloser(app, window)

    if demo:
        window.show()  # the start screen says what happens while the demo is generated
        window.open_demo()
        if not window.isVisible():  # closed (or signalled) while the demo was being made
            signals.stop()
            translations.remove()
            return 128 + signals.received if signals.received else 0
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
            print(f"cpu-at-paint {time.process_time():.4f}")  # all threads, from process start
            print(f"title {self._window.windowTitle()}")
            current = self._window.navigation.currentItem()
            print(f"page {current.text() if current else '-'}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
