"""After an import of annotations or of documents the window's views follow over a few
events, from the state the import read off the UI thread: every panel ends up showing the
project, a passage tagged right as the merge lands is kept and shown, panes whose
annotations did not change are not repainted, and a file that cannot be imported is still
refused with its message (the format of a JSON file is told in the import's thread)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.exporters import w3c
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.interchange.merge_flow import MergeRun
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.document_pane import DocumentPane
from tests.gui.conftest import pane_for_language
from tests.gui.test_long_work import assert_every_panel_shows_the_project, reads_of_annotations
from tests.gui.test_replaced_text_drawn import painted


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's warning boxes would have said (a real one would wait for a click)."""
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text)
    )
    return said


def settled(qtbot: QtBot, window: MainWindow) -> None:
    window.backup_schedule.wait()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(p.painter.busy for p in window.reader.panes()))


def their_work(window: MainWindow, pane: DocumentPane, path: Path, tmp_path: Path) -> int:
    """Another coder's W3C export: eight new passages near the top of ``pane``'s document,
    under a tag this project lacks. Returns how many."""
    assert pane.document_info is not None
    text = window.session.service.document_text(pane.document_info.id)
    theirs = Store.create(tmp_path / "theirs.parallax", lambda s: ProjectService(s).initialise("B"))
    service = ProjectService(theirs, coder="binh")
    document = service.add_document("Theirs", text, language=pane.document_info.language)
    tag = service.codebook.create_tag("Gencatan senjata", "theme")
    for n in range(8):
        service.create_annotation(document.id, 3 + n * 17, 12 + n * 17, [tag.id])
    w3c.export(service, path)
    theirs.close()
    return 8


def merge_preview(qtbot: QtBot, window: MainWindow) -> MergeRun:
    qtbot.waitUntil(lambda: window.merge_run is not None, timeout=30_000)
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: run.preview is not None and run.preview.isVisible(), timeout=30_000)
    return run


def test_after_a_merge_every_view_shows_it_and_a_passage_tagged_as_it_lands_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(qtbot, window)
    session = window.session
    pane = pane_for_language(window, "id")
    assert pane.document_id is not None
    path = tmp_path / "binh.json"
    count = their_work(window, pane, path, tmp_path)
    before = len(session.service.annotations())
    threads = reads_of_annotations(monkeypatch)
    window.import_annotations(path)
    run = merge_preview(qtbot, window)
    tag = session.tags()[0]
    seen: list[bool] = []

    def tag_a_passage(*_landed: object) -> None:
        """Right as the merge lands, before the views have followed: the user tags."""
        seen.append(window.refresh_pending())
        cursor = QTextCursor(pane.view.document())
        cursor.setPosition(pane.painter.offsets.to_qt(200))
        cursor.setPosition(pane.painter.offsets.to_qt(215), QTextCursor.MoveMode.KeepAnchor)
        pane.view.setTextCursor(cursor)
        window.reader._set_current(pane)
        window.tag_selection(tag.id)

    run.done.connect(tag_a_passage)  # after the window's own slot, which records the merge
    assert run.preview is not None
    qtbot.mouseClick(run.preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == [True]  # the views were still to follow when the passage was tagged
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert threading.main_thread() not in threads  # read by the merge's thread

    annotations = session.service.annotations(pane.document_id)
    assert len(session.service.annotations()) == before + count + 1
    tagged = [a for a in annotations if (a.start, a.end) == (200, 215)]
    assert len(tagged) == 1 and tag.id in tagged[0].tag_ids
    assert window.annotations.model.rowCount() == before + count + 1
    assert window.actions.undo.text() == "&Undo Tag passage"
    assert_every_panel_shows_the_project(window)  # the reader's panes, lists, codebook
    new = [a for a in annotations if a.coder == "binh"]
    assert len(new) == count and all(painted(pane, a) for a in new + tagged)
    assert "Gencatan senjata" in [t.name for t in session.tags()]

    window.actions.undo.trigger()  # the tag, then the whole merge
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert len(session.service.annotations()) == before
    assert_every_panel_shows_the_project(window)


def test_after_documents_are_imported_the_corpus_lists_them_and_panes_are_left_as_they_are(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(qtbot, window)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"Artikel nomor {n} tentang gencatan senjata.", "utf-8")
    panes = window.reader.panes()
    before = window.corpus.model.rowCount()
    repainted: list[DocumentPane] = []
    real = DocumentPane.set_annotations
    monkeypatch.setattr(
        DocumentPane,
        "set_annotations",
        lambda pane, *args, **kwargs: (repainted.append(pane), real(pane, *args, **kwargs)),
    )
    threads = reads_of_annotations(monkeypatch)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.import_run is not None and window.import_run.summary is not None,
                    timeout=60_000)  # fmt: skip
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert threading.main_thread() not in threads  # read by the import's thread
    summary = window.import_run.summary  # type: ignore[union-attr]
    assert summary is not None and "Imported 5 of 5 files." in summary.text()
    summary.accept()
    assert window.corpus.model.rowCount() == before + 5
    corpus = window.corpus.model
    titles = {corpus.document_at(r).title for r in range(corpus.rowCount())}  # type: ignore[union-attr]
    assert {f"{n}" for n in range(5)} <= titles
    assert_every_panel_shows_the_project(window)
    for pane in panes:
        assert pane not in repainted  # its annotations are as they were
        lo, hi = pane.painter.visible_span()
        assert all(painted(pane, a) for a in pane.annotations if lo <= a.start and a.end <= hi)


def test_files_that_cannot_be_imported_are_still_refused_with_their_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, told: list[str]
) -> None:
    before = window.session.service.annotations()
    document = tmp_path / "notes.txt"
    document.write_text("hello", encoding="utf-8")
    window.import_annotations(document)  # told at once: no format has that name
    assert len(told) == 1 and "notes.txt is not a file of annotations Parallax reads" in told[0]
    window.import_annotations(tmp_path / "gone.json")
    assert len(told) == 2 and "gone.json is not a file of annotations Parallax reads" in told[1]
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "AnnotationPage", "items": [', encoding="utf-8")
    window.import_annotations(broken)  # told once its thread has found it broken
    qtbot.waitUntil(lambda: len(told) == 3, timeout=30_000)
    assert str(broken) in told[2] and "not a file of annotations" not in told[2]
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    assert window.session.service.annotations() == before
    assert not window.actions.undo.isEnabled()
