"""The app's icon, drawn from ``resources/icons/parallax.svg`` with QtSvg at every size.

The SVG is the only icon file in the repository: the window renders it at start-up, and
``python -m desktop.ui.app_icon OUT`` writes what installers and bundles want (generated,
never committed): PNGs 16–512 in a hicolor tree beside the SVG, a Windows ``.ico`` and a
macOS ``.icns``. ``build.spec`` runs it into ``build/icons/``.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.core.resources import resource

ICON_NAME = "parallax"  # the icon theme name: Icon= in resources/linux/parallax.desktop
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by their edge in pixels.
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"),
              (512, b"ic09"), (1024, b"ic10"))  # fmt: skip


def svg() -> bytes:
    return resource("icons", f"{ICON_NAME}.svg").read_bytes()


def render(size: int, source: bytes | None = None) -> QImage:
    """The icon as a ``size``×``size`` image with a transparent background."""
    renderer = QSvgRenderer(QByteArray(source or svg()))
    if not renderer.isValid():
        raise ValueError("the icon SVG cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """The window icon (needs a QGuiApplication): one crisp pixmap per common size."""
    source = svg()
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addPixmap(QPixmap.fromImage(render(size, source)))
    return icon


def png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    return bytes(buffer.data().data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file holding PNG images (readable since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, image in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
        data += image
    return header + entries + data


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS icon file: each PNG under its type code."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_renditions(out: Path) -> list[Path]:
    """Write the hicolor tree, the .ico and the .icns under ``out``; returns what was written."""
    source = svg()
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    pngs = {size: png(render(size, source)) for size in {*PNG_SIZES, *ICO_SIZES, 1024}}
    for size in PNG_SIZES:
        write(out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png", pngs[size])
    write(out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg", source)
    write(out / f"{ICON_NAME}.ico", ico({size: pngs[size] for size in ICO_SIZES}))
    write(out / f"{ICON_NAME}.icns", icns({kind: pngs[size] for size, kind in ICNS_TYPES}))
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m desktop.ui.app_icon OUTPUT_FOLDER", file=sys.stderr)
        return 2
    for path in write_renditions(Path(argv[0])):  # the same files each run, overwritten
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
