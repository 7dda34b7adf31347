"""The per-user folders, from platformdirs: nothing here imports the rest of the core, so
both ``locations`` (projects) and ``backups`` can build on it without an import cycle."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Parallax"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
