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
import sqlalchemy as sa
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
from desktop.core.exporters import formats, reporting
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.project import ProjectService
from desktop.core.search import SearchService
from desktop.ui import background
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


def exporting_with(
    monkeypatch: pytest.MonkeyPatch,
    write: Callable[..., int],
    out: Path,
    chosen: formats.ExportFormat = W3C,
) -> None:
    """The file dialog answers ``out`` in the ``chosen`` format, which writes with ``write``."""
    monkeypatch.setitem(formats.BY_LABEL, chosen.label, dataclasses.replace(chosen, write=write))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), chosen.label))


def test_export_from_the_menu_runs_off_the_ui_thread(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "annotations.json"
    out.parent.mkdir()
    threads: list[threading.Thread] = []

    def write(
        service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
    ) -> int:
        threads.append(threading.current_thread())
        assert progress is not None  # the window follows the export
        return W3C.write(service, path, progress=progress)

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

    def slow(
        service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
    ) -> int:
        go.wait(10)  # until the user has pressed Cancel
        return W3C.write(service, path, progress=progress)  # stopped: it must not land

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


def add_many_annotations(service: ProjectService, count: int) -> None:
    """``count`` more tagged annotations, inserted in one go (as the benchmarks do)."""
    document = service.documents()[0]
    tag = service.tags()[0]
    text = service.document_text(document.id)
    with service.store.read() as session:
        last = session.execute(sa.select(sa.func.max(Annotation.id))).scalar_one() or 0
    rows, links = [], []
    for number in range(last + 1, last + count + 1):
        start = number % (len(text) - 10)
        rows.append(
            {"id": number, "uuid": f"00000000-0000-4000-8000-{number:012d}",
             "document_id": document.id, "start": start, "end": start + 5,
             "quote": text[start : start + 5]}
        )  # fmt: skip
        links.append({"annotation_id": number, "tag_id": tag.id})
    with service.store.write() as session:
        session.execute(sa.insert(Annotation), rows)
        session.execute(sa.insert(AnnotationTag), links)


ANNOTATED = [f for f in formats.FORMATS if f.name != "qdc"]  # the codebook counts nothing


@pytest.mark.parametrize("chosen", ANNOTATED, ids=[f.name for f in ANNOTATED])
def test_cancelling_a_large_export_while_it_reads_stops_it_and_the_dialog_counts(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chosen: formats.ExportFormat,
) -> None:
    service = window.session.service
    add_many_annotations(service, 12_000)
    annotations = len([a for a in service.annotations() if not a.orphan])
    with service.store.read() as session:
        links = session.execute(sa.select(sa.func.count()).select_from(AnnotationTag)).scalar_one()
    if chosen.name == "project-json":  # the lossless file keeps orphans too
        annotations = len(service.annotations())
    total = 2 * annotations + links  # each annotation read and written, each link read
    monkeypatch.setattr(background, "REPORT_EVERY", 0)  # every report reaches the dialog
    out = tmp_path / "out" / f"annotations{chosen.suffix}"
    out.parent.mkdir()
    out.write_bytes(b"the last export")
    calls: list[tuple[int, int]] = []
    raised: list[BaseException] = []
    held = threading.Event()
    go = threading.Event()

    def write(
        service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
    ) -> int:
        assert progress is not None  # the window gives the real writer its count

        def spy(done: int, total: int) -> None:
            calls.append((done, total))
            try:
                progress(done, total)
            except BaseException as error:
                raised.append(error)
                raise
            if done and not held.is_set():  # the first count past 0: wait for the user
                held.set()
                go.wait(10)

        return chosen.write(service, path, progress=spy)

    exporting_with(monkeypatch, write, out, chosen)
    seen: list[tuple[int, int]] = []

    def look() -> None:
        dialog = progress_dialog(window)
        button = dialog.findChild(QPushButton) if dialog is not None else None
        if dialog is None or button is None or not held.is_set() or dialog.value() <= 0:
            QTimer.singleShot(20, look)
            return
        seen.append((dialog.maximum(), dialog.value()))
        button.click()
        go.set()

    QTimer.singleShot(20, look)
    window.actions.export.trigger()
    assert seen == [(total, calls[1][0])]  # the dialog showed the count of the total
    assert calls[0] == (0, total)
    # Held while the rows were read (each is counted once read, once written), and
    # stopped at the next report after Cancel: still reading.
    assert len(calls) == 3 and calls[-1][0] < annotations
    assert len(raised) == 1 and isinstance(raised[0], background.Cancelled)
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert out.read_bytes() == b"the last export"
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."


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

    def slow(self: ProjectService, document_id: int, new_text: str, **kwargs: object) -> object:
        planning.append(threading.current_thread())
        release.wait(10)
        return real(self, document_id, new_text, **kwargs)  # type: ignore[arg-type]

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


def reads_of_annotations(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads that read every annotation of the project, from now on."""
    threads: list[threading.Thread] = []
    real = ProjectService.annotations

    def annotations(self: ProjectService, document_id: int | None = None) -> object:
        if document_id is None:
            threads.append(threading.current_thread())
        return real(self, document_id)

    monkeypatch.setattr(ProjectService, "annotations", annotations)
    return threads


def assert_every_panel_shows_the_project(window: MainWindow) -> None:
    """Every panel shows what the project holds now, read afresh from its file."""
    fresh = ProjectService(window.session.service.store)
    documents, tags, annotations = fresh.documents(), fresh.tags(), fresh.annotations()
    corpus = window.corpus.model
    listed = [corpus.document_at(row) for row in range(corpus.rowCount())]
    assert listed == documents
    table = window.annotations.model
    rows = [table.annotation_at(row) for row in range(table.rowCount())]
    assert sorted(rows, key=lambda a: a.id) == sorted(annotations, key=lambda a: a.id)  # type: ignore[union-attr]
    codebook = window.codebook.model
    shown_tags = [codebook.tag_at(codebook.index_of_tag(t.id)) for t in tags]
    assert shown_tags == tags  # names, colours and counts
    assert window.session.annotations_by_document() == {
        d.id: fresh.annotations(d.id) for d in documents if d.annotation_count
    }
    for pane in window.reader.panes():
        assert pane.document_id is not None
        assert pane.document_info == fresh.document(pane.document_id)
        assert pane.view.toPlainText() == fresh.document_text(pane.document_id)
        assert sorted(a.id for a in pane.annotations) == [
            a.id for a in sorted(fresh.annotations(pane.document_id), key=lambda a: a.id)
        ]
    compare = window.compare  # the view shown refreshes soon, every other one when shown
    assert set(range(len(compare.views))) - {compare.tabs.currentIndex()} <= compare._stale


def test_after_a_restore_every_panel_shows_the_backup_read_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(window)
    session = window.session
    chosen = session.service.backups.make("by hand")
    pane = pane_for_language(window, "id")
    gone = pane.document_info
    assert gone is not None and gone.annotation_count
    session.delete_document(gone)  # its pane closes, its annotations leave every panel
    session.delete_annotation(session.service.annotations()[0])
    assert gone.id not in window.reader.open_document_ids()
    threads = reads_of_annotations(monkeypatch)
    when_modal(RestoreDialog, choose(chosen.path))
    when_modal(QMessageBox, press("OK"), delay=100)
    window.actions.restore_backup.trigger()
    # Read once, in the restore's own thread: the window's reload did not read them again.
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert gone.id in window.reader.open_document_ids()  # its pane is back
    assert shown_annotations(window) == chosen.annotations
    assert_every_panel_shows_the_project(window)
    assert session.undo_stack.count() == 0


def test_after_a_replacement_every_panel_shows_the_new_text_read_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = session.service.document_text(document.id)
    before = {a.id: a for a in session.annotations_in(document.id)}
    new = "Pembaruan: artikel ini telah diperbarui.\n" + old
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    threads = reads_of_annotations(monkeypatch)
    assert text_flows.review_and_replace(window, session, document, new)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert pane.view.toPlainText() == new
    moved = session.annotations_in(document.id)
    assert moved and all(a.start > before[a.id].start for a in moved)  # after the new line
    qtbot.waitUntil(lambda: not window.refresh_pending())  # the other views, an event each
    assert_every_panel_shows_the_project(window)
    threads.clear()
    session.undo_stack.undo()  # undo and redo read off the UI thread too
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert pane.view.toPlainText() == old
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert_every_panel_shows_the_project(window)
    threads.clear()
    session.undo_stack.redo()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert pane.view.toPlainText() == new
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert_every_panel_shows_the_project(window)
