"""File → Export…: a format and a file chosen, then the export written off the UI thread
under a progress dialog that can cancel (``background``).

The exporters write the file atomically and count their steps to a ``progress``
callback as they go (reading, then making the file, and once more right before the
finished file is renamed into place), which here shows the count in the dialog and, once
the user has cancelled, raises ``Cancelled``: a cancelled or failed export leaves the
chosen file as it was, and no other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.exporters import formats
from desktop.core.exporters.formats import Counted, ExportFormat
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.ui import background
from desktop.ui.core_text import text_of
from desktop.ui.i18n import plural, translate


def choose(
    parent: QWidget, service: ProjectService, settings: QSettings
) -> tuple[Path, ExportFormat] | None:
    """Ask where and in which format to export (the last folder and format offered)."""
    folder = str(settings.value("export/folder", str(Path.home())))
    chosen = formats.BY_LABEL.get(str(settings.value("export/format", "")), formats.FORMATS[0])
    suggested = str(Path(folder) / f"{service.store.default_name}-annotations")
    path, picked = QFileDialog.getSaveFileName(
        parent,
        translate("ExportFlow", "Export Annotations"),
        suggested + chosen.suffix,
        ";;".join(f.label for f in formats.FORMATS),  # the core's labels: also their keys
        chosen.label,
    )
    if not path:
        return None
    chosen = formats.BY_LABEL.get(picked, chosen)
    if not Path(path).suffix:
        path += chosen.suffix
    return Path(path), chosen


def export(parent: QWidget, service: ProjectService, settings: QSettings) -> str | None:
    """Choose, export, and say what happened: a message for the status bar, or None when
    nothing was asked for or the failure was reported in a dialog."""
    found = choose(parent, service, settings)
    if found is None:
        return None
    path, chosen = found

    def work(progress: background.Progress) -> int:
        # A service of its own: the window's keeps caches that only the UI thread touches.
        return write(chosen, ProjectService(service.store, service.coder), path, progress)

    try:
        count = background.run(
            work,
            parent,
            title=translate("ExportFlow", "Export Annotations"),
            label=translate("ExportFlow", "Exporting to {name}…").format(name=path.name),
        )
    except background.Cancelled:
        return translate("ExportFlow", "Export cancelled: nothing was written.")
    except ExportError as error:
        QMessageBox.critical(parent, translate("ExportFlow", "Export failed"), text_of(error))
        return None
    settings.setValue("export/folder", str(path.parent))
    settings.setValue("export/format", chosen.label)
    return exported(chosen, count, path)


def write(
    chosen: ExportFormat, service: ProjectService, path: Path, progress: background.Progress
) -> int:
    """Export to ``path`` (in the worker's thread, with its own service); ``Cancelled``
    when the user cancelled before the file was put in place."""

    def counted(done: int, total: int) -> None:
        progress.step(None, done, total)  # raises Cancelled once the user cancelled

    return chosen.write(service, path, progress=counted)


def exported(chosen: ExportFormat, count: int, path: Path) -> str:
    """The status bar's report: what was exported, counted, and where."""
    match chosen.counts:  # by identity: ``what`` is the command line's English
        case Counted.PROJECT:
            one = translate(
                "ExportFlow", "Exported {n} annotation with its documents and codebook to {path}."
            )
            many = translate(
                "ExportFlow",
                "Exported {n} annotations with their documents and codebook to {path}.",
            )
        case Counted.TAGS:
            one = translate("ExportFlow", "Exported {n} tag to {path}.")
            many = translate("ExportFlow", "Exported {n} tags to {path}.")
        case Counted.SEGMENTS:
            one = translate("ExportFlow", "Exported {n} coded segment to {path}.")
            many = translate("ExportFlow", "Exported {n} coded segments to {path}.")
        case Counted.ANNOTATIONS:
            one = translate("ExportFlow", "Exported {n} annotation to {path}.")
            many = translate("ExportFlow", "Exported {n} annotations to {path}.")
    return plural(count, one, many, path=path)
