"""The project a Compare view let go of, freed a few thousand annotations per event.

After a text's replacement (or its undo) the old annotations are the view's alone: dropping
them with the old data freed 10,000 objects inside the refresh, 3-7 ms of its turn."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop.core.records import AnnotationInfo
from desktop.ui.compare.base import CompareData

FREE_PER_EVENT = 2_000  # annotations freed per turn of the event loop (~1 ms)


class FreedLater(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: list[AnnotationInfo] = []  # the last references to old annotations
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._free)

    def take(self, data: CompareData | None) -> None:
        """Keep ``data``'s annotations alive past the caller's reference, then free them in
        steps (only what nothing else holds is freed)."""
        if data is None or not data.annotations:
            return
        self._kept.extend(data.annotations)
        self._timer.start()

    def pending(self) -> int:
        return len(self._kept)

    def _free(self) -> None:
        del self._kept[-FREE_PER_EVENT:]
        if self._kept:
            self._timer.start()
