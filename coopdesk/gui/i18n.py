"""The app's language: Dutch by default, English on request.

Source strings in the views are Dutch (`self.tr("Leden")`). English lives in Qt
Linguist files `resources/translations/<area>_en.ts`, one per area (this one
is `coopdesk_en.ts`; hours and ledger add theirs). The build compiles them
into the package (`coopdesk.resources`, `translations/<area>_en.qm`; never
committed); all of them are loaded when the language is English. Nothing is
compiled at run time.

The language is chosen, first match wins: `--lang`, the saved setting, the
`COOPDESK_LANG` environment variable, the system locale. The domain's messages
(`coopdesk.domain.text`) are switched along, so a service's error reads in the
same language as the window around it.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopdesk import resources
from coopdesk.domain.text import Language, set_language

log = logging.getLogger(__name__)


def choose_language(requested: str | None, saved: str) -> Language:
    for candidate in (requested, saved, os.environ.get("COOPDESK_LANG")):
        if candidate:
            return "en" if candidate.lower().startswith("en") else "nl"
    system = QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "nl"


class Translations:
    """The translators installed on the application (kept alive here)."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language: Language = "nl"

    def install(self, language: Language) -> Language:
        self.remove()
        self.language = set_language(language)
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        if language != "en":
            return self.language
        packaged = resources.translations(language)
        if not packaged:
            log.error("no compiled translations in the package (was it built?); the window stays Dutch")
            self.language = set_language("nl")
            return self.language
        for qm in packaged:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.error("cannot load translation %s", qm.name)
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
