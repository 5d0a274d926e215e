"""The build's pure-Python .qm writer against Qt's own `lrelease`.

The build writes the compiled translations without Qt (coopdesk/resources/build.py).
Here each of CoopDesk's `.ts` files, and generated ones with the awkward cases
(disambiguating comments, plurals, empty and unfinished translations, non-ASCII
text), is compiled by both; Qt's QTranslator, loading each result, must translate
every entry the same, and the bytes are the same.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.resources.build import TranslationSourceError, qm_bytes, write_qm

PySide6 = pytest.importorskip("PySide6")
from PySide6.QtCore import QTranslator  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def _released_by_qt(ts: Path, qm: Path) -> bytes:
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm.read_bytes()


def _entries(ts: Path) -> list[tuple[str, str, str | None, int]]:
    """(context, source, disambiguation, n) for every message, n -1 and a few counts for plurals."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            for n in ((-1, 0, 1, 2, 11) if message.get("numerus") == "yes" else (-1,)):
                found.append((name, source, comment, n))
                if comment:  # asked for without its disambiguation as well
                    found.append((name, source, None, n))
    return found


def _translations(qm: Path, entries: list[tuple[str, str, str | None, int]]) -> list[str]:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return [translator.translate(context, source, comment, n) for context, source, comment, n in entries]


def _assert_same_as_lrelease(ts: Path, folder: Path) -> None:
    ours = write_qm(ts, folder / "ours.qm")
    theirs = folder / "theirs.qm"
    qt_bytes = _released_by_qt(ts, theirs)
    entries = _entries(ts)
    assert _translations(ours, entries) == _translations(theirs, entries)
    assert ours.read_bytes() == qt_bytes


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_coopdesk_translations_compile_as_lrelease_compiles_them(ts: Path, tmp_path: Path) -> None:
    _assert_same_as_lrelease(ts, tmp_path)
    # and Qt really translates with it (not an empty file read as "no translation")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ours.qm"))
    context, source, comment, n = _entries(ts)[0]
    assert translator.translate(context, source, comment, n) not in ("", source)


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@st.composite
def _ts_files(draw: st.DrawFn) -> str:
    root = ET.Element("TS", version="2.1", language=draw(st.sampled_from(["en_GB", "en_US", "en", "nl_NL"])))
    for context_name in draw(st.lists(_TEXT, min_size=1, max_size=3)):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for _ in range(draw(st.integers(1, 5))):
            plural = draw(st.booleans())
            message = ET.SubElement(context, "message", numerus="yes") if plural else ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = draw(st.sampled_from(["Leden", "%n uur", "Ja"])) + draw(
                st.sampled_from(["", "", "é", "\u20ac \U0001f600"]) | _TEXT
            )
            if draw(st.booleans()):
                ET.SubElement(message, "comment").text = draw(st.sampled_from(["knop", "menu"]))
            kind = draw(st.sampled_from(["", "", "unfinished", "obsolete", "vanished"]))
            translation = ET.SubElement(message, "translation", type=kind) if kind else ET.SubElement(message, "translation")
            if plural:
                for form in draw(st.lists(_TEXT, min_size=1, max_size=3)):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = draw(_TEXT)
    return ET.tostring(root, encoding="unicode")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_ts_files())
def test_any_translation_file_compiles_as_lrelease_compiles_it(document: str, tmp_path: Path) -> None:
    folder = tmp_path / str(abs(hash(document)))
    folder.mkdir(exist_ok=True)
    ts = folder / "generated_en.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + document, encoding="utf-8")
    keys = [
        (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]
    if len(set(keys)) < len(keys):  # lrelease merges duplicates with a warning; the build refuses them
        with pytest.raises(TranslationSourceError, match="appears twice"):
            qm_bytes(ts)
        return
    _assert_same_as_lrelease(ts, folder)


def test_a_language_without_known_plural_rules_is_refused(tmp_path: Path) -> None:
    ts = tmp_path / "x_pl.ts"
    ts.write_text('<TS version="2.1" language="pl_PL"><context><name>A</name></context></TS>', encoding="utf-8")
    with pytest.raises(TranslationSourceError, match="pl_PL"):
        qm_bytes(ts)
