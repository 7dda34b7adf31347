"""Other coders' changes to a shared project, shown in the open window within 2 s.

The core's ``ChangeListener`` hears them on a thread of its own; a queued Qt signal brings
each onto the UI thread, where a burst (an import of many annotations commits many times)
is gathered for ``COALESCE_MS`` into one reload. Note typing not yet saved is saved first,
against the version the user saw: a note someone else changed meanwhile is then a conflict
the user is told about, not a text the reload replaces or a later save overwrites. Work that
holds the session's state (an undo running in the background, a replaced text being shown)
is let finish first. A lost listening connection is said once in the status bar; the
listener tries again by itself and, back, refreshes whatever was missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.shared_changes import ChangeListener
from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COALESCE_MS = 150  # changes heard within this are shown by one reload
RETRY_MS = 300  # the window was busy (an undo under way): look again after this


class SharedUpdates(QObject):
    """Owns the window's ``ChangeListener`` while the window is open on a shared project."""

    heard = Signal(object)  # a change another instance committed (queued from the listener)
    lost = Signal(str)  # the listening connection dropped (its reason)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        store: Any = window.session.service.store
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._show)
        self._said_lost = False
        self.reloads = 0  # how many times others' changes were shown (for tests)
        self.heard.connect(self._heard)  # a signal emitted in another thread: queued
        self.lost.connect(self._lost)
        self.listener = ChangeListener(store.url, store.instance, self.heard.emit, self.lost.emit)
        self.listening = False
        self._started = False

    def start(self) -> bool:
        """Listen (a thread waits up to the connect timeout for the first LISTEN: the
        project was just opened, so the server answers at once); False when it could not."""
        self._started = True
        self.listening = self.listener.start()
        return self.listening

    def stop(self) -> None:
        """Stop listening (the window closes or its project is replaced); idempotent."""
        self._timer.stop()
        if self._started:
            self.listener.stop()
        self.listening = False

    def _heard(self, payload: object) -> None:
        self._said_lost = False  # heard again: a later loss is news again
        if not self._timer.isActive():
            self._timer.start()

    def _busy(self) -> bool:
        w = self.window
        # An undo or redo under way, or views still catching up: shown after them.
        return w.history.busy or w.refresh_pending()

    def _show(self) -> None:
        if self._busy():
            self._timer.start(RETRY_MS)
            return
        self._timer.setInterval(COALESCE_MS)
        self.window.annotations.inspector.save_note()  # see the module's comment
        self.window.session.reload()
        self.reloads += 1
        self.window.statusBar().showMessage(
            translate("SharedUpdates", "Updated with changes made by another coder."), 5000
        )

    def _lost(self, reason: str) -> None:
        if self._said_lost:
            return
        self._said_lost = True
        said = translate(
            "SharedUpdates",
            "Lost the connection that hears other coders' changes ({reason}); trying again. "
            "Their changes show once it is back.",
        )
        self.window.statusBar().showMessage(said.format(reason=reason or "?"))
