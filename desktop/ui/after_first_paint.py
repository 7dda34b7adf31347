"""Work the first window does not need waits until that window has been drawn once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` from the event loop once ``window`` has painted for the first time."""
    window.installEventFilter(_FirstPaint(window, then))


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once the whole window (children too) is drawn
        return False
