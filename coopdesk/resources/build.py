"""The build step that puts the app's run-time files into the package.

`setup.py` runs `build_resources` from its `build_py` command: for a wheel it
writes into the build folder, for an editable install into this package's
folder in the checkout (those files are git-ignored). The sources stay at the
top of the checkout in `resources/`:

* `resources/translations/*.ts` (Qt Linguist) become `translations/*.qm`,
  written by `write_qm` below, a small pure-Python `lrelease`: the build needs
  no Qt (PySide6 is not installed in pip's isolated build environment);
* `resources/icons`, `rules` (tables in TOML), `fonts` and `help` are copied
  as they are.

The `ui/` Designer forms are not copied: they are compiled into the committed
`coopdesk/gui/forms/*_ui.py` modules and never loaded at run time.

Standard library only, and no import of the rest of `coopdesk`: setup.py loads
this file by its path, before anything is installed.

The .qm format (Qt's `qttools/src/linguist/shared/qm.cpp`, read by
`qtbase/src/corelib/kernel/qtranslator.cpp`): a 16-byte magic, then blocks of
(tag byte, big-endian uint32 length, data). Written here as lrelease writes by
default ("save everything", no context table): the language, a table of
(hash, offset) pairs sorted by hash, the messages, and the plural rules. A
message is its translations (UTF-16BE), comment, source text and context
(UTF-8), each a tag and a length, closed by an end tag. The hash is the ELF hash
of source text + comment. `tests/gui/test_qm_writer.py` checks the result
against `pyside6-lrelease`, byte for byte and through QTranslator.
"""

from __future__ import annotations

import shutil
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

# Folders of resources/ copied into the package as they are.
COPIED_FOLDERS = ("icons", "rules", "fonts", "help")
TRANSLATIONS = "translations"

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0xA7
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
# Qt joins the length variants of one translation with this character.
_VARIANT_SEPARATOR = "\u009c"
# Plural rules per language, as lrelease's numerus.cpp encodes them. Only the
# languages CoopDesk ships (and its Dutch source language) are listed; another
# language is refused rather than compiled with wrong plurals.
_NUMERUS_RULES_BY_LANGUAGE = {
    "en": b"\x01\x01",  # one form for n == 1, the other for the rest
    "nl": b"\x01\x01",
}
_PLURAL_FORMS = 2  # for every language above


class TranslationSourceError(ValueError):
    """A .ts file this writer cannot compile faithfully."""


@dataclass(frozen=True)
class _Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"


@dataclass
class _TsFile:
    language: str
    messages: list[_Message] = field(default_factory=list)


def _plain(element: ET.Element | None, path: Path) -> str:
    if element is None:
        return ""
    if len(element):
        raise TranslationSourceError(f"{path}: <{element.tag}> with markup inside is not supported")
    return element.text or ""


def _variants(element: ET.Element, path: Path) -> str:
    variants = element.findall("lengthvariant")
    if variants:
        return _VARIANT_SEPARATOR.join(_plain(v, path) for v in variants)
    return _plain(element, path)


def _read_ts(path: Path) -> _TsFile:
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise TranslationSourceError(f"{path}: not a Qt Linguist file")
    ts = _TsFile(language=root.get("language", ""))
    for context in root.iter("context"):
        name = _plain(context.find("name"), path)
        for message in context.iter("message"):
            if message.get("id"):
                raise TranslationSourceError(f"{path}: id-based messages are not supported")
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None:
                forms: tuple[str, ...] = ("",)
            elif message.get("numerus") == "yes":
                forms = tuple(_variants(f, path) for f in translation.findall("numerusform")) or ("",)
            else:
                forms = (_variants(translation, path),)
            ts.messages.append(_Message(
                context=name,
                source=_plain(message.find("source"), path),
                comment=_plain(message.find("comment"), path),
                translations=forms if message.get("numerus") != "yes" else _normalized(forms),
                kind=kind,
            ))
    _refuse_duplicates(ts, path)
    return ts


