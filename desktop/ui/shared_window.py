"""A window on a shared project: what differs from one on a project file, in one place.

The title says the project is shared, and where; what belongs to a file (its automatic
backups, Restore from Backup…, Check Project…) is off, saying why; other coders' changes
are heard (``shared_updates``) as long as the window is open on the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.ui.i18n import translate
from desktop.ui.shared_updates import SharedUpdates

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def server_backups_text() -> str:
    return translate(
        "SharedWindow",
        "A shared project's backups and checks are its server's: ask the server's "
        "administrator (pg_dump, the server's own checks).",
    )


def title(window: MainWindow) -> str:
    service = window.session.service
    said = translate("SharedWindow", "{project} — shared ({location}) — Parallax")
    return said.format(project=service.info().name, location=service.store.location)


class _Closing(QObject):
    """Stops listening once the window has closed (a close refused for an unsaved note
    leaves it open, and listening)."""

    def __init__(self, window: MainWindow, updates: SharedUpdates) -> None:
        super().__init__(window)
        self.window = window
        self.updates = updates
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.updates.stop()


def adapt(window: MainWindow) -> SharedUpdates:
    """Make ``window`` (just opened on a shared project) one: returns its listener, started."""
    window.setWindowTitle(title(window))
    window.setWindowFilePath("")  # not a file: no file icon or path for it
    tip = server_backups_text()
    for action in (window.actions.restore_backup, window.actions.check_project):
        action.setEnabled(False)
        action.setToolTip(tip)
        action.setStatusTip(tip)
    updates = SharedUpdates(window)
    _Closing(window, updates)
    updates.start()
    return updates
