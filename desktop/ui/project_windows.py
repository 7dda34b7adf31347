"""The app's project windows: opening another project replaces the window's project.

A window is bound to one project for its whole life (its session, undo stack, backups,
docks all hold that project), so another project gets a new window, in this process,
and the old window closes. Closing it first lets it save the note being typed, remember
its layout and make its last backup, and releases its project's lock before the new one
shows. Relaunching the program instead would depend on how it was started (a frozen
bundle, ``python -m``, a wrapper script) and lose this process's state on a failure;
here a project that cannot be opened leaves the current window as it was. A shared
project (an address, not a file: ``shared_dialog``) is swapped in the same way.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.locations import new_project, open_project
from desktop.core.messages import message_of
from desktop.core.project_store import ProjectStore
from desktop.core.shared_store import SharedProjectError, is_shared, parse
from desktop.core.shared_store import display as shared_display
from desktop.core.store import ProjectDamagedError, ProjectFileError
from desktop.ui import shared_window
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.ui.main_window import MainWindow, open_window
from desktop.ui.rescue_dialog import offer_rescue
from desktop.ui.settings import window_settings
from desktop.ui.shared_updates import SharedUpdates


def _same_file(one: Path, store: ProjectStore) -> bool:
    if store.shared:
        return False
    try:
        return os.path.samefile(one, store.location)
    except OSError:
        return False


class ProjectWindows(QObject):
    """Opens windows on stores, and swaps a window's project for another on request."""

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or window_settings()
        self.windows: list[MainWindow] = []
        # A shared project's window hears other coders' changes while it is open.
        self.updates: dict[MainWindow, SharedUpdates] = {}

    def open(self, store: Any) -> MainWindow:
        """A window on an open ``store`` (a project file's or a shared project's), to show;
        its store is closed when it is replaced."""
        window = open_window(store, self.settings)
        window.projects.requested.connect(
            lambda place, create, w=window: self.replace(w, place, create)
        )
        if store.shared:
            self.updates[window] = shared_window.adapt(window)
        self.windows.append(window)
        return window

    def replace(
        self, window: MainWindow, place: Path | str, create: bool = False
    ) -> MainWindow | None:
        """Open (or create, empty) the project at ``place`` in place of ``window``'s; None
        when it cannot be opened (the user is told why) or the window stays open. ``place``:
        a project file, or a shared project's address."""
        if isinstance(place, str) and is_shared(place):
            return self.replace_with_shared(window, place)
        path = Path(place)
        old_store = window.session.service.store
        if not create and _same_file(path, old_store):
            window.statusBar().showMessage(
                translate("ProjectWindows", "{file} is already open in this window.").format(
                    file=path.name
                ),
                8000,
            )
            return None
        return self._swap(window, self._open_store(window, path, create))

    def replace_with_shared(self, window: MainWindow, address: str) -> MainWindow | None:
        """Open the shared project at ``address`` in place of ``window``'s (off the UI
        thread, with Cancel; an empty database is offered for a new project)."""
        from desktop.ui.shared_dialog import open_shared  # not at start-up

        old_store = window.session.service.store
        try:
            location = shared_display(parse(address))
        except SharedProjectError as error:
            QMessageBox.warning(
                window, translate("ProjectWindows", "Cannot open the project"), text_of(error)
            )
            return None
        if old_store.shared and old_store.location == location:
            window.statusBar().showMessage(
                translate("ProjectWindows", "{file} is already open in this window.").format(
                    file=location
                ),
                8000,
            )
            return None
        return self._swap(window, open_shared(window, address))

    def _swap(self, window: MainWindow, store: Any) -> MainWindow | None:
        """``store``'s project in a new window in place of ``window``; None when there is
        none (not opened) or ``window`` stays open (its store is then closed again)."""
        if store is None:
            return None
        if not window.close():  # kept open (an unsaved note): the other project is not opened
            store.close()
            return None
        self._forget(window)
        new = self.open(store)
        new.show()  # shown in the same call: Qt then drops the quit the last close posted
        return new

    def _open_store(self, window: MainWindow, path: Path, create: bool) -> ProjectStore | None:
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
        if (updates := self.updates.pop(window, None)) is not None:
            updates.stop()
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
            if (updates := self.updates.pop(window, None)) is not None:
                updates.stop()
            window.session.service.store.close()
        self.windows.clear()


def _collect() -> None:
    """The start-up froze the first project's objects out of the collector's way (see
    app.py); the project just closed is garbage now: collect it, freeze the new one."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
        gc.freeze()
