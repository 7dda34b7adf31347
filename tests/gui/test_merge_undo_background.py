"""Undo and redo of an import of annotations run off the UI thread, the state after read
there too, and the views then follow over a few events, as after the merge: a note typed
before is saved first, a second Undo meanwhile is refused, the project holds exactly what it
held before the merge once it is undone, and every panel shows it; a step the database
refuses is dropped from the history with its message."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import merge_undo
from desktop.core.project import ProjectError
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import pane_for_language, type_text
from tests.gui.test_import_views import merge_preview, settled, their_work
from tests.gui.test_long_work import assert_every_panel_shows_the_project, reads_of_annotations

NOTE = "Catatan: ngừng bắn 🕊"


def test_a_merge_undone_as_the_views_catch_up_then_redone_shows_the_project_each_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(qtbot, window)
    session, stack = window.session, window.session.undo_stack
    service = session.service
    pane = pane_for_language(window, "id")
    path = tmp_path / "binh.json"
    count = their_work(window, pane, path, tmp_path)
    before = (service.documents(), service.tags(), service.annotations())
    target = before[2][0]  # an annotation the merge leaves as it is
    inspector = window.annotations.inspector
    steps = stack.count()
    # The thread's unmerge waits until the second Undo has been tried, so it is tried while
    # the first still runs, whatever the machine's speed.
    tried = threading.Event()
    real_unmerge = merge_undo.unmerge

    def unmerge(*args: object) -> merge_undo.Unmerged:
        assert tried.wait(30)
        return real_unmerge(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_undo, "unmerge", unmerge)
    meanwhile: list[object] = []

    def undo_again() -> None:
        """In the merge's undo, waiting for its thread: a second Undo."""
        meanwhile.append(stack.index())
        window.actions.undo.trigger()  # refused: nothing else enters or leaves the history
        meanwhile.append(stack.index())
        tried.set()

    def undo_as_it_lands(*_landed: object) -> None:
        """Right as the merge lands, before the views have followed: a note typed, Undo."""
        meanwhile.append(window.refresh_pending())
        window.annotations.select(target.id)
        inspector.note.setFocus()
        inspector.note.selectAll()
        type_text(inspector.note, NOTE)
        assert inspector.has_unsaved_note()  # the save timer has not fired
        window.actions.undo.trigger()  # the note saved first, then that step undone
        meanwhile.append((stack.count(), stack.index(), service.annotation(target.id).note))
        QTimer.singleShot(0, undo_again)
        window.actions.undo.trigger()  # the merge, in the background

    threads = reads_of_annotations(monkeypatch)
    window.import_annotations(path)
    run = merge_preview(qtbot, window)
    run.done.connect(undo_as_it_lands)  # after the window's own slot, which records the merge
    assert run.preview is not None
    qtbot.mouseClick(run.preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(meanwhile) == 4, timeout=30_000)
    assert meanwhile == [True, (steps + 2, steps + 1, target.note), steps + 1, steps + 1]
    qtbot.waitUntil(lambda: stack.index() == steps and not window.refresh_pending())
    assert threading.main_thread() not in threads  # the state after read by the undo's thread
    assert (service.documents(), service.tags()) == before[:2]
    # Exactly the annotations before the merge; the note's undo counted up its version.
    noted = service.annotation(target.id)
    assert noted.note == target.note and noted.version > target.version
    same = replace(noted, updated_at=target.updated_at, version=target.version)
    assert [same if a.id == target.id else a for a in service.annotations()] == before[2]
    assert_every_panel_shows_the_project(window)
    assert "Gencatan senjata" not in [t.name for t in session.tags()]

    threads.clear()  # this test's own reads
    window.actions.redo.trigger()  # the merge, in the background
    assert threads and threading.main_thread() not in threads
    assert len(service.annotations()) == len(before[2]) + count
    window.actions.redo.trigger()  # the note
    assert service.annotation(target.id).note == NOTE
    assert stack.index() == stack.count() == steps + 2
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert_every_panel_shows_the_project(window)
    assert "Gencatan senjata" in [t.name for t in session.tags()]
    assert window.annotations.model.rowCount() == len(before[2]) + count


def test_an_undo_the_database_refuses_leaves_the_merge_and_drops_the_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(qtbot, window)
    session, stack = window.session, window.session.undo_stack
    pane = pane_for_language(window, "id")
    path = tmp_path / "binh.json"
    their_work(window, pane, path, tmp_path)
    steps = stack.count()
    window.import_annotations(path)
    run = merge_preview(qtbot, window)
    assert run.preview is not None
    qtbot.mouseClick(run.preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: stack.count() == steps + 1 and not window.refresh_pending(), timeout=30_000
    )
    merged = session.service.annotations()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_r: said.append(text))

    def refused(*_args: object) -> merge_undo.Unmerged:
        raise ProjectError("the disk is full")

    monkeypatch.setattr(merge_undo, "unmerge", refused)
    window.actions.undo.trigger()
    assert len(said) == 1 and "the disk is full" in said[0]
    assert session.service.annotations() == merged
    assert stack.count() == steps  # the step went: the history still matches the project
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert_every_panel_shows_the_project(window)
