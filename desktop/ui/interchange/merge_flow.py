"""Importing a file of annotations from the window: read and planned off the UI thread
with a progress dialog, previewed, merged in one transaction, undone in one step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core import merge_undo, merging
from desktop.core.importers.annotations import FILTER, AnnotationFormat, annotation_format
from desktop.core.incoming import Incoming, IncomingError
from desktop.core.project import ProjectError, ProjectService
from desktop.ui import commands
from desktop.ui.i18n import translate
from desktop.ui.interchange.merge_preview import MergePreview


def choose_file(parent: QWidget, settings: QSettings) -> Path | None:
    folder = str(settings.value("import/annotations", str(Path.home())))
    title = translate("MergeRun", "Import Annotations")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, FILTER)
    if not path:
        return None
    settings.setValue("import/annotations", str(Path(path).parent))
    return Path(path)


class _Worker(QObject):
    """Reads and plans, then merges, in its own thread with its own service."""

    planned = Signal(object, object)  # Incoming, MergePlan
    merged = Signal(object)  # MergeResult
    failed = Signal(str)

    def __init__(self, service: ProjectService, path: Path, found: AnnotationFormat) -> None:
        super().__init__()
        self.service = ProjectService(service.store, service.coder)
        self.path = path
        self.found = found
        self.incoming: Incoming | None = None

    @Slot()
    def plan(self) -> None:
        try:
            self.incoming = self.found.read(self.path)
            self.planned.emit(self.incoming, merging.preview(self.service, self.incoming))
        except (IncomingError, ProjectError, OSError) as error:
            self.failed.emit(str(error))
        except RecursionError:
            self.failed.emit(
                translate("MergeRun", "{path} is nested too deeply to read.").format(path=self.path)
            )
        except Exception as error:  # a reader's bug must not leave the progress dialog up
            self.failed.emit(
                translate("MergeRun", "{path} could not be read ({error}).").format(
                    path=self.path, error=f"{type(error).__name__}: {error}"
                )
            )

    @Slot()
    def merge(self) -> None:
        assert self.incoming is not None
        try:
            self.merged.emit(merging.merge(self.service, self.incoming))
        except ProjectError as error:
            self.failed.emit(
                translate("MergeRun", "Nothing was imported: {error}").format(error=error)
            )


class MergeWork(commands.Command):
    """An import of annotations; undo takes all of it back, redo puts back the same rows."""

    def __init__(self, result: merging.MergeResult, incoming: Incoming, host: commands.Host):
        text = translate("MergeRun", "Import annotations from {name}").format(
            name=incoming.path.name
        )
        super().__init__(text, host)
        self._result = result
        self._undone: merge_undo.Unmerged | None = None

    def _apply(self) -> commands.Changes:
        assert self._undone is not None
        self._result = merge_undo.remerge(self._service, self._undone)
        return None

    def _revert(self) -> commands.Changes:
        self._undone = merge_undo.unmerge(self._service, self._result)
        return None


class MergeRun(QObject):
    """One import of annotations: the thread, the progress dialog, the preview."""

    done = Signal(object, object)  # MergeResult and Incoming, once written
    ended = Signal()  # merged, cancelled or failed: the next file may start

    _go = Signal()  # the preview was accepted: merge, in the worker's thread

    def __init__(
        self, parent: QWidget, service: ProjectService, path: Path, found: AnnotationFormat
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._service = service
        self._abandoned = False
        self._merging = False
        self._ended = False
        self.preview: MergePreview | None = None
        self.progress = QProgressDialog(
            translate("MergeRun", "Reading {name}…").format(name=path.name),
            translate("MergeRun", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(translate("MergeRun", "Importing annotations"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.thread = QThread(self)
        self.worker = _Worker(service, path, found)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.plan)
        self._go.connect(self.worker.merge)
        self.worker.planned.connect(self._planned)
        self.worker.merged.connect(self._merged)
        self.worker.failed.connect(self._failed)
        self.progress.canceled.connect(self._cancel)
        self.thread.start()

    def running(self) -> bool:
        """Reading, previewing or merging (the thread may outlive this a moment)."""
        return not self._ended

    def _cancel(self) -> None:
        # Reading and planning write nothing: the result is dropped when it comes.
        self._abandoned = True
        self._finish()

    def _finish(self) -> None:
        self.progress.reset()
        self.thread.quit()
        if not self._ended:
            self._ended = True
            self.ended.emit()

    def abandon(self) -> None:
        """The window closes: drop what comes and wait for the thread."""
        self._abandoned = True
        self._finish()
        self.thread.wait()

    @Slot(object, object)
    def _planned(self, incoming: Incoming, plan: merging.MergePlan) -> None:
        if self._abandoned:
            return
        self.progress.reset()
        names = {t.id: t.name for t in self._service.tags()}
        self.preview = MergePreview(plan, names, self._parent)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.accepted.connect(lambda: self._accepted(plan))
        self.preview.rejected.connect(self._finish)
        self.preview.open()

    def _accepted(self, plan: merging.MergePlan) -> None:
        if self._merging:
            return  # accepted twice (a double click): one merge
        self._merging = True
        # One transaction: it lands whole or not at all, so nothing cancels it now; closing
        # the progress dialog still emits ``canceled``, which must not drop the result.
        self.progress.canceled.disconnect(self._cancel)
        self.progress.setLabelText(
            translate("MergeRun", "Importing {name}…").format(name=plan.source.name)
        )
        self.progress.setCancelButton(None)
        self.progress.show()
        self._go.emit()

    @Slot(object)
    def _merged(self, result: merging.MergeResult) -> None:
        self._finish()
        if not self._abandoned:
            assert self.worker.incoming is not None
            self.done.emit(result, self.worker.incoming)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        if not self._abandoned:
            QMessageBox.warning(self._parent, translate("MergeRun", "Import failed"), message)


def start(
    parent: QWidget,
    service: ProjectService,
    path: Path,
    landed: Callable[[merging.MergeResult, Incoming], None],
) -> MergeRun | None:
    found = annotation_format(path)
    if found is None:
        QMessageBox.warning(
            parent,
            translate("MergeRun", "Import failed"),
            translate(
                "MergeRun",
                "{path} is not a file of annotations Parallax reads (W3C or project JSON, "
                "REFI-QDA, doccano, Label Studio, brat). Documents are imported with "
                "File → Import Documents.",
            ).format(path=path),
        )
        return None
    run = MergeRun(parent, service, path, found)
    run.done.connect(landed)
    return run
