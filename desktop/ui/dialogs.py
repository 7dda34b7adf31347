"""Small dialogs the window opens: export, about, error reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.core.exporters import w3c
from desktop.core.files import ExportError
from desktop.core.project import ProjectService

EXPORT_FILTER = "W3C Web Annotation JSON (*.json *.jsonld);;All files (*)"


def export_annotations(
    parent: QWidget, service: ProjectService, settings: QSettings
) -> tuple[int, str] | None:
    """Ask where to export, write the file atomically, report failure plainly."""
    folder = str(settings.value("export/folder", str(Path.home())))
    suggested = str(Path(folder) / f"{Path(service.store.path).stem}-annotations.json")
    path, _ = QFileDialog.getSaveFileName(parent, "Export Annotations", suggested, EXPORT_FILTER)
    if not path:
        return None
    try:
        count = w3c.export(service, path)
    except ExportError as error:
        QMessageBox.critical(parent, "Export failed", str(error))
        return None
    settings.setValue("export/folder", str(Path(path).parent))
    return count, path


def about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About Parallax",
        f"<h3>Parallax {__version__}</h3>"
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
