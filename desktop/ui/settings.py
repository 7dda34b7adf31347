"""Per-user window settings, kept in an INI file under platformdirs' config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.core.locations import config_dir


def window_settings() -> QSettings:
    return QSettings(str(config_dir() / "parallax.ini"), QSettings.Format.IniFormat)
