"""Importing a file of annotations from the window: its format told, read and planned off
the UI thread with a progress dialog, previewed, merged in one transaction (the state after
it read there too), undone and redone in one step off the UI thread as well."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core import merge_undo, merging
from desktop.core.importers.annotations import (
    FILTER,
    annotation_format,
    is_annotation_file,
)
from desktop.core.incoming import Incoming, IncomingError
from desktop.core.project import ProjectError, ProjectService
from desktop.ui import background, commands, committed
from desktop.ui.background_command import BackgroundCommand
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.ui.interchange.merge_preview import MergePreview

T = TypeVar("T")


def choose_file(parent: QWidget, settings: QSettings) -> Path | None:
    folder = str(settings.value("import/annotations", str(Path.home())))
    title = translate("MergeRun", "Import Annotations")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, FILTER)
    if not path:
        return None
    settings.setValue("import/annotations", str(Path(path).parent))
    return Path(path)


class _Failed(Exception):
    """Why a file of annotations was not imported, as the user is told."""


class MergeHost(commands.Host, Protocol):
    """What a merge's undo and redo need from the session that runs them."""

    def reload(self, committed: committed.Committed | None = None) -> None: ...


class MergeWork(BackgroundCommand):
    """An import of annotations; undo takes all of it back, redo puts back the same rows.
    Both run off the UI thread as the merge did, the state after read there too (20,000
    annotations took the window about a second), under a progress dialog over ``parent``;
    the views then refresh over a few events, as after the merge."""

    def __init__(
        self,
        result: merging.MergeResult,
        incoming: Incoming,
        host: MergeHost,
        parent: QWidget | None = None,
    ):
        text = translate("MergeRun", "Import annotations from {name}").format(
            name=incoming.path.name
        )
        super().__init__(text, host, parent)
        self._session = host
        self._name = incoming.path.name
        self._result = result
        self._undone: merge_undo.Unmerged | None = None

    def _apply(self) -> commands.Changes:
        undone = self._undone
        assert undone is not None
        label = translate("MergeRun", "Importing {name}…").format(name=self._name)
        self._shown(self._in_background(lambda s: merge_undo.remerge(s, undone), label))
        self._undone = None
        return None

    def _revert(self) -> commands.Changes:
        result = self._result
        label = translate("MergeRun", "Taking back the import of {name}…").format(name=self._name)
        self._undone = self._shown(
            self._in_background(lambda s: merge_undo.unmerge(s, result), label)
        )
        for document_id in result.documents:  # the window's search keeps texts too
            self._service.search.forget(document_id)
        return None

    def _shown(self, done: tuple[T, committed.Committed | None]) -> T:
        self._session.reload(done[1])
        return done[0]


class MergeRun(QObject):
    """One import of annotations, a ``background.Job``: read and planned (Cancel drops it
    at once: nothing is written), previewed, then merged in one transaction."""

    # MergeResult, Incoming and the Committed state after (None: it could not be read), once
    # written.
    done = Signal(object, object, object)
    ended = Signal()  # merged, cancelled or failed: the next file may start

    def __init__(
        self,
        parent: QWidget,
        service: ProjectService,
        path: Path,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._service = service
        self._own = ProjectService(service.store, service.coder)  # the thread's
        self._path = path
        self._abandoned = False
        self.preview: MergePreview | None = None
        self.job = background.Job(
            self._work,
            parent,
            title=translate("MergeRun", "Importing annotations"),
            label=translate("MergeRun", "Reading {name}…").format(name=path.name),
            abandon=True,
        )
        self.job.ended.connect(self._ended)

    def running(self) -> bool:
        """Reading, previewing or merging (the thread may outlive this a moment)."""
        return self.job.running()

    def abandon(self) -> None:
        """The window closes: drop what comes and wait for the thread (a merge under way
        lands whole first)."""
        self._abandoned = True
        self.job.cancel()
        self.job.wait()

    def _work(
        self, progress: background.Progress
    ) -> tuple[merging.MergeResult, Incoming, committed.Committed | None] | None:
        incoming, plan = self._plan()
        if not progress.ask(lambda reply: self._preview(plan, reply)):
            return None
        # One transaction: it lands whole or not at all, so nothing cancels it now.
        progress.step(self._importing(plan), final=True)
        try:
            result = merging.merge(self._own, incoming)
        except ProjectError as error:
            raise _Failed(
                translate("MergeRun", "Nothing was imported: {error}").format(error=text_of(error))
            ) from error
        # Read here, not by the window: 20,000 annotations took it a third of a second.
        with committed.kept_uncollected():
            return result, incoming, committed.read_after(self._own)

    def _plan(self) -> tuple[Incoming, merging.MergePlan]:
        try:
            # Told here, not when chosen: a JSON file may have to be read whole.
            found = annotation_format(self._path)
            if found is None:  # gone since it was chosen
                raise _Failed(_not_annotations(self._path))
            incoming = found.read(self._path)
            return incoming, merging.preview(self._own, incoming)
        except _Failed:
            raise
        except (IncomingError, ProjectError, OSError) as error:
            raise _Failed(text_of(error)) from error
        except RecursionError as error:
            raise _Failed(
                translate("MergeRun", "{path} is nested too deeply to read.").format(
                    path=self._path
                )
            ) from error
        except Exception as error:  # a reader's bug is told, as a file that cannot be read
            raise _Failed(
                translate("MergeRun", "{path} could not be read ({error}).").format(
                    path=self._path, error=f"{type(error).__name__}: {error}"
                )
            ) from error

    def _importing(self, plan: merging.MergePlan) -> str:
        return translate("MergeRun", "Importing {name}…").format(name=plan.source.name)

    def _preview(self, plan: merging.MergePlan, reply: Callable[[bool], None]) -> None:
        """In the UI thread: nothing is written unless the user accepts."""
        names = {t.id: t.name for t in self._service.tags()}
        self.preview = MergePreview(plan, names, self._parent)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.accepted.connect(lambda: self._accepted(plan, reply))
        self.preview.rejected.connect(lambda: reply(False))
        self.preview.open()

    def _accepted(self, plan: merging.MergePlan, reply: Callable[[bool], None]) -> None:
        reply(True)  # once: accepted twice (a double click) is one merge
        self.job.settle(self._importing(plan))

    def _ended(self) -> None:
        self.ended.emit()
        try:
            landed = self.job.result()
        except background.Cancelled:
            return
        except _Failed as failure:
            if not self._abandoned:
                QMessageBox.warning(
                    self._parent, translate("MergeRun", "Import failed"), str(failure)
                )
            return
        if landed is not None and not self._abandoned:
            self.done.emit(*landed)


def start(
    parent: QWidget,
    service: ProjectService,
    path: Path,
    landed: Callable[[merging.MergeResult, Incoming, committed.Committed | None], None],
) -> MergeRun | None:
    if not is_annotation_file(path):  # its format is told in the thread
        QMessageBox.warning(parent, translate("MergeRun", "Import failed"), _not_annotations(path))
        return None
    run = MergeRun(parent, service, path)
    run.done.connect(landed)
    return run


def _not_annotations(path: Path) -> str:
    return translate(
        "MergeRun",
        "{path} is not a file of annotations Parallax reads (W3C or project JSON, "
        "REFI-QDA, doccano, Label Studio, brat). Documents are imported with "
        "File → Import Documents.",
    ).format(path=path)
