"""Where projects live, and opening one by path: the default project is made on first run."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import ProjectFileError, Store

APP_NAME = "Parallax"
PROJECT_SUFFIX = ".parallax"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_project_path() -> Path:
    return data_dir() / f"default{PROJECT_SUFFIX}"


def open_project(path: Path | str | None = None, *, create: bool = True) -> Store:
    """Open the project at ``path`` (default: the user's default project).

    A missing default project is created from the sample; a missing named project is
    created empty when ``create`` is true and refused otherwise.
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
        return Store.open(target)
    target = Path(path).expanduser()
    if not target.exists() and not target.is_symlink():
        if not create:
            raise ProjectFileError(f"{target} does not exist.")
        return Store.create(target, lambda store: ProjectService(store).initialise(target.stem))
    return Store.open(target)
