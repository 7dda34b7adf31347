"""Small dialogs the window opens: export, about, error reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.exporters.formats import BY_LABEL, FORMATS
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.version import app_version


def export_annotations(
    parent: QWidget, service: ProjectService, settings: QSettings
) -> tuple[int, str, str] | None:
    """Ask where and in which format to export, write the file atomically, report failure
    plainly. Returns how many items, what they are, and the path."""
    folder = str(settings.value("export/folder", str(Path.home())))
    chosen = BY_LABEL.get(str(settings.value("export/format", "")), FORMATS[0])
    suggested = str(Path(folder) / f"{Path(service.store.path).stem}-annotations")
    path, picked = QFileDialog.getSaveFileName(
        parent,
        "Export Annotations",
        suggested + chosen.suffix,
        ";;".join(f.label for f in FORMATS),
        chosen.label,
    )
    if not path:
        return None
    chosen = BY_LABEL.get(picked, chosen)
    if not Path(path).suffix:
        path += chosen.suffix
    try:
        count = chosen.write(service, path)
    except ExportError as error:
        QMessageBox.critical(parent, "Export failed", str(error))
        return None
    settings.setValue("export/folder", str(Path(path).parent))
    settings.setValue("export/format", chosen.label)
    return count, chosen.what, path


def save_to(
    parent: QWidget,
    title: str,
    suggested: str,
    file_filter: str,
    write: Callable[[str], object],
    suffix: str = "",
) -> bool:
    """Ask where to save (adding ``suffix`` when the name has none of its own), ``write``
    there; a failure is reported naming the path. True when the file was written."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not path:
        return False
    if suffix and Path(path).suffix.lower() != suffix:
        path += suffix
    try:
        write(path)
    except ExportError as error:
        message = str(error) if path in str(error) else f"Cannot write {path}: {error}"
        QMessageBox.critical(parent, "Not saved", message)
        return False
    return True


def about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About Parallax",
        f"<h3>Parallax {app_version()}</h3>"
        "<p>Read several texts side by side, tag passages by actor and theme, "
        "and compare how each text treats them.</p>"
        "<p>Annotations are kept in a local SQLite project file and export as "
        "W3C Web Annotation JSON.</p>",
    )


def confirm(parent: QWidget, title: str, text: str, *, default_ok: bool = False) -> bool:
    """Ask OK/Cancel before a change; Cancel is the default unless ``default_ok``."""
    buttons = QMessageBox.StandardButton
    default = buttons.Ok if default_ok else buttons.Cancel
    return QMessageBox.question(parent, title, text, buttons.Ok | buttons.Cancel, default) == (
        buttons.Ok
    )


def not_saved(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, "Change not saved", message)


def discard_unsaved_note(parent: QWidget) -> bool:
    """Ask before closing with a note that could not be saved; True means close anyway."""
    answer = QMessageBox.question(
        parent,
        "Note not saved",
        "A note you typed could not be saved. Close Parallax and lose it?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
