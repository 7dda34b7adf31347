"""Stopping imports from the window: Cancel while the encodings are checked imports nothing
and says so; Cancel while a file of annotations is read, or the window closing while its
preview is open, writes nothing, and the next dropped file still follows; a preview
accepted twice merges once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import merging
from desktop.core.importers import reading
from desktop.core.incoming import Incoming
from desktop.core.project import ProjectService
from desktop.ui.main_window import MainWindow
from tests.gui.test_import_window import RUSSIAN, finished
from tests.gui.test_long_work import progress_dialog
from tests.gui.test_merge_window import _run, _their_work


def _drop(window: MainWindow, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(
        QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier)
    )  # fmt: skip


def test_cancel_while_a_file_is_read_drops_it_and_the_next_file_follows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    _their_work(window, first)
    second.write_bytes(first.read_bytes())
    service = window.session.service
    before = (service.documents(), service.annotations())
    release = threading.Event()
    real = merging.preview

    def slow(service: ProjectService, incoming: Incoming) -> merging.MergePlan:
        if incoming.path.name == "first.json":
            release.wait(30)  # a large file, still being planned when the user cancels
        return real(service, incoming)

    monkeypatch.setattr(merging, "preview", slow)
    _drop(window, [first, second])
    run = window.merge_run
    assert run is not None and run.running()
    qtbot.waitUntil(lambda: progress_dialog(window) is not None, timeout=30_000)
    dialog = progress_dialog(window)
    assert dialog is not None and dialog.labelText() == "Reading first.json…"
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not run.running()  # reading writes nothing: dropped at once, not waited for
    following = _run(qtbot, window, after=run)  # the second file is previewed meanwhile
    assert following.preview is not None and following.preview.plan_added() == 1
    following.preview.reject()
    qtbot.waitUntil(lambda: not following.running(), timeout=30_000)
    release.set()  # the first file's plan comes after all: it is dropped, never previewed
    qtbot.waitUntil(lambda: not run.job.thread.is_alive(), timeout=30_000)
    qtbot.wait(50)
    assert run.preview is None
    assert (service.documents(), service.annotations()) == before
    assert not window.actions.undo.isEnabled()
    assert not any(box.isVisible() for box in window.findChildren(QMessageBox))


def test_closing_the_window_while_the_preview_is_open_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "binh.json"
    _their_work(window, path)
    service = window.session.service
    before = (service.documents(), service.annotations())
    window.import_annotations(path)
    run = _run(qtbot, window)
    window.close()  # must return: the thread waiting for the preview's answer stops
    assert not run.running() and not run.job.thread.is_alive()
    assert (service.documents(), service.annotations()) == before


def test_a_preview_accepted_twice_merges_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "binh.json"
    _their_work(window, path)
    service = window.session.service
    before = service.annotations()
    window.import_annotations(path)
    run = _run(qtbot, window)
    assert run.preview is not None
    run.preview.accept()
    run.preview.accept()  # a double click on Import
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    assert len(service.annotations()) == len(before) + 1
    window.actions.undo.trigger()  # one undo step takes all of it back
    assert service.annotations() == before
    assert not window.actions.undo.isEnabled()


def test_cancel_while_the_encodings_are_checked_imports_nothing_and_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"{n:03}.txt").write_bytes(f"{RUSSIAN} {n}".encode("cp1251"))
    before = window.session.service.documents()
    # The first file's check waits until the test listens: on a busy machine the thread
    # had reported the second file before the test was listening, and was never cancelled.
    listening = threading.Event()
    guess = reading.guess

    def held(path: Path) -> object:
        listening.wait(30)
        return guess(path)

    monkeypatch.setattr(reading, "guess", held)
    window.import_paths([folder])
    run = window.import_run
    assert run is not None and run.job is not None
    cancel = run.progress.findChild(QPushButton)
    checking: list[str] = []

    def moved(label: str | None, done: int, *_: object) -> None:
        if label is not None and label.startswith("Checking the encoding of") and done == 1:
            checking.append(label)
            cancel.click()

    run.job.progress.relay.moved.connect(moved)
    listening.set()
    summary = finished(qtbot, window)
    assert checking == ["Checking the encoding of 001.txt (2 of 60)…"]
    assert run.review is None  # nothing asked once cancelled
    assert "Imported 0 of 60 files." in summary.text()
    assert "Cancelled: 60 files were not read." in summary.text()
    assert window.session.service.documents() == before
    summary.accept()


def test_a_fault_in_the_import_work_is_shown_not_only_printed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a file that failed (those are listed in the summary) but the work itself: the
    user is told, the window stays usable and nothing half-imported is claimed."""
    from desktop.core.importing import Importer

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(Importer, "import_all", broken)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    (tmp_path / "one.txt").write_text(RUSSIAN, encoding="utf-8")
    before = len(window.session.documents())
    _drop(window, [tmp_path / "one.txt"])
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["The import stopped: the disk went away"]
    run = window.import_run
    assert run is not None and not run.running() and run.summary is None
    assert len(window.session.documents()) == before
