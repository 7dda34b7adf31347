"""The app's project windows: opening another project replaces the window's project.

A window is bound to one project for its whole life (its session, undo stack, backups,
docks all hold that project), so another project gets a new window, in this process,
and the old window closes. Closing it first lets it save the note being typed, remember
its layout and make its last backup, and releases its project's lock before the new one
shows. Relaunching the program instead would depend on how it was started (a frozen
bundle, ``python -m``, a wrapper script) and lose this process's state on a failure;
here a project that cannot be opened leaves the current window as it was.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.locations import new_project, open_project
from desktop.core.messages import message_of
from desktop.core.store import ProjectDamagedError, ProjectFileError, Store
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.ui.main_window import MainWindow, open_window
from desktop.ui.rescue_dialog import offer_rescue
from desktop.ui.settings import window_settings


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


class ProjectWindows(QObject):
    """Opens windows on stores, and swaps a window's project for another on request."""

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or window_settings()
        self.windows: list[MainWindow] = []

    def open(self, store: Store) -> MainWindow:
        """A window on an open ``store``, to show; its store is closed when it is replaced."""
        window = open_window(store, self.settings)
        window.projects.requested.connect(
            lambda path, create, w=window: self.replace(w, Path(path), create)
        )
        self.windows.append(window)
        return window

    def replace(self, window: MainWindow, path: Path, create: bool = False) -> MainWindow | None:
        """Open (or create, empty) the project at ``path`` in place of ``window``'s; None
        when it cannot be opened (the user is told why) or the window stays open."""
        old_store = window.session.service.store
        if not create and _same_file(path, old_store.path):
            window.statusBar().showMessage(
                translate("ProjectWindows", "{file} is already open in this window.").format(
                    file=path.name
                ),
                8000,
            )
            return None
        store = self._open_store(window, path, create)
        if store is None:
            return None
        if not window.close():  # kept open (an unsaved note): the other project is not opened
            store.close()
            return None
        self._forget(window)
        new = self.open(store)
        new.show()  # shown in the same call: Qt then drops the quit the last close posted
        return new

    def _open_store(self, window: MainWindow, path: Path, create: bool) -> Store | None:
        try:
            return new_project(path) if create else open_project(path, create=False)
        except ProjectDamagedError as error:
            rescued = offer_rescue(error.path, message_of(error), window)
            return rescued.store if rescued is not None else None
        except ProjectFileError as error:
            title = (
                translate("ProjectWindows", "Cannot create the project")
                if create
                else translate("ProjectWindows", "Cannot open the project")
            )
            QMessageBox.warning(window, title, text_of(error))
            return None

    def _forget(self, window: MainWindow) -> None:
        """Let a closed window go, with its project's store (its lock released)."""
        window.session.service.store.close()
        if window in self.windows:
            self.windows.remove(window)
        window.destroyed.connect(lambda: QTimer.singleShot(0, _collect))
        window.deleteLater()

    def close_all(self) -> None:
        """At the end: every window's store closed (the windows are closed already)."""
        for window in list(self.windows):
            if window.isVisible():
                window.close()
            window.session.service.store.close()
        self.windows.clear()


def _collect() -> None:
    """The start-up froze the first project's objects out of the collector's way (see
    app.py); the project just closed is garbage now: collect it, freeze the new one."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
        gc.freeze()
