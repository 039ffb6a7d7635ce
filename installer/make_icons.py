"""Render resources/icons/salesperf.svg into the raster icons the installers need, with Qt itself.

    .venv/bin/python installer/make_icons.py

Writes salesperf.png (256 px, Linux and the window), salesperf.ico (Windows: 16-256 px) and,
where Qt's icns plugin is present, salesperf.icns (macOS). The outputs are committed, so a build
machine needs no image tools.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "salesperf.svg")).render(painter)
    painter.end()
    return image


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(sizes: list[int]) -> bytes:
    """A Windows .ico holding one PNG per size (Qt's own ico writer stores a single image)."""
    images = [png_bytes(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    written = []
    if not render(256).save(str(ICONS / "salesperf.png")):
        raise SystemExit("could not write salesperf.png")
    written.append("salesperf.png")
    (ICONS / "salesperf.ico").write_bytes(ico_bytes([16, 24, 32, 48, 64, 128, 256]))
    written.append("salesperf.ico")
    if "icns" in formats and render(512).save(str(ICONS / "salesperf.icns"), "ICNS"):
        written.append("salesperf.icns")
    print("wrote", ", ".join(written), "in", ICONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
