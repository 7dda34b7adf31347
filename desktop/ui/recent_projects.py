"""File → New Project…, Open Project…, Open Shared Project… and Open Recent: choosing which
project to work on.

The choice is only asked for here and handed on (``requested``); opening it, in place of
the window's project, is ``project_windows``'s work. The recent list lives in the user's
settings, newest first; a file no longer there is shown disabled, to be cleared or to
come back when its drive is mounted again. A shared project is remembered by its address
without any password (``SharedStore.location``), and always offered: whether its server
answers is only known by asking it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.locations import PROJECT_SUFFIX
from desktop.core.shared_store import database_name, is_shared
from desktop.ui.i18n import translate

RECENT_KEY = "projects/recent"
FOLDER_KEY = "projects/folder"
LIMIT = 10


def file_filter() -> str:
    """The file dialogs' filter: project files, or any file."""
    return translate("ProjectMenu", "Parallax projects (*{suffix});;All files (*)").format(
        suffix=PROJECT_SUFFIX
    )


Place = Path | str  # a project file, or a shared project's address (without password)


def _place(value: str | Path) -> Place:
    return str(value) if is_shared(str(value)) else Path(value)


def _same(one: Place, other: Place) -> bool:
    if isinstance(one, str) or isinstance(other, str):
        return one == other
    try:
        return os.path.samefile(one, other)
    except OSError:  # one is missing: compare the names
        return os.path.normcase(one.absolute()) == os.path.normcase(other.absolute())


def recent(settings: QSettings) -> list[Place]:
    value = settings.value(RECENT_KEY)
    if value is None or value == "":
        return []
    return [_place(str(v)) for v in (value if isinstance(value, list) else [value])]


def remember(settings: QSettings, place: Place) -> None:
    """Put ``place`` first in the recent list (once), keeping the LIMIT newest. A shared
    project's address is given without password (``SharedStore.location``)."""
    place = _place(place)
    if isinstance(place, Path):
        place = place.absolute()
    places = [p for p in recent(settings) if not _same(p, place)]
    settings.setValue(RECENT_KEY, [str(p) for p in [place, *places][:LIMIT]])
    settings.sync()


def clear(settings: QSettings) -> None:
    settings.remove(RECENT_KEY)
    settings.sync()


def choose_existing(parent: QWidget, settings: QSettings) -> Path | None:
    folder = str(settings.value(FOLDER_KEY, ""))
    title = translate("ProjectMenu", "Open Project")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter())
    if not name:
        return None
    settings.setValue(FOLDER_KEY, str(Path(name).parent))
    return Path(name)


def choose_new(parent: QWidget, settings: QSettings) -> Path | None:
    """Where to create a project; the suffix is added when the name has none."""
    folder = str(settings.value(FOLDER_KEY, ""))
    untitled = translate("ProjectMenu", "Untitled", "the name offered for a new project")
    suggested = str(Path(folder) / f"{untitled}{PROJECT_SUFFIX}") if folder else ""
    title = translate("ProjectMenu", "New Project")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter())
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


class ProjectMenu(QObject):
    """Fills File → Open Recent as it opens, and turns the New/Open actions into requests."""

    # The project's Path, or a shared project's address (a str); True: create it, empty.
    requested = Signal(object, bool)

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget,
        menu: QMenu,
        new_action: QAction,
        open_action: QAction,
        current: Place,
        shared_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._widget = parent
        self.menu = menu
        self._current = _place(current)
        remember(settings, self._current)
        menu.aboutToShow.connect(self.fill)
        new_action.triggered.connect(lambda: self._ask(choose_new, create=True))
        open_action.triggered.connect(lambda: self._ask(choose_existing, create=False))
        if shared_action is not None:
            shared_action.triggered.connect(self._ask_shared)
        self.fill()  # filled now too: the shortcuts window and tests read it unopened

    def _ask(self, choose: Callable[[QWidget, QSettings], Path | None], create: bool) -> None:
        path = choose(self._widget, self._settings)
        if path is not None:
            self.requested.emit(path, create)

    def _ask_shared(self) -> None:
        from desktop.ui.shared_dialog import ask_address  # not at start-up

        address = ask_address(self._widget, self._settings)
        if address is not None:
            self.requested.emit(address, False)

    def fill(self) -> None:
        """The recent projects but the one open here, numbered for the keyboard."""
        self.menu.clear()
        shown = [p for p in recent(self._settings) if not _same(p, self._current)]
        for number, path in enumerate(shown, start=1):
            mark = f"&{number}" if number < 10 else f"1&{number - 10}"
            if isinstance(path, str):
                self._add_shared(mark, path)
                continue
            there = path.exists()
            text = f"{mark} {path.stem}"
            if not there:
                text = translate("ProjectMenu", "{project} (missing)").format(project=text)
            action = self.menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(
                translate("ProjectMenu", "Open {path}").format(path=path)
                if there
                else translate("ProjectMenu", "{path} is not there any more").format(path=path)
            )
            action.setEnabled(there)
            action.triggered.connect(lambda _=False, p=path: self.requested.emit(p, False))
        if not shown:
            self.menu.addAction(translate("ProjectMenu", "No recent projects")).setEnabled(False)
        self.menu.addSeparator()
        clearing = self.menu.addAction(translate("ProjectMenu", "&Clear Menu"), self._clear)
        clearing.setStatusTip(translate("ProjectMenu", "Forget the projects opened before"))
        clearing.setEnabled(bool(shown))

    def _add_shared(self, mark: str, address: str) -> None:
        database = database_name(address)
        text = translate("ProjectMenu", "{project} (shared)", "a recent shared project").format(
            project=f"{mark} {database}"
        )
        action = self.menu.addAction(text)
        action.setToolTip(address)
        action.setStatusTip(translate("ProjectMenu", "Open {path}").format(path=address))
        action.triggered.connect(lambda _=False, a=address: self.requested.emit(a, False))

    def _clear(self) -> None:
        clear(self._settings)
        remember(self._settings, self._current)  # the project open now stays known
        self.fill()
