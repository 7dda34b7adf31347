"""Where projects live, and opening one by path: the default project is made on first run."""

from __future__ import annotations

from pathlib import Path

from desktop.core import backups
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import ProjectFileError, Store
from desktop.core.user_dirs import config_dir as config_dir  # where ui.settings reads it
from desktop.core.user_dirs import data_dir

PROJECT_SUFFIX = ".parallax"


def default_project_path() -> Path:
    return data_dir() / f"default{PROJECT_SUFFIX}"


def open_project(path: Path | str | None = None, *, create: bool = True) -> Store:
    """Open the project at ``path`` (default: the user's default project).

    A missing default project is created from the sample; a missing named project is
    created empty when ``create`` is true and refused otherwise. One that needs upgrading
    is backed up (verified) first. A damaged one raises ``ProjectDamagedError``: the caller
    offers its backup (``recovery``).
    """
    if path is None:
        target = default_project_path()
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ProjectFileError(
                    f"Cannot create the folder {target.parent}: {error.strerror or error}."
                ) from error
            return Store.create(target, fill_sample)
        return Store.open(target, before_upgrade=backups.before_upgrade)
    target = Path(path).expanduser()
    if not target.exists() and not target.is_symlink():
        if not create:
            missing = QT_TRANSLATE_NOOP("ProjectFile", "{path} does not exist.")
            raise ProjectFileError(missing.format(path=target))
        return new_project(target)
    return Store.open(target, before_upgrade=backups.before_upgrade)


def new_project(path: Path | str) -> Store:
    """Create an empty project at ``path``, named after the file; an existing file is
    refused (ProjectFileError), never opened or replaced."""
    target = Path(path).expanduser()
    return Store.create(target, lambda store: ProjectService(store).initialise(target.stem))
