"""Small dialogs the window opens: save to a file, about, confirmations, error reports
(File → Export… is ``interchange/export_flow.py``)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.files import ExportError
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.version import DISTRIBUTION, app_version


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
        message = (
            text_of(error)
            if path in str(error)
            else translate("Dialogs", "Cannot write {path}: {error}").format(
                path=path, error=text_of(error)
            )
        )
        QMessageBox.critical(parent, translate("Dialogs", "Not saved"), message)
        return False
    return True


LICENCE = "MIT"  # pyproject.toml's [project] license, for when the metadata is not there


def licence() -> str:
    """The licence Parallax is distributed under, as its package metadata says it."""
    try:
        found = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a source tree not installed, or a bundle
        return LICENCE
    return str(found.get("License-Expression") or found.get("License") or LICENCE)


def about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("Dialogs", "About Parallax"),
        translate(
            "Dialogs",
            "<h3>Parallax {version}</h3>"
            "<p>Read several texts side by side, tag passages by actor and theme, "
            "and compare how each text treats them.</p>"
            "<p>Annotations are kept in a local SQLite project file and export as "
            "W3C Web Annotation JSON.</p>",
        ).format(version=app_version())
        + translate("Dialogs", "<p>Free software under the {licence} licence.</p>").format(
            licence=licence()
        ),
    )


def confirm(parent: QWidget, title: str, text: str, *, default_ok: bool = False) -> bool:
    """Ask OK/Cancel before a change; Cancel is the default unless ``default_ok``."""
    buttons = QMessageBox.StandardButton
    default = buttons.Ok if default_ok else buttons.Cancel
    return QMessageBox.question(parent, title, text, buttons.Ok | buttons.Cancel, default) == (
        buttons.Ok
    )


def not_saved(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, translate("Dialogs", "Change not saved"), message)


def discard_unsaved_note(parent: QWidget) -> bool:
    """Ask before closing with a note that could not be saved; True means close anyway."""
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Note not saved"),
        translate("Dialogs", "A note you typed could not be saved. Close Parallax and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
