"""The main window's status bar, with one rule: a routine notice never hides a message that
matters while that message is still meant to be read.

Every message shown with ``showMessage`` counts as important (the answer to something the
user did, a failure, an import's result, a project opened after a crash, …): it shows at once,
whatever is on screen, so a new caller is on the safe side by default. Routine notices from
background work (a timed backup made) and the idle hint go through ``show_routine``; while an
important message is on screen within its display time they are dropped, not queued. Dropped
because such a notice reports something already done and found elsewhere (File → Restore from
Backup lists the backup): shown late it would be stale, and would in turn cover the next
message. A failed backup is not routine: it goes through ``showMessage``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar, QWidget

# A message shown until replaced has no display time of its own: it holds off routine notices
# this long, then news (the next timed backup, ten minutes later at the soonest) may replace it.
UNTIMED_HOLD_MS = 60_000


class StatusMessages(QStatusBar):
    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock  # seconds; a test steps past a display time with its own
        self._held: tuple[str, float] | None = None  # the important text, and until when

    def showMessage(self, text: str, timeout: int = 0) -> None:  # Qt's own, overridden
        """An important message: shown now, and kept from routine notices for ``timeout``
        milliseconds (``UNTIMED_HOLD_MS`` when 0: shown until replaced)."""
        hold = timeout if timeout > 0 else UNTIMED_HOLD_MS
        self._held = (text, self.clock() + hold / 1000)
        super().showMessage(text, timeout)

    def show_routine(self, text: str, timeout: int = 0) -> bool:
        """A routine notice: shown unless an important message holds the bar (then dropped,
        see the module's comment); True if shown."""
        if self.holding():
            return False
        super().showMessage(text, timeout)
        return True

    def holding(self) -> bool:
        """An important message is on screen within its display time."""
        if self._held is None:
            return False
        text, until = self._held
        # Replaced meanwhile (a menu's tip, or it ended): there is nothing left to keep.
        return self.currentMessage() == text and self.clock() < until
