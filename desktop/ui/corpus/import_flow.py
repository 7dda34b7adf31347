"""Importing files from the window: chosen, dropped or a folder; off the UI thread, with a
progress dialog that can cancel, a check of the encodings Parallax is unsure of (plain
text and web pages), and a summary of what landed, what was skipped and why."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core.importers import reading
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.plain import EncodingGuess
from desktop.core.importers.reading import FORMATS
from desktop.core.importing import Importer, ImportOutcome, gather
from desktop.core.project import ProjectService
from desktop.ui.corpus.encoding_review import EncodingReview
from desktop.ui.i18n import plural, translate

PATTERNS = " ".join(f"*{s}" for s in sorted(FORMATS))
# English, made at import time: kept for callers not yet using file_filter().
FILTER = f"Documents ({PATTERNS});;All files (*)"


def file_filter() -> str:
    """The file dialog's filter for the documents Parallax reads, in the interface's language."""
    return (
        translate("ImportRun", "Documents ({patterns})").format(patterns=PATTERNS)
        + ";;"
        + translate("ImportRun", "All files (*)")
    )


class _Worker(QObject):
    """Runs in its own thread, with its own service on the same project store: first
    guesses the encodings to check (``scan``), then imports (``run``)."""

    checking = Signal(int, int, str)  # files checked, of how many, name of the one read
    scanned = Signal(list)  # (path, EncodingGuess) of each file whose encoding is unsure
    progressed = Signal(int, int, str)  # files done, of how many, name of the one being read
    finished = Signal(list, int)  # every ImportOutcome, and how many files there were

    def __init__(
        self, service: ProjectService, given: list[Path], allow_duplicates: bool = False
    ) -> None:
        super().__init__()
        self._importer = Importer(ProjectService(service.store, service.coder))
        self._given = given
        self._allow_duplicates = allow_duplicates
        self._total = 0
        self.encodings: dict[Path, str] = {}  # set by the window before ``run``
        self.stop = threading.Event()

    @Slot()
    def scan(self) -> None:
        # Guessing reads each file whole, so it is done here, off the UI thread and
        # cancellable, rather than capped at some number of files.
        files = gather(self._given)
        self._total = len(files)
        candidates = [path for path in files if reading.reviewable(path)]
        unsure: list[tuple[Path, EncodingGuess]] = []
        for done, path in enumerate(candidates):
            if self.stop.is_set():
                break
            self.checking.emit(done, len(candidates), path.name)
            try:
                guess = reading.guess(path)
            except (ImportFailure, RecursionError):
                continue  # the import fails it too, and the summary says why
            if not guess.certain:
                unsure.append((path, guess))
        self.scanned.emit(unsure)

    @Slot()
    def run(self) -> None:
        outcomes = self._importer.import_all(
            self._given,
            encodings=self.encodings,
            allow_duplicates=self._allow_duplicates,
            cancelled=self.stop.is_set,
            starting=self._starting,
        )
        self.finished.emit(list(outcomes), self._total)

    def _starting(self, done: int, total: int, path: Path) -> None:
        self._total = total
        self.progressed.emit(done, total, path.name)


class ImportRun(QObject):
    """One import: owns the thread, the progress dialog, the encoding review and the
    summary. The thread runs from the first check to the last file, so the window sees
    an import running while the review is open too."""

    done = Signal(list)  # every ImportOutcome, once the summary is up (none if cancelled)
    duplicatesWanted = Signal(list)  # paths of skipped duplicates the user wants imported
    _go = Signal()  # the review is done: import, in the worker's thread

    def __init__(
        self,
        parent: QWidget,
        service: ProjectService,
        given: list[Path],
        allow_duplicates: bool = False,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._abandoned = False
        self.progress = QProgressDialog(
            translate("ImportRun", "Looking for files…"),
            translate("ImportRun", "Cancel"),
            0,
            1,
            parent,
        )
        self.progress.setWindowTitle(translate("ImportRun", "Importing documents"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a quick import does not flash a dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.thread = QThread(self)
        self.worker = _Worker(service, given, allow_duplicates)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.scan)
        self._go.connect(self.worker.run)  # queued: the worker lives in the thread
        # The thread ends itself when the work is done, even if the window is waiting on it.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.checking.connect(self._checking)
        self.worker.scanned.connect(self._scanned)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.progress.canceled.connect(self.worker.stop.set)
        self.review: EncodingReview | None = None
        self.summary: QMessageBox | None = None

    def start(self) -> None:
        self.thread.start()

    def abandon(self) -> None:
        """The window is closing: stop between files, wait, and show nothing more."""
        self._abandoned = True
        self.worker.stop.set()
        if self.review is not None:
            self.review.close()
        self.thread.quit()  # ends an idle thread (the review was open); a busy one after
        self.thread.wait()
        self.progress.close()

    def _checking(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            translate("ImportRun", "Checking the encoding of {file} ({number} of {total})…").format(
                file=name, number=done + 1, total=total
            )
        )

    def _scanned(self, unsure: list[tuple[Path, EncodingGuess]]) -> None:
        if self._abandoned:
            return
        if not unsure or self.worker.stop.is_set():  # cancelled: the summary says so
            self._go.emit()
            return
        self.progress.reset()  # hidden, and not shown by its timer over the review
        self.progress.hide()
        self.review = EncodingReview(unsure, self._parent)
        self.review.setWindowModality(Qt.WindowModality.WindowModal)
        self.review.accepted.connect(self._reviewed)
        self.review.rejected.connect(self._declined)
        self.review.open()

    def _reviewed(self) -> None:
        assert self.review is not None
        # Once: a dialog accepted again (Enter, then OK) must not import the files twice.
        self.review.accepted.disconnect(self._reviewed)
        self.worker.encodings = self.review.encodings()
        self.progress.setLabelText(translate("ImportRun", "Importing…"))
        self._go.emit()

    def _declined(self) -> None:
        """Cancel in the review imports nothing, and needs no summary."""
        if self._abandoned:
            return
        self.thread.quit()
        self.thread.wait()
        self.progress.close()
        self.done.emit([])

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            translate("ImportRun", "Reading {file} ({number} of {total})…").format(
                file=name, number=done + 1, total=total
            )
        )

    def _finished(self, outcomes: list[ImportOutcome], total: int) -> None:
        self.thread.wait()
        if self._abandoned:
            return
        self.progress.setValue(self.progress.maximum())
        self.progress.close()
        self.summary = summary_box(self._parent, outcomes, total)
        duplicates = [o.path for o in outcomes if o.status == "duplicate"]
        if duplicates:  # skipped unless the user asks otherwise: here they can
            again = self.summary.addButton(
                plural(
                    len(duplicates),
                    translate("ImportRun", "Import the {n} Duplicate Anyway"),
                    translate("ImportRun", "Import the {n} Duplicates Anyway"),
                ),
                QMessageBox.ButtonRole.ActionRole,
            )
            again.setObjectName("importDuplicates")
            again.clicked.connect(lambda: self.duplicatesWanted.emit(duplicates))
        self.summary.open()
        self.done.emit(outcomes)


def summary_box(parent: QWidget, outcomes: list[ImportOutcome], total: int) -> QMessageBox:
    counts = Counter(o.status for o in outcomes)
    lines = [
        translate("ImportRun", "Imported {imported} of {total} files.").format(
            imported=counts["imported"], total=total
        )
    ]
    if counts["duplicate"]:
        lines.append(
            translate("ImportRun", "{count} already in the project, skipped.").format(
                count=counts["duplicate"]
            )
        )
    if counts["skipped"]:
        lines.append(
            translate("ImportRun", "{count} not documents Parallax reads, skipped.").format(
                count=counts["skipped"]
            )
        )
    if counts["failed"]:
        lines.append(
            translate("ImportRun", "{count} could not be imported (see the details).").format(
                count=counts["failed"]
            )
        )
    if len(outcomes) < total:
        lines.append(
            plural(
                total - len(outcomes),
                translate("ImportRun", "Cancelled: {n} file was not read."),
                translate("ImportRun", "Cancelled: {n} files were not read."),
            )
        )
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ImportRun", "Import finished"))
    box.setIcon(QMessageBox.Icon.Warning if counts["failed"] else QMessageBox.Icon.Information)
    box.setText("\n".join(lines))
    order = {"failed": 0, "duplicate": 1, "skipped": 2, "imported": 3}
    statuses = {  # each outcome's status as the details name it
        "failed": translate("ImportRun", "FAILED"),
        "duplicate": translate("ImportRun", "DUPLICATE"),
        "skipped": translate("ImportRun", "SKIPPED"),
        "imported": translate("ImportRun", "IMPORTED"),
    }
    box.setDetailedText(
        "\n".join(
            f"{statuses[o.status]}: {o.path.name} — {o.message}"
            for o in sorted(outcomes, key=lambda o: order[o.status])
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("importSummary")
    return box


def choose_files(parent: QWidget, settings: QSettings) -> list[Path]:
    folder = str(settings.value("import/folder", ""))
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("ImportRun", "Import documents"), folder, file_filter()
    )
    if names:
        settings.setValue("import/folder", str(Path(names[0]).parent))
    return [Path(n) for n in names]


def choose_folder(parent: QWidget, settings: QSettings) -> list[Path]:
    folder = str(settings.value("import/folder", ""))
    name = QFileDialog.getExistingDirectory(
        parent, translate("ImportRun", "Import every document in a folder"), folder
    )
    if name:
        settings.setValue("import/folder", name)
    return [Path(name)] if name else []


def start_import(
    parent: QWidget,
    service: ProjectService,
    paths: list[Path],
    when_done: Callable[[list[ImportOutcome]], None],
    *,
    allow_duplicates: bool = False,
    again: Callable[[list[Path]], None] | None = None,
) -> ImportRun | None:
    """Import ``paths`` in the background; ``again`` is offered the duplicates skipped."""
    if not paths:
        return None
    run = ImportRun(parent, service, paths, allow_duplicates)
    run.done.connect(when_done)
    if again is not None:
        run.duplicatesWanted.connect(again)
    run.start()
    return run
