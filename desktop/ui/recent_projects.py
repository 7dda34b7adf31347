"""File → New Project…, Open Project… and Open Recent: choosing which project to work on.

The choice is only asked for here and handed on (``requested``); opening it, in place of
the window's project, is ``project_windows``'s work. The recent list lives in the user's
settings, newest first; a file no longer there is shown disabled, to be cleared or to
come back when its drive is mounted again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.locations import PROJECT_SUFFIX
from desktop.ui.i18n import translate

RECENT_KEY = "projects/recent"
FOLDER_KEY = "projects/folder"
LIMIT = 10


def file_filter() -> str:
    """The file dialogs' filter: project files, or any file."""
    return translate("ProjectMenu", "Parallax projects (*{suffix});;All files (*)").format(
        suffix=PROJECT_SUFFIX
    )


def _same(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # one is missing: compare the names
        return os.path.normcase(one.absolute()) == os.path.normcase(other.absolute())


def recent(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY)
    if value is None or value == "":
        return []
    return [Path(str(v)) for v in (value if isinstance(value, list) else [value])]


def remember(settings: QSettings, path: Path) -> None:
    """Put ``path`` first in the recent list (once), keeping the LIMIT newest."""
    path = path.absolute()
    paths = [p for p in recent(settings) if not _same(p, path)]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *paths][:LIMIT]])
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

    requested = Signal(object, bool)  # the project's Path; True: create it, empty

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget,
        menu: QMenu,
        new_action: QAction,
        open_action: QAction,
        current: Path,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._widget = parent
        self.menu = menu
        self._current = current
        remember(settings, current)
        menu.aboutToShow.connect(self.fill)
        new_action.triggered.connect(lambda: self._ask(choose_new, create=True))
        open_action.triggered.connect(lambda: self._ask(choose_existing, create=False))
        self.fill()  # filled now too: the shortcuts window and tests read it unopened

    def _ask(self, choose: Callable[[QWidget, QSettings], Path | None], create: bool) -> None:
        path = choose(self._widget, self._settings)
        if path is not None:
            self.requested.emit(path, create)

    def fill(self) -> None:
        """The recent projects but the one open here, numbered for the keyboard."""
        self.menu.clear()
        shown = [p for p in recent(self._settings) if not _same(p, self._current)]
        for number, path in enumerate(shown, start=1):
            mark = f"&{number}" if number < 10 else f"1&{number - 10}"
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

    def _clear(self) -> None:
        clear(self._settings)
        remember(self._settings, self._current)  # the project open now stays known
        self.fill()
