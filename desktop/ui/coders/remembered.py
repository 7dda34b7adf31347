"""The coders hidden in a project, remembered per project (by uuid, beside its window
layout: see ``window_layout``) so a project reopens as it was left, notice included."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QSettings

from desktop.ui.window_layout import PROJECTS


def _key(project_uuid: str) -> str:
    return f"{PROJECTS}/{project_uuid}/hiddenCoders"


def hidden_coders(settings: QSettings, project_uuid: str) -> set[str]:
    # Kept as JSON: an INI file reads a list of one back as a str, and "" (no name) as none.
    value = settings.value(_key(project_uuid)) if project_uuid else None
    try:
        names = json.loads(str(value)) if value else []
    except ValueError:
        return set()
    return {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()


def remember(settings: QSettings, project_uuid: str, coders: Iterable[str]) -> None:
    if not project_uuid:
        return
    names = sorted(coders)
    if names:
        settings.setValue(_key(project_uuid), json.dumps(names, ensure_ascii=False))
    else:
        settings.remove(_key(project_uuid))
    settings.sync()