def _normalized(forms: tuple[str, ...]) -> tuple[str, ...]:
    # lrelease gives a plural message as many forms as the language has
    return (forms + ("",) * _PLURAL_FORMS)[:_PLURAL_FORMS]


def _refuse_duplicates(ts: _TsFile, path: Path) -> None:
    # lrelease warns and merges these; a source file that has them is wrong
    seen: set[tuple[str, str, str]] = set()
    for message in ts.messages:
        key = (message.context, message.source, message.comment if message.source else "")
        if key in seen:
            raise TranslationSourceError(
                f"{path}: message {message.source!r} appears twice in context {message.context!r}"
            )
        seen.add(key)


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        if byte == 0:  # Qt hashes a C string
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _block(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def qm_bytes(ts_path: Path) -> bytes:
    """The .qm file `lrelease` (default options) writes for `ts_path`."""
    ts = _read_ts(ts_path)
    base_language = ts.language.replace("-", "_").split("_")[0].lower()
    if base_language not in _NUMERUS_RULES_BY_LANGUAGE:
        raise TranslationSourceError(
            f"{ts_path}: language {ts.language!r} is not one this writer knows the plural rules of"
        )
    # key (context, source, comment) -> translations; the first insertion of a key wins
    released: dict[tuple[bytes, bytes, bytes], tuple[str, ...]] = {}
    stripped = {(m.context, m.source) for m in ts.messages if not m.comment}
    for message in ts.messages:
        if message.kind in ("obsolete", "vanished"):
            continue
        if message.kind == "unfinished" and not message.translations[0]:
            continue
        context, source = message.context.encode(), message.source.encode()
        comment = message.comment.encode()
        # lrelease drops a disambiguating comment nobody else needs to tell apart
        keep_comment = not comment or not context or (message.context, message.source) in stripped
        if not keep_comment and (context, source, b"") not in released:
            released[(context, source, b"")] = message.translations
            continue
        released.setdefault((context, source, comment), message.translations)

    messages = bytearray()
    offsets: list[tuple[int, int]] = []
    for (context, source, comment) in sorted(released):
        offsets.append((_elf_hash(source + comment), len(messages)))
        for text in released[(context, source, comment)]:
            # lrelease writes an empty translation as a null string (length 0xFFFFFFFF),
            # which QTranslator treats as untranslated: the source text shows
            encoded = text.encode("utf-16-be")
            length = len(encoded) if encoded else 0xFFFFFFFF
            messages += struct.pack(">BI", _TAG_TRANSLATION, length) + encoded
        for tag, value in ((_TAG_COMMENT, comment), (_TAG_SOURCE, source), (_TAG_CONTEXT, context)):
            messages += struct.pack(">BI", tag, len(value)) + value
        messages.append(_TAG_END)
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))

    out = bytearray(_MAGIC)
    if ts.language:
        out += _block(_LANGUAGE, ts.language.encode())
    if hashes:
        out += _block(_HASHES, hashes)
    if messages:
        out += _block(_MESSAGES, bytes(messages))
    out += _block(_NUMERUS_RULES, _NUMERUS_RULES_BY_LANGUAGE[base_language])
    return bytes(out)


def _write_if_changed(target: Path, data: bytes) -> Path:
    if not target.exists() or target.read_bytes() != data:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return target


def write_qm(ts_path: Path, qm_path: Path) -> Path:
    return _write_if_changed(qm_path, qm_bytes(ts_path))


def build_resources(sources: Path, target: Path) -> list[Path]:
    """Write the run-time files from `sources` (resources/) into `target`
    (the coopdesk/resources package folder); returns the files written."""
    written: list[Path] = []
    for ts in sorted((sources / TRANSLATIONS).glob("*.ts")):
        written.append(write_qm(ts, target / TRANSLATIONS / f"{ts.stem}.qm"))
    for folder in COPIED_FOLDERS:
        origin = sources / folder
        if not origin.is_dir():
            continue
        for path in sorted(origin.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                destination = target / folder / path.relative_to(origin)
                written.append(_write_if_changed(destination, path.read_bytes()))
                shutil.copymode(path, destination)
    return written
