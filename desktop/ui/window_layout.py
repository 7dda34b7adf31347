"""The window's layout, remembered per project: geometry, docks, the reader's splitter,
synchronised scrolling and which documents are open, in pane order.

Each project is found by its uuid, so a project moved or renamed keeps its layout. A
project seen the first time gets the layout the window last closed with (kept under
``window/``), the way a new document inherits the last window size in most apps.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.core.records import DocumentInfo
from desktop.ui.reader.reader_area import ReaderArea

GLOBAL = "window"
PROJECTS = "projects"
ORDER_KEY = "projects/order"  # project uuids, most recently closed first
KEEP = 50  # projects remembered; older layouts are dropped


def _group(project_uuid: str) -> str:
    return f"{PROJECTS}/{project_uuid}" if project_uuid else GLOBAL


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None


def _strings(value: object) -> list[str]:
    """A list read back from an INI file: one item comes back as a str, none as None."""
    if value is None or value == "":
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def knows(settings: QSettings, project_uuid: str) -> bool:
    return bool(project_uuid) and settings.contains(f"{_group(project_uuid)}/state")


def documents_to_open(
    settings: QSettings, project_uuid: str, documents: Sequence[DocumentInfo], default: int
) -> list[DocumentInfo]:
    """The documents to open, in pane order: those open when the project was last closed
    (the ones still there), else the first ``default`` of the project."""
    if not knows(settings, project_uuid):
        return list(documents[:default])
    by_uuid = {d.uuid: d for d in documents}
    saved = _strings(settings.value(f"{_group(project_uuid)}/documents"))
    return [by_uuid[u] for u in dict.fromkeys(saved) if u in by_uuid]


def restore(
    settings: QSettings, project_uuid: str, window: QMainWindow, reader: ReaderArea
) -> None:
    """Lay the window out as the project was last closed (first time: as the window last
    closed on any project). Call once the documents are open: the splitter needs them."""
    group = _group(project_uuid) if knows(settings, project_uuid) else GLOBAL
    if (geometry := _bytes(settings, f"{group}/geometry")) is not None:
        window.restoreGeometry(geometry)
    if (state := _bytes(settings, f"{group}/state")) is not None:
        window.restoreState(state)
    if (splitter := _bytes(settings, f"{group}/reader")) is not None:
        reader.restore_state(splitter)
    synchronised = settings.value(f"{group}/synchronised", settings.value("reader/synchronised"))
    reader.set_synchronised(synchronised in (True, "true"))


def save(settings: QSettings, project_uuid: str, window: QMainWindow, reader: ReaderArea) -> None:
    """Remember the layout for this project, and as the one a new project starts with."""
    open_documents = [p.document_info.uuid for p in reader.panes() if p.document_info]
    for group in {GLOBAL, _group(project_uuid)}:
        settings.setValue(f"{group}/geometry", window.saveGeometry())
        settings.setValue(f"{group}/state", window.saveState())
        settings.setValue(f"{group}/reader", reader.save_state())
        settings.setValue(f"{group}/synchronised", reader.synchronised)
    if project_uuid:
        settings.setValue(f"{_group(project_uuid)}/documents", open_documents)
        _touch(settings, project_uuid)
    settings.sync()


def _touch(settings: QSettings, project_uuid: str) -> None:
    """Move the project to the front of those remembered; forget the oldest beyond KEEP."""
    order = [u for u in _strings(settings.value(ORDER_KEY)) if u != project_uuid]
    order.insert(0, project_uuid)
    for old in order[KEEP:]:
        settings.remove(_group(old))
    settings.setValue(ORDER_KEY, order[:KEEP])
