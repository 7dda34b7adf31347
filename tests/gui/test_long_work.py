"""Long work through the real window: export, search, restore and re-anchoring run off the
UI thread, show progress, can be cancelled, and a cancelled one leaves everything as it was."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.exporters import formats
from desktop.core.project import ProjectService
from desktop.core.search import SearchService
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.search_dock import FIRST_ROWS, HIT_ROLE
from tests.gui.conftest import pane_for_language
from tests.gui.test_restore_window import choose, press, settled, shown_annotations, when_modal

W3C = formats.BY_NAME["w3c"]


def progress_dialog(window: MainWindow) -> QProgressDialog | None:
    found = window.findChild(QProgressDialog, "backgroundProgress")
    return found if isinstance(found, QProgressDialog) and found.isVisible() else None


def cancel_when_shown(window: MainWindow, then: Callable[[], None] = lambda: None) -> None:
    """Press Cancel in the progress dialog once it shows (after its short delay), then
    ``then`` (to let the work go on and notice)."""

    def look() -> None:
        dialog = progress_dialog(window)
        button = dialog.findChild(QPushButton) if dialog is not None else None
        if dialog is None or button is None:
            QTimer.singleShot(20, look)
            return
        button.click()
        assert dialog.labelText() == "Cancelling…"
        then()

    QTimer.singleShot(20, look)


def exporting_with(monkeypatch: pytest.MonkeyPatch, write: Callable[..., int], out: Path) -> None:
    """The file dialog answers ``out`` as W3C JSON; the format writes with ``write``."""
    monkeypatch.setitem(formats.BY_LABEL, W3C.label, dataclasses.replace(W3C, write=write))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), W3C.label))


def test_export_from_the_menu_runs_off_the_ui_thread(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "annotations.json"
    out.parent.mkdir()
    threads: list[threading.Thread] = []

    def write(service: ProjectService, path: Path | str) -> int:
        threads.append(threading.current_thread())
        assert Path(path) != out  # written aside, then put in place whole
        return W3C.write(service, path)

    exporting_with(monkeypatch, write, out)
    window.actions.export.trigger()
    assert threads and threads[0] is not threading.main_thread()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"] == len(window.session.service.annotations())
    assert [p.name for p in out.parent.iterdir()] == ["annotations.json"]  # nothing left
    message = window.statusBar().currentMessage()
    assert message == f"Exported {data['total']} annotations to {out}."


def test_a_cancelled_export_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "annotations.json"
    out.parent.mkdir()
    go = threading.Event()

    def slow(service: ProjectService, path: Path | str) -> int:
        go.wait(10)  # until the user has pressed Cancel
        return W3C.write(service, path)  # the whole file, which must not land

    exporting_with(monkeypatch, slow, out)
    cancel_when_shown(window, go.set)
    window.actions.export.trigger()
    assert go.is_set()
    assert list(out.parent.iterdir()) == []  # no file, whole or half, and no temporary one
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."
    # Over an existing file, a cancelled export leaves it as it was.
    out.write_text("the last export", encoding="utf-8")
    go.clear()
    cancel_when_shown(window, go.set)
    window.actions.export.trigger()
    assert [p.name for p in out.parent.iterdir()] == ["annotations.json"]
    assert out.read_text(encoding="utf-8") == "the last export"


def test_a_search_with_thousands_of_hits_lists_them_in_batches_and_navigates(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits = 3 * FIRST_ROWS + 7
    text = "".join(f"Đoạn {n}: lời kêu gọi ngừng bắn mới của zebracorn.\n" for n in range(hits))
    document_id = window.session.service.add_document("Many hits", text, language="vi").id
    window.session.reload()
    threads: list[threading.Thread] = []
    real = SearchService.search

    def search(self: SearchService, query: str, **options: bool) -> object:
        threads.append(threading.current_thread())
        return real(self, query, **options)

    monkeypatch.setattr(SearchService, "search", search)
    dock, tree = window.search, window.search.tree
    dock.focus_box()
    dock.box.setText("zebracorn")
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    assert threads and threads[0] is not threading.main_thread()
    group = tree.topLevelItem(0)
    assert group.data(0, HIT_ROLE) is None and group.childCount() <= FIRST_ROWS
    # Counted whole at once, listed between events.
    assert dock.summary.text() == f"{hits:,} passages in 1 document"
    assert dock.tag_button.text() == f"Tag {hits:,} Re&sults…"
    assert len(dock.ticked_passages()) == hits
    qtbot.waitUntil(lambda: not dock.listing())
    assert group.childCount() == hits
    # The keyboard: Down from the box into the list, End to the last hit, Enter opens it.
    qtbot.keyClick(dock.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tree
    qtbot.keyClick(tree, Qt.Key.Key_End)
    last = tree.currentItem()
    assert last is group.child(hits - 1)
    document, hit = last.data(0, HIT_ROLE)
    assert document == document_id and text[hit.start : hit.end] == "zebracorn"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    pane = window.reader.pane_for(document_id)
    assert pane is not None and pane.selection_span() == (hit.start, hit.end)
    # Unticking the document while its rows are still being listed unticks every hit.
    dock.box.setText("zebracorn")
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    assert dock.listing()
    tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not dock.listing())
    assert dock.ticked_passages() == []
    qtbot.waitUntil(lambda: dock.tag_button.text() == "Tag Re&sults…")
    assert not dock.tag_button.isEnabled()
    assert all(
        tree.topLevelItem(0).child(n).checkState(0) == Qt.CheckState.Unchecked for n in range(hits)
    )


def project_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, document_id, start, end, note FROM annotation").fetchall()


def test_a_cancelled_restore_leaves_the_project_as_it_was(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(window)
    session = window.session
    chosen = session.service.backups.make("by hand")
    for annotation in list(session.service.annotations())[:3]:
        session.delete_annotation(annotation)
    project = Path(session.service.store.path)
    before = project_rows(project)
    shown = shown_annotations(window)
    # Many small steps, and the copy into the project held halfway until Cancel is pressed.
    monkeypatch.setattr(backups, "_PAGES_PER_STEP", 1)
    real = backups._backup
    halfway, go = threading.Event(), threading.Event()

    def held(
        source: sqlite3.Connection,
        target: sqlite3.Connection,
        steps: Callable[[int, int], None] | None,
    ) -> None:
        into = Path(target.execute("PRAGMA database_list").fetchone()[2])
        if steps is None or into != project:
            real(source, target, steps)
            return
        told = steps

        def step(done: int, total: int) -> None:
            told(done, total)  # raises once the user has cancelled
            if done >= 2:
                halfway.set()
                go.wait(10)

        real(source, target, step)

    monkeypatch.setattr(backups, "_backup", held)

    when_modal(RestoreDialog, choose(chosen.path))
    when_modal(QMessageBox, press("OK"), delay=100)  # the confirmation
    cancel_when_shown(window, go.set)
    window.actions.restore_backup.trigger()

    assert halfway.is_set()  # it was copying into the project when cancelled
    assert project_rows(project) == before
    with sqlite3.connect(project) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert shown_annotations(window) == shown
    assert session.undo_stack.count() == 3  # nothing was restored: the history stays
    assert window.statusBar().currentMessage() == "Restore cancelled: the project is as it was."
    # The backup of the state before was made (and is whole); the project was not touched.
    newest = session.service.backups.all()[0]
    assert newest.reason == "before restoring" and not newest.damaged


def test_planning_a_replaced_text_runs_off_the_ui_thread_and_cancels_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = window.session.service.document_text(document.id)
    planning: list[threading.Thread] = []
    release = threading.Event()
    real = ProjectService.plan_text_replacement

    def slow(self: ProjectService, document_id: int, new_text: str) -> object:
        planning.append(threading.current_thread())
        release.wait(10)
        return real(self, document_id, new_text)

    monkeypatch.setattr(ProjectService, "plan_text_replacement", slow)
    cancel_when_shown(window)
    replaced = text_flows.review_and_replace(window, window.session, document, old + "\nMore.")
    # Cancel answered at once: the plan is still being made, and will be dropped.
    assert replaced is False and planning and planning[0] is not threading.main_thread()
    assert planning[0].is_alive()
    release.set()
    planning[0].join(10)
    assert window.session.service.document_text(document.id) == old
    assert window.session.undo_stack.count() == 0
