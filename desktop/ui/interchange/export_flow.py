"""File → Export…: a format and a file chosen, then the export written off the UI thread
under a progress dialog that can cancel (``background``).

The exporters build the whole file and write it atomically; they count the annotations
to a ``progress`` callback as they go, which here shows the count in the dialog and, once
the user has cancelled, raises ``Cancelled`` and stops them before anything is written.
The export is written into a private folder beside the chosen file (the same disk: the
last step is a rename) and only renamed over it if the user did not cancel meanwhile; a
cancelled or failed export leaves the chosen file as it was, and no other.
"""

from __future__ import annotations

import inspect
import os
import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.exporters import formats
from desktop.core.exporters.formats import ExportFormat
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.ui import background
from desktop.ui.i18n import plural, translate


def choose(
    parent: QWidget, service: ProjectService, settings: QSettings
) -> tuple[Path, ExportFormat] | None:
    """Ask where and in which format to export (the last folder and format offered)."""
    folder = str(settings.value("export/folder", str(Path.home())))
    chosen = formats.BY_LABEL.get(str(settings.value("export/format", "")), formats.FORMATS[0])
    suggested = str(Path(folder) / f"{Path(service.store.path).stem}-annotations")
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
        QMessageBox.critical(parent, translate("ExportFlow", "Export failed"), str(error))
        return None
    settings.setValue("export/folder", str(path.parent))
    settings.setValue("export/format", chosen.label)
    return exported(chosen, count, path)


def write(
    chosen: ExportFormat, service: ProjectService, path: Path, progress: background.Progress
) -> int:
    """Export to ``path`` (in the worker's thread, with its own service); ``Cancelled``
    when the user cancelled before the file was put in place."""
    target = path.resolve() if path.is_symlink() else path  # its file is replaced, as by the core
    _check(target, path)
    try:
        folder = Path(tempfile.mkdtemp(prefix=".parallax-export-", dir=target.parent))
    except OSError as error:
        raise _cannot(path, error) from error
    try:
        written = folder / target.name

        def counted(done: int, total: int) -> None:
            progress.step(None, done, total)  # raises Cancelled once the user cancelled

        try:
            if _takes_progress(chosen):
                count = chosen.write(service, written, progress=counted)
            else:  # a writer of its own (a test's) is only stopped once it is done
                count = chosen.write(service, written)
        except ExportError as error:  # it names the file it wrote: the user chose another
            raise ExportError(str(error).replace(str(written), str(path))) from error
        progress.check()  # cancelled meanwhile: the chosen file is left as it was
        progress.step(final=True)
        _place(written, target, path)
        return count
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _takes_progress(chosen: ExportFormat) -> bool:
    try:
        return "progress" in inspect.signature(chosen.write).parameters
    except (TypeError, ValueError):  # no signature to read
        return False


def _check(target: Path, path: Path) -> None:
    """Refuse, before the work, what ``files.write_atomically`` would refuse."""
    mode = target.stat().st_mode if target.exists() else stat.S_IFREG | 0o200
    if not target.parent.is_dir():
        problem = translate(
            "ExportFlow", "Cannot write {path}: the folder {folder} does not exist."
        )
    elif stat.S_ISDIR(mode):
        problem = translate("ExportFlow", "Cannot write {path}: it is a folder.")
    elif not stat.S_ISREG(mode):
        problem = translate("ExportFlow", "Cannot write {path}: it is not a regular file.")
    elif not mode & 0o222:
        problem = translate("ExportFlow", "Cannot write {path}: the file is read-only.")
    else:
        return
    raise ExportError(problem.format(path=path, folder=target.parent))


def _place(written: Path, target: Path, path: Path) -> None:
    """Rename the finished file over ``target``; a file already there keeps its permissions."""
    try:
        _check(target, path)
        if target.exists():
            os.chmod(written, stat.S_IMODE(target.stat().st_mode))
        os.replace(written, target)
    except OSError as error:
        raise _cannot(path, error) from error


def _cannot(path: Path, error: OSError) -> ExportError:
    reason = error.strerror or str(error)
    return ExportError(
        translate("ExportFlow", "Cannot write {path}: {reason}.").format(path=path, reason=reason)
    )


def exported(chosen: ExportFormat, count: int, path: Path) -> str:
    """The status bar's report: what was exported, counted, and where."""
    what = chosen.name
    if what in ("project-json", "qdpx"):
        one = translate(
            "ExportFlow", "Exported {n} annotation with its documents and codebook to {path}."
        )
        many = translate(
            "ExportFlow", "Exported {n} annotations with their documents and codebook to {path}."
        )
    elif what == "qdc":
        one = translate("ExportFlow", "Exported {n} tag to {path}.")
        many = translate("ExportFlow", "Exported {n} tags to {path}.")
    elif what in ("csv", "segments-json"):
        one = translate("ExportFlow", "Exported {n} coded segment to {path}.")
        many = translate("ExportFlow", "Exported {n} coded segments to {path}.")
    else:
        one = translate("ExportFlow", "Exported {n} annotation to {path}.")
        many = translate("ExportFlow", "Exported {n} annotations to {path}.")
    return plural(count, one, many, path=path)
