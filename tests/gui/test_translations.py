"""Translations: every English file is complete, and no source string is missing.

`lupdate` is run over all GUI sources and forms into a temp file; every message
it finds must be translated in one of `resources/translations/*_en.ts`. So a new
`self.tr("...")` without an English text fails here, whichever area adds it.
The package holds each file compiled (the build writes them; nothing compiles at
run time), and the compiled file is the current one.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk import resources
from coopdesk.gui.paths import qt_tool
from coopdesk.gui.uic import UI_DIR
from coopdesk.resources.build import qm_bytes

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_DIR = ROOT / "resources" / "translations"

TS_FILES = sorted(TRANSLATIONS_DIR.glob("*_en.ts"))


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _sources() -> list[str]:
    gui = ROOT / "coopdesk" / "gui"
    python = [p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts]
    return [str(p) for p in sorted(python)] + [str(p) for p in sorted(UI_DIR.glob("*.ui"))]


def test_there_is_an_english_file() -> None:
    assert TRANSLATIONS_DIR / "coopdesk_en.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_finished(ts: Path) -> None:
    unfinished = [
        key for key, message in _messages(ts).items()
        if (element := message.find("translation")) is None
        or element.get("type") in ("unfinished", "vanished", "obsolete")
        or not ((element.text or "").strip() or element.findall("numerusform"))
    ]
    assert unfinished == []


def _missing(sources: list[str], tmp_path: Path) -> list[tuple[str, str]]:
    """The (context, source) pairs lupdate finds in `sources` that no English file translates."""
    scanned = tmp_path / "scan_en.ts"
    subprocess.run([str(qt_tool("lupdate")), *sources, "-ts", str(scanned)],
                   check=True, capture_output=True)
    translated: dict[tuple[str, str], ET.Element] = {}
    for ts in TS_FILES:
        translated.update(_messages(ts))
    return sorted(set(_messages(scanned)) - set(translated))


def test_lupdate_finds_no_string_missing_from_the_translations(tmp_path: Path) -> None:
    assert _missing(_sources(), tmp_path) == [], "run pyside6-lupdate and translate these"


def test_a_designer_form_string_without_english_is_found(tmp_path: Path) -> None:
    form = tmp_path / "new_form.ui"
    form.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ui version="4.0"><class>NewForm</class>'
        '<widget class="QWidget" name="NewForm"><widget class="QLabel" name="label">'
        '<property name="text"><string>Nog niet vertaald</string></property></widget></widget></ui>',
        encoding="utf-8")
    assert _missing([*_sources(), str(form)], tmp_path) == [("NewForm", "Nog niet vertaald")]


def test_the_package_holds_every_translation_compiled_and_current() -> None:
    packaged = resources.translations("en")
    assert [p.stem for p in packaged] == [p.stem for p in TS_FILES]
    stale = [ts.name for ts, qm in zip(TS_FILES, packaged, strict=True) if qm.read_bytes() != qm_bytes(ts)]
    assert stale == [], "the package's .qm files are older than these sources: run `pip install -e .`"
