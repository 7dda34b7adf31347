"""Colour arithmetic shared by the views that paint their own: WCAG contrast."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MIN_TEXT_CONTRAST = 4.5  # WCAG AA for body text


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio (1–21)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(colour: QColor) -> bool:
    """A background light text reads better on than dark text."""
    return contrast(colour, QColor("#ffffff")) > contrast(colour, QColor("#000000"))


def error_style(palette: QPalette) -> str:
    """A style sheet for an error message: a red that reads on the window's background
    (the light theme's dark red is unreadable on a dark window)."""
    dark = is_dark(palette.color(QPalette.ColorRole.Window))
    return f"color: {'#ff8a80' if dark else '#b00020'};"
