"""Colour swatch icons for tags."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.ui.i18n import translate

SCALES = (1.0, 1.5, 2.0, 3.0)  # drawn for each: sharp on high-DPI screens, not blown up


def _pixmap(colour: str, size: int, scale: float) -> QPixmap:
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(140))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return pixmap


@lru_cache(maxsize=512)
def swatch(colour: str, size: int = 14) -> QIcon:
    icon = QIcon()
    for scale in SCALES:
        icon.addPixmap(_pixmap(colour, size, scale))
    return icon


def swatch_name(colour: str) -> str:
    """What a screen reader says for a swatch of ``colour`` (the palette has no names)."""
    return translate("Swatches", "Colour {hex}").format(hex=colour)
