"""Importing a file of annotations in the real window: preview, merge, undo, refusal."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.exporters import project_json, w3c
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.interchange.merge_flow import MergeRun
from desktop.ui.main_window import MainWindow


def _their_work(window: MainWindow, path: Path) -> tuple[str, str]:
    """A coder's project file made from the window's own: one note changed later, one
    annotation new, one new document. Returns the changed and the new annotation's uuid."""
    service = window.session.service
    project_json.export(service, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    changed = data["annotations"][0]
    later = service.annotation(
        next(a.id for a in service.annotations() if a.uuid == changed["uuid"])
    ).updated_at + timedelta(minutes=5)
    changed.update(note="Theirs: đã sửa", updated_at=later.strftime("%Y-%m-%dT%H:%M:%SZ"))
    new = dict(data["annotations"][1], uuid="00000000-0000-4000-8000-00000000abcd", note="mới")
    new.update(coder="binh")
    data["annotations"].append(new)
    text = "Một bài báo khác về ngừng bắn 😀."
    data["documents"].append(
        dict(data["documents"][0], uuid="00000000-0000-4000-8000-00000000dddd",
             title="Bài mới", text=text,
             text_sha256=hashlib.sha256(text.encode()).hexdigest())
    )  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return changed["uuid"], new["uuid"]


def _run(qtbot: QtBot, window: MainWindow, after: MergeRun | None = None) -> MergeRun:
    """The window's merge run once its preview shows (a run other than ``after``: the next
    file of a queue is only started once the previous run has finished)."""
    qtbot.waitUntil(lambda: window.merge_run not in (None, after), timeout=30_000)
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: run.preview is not None and run.preview.isVisible(), timeout=30_000)
    return run


def test_import_annotations_previews_merges_and_undoes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "binh.json"
    changed, new = _their_work(window, path)
    service = window.session.service
    before = service.annotations()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions.import_annotations.trigger()
    run = _run(qtbot, window)
    preview = run.preview
    assert preview is not None
    tabs = [preview.tabs.tabText(i) for i in range(preview.tabs.count())]
    assert tabs[:3] == ["Added (1)", "Updated (1)", "Conflicts (1)"]
    assert "New documents (1)" in tabs
    assert service.annotations() == before  # nothing written by the preview
    conflicts = preview.tabs.widget(2)
    assert "Theirs: đã sửa" in conflicts.item(0, 4).text()  # type: ignore[attr-defined]
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(service.annotations()) == len(before) + 1, timeout=30_000)
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)

    by_uuid = {a.uuid: a for a in service.annotations()}
    assert by_uuid[changed].note == "Theirs: đã sửa" and by_uuid[new].coder == "binh"
    assert [d.title for d in service.documents()][-1] == "Bài mới"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Imported binh.json: 1 annotation added, 1 updated")
    )
    assert window.session.annotation(by_uuid[new].id) is not None  # the views see it
    assert window.actions.undo.text() == "&Undo Import annotations from binh.json"

    window.actions.undo.trigger()
    assert service.annotations() == before
    assert "Bài mới" not in [d.title for d in service.documents()]
    assert window.session.annotation(by_uuid[new].id) is None
    window.actions.redo.trigger()
    assert {a.uuid: a.note for a in service.annotations()}[changed] == "Theirs: đã sửa"


def test_cancelled_preview_writes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "binh.json"
    _their_work(window, path)
    service = window.session.service
    before = (service.documents(), service.annotations())
    window.import_annotations(path)
    run = _run(qtbot, window)
    assert run.preview is not None
    run.preview.reject()
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    assert (service.documents(), service.annotations()) == before
    assert not window.actions.undo.isEnabled()


def test_a_bad_file_is_refused_by_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = tmp_path / "broken.qdpx"
    path.write_bytes(b"not a zip at all")
    before = window.session.service.annotations()
    window.import_annotations(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert str(path) in shown[0]
    assert window.session.service.annotations() == before
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    document = tmp_path / "notes.txt"
    document.write_text("hello", encoding="utf-8")
    window.import_annotations(document)
    assert "notes.txt is not a file of annotations Parallax reads" in shown[1]


def test_reimporting_the_window_s_own_export_offers_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "own.json"
    w3c.export(window.session.service, path)
    window.import_annotations(path)
    run = _run(qtbot, window)
    assert run.preview is not None
    assert not run.preview.import_button.isEnabled()
    assert run.preview.summary.text().startswith("Nothing to import: 0 annotations added")
    run.preview.reject()


def test_documents_and_their_annotations_dropped_together_merge_after_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = Store.create(tmp_path / "theirs.parallax")
    theirs = ProjectService(other, coder="binh")
    text = "Nga và Thổ Nhĩ Kỳ họp ở Moskva 😀."
    document = theirs.add_document("Bài mới", text)
    tag = theirs.codebook.create_tag("Moskva", "place")
    theirs.create_annotation(document.id, text.index("Moskva"), text.index("Moskva") + 6, [tag.id])
    first, second = tmp_path / "first.json", tmp_path / "second.jsonld"
    w3c.export(theirs, first)
    theirs.create_annotation(document.id, 0, 3, [tag.id])
    w3c.export(theirs, second)
    other.close()
    article = tmp_path / "bai-moi.txt"
    article.write_text(text, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (first, article, second)])
    window.dropEvent(
        QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier)
    )  # fmt: skip
    qtbot.waitUntil(lambda: window.import_run is not None and window.import_run.summary is not None,
                    timeout=30_000)  # fmt: skip
    window.import_run.summary.accept()  # type: ignore[union-attr]
    service = window.session.service

    def merged() -> int:
        new = next(d for d in service.documents() if d.title == "bai-moi")
        return len(service.annotations(new.id))

    run: MergeRun | None = None
    for expected in (1, 2):  # each file previewed after the documents landed, in turn
        run = _run(qtbot, window, after=run)
        assert run.preview is not None and run.preview.plan_added() == 1
        qtbot.mouseClick(run.preview.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=expected: merged() == n, timeout=30_000)
        qtbot.waitUntil(lambda r=run: not r.running(), timeout=30_000)
    assert not window._waiting
