"""The app's language: Dutch by default, English on request.

Source strings in the views are Dutch (`self.tr("Leden")`). English lives in Qt
Linguist files `resources/translations/<area>_en.ts`, one per area (this one
is `coopdesk_en.ts`; hours and ledger add theirs). The `.qm` files Qt loads are
never committed: at start-up every `*_en.ts` is compiled with PySide6's
`lrelease` into a cache folder when its `.qm` is missing or older, and all of
them are loaded when the language is English.

The language is chosen, first match wins: `--lang`, the saved setting, the
`COOPDESK_LANG` environment variable, the system locale. The domain's messages
(`coopdesk.domain.text`) are switched along, so a service's error reads in the
same language as the window around it.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopdesk.domain.text import Language, set_language
from coopdesk.gui.paths import TRANSLATIONS_DIR, cache_dir, qt_tool

log = logging.getLogger(__name__)


def choose_language(requested: str | None, saved: str) -> Language:
    for candidate in (requested, saved, os.environ.get("COOPDESK_LANG")):
        if candidate:
            return "en" if candidate.lower().startswith("en") else "nl"
    system = QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "nl"


def compile_translations(target: Path | None = None, sources: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every `*_en.ts` into `target` (a cache folder) when missing or stale."""
    folder = target or cache_dir() / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    compiled: list[Path] = []
    for source in sorted(sources.glob("*_en.ts")):
        qm = folder / (source.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime_ns < source.stat().st_mtime_ns:
            subprocess.run(
                [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
        compiled.append(qm)
    return compiled


class Translations:
    """The translators installed on the application (kept alive here)."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language: Language = "nl"

    def install(self, language: Language, cache: Path | None = None) -> Language:
        self.remove()
        self.language = set_language(language)
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        if language != "en":
            return self.language
        try:
            files = compile_translations(cache)
        except (OSError, subprocess.CalledProcessError) as error:
            log.error("cannot compile the translations (%s); the window stays Dutch", error)
            self.language = set_language("nl")
            return self.language
        for qm in files:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.error("cannot load translation %s", qm)
        # Qt's own strings (standard buttons, context menus) in English: Qt's default.
        return self.language

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators.clear()


def load_qt_dutch(app: QCoreApplication) -> QTranslator | None:
    """Qt's own strings (OK/Annuleren, the date picker, the file dialog) in Dutch when the
    window is Dutch: `qtbase_nl.qm` from PySide6's translations folder (see `QtDutch`).
    Returns the installed translator (remove it to switch back), or None when not found."""
    translator = QtDutch(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in ("qtbase", "qt"):
        if translator.load(QLocale(QLocale.Language.Dutch), catalog, "_", folder):
            app.installTranslator(translator)
            return translator
    return None


class QtDutch(QTranslator):
    """Qt's Dutch catalogue, plus the strings whose source Qt gave a mnemonic after the
    catalogue was translated: the file dialog's "&Look in:" and "Files of &type:" were
    "Look in:" and "Files of type:" there, so they stayed English. Such a string of a Qt
    class is looked up again without its "&" (and shown without an Alt key, which could
    clash with another). About 3 µs more per translated string, in Dutch only."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        # None (a null string) when not found: Qt then asks the next translator or keeps the
        # source. An empty string would count as the translation and blank every label.
        found = super().translate(context, source, disambiguation, n)
        if found or "&" not in source or not context.startswith("Q"):
            return found or None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        return super().translate(context, plain, disambiguation, n) or None
