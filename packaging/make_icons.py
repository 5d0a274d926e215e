"""Render the app icon from its SVG source into the sizes the platforms want.

    python packaging/make_icons.py OUT_DIR

writes `coopdesk-<size>.png` for each size in SIZES and `coopdesk.ico` (Windows:
one icon file holding 16 to 256 pixels, each as a PNG image, as Windows Vista and
later read them). Run by `build.sh` at build time: no rendered icon is committed;
the source is `resources/icons/coopdesk.svg`. Needs PySide6 (QtSvg), no display.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "coopdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico file of PNG images (ICONDIR, one ICONDIRENTRY per image, the images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def write_icons(out: Path) -> list[Path]:
    """Write every PNG size and the .ico into `out` (a Qt application must exist)."""
    out.mkdir(parents=True, exist_ok=True)
    rendered = {size: render(size) for size in SIZES}
    written = []
    for size, png in rendered.items():
        written.append(out / f"coopdesk-{size}.png")
        written[-1].write_bytes(png)
    written.append(out / "coopdesk.ico")
    written[-1].write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter wants one)
    out = Path(argv[0])
    write_icons(out)
    print(f"icons: {len(SIZES)} PNG sizes and coopdesk.ico in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
