"""Importing files from the window: chosen, dropped or a folder; off the UI thread, with a
progress dialog that can cancel, a check of the encodings Parallax is unsure of (plain
text and web pages), and a summary of what landed, what was skipped and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core.importers import reading
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.plain import EncodingGuess
from desktop.core.importers.reading import FORMATS
from desktop.core.importing import Importer, ImportOutcome, gather
from desktop.core.project import ProjectService
from desktop.ui import background, committed
from desktop.ui.core_text import text_of
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


class ImportRun(QObject):
    """One import, a ``background.Job`` from the first check to the last file (so the
    window sees an import running while the encoding review is open too), and its summary.
    Cancel stops between files: what was imported by then stays, and the summary says so."""

    done = Signal(list)  # every ImportOutcome, once the summary is up (none if cancelled)
    duplicatesWanted = Signal(list)  # paths of skipped duplicates the user wants imported

    def __init__(
        self,
        parent: QWidget,
        service: ProjectService,
        given: list[Path],
        allow_duplicates: bool = False,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._own = ProjectService(service.store, service.coder)  # the thread's
        self._importer = Importer(self._own)
        self._given = given
        self._allow_duplicates = allow_duplicates
        self._abandoned = False
        self.job: background.Job | None = None
        self.review: EncodingReview | None = None
        self.summary: QMessageBox | None = None
        # The state after, read in the thread once a document landed (None: none did, or it
        # could not be read): the window shows it without reading 20,000 annotations itself.
        self.committed: committed.Committed | None = None

    @property
    def progress(self) -> QProgressDialog:
        assert self.job is not None and self.job.dialog is not None
        return self.job.dialog.box

    def start(self) -> None:
        self.job = background.Job(
            self._work,
            self._parent,
            title=translate("ImportRun", "Importing documents"),
            label=translate("ImportRun", "Looking for files…"),
        )
        self.job.ended.connect(self._ended)

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def abandon(self) -> None:
        """The window is closing: stop between files, wait, and show nothing more."""
        self._abandoned = True
        if self.job is not None:
            self.job.cancel()
            if self.review is not None:
                self.review.close()
            self.job.wait()

    def _work(self, progress: background.Progress) -> tuple[list[ImportOutcome], int] | None:
        """Every outcome and how many files there were; None if the review was declined."""
        files = gather(self._given)
        total = len(files)
        encodings: dict[Path, str] = {}
        unsure = _unsure(files, progress)
        if unsure and not progress.cancelled:  # cancelled: the summary says so
            try:
                chosen: dict[Path, str] | None = progress.ask(
                    lambda reply: self._review(unsure, reply)
                )
            except background.Cancelled:  # cancelled just before the question was shown
                chosen = {}
            if chosen is None:
                return None
            encodings = chosen
            if not progress.cancelled:
                progress.report(translate("ImportRun", "Importing…"))

        def starting(done: int, count: int, path: Path) -> None:
            nonlocal total
            total = count
            progress.report(
                translate("ImportRun", "Reading {file} ({number} of {total})…").format(
                    file=path.name, number=done + 1, total=count
                ),
                done,
                count,
            )

        outcomes = list(
            self._importer.import_all(
                self._given,
                encodings=encodings,
                allow_duplicates=self._allow_duplicates,
                cancelled=lambda: progress.cancelled,
                starting=starting,
            )
        )
        if any(o.document is not None for o in outcomes):
            with committed.kept_uncollected():
                self.committed = committed.read_after(self._own)
        return outcomes, total

    def _review(
        self, unsure: list[tuple[Path, EncodingGuess]], reply: Callable[[object], None]
    ) -> None:
        """In the UI thread: the user checks the encodings; Cancel imports nothing."""
        review = self.review = EncodingReview(unsure, self._parent)
        review.setWindowModality(Qt.WindowModality.WindowModal)
        review.accepted.connect(lambda: reply(review.encodings()))
        review.rejected.connect(lambda: reply(None))
        review.open()

    def _ended(self) -> None:
        assert self.job is not None
        if self._abandoned:
            return
        try:
            imported = self.job.result()
        except background.Cancelled:
            self.done.emit([])
            return
        except Exception as error:  # not a file that failed (those are outcomes): a fault
            QMessageBox.warning(
                self._parent,
                translate("ImportRun", "Import stopped"),
                translate("ImportRun", "The import stopped: {reason}").format(
                    reason=text_of(error)
                ),
            )
            self.done.emit([])
            return
        if imported is None:  # the review was declined: nothing to sum up
            self.done.emit([])
            return
        outcomes, total = imported
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


def _unsure(files: list[Path], progress: background.Progress) -> list[tuple[Path, EncodingGuess]]:
    """The files whose encoding Parallax is unsure of. Guessing reads each file whole, so it
    is done off the UI thread and cancellable, rather than capped at some number of files."""
    candidates = [path for path in files if reading.reviewable(path)]
    unsure: list[tuple[Path, EncodingGuess]] = []
    for done, path in enumerate(candidates):
        if progress.cancelled:
            break
        progress.report(
            translate("ImportRun", "Checking the encoding of {file} ({number} of {total})…").format(
                file=path.name, number=done + 1, total=len(candidates)
            ),
            done,
            len(candidates),
        )
        try:
            guess = reading.guess(path)
        except (ImportFailure, RecursionError):
            continue  # the import fails it too, and the summary says why
        if not guess.certain:
            unsure.append((path, guess))
    return unsure


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
            f"{statuses[o.status]}: {o.path.name} — {text_of(o.message)}"
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
