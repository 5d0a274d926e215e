"""The app's own settings: window state only (examples.md, habit 8).

Every setting is declared once in `SETTINGS` with its key, type and default;
`Settings` reads and writes them through a `QSettings` it is given, so tests
pass one backed by an ini file in a temp folder and never touch the user's.
What a book depends on (rates, accounts) lives in the book, never here.

The settings file names the books a treasurer opened (paths that often carry the
cooperative's or a person's name), so it is owner-only (0600) like the books: it is
created so before Qt first writes it (Qt keeps a file's permissions when it saves
over it), and an older 0644 file is tightened.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from coopdesk.gui.logfile import make_owner_only

T = TypeVar("T")

RECENT_BOOKS_KEPT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type
    default: T
    help: str


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray(), "main window geometry")
RECENT_BOOKS: Setting[list[str]] = Setting("books/recent", list, [], "recently opened books, newest first")
LAST_FOLDER: Setting[str] = Setting("books/last_folder", str, "", "folder of the last file dialog")
LANGUAGE: Setting[str] = Setting("ui/language", str, "", "'nl', 'en' or '' (follow the system)")

SETTINGS: tuple[Setting[Any], ...] = (GEOMETRY, RECENT_BOOKS, LAST_FOLDER, LANGUAGE)


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self._owner_only()

    def _owner_only(self) -> None:
        """Make the settings file (when it is a file: not the Windows registry) owner-only."""
        if sys.platform == "win32" and self._store.format() is QSettings.Format.NativeFormat:
            return
        name = self._store.fileName()
        if name:
            make_owner_only(Path(name))

    @property
    def store(self) -> QSettings:
        """The QSettings behind these settings, for a page that keeps its own view state
        (the hours page's last week) in the same file."""
        return self._store

    @classmethod
    def default(cls) -> Settings:
        """The user's settings, or an ini file named by $COOPDESK_SETTINGS (benchmarks, screenshots)."""
        override = os.environ.get("COOPDESK_SETTINGS")
        if override:
            return cls.at(Path(override))
        return cls(QSettings("CoopDesk", "CoopDesk"))

    @classmethod
    def at(cls, path: Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        if setting not in SETTINGS:
            raise KeyError(setting.key)
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        if setting.kind is list:
            if isinstance(raw, str):
                return [raw]  # type: ignore[return-value]  # QSettings gives a lone item as str
            return [str(item) for item in raw]  # type: ignore[return-value]
        if setting.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore[return-value]
        return setting.kind(raw)  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        if setting not in SETTINGS:
            raise KeyError(setting.key)
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._owner_only()  # in case something else recreated it meanwhile
        self._store.sync()

    # -- recent books -------------------------------------------------------------
    def recent_books(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_BOOKS)]

    def remember_book(self, path: Path) -> None:
        paths = [str(path)] + [p for p in self.get(RECENT_BOOKS) if p != str(path)]
        self.set(RECENT_BOOKS, paths[:RECENT_BOOKS_KEPT])
        self.set(LAST_FOLDER, str(path.parent))

    def forget_book(self, path: Path) -> None:
        self.set(RECENT_BOOKS, [p for p in self.get(RECENT_BOOKS) if p != str(path)])
