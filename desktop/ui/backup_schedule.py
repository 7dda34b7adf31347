"""Automatic backups while the window is open: on opening, every 10 minutes, on closing.

Each time the core is asked first whether the project changed since its newest backup (one
small read); only then is a backup made, off the UI thread (it takes a
third of a second to copy and check at 110 MB). The timer skips a large project's backup
until its newest is older than ``backups.spacing_for`` (10 minutes per 100 MB, at most an
hour), and is paused while a backup is being chosen or restored. A shared project has
none to make (``backups`` None: its backups are its server's): the schedule then does nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.backup_names import BackupError, BackupInfo
from desktop.core.backups import Backups
from desktop.ui import background
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate

INTERVAL_MS = 10 * 60 * 1000


class BackupSchedule(QObject):
    made = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, backups: Backups | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.run("every 10 minutes", spaced=True))
        self._job: background.Job | None = None

    def start(self) -> None:
        """A backup now if the project changed since the last, then every 10 minutes."""
        if self.backups is None:
            return
        self.run("on opening")
        self.timer.start()

    def run(self, reason: str, *, spaced: bool = False) -> bool:
        """Back up in the background if the project changed (``spaced``: and the newest
        backup is old enough for the project's size); False if one is under way."""
        if self.running() or self.backups is None:
            return False
        backups = self.backups

        # Silent: no dialog, and the window goes on (the work changes no open view).
        self._job = background.Job(lambda _: backups.make_if_changed(reason, spaced=spaced))
        self._job.ended.connect(self._ended)
        return True

    def running(self) -> bool:
        return self._job is not None and self._job.thread.is_alive()

    def wait(self) -> None:
        """Let a backup under way finish (before a restore, or closing)."""
        if self._job is not None:
            self._job.thread.join()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """No automatic backup meanwhile (the timer fires inside modal dialogs too): one
        under way finishes first, and rotation cannot take a backup being chosen."""
        active = self.timer.isActive()
        self.timer.stop()
        self.wait()
        try:
            yield
        finally:
            if active:
                self.timer.start()

    def finish(self) -> str | None:
        """On closing: the last changes backed up; returns why not, if that failed."""
        self.timer.stop()
        self.wait()
        if self.backups is None:
            return None
        try:
            self.backups.make_if_changed("on closing")
        except BackupError as error:
            return text_of(error)
        return None

    def _ended(self) -> None:
        job = self.sender()  # not ``self._job``: the next may have started meanwhile
        assert isinstance(job, background.Job)
        try:
            found: object = job.result()
        except Exception as error:  # shown in the status bar, not lost
            found = error
        self._done(found)

    def _done(self, found: object) -> None:
        if isinstance(found, BackupInfo):
            self.made.emit(found)
        elif isinstance(found, Exception):
            self.failed.emit(
                translate("BackupSchedule", "The automatic backup failed: {error}").format(
                    error=text_of(found)
                )
            )
