"""The packaging sources agree with each other and the icons are made from the SVG
(these run in every test run; building the bundle is test_bundle.py's)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.coopdesk.CoopDesk"
MIME = "application/x-coopdesk"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icons_are_rendered_from_the_svg_in_every_size(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_icons = _make_icons()
    make_icons.write_icons(tmp_path)
    for size in make_icons.SIZES:
        image = QImage(str(tmp_path / f"coopdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # the drawing, not an empty square

    ico = (tmp_path / "coopdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _height, _colours, _reserved, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == list(make_icons.ICO_SIZES)


def test_the_desktop_entry_opens_a_book_given_to_it() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "coopdesk %f"
    assert desktop["Icon"] == APP_ID
    assert desktop["MimeType"].rstrip(";").split(";") == [MIME]


def test_the_mime_type_matches_the_book_extension() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    mime = root.find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == MIME
    globs = [glob.get("pattern") for glob in mime.findall("m:glob", namespace)]
    assert globs == ["*.coopdesk"]


def test_the_appstream_metainfo_names_the_app_its_entry_and_its_file_type() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME
    assert root.find("releases/release").get("version") == "@VERSION@"  # type: ignore[union-attr]


def test_the_windows_installer_associates_books_with_the_program() -> None:
    script = (ROOT / "packaging" / "windows" / "coopdesk.iss").read_text(encoding="utf-8")
    assert re.search(r'Subkey: "Software\\Classes\\\.coopdesk"; .*ValueData: "CoopDesk\.Book"', script)
    assert '"""{app}\\coopdesk.exe"" ""%1"""' in script
    assert "ChangesAssociations=yes" in script
    assert "dist\\coopdesk\\*" in script
